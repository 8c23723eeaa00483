/** Nơi nhận: "Nơi nhận:" in bold italics, one "- " entry per recipient ending with ";", the last "- Lưu: ..." (the
 * archive copy). A Party document (Hướng dẫn 36-HD/VPTW): each entry ends with ",", the last "- Lưu ..." with ".". */
import { foldForCompare } from '../../../text';
import type { Bilingual } from '../../../errors/app-error';
import type { Paragraph } from '../../../document/model';
import type { Rule } from '../../rule';
import { HD36 } from '../../context/party-document';
import { layoutFinding } from './finding';

/** The lines under "Nơi nhận:" (in its cell, when it is in a table) are recipients without dashes: each ends with ";"
 * (a Party document's with ",") but the last, a "Lưu" line ("Lưu: VT, ..."; a Party document's "Lưu Văn phòng."). */
function undashedRecipients(next: readonly { text: string; table: { table: number; cell: number } | null }[], head: { table: { table: number; cell: number } | null }, party: boolean): boolean {
  const archive = party ? /^lưu\b/u : /^lưu\s*:/u;
  const ended = party ? /[,;]$/ : /;$/;
  const lines: string[] = [];
  for (const p of next) {
    if (head.table && (!p.table || p.table.table !== head.table.table || p.table.cell !== head.table.cell)) break;
    const text = p.text.trim();
    if (text === '') {
      if (lines.length > 0) break;
      continue;
    }
    lines.push(foldForCompare(text));
    if (archive.test(lines.at(-1)!)) break;
  }
  return lines.length >= 2 && archive.test(lines.at(-1)!) && lines.slice(0, -1).every((line) => ended.test(line));
}

export const layoutRecipients: Rule = {
  id: 'layout-recipients',
  severity: 'warning',
  description: { vi: 'Nơi nhận chưa đúng thể thức.', en: 'The recipients block is not in the required form.' },
  check: ({ prepared, parts, party }) => {
    const start = parts.recipients.locator?.index;
    if (start === undefined) return [];
    const ps = prepared.paragraphs;
    const head = ps[start]!.paragraph;
    const entries: string[] = [];
    for (let i = start + 1; i < ps.length && entries.length < 30; i += 1) {
      const p = ps[i]!.paragraph;
      if (head.table && (!p.table || p.table.table !== head.table.table || p.table.cell !== head.table.cell)) break;
      // A list typed as one paragraph with line breaks is read line by line.
      const lines = p.text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
      if (lines.length === 0) continue;
      if (!/^[-–+•]/.test(lines[0]!)) break;
      entries.push(...lines.filter((line) => /^[-–+•]/.test(line)));
    }
    const next = ps.slice(start + 1, start + 12).map((p) => p.paragraph);
    return party ? partyRecipients(head, entries, next) : stateRecipients(head, entries, next);
  },
};

const isArchive = (entry: string) => /^-\s*lưu\b/.test(foldForCompare(entry));

