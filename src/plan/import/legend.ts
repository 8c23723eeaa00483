/** Legends of the short forms a plan uses: a "Ghi chú: …" line under a task table, or a table of its own. */
import type { DocumentModel } from '../../document/model';
import { foldForCompare } from '../../text';
import { opensBody } from './body-names';
import { splitBodies } from './split-bodies';
import { tablesOf } from './table';
import { NOW_CALLED } from './renamed-bodies';

/**
 * A legend of short forms under a task table: "Ghi chú: BGĐ: Ban Giám đốc; P.TCHC: Phòng Tổ chức - Hành chính; P.ĐHDA1,
 * P.ĐHDA2: Phòng Điều hành dự án 1, Phòng Điều hành dự án 2 (gọi chung là các P.ĐH DA)." → each short form and its body.
 */
export function legendEntries(text: string): [string, string][] {
  // ("Ghi chú viết tắt: BBT: Ban Biên tập; …", "Chú thích chữ viết tắt: …" as well.)
  const body = /^\s*\*?\s*(?:(?:ghi chú|chú thích)(?:\s+(?:các\s+)?(?:chữ\s+)?viết tắt)?|chữ viết tắt|viết tắt|các chữ viết tắt)\s*:\s*(.+)$/iu.exec(text.trim())?.[1];
  if (!body) return [];
  const out: [string, string][] = [];
  for (const entry of body.replace(/[.*\s]+$/u, '').split(/\s*;\s*/u)) {
    // "(gọi chung là các P.ĐH DA)": the name of them all is a short form the cells use too (a group, named as written).
    const collective = /\((?:sau đây\s+)?gọi chung(?:\s+là)?\s+([^()]{2,40})\)/iu.exec(entry)?.[1]?.trim();
    if (collective) out.push([collective, collective]);
    const bare = entry.replace(/\s*\((?:sau đây\s+)?(?:gọi chung|gọi tắt|viết tắt)[^()]*\)/giu, '').trim();
    // ("VP - Văn phòng HĐND và UBND phường; PVHXH - Phòng Văn hóa - Xã hội": a short form in capitals, then a dash.)
    const m = /^([^:]{1,60}?)\s*:\s*(.+)$/u.exec(bare) ?? /^(\p{Lu}[\p{Lu}\p{N}.&]*(?:\s*,\s*\p{Lu}[\p{Lu}\p{N}.&]*)*)\s+[-–—]\s+(.+)$/u.exec(bare);
    if (!m) continue;
    const shorts = m[1]!.split(/\s*,\s*/u);
    // ("TTr: Thanh tra Sở — nay là bộ phận thanh tra thuộc Văn phòng": the body's name, without what it is now.)
    const named = m[2]!.replace(NOW_CALLED, '');
    const fulls = shorts.length > 1 ? splitBodies(named) : [named.trim()];
    if (shorts.length !== fulls.length || !fulls.every((full) => opensBody(full))) continue;
    shorts.forEach((short, at) => out.push([short, fulls[at]!]));
  }
  // A legend names two bodies at least; one "Ghi chú: …" sentence is a note, not a legend.
  return out.length >= 2 ? out : [];
}

/**
 * A table of short forms ("BẢNG CHỮ VIẾT TẮT" over "Chữ viết tắt | Nội dung", "VP | Văn phòng Ban", …), wherever it
 * stands, even after the signature: each short form and the body it stands for (rows that name no body are skipped).
 */
export function legendTableEntries(model: DocumentModel): [string, string][] {
  const out: [string, string][] = [];
  for (const { rows } of tablesOf(model)) {
    const body = rows.map((row) => row.cells.map((cell) => cell.replace(/\s+/gu, ' ').trim()));
    const first = rows[0]?.paragraph ?? 0;
    const before = model.paragraphs.slice(Math.max(0, first - 3), first).map((q) => q.text).join(' ');
    const header = foldForCompare(body[0]?.join(' ') ?? '');
    const titled = /chữ viết tắt|ký hiệu viết tắt/u.test(header) || /chữ viết tắt/u.test(foldForCompare(before));
    if (!titled || body.some((cells) => cells.length > 2)) continue;
    for (const [short, full] of body.slice(1)) {
      if (!short || !full || short.length > 20) continue;
      const name = full.replace(/\s*\([^()]*\)\s*$/u, '').trim();
      if (opensBody(name)) out.push([short, name]);
    }
  }
  return out;
}