/** Nghị định 30/2020/NĐ-CP, Phụ lục I: "Nơi nhận:" bold italic; "- X;" each; "- Lưu: VT, ...". */
function stateRecipients(head: Paragraph, entries: string[], next: Paragraph[]) {
  const problems: Bilingual[] = [];
  if (!head.bold || !head.italic) problems.push({ vi: '"Nơi nhận:" in đậm, nghiêng', en: '"Nơi nhận:" in bold italics' });
  // "Như trên;" / "Lưu: PKT.": recipients typed without their dashes; saying so is what the writer can act on.
  const undashed = entries.length === 0 && undashedRecipients(next, head, false);
  if (undashed) problems.push({ vi: 'mỗi nơi nhận, kể cả dòng "Lưu", mở đầu bằng gạch ngang ("- ")', en: 'each recipient, the "Lưu" line too, begins with a dash ("- ")' });
  const last = entries.at(-1);
  // "Lưu: VT, <drafting unit>" for a body's documents; a division's internal report often files it itself ("Lưu: VP").
  if (!undashed && (!last || !isArchive(last))) problems.push({ vi: 'dòng cuối là "- Lưu: VT, ..." (bản lưu)', en: 'the last line is "- Lưu: VT, ..." (the archive copy)' });
  // Each recipient but the archive copy ends with ";" ("- Thanh tra Sở;"): a "," or "." there, or nothing, is a slip.
  // A lead-in to a sub-list ends with ":"; "..." is a blank form's placeholder.
  const misended = entries.slice(0, -1).filter((entry) => !/[;:]$/.test(entry) && !/(\.\.\.|…)$/.test(entry));
  if (misended.length > 0) {
    const mark = misended[0]!.slice(-1);
    const what = /[,.]/.test(mark) ? { vi: `không phải "${mark}"`, en: `not "${mark}"` } : { vi: 'dòng thiếu dấu', en: 'a line has no mark' };
    problems.push({ vi: `mỗi nơi nhận kết thúc bằng dấu chấm phẩy (";"), ${what.vi} (${misended.length} dòng)`, en: `each recipient ends with ";", ${what.en} (${misended.length} line(s))` });
  }
  // The archive copy closes the list: "- Lưu: VT, ...".
  if (last && isArchive(last) && /[;,]$/.test(last)) problems.push({ vi: `dòng "Lưu" cuối cùng kết thúc bằng dấu chấm ("."), không phải "${last.slice(-1)}"`, en: `the last "Lưu" line ends with ".", not "${last.slice(-1)}"` });
  if (problems.length === 0) return [];
  const fix = head.bold && head.italic ? null : { kind: 'paragraphs' as const, changes: [{ locator: head.locator, font: { bold: true, italic: true } }] };
  return [layoutFinding('layout-recipients', { vi: `Nơi nhận: ${problems.map((x) => x.vi).join('; ')}`, en: `Recipients: ${problems.map((x) => x.en).join('; ')}` }, head.locator, 'warning', fix)];
}

/**
 * Hướng dẫn 36-HD/VPTW for a Party document: "- Đảng uỷ xã," each, the last "- Lưu Chi bộ." (no colon needed after
 * "Lưu"). A ";" at the end of an entry is let pass, and the font of "Nơi nhận" is not judged (Nghị định 30's bold
 * italics are not the Party's form): only what the Hướng dẫn's form plainly asks is said.
 */
function partyRecipients(head: Paragraph, entries: string[], next: Paragraph[]) {
  const problems: Bilingual[] = [];
  const undashed = entries.length === 0 && undashedRecipients(next, head, true);
  if (undashed) problems.push({ vi: 'mỗi nơi nhận, kể cả dòng "Lưu", mở đầu bằng gạch ngang ("- ")', en: 'each recipient, the "Lưu" line too, begins with a dash ("- ")' });
  const last = entries.at(-1);
  if (!undashed && (!last || !isArchive(last))) problems.push({ vi: 'dòng cuối là "- Lưu ..." (bản lưu, ví dụ "- Lưu Văn phòng Đảng ủy.")', en: 'the last line is "- Lưu ..." (the archive copy, e.g. "- Lưu Văn phòng Đảng ủy.")' });
  const misended = entries.slice(0, -1).filter((entry) => !/[,;:]$/.test(entry) && !/(\.\.\.|…)$/.test(entry));
  if (misended.length > 0) {
    const mark = misended[0]!.slice(-1);
    const what = mark === '.' ? { vi: 'không phải "."', en: 'not "."' } : { vi: 'dòng thiếu dấu', en: 'a line has no mark' };
    problems.push({ vi: `mỗi nơi nhận kết thúc bằng dấu phẩy (","), ${what.vi} (${misended.length} dòng)`, en: `each recipient ends with ",", ${what.en} (${misended.length} line(s))` });
  }
  if (last && isArchive(last) && /[;,]$/.test(last)) problems.push({ vi: `dòng "Lưu" cuối cùng kết thúc bằng dấu chấm ("."), không phải "${last.slice(-1)}"`, en: `the last "Lưu" line ends with ".", not "${last.slice(-1)}"` });
  if (problems.length === 0) return [];
  return [layoutFinding('layout-recipients', { vi: `Nơi nhận: ${problems.map((x) => x.vi).join('; ')}`, en: `Recipients: ${problems.map((x) => x.en).join('; ')}` }, head.locator, 'warning', null, HD36.recipients)];
}
