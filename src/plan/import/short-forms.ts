import type { DocumentModel } from '../../document/model';
import { opensBody } from './body-names';
import { splitBodies } from './split-bodies';
import { bodyName } from './defined-name';
import { legendEntries, legendTableEntries } from './legend';
import { listedBodies, namedSeries, NUMBERED_SERIES } from './collective-names';
import { nameKey as key } from './name-key';

/** The level a body's name ends with ("Hội đồng nhân dân xã"), which its short form may repeat ("HĐND xã"). */
const LEVELS = 'xã|phường|thị trấn|thị xã|huyện|quận|tỉnh|thành phố|đặc khu';
const LEVEL_AT_END = new RegExp(`\\s+(${LEVELS})$`, 'u');

/**
 * Short forms the plan defines for its bodies: "Phòng Tổ chức cán bộ (sau đây viết tắt là phòng TCCB)", "Thanh tra
 * tỉnh (sau đây gọi tắt là TTT)": short form → the name it stands for.
 */
export function definedShortForms(model: DocumentModel): Map<string, string> {
  const forms = new Map<string, string>();
  const definition = /([^;:,()]{3,90}?)\s*\(\s*(?:sau đây\s+)?(?:được\s+)?(?:viết tắt|gọi tắt|gọi chung|gọi)(?:\s+là)?\s*:?\s*["“]?([^)"”]{1,40}?)["”]?\s*\)/giu;
  // "Phòng Kế hoạch - Tài chính (Phòng KH-TC)", "Trung tâm Kiểm soát bệnh tật tỉnh (CDC)": a bracket right after a body's
  // name holding its initials, alone or after the name's own head word, or its head's initial ("Phòng Kế hoạch - Tài
  // chính (P.KHTC)").
  const bracketed = new RegExp(String.raw`([^;:,()]{3,90}?)\s*\(\s*((?:(?:Văn phòng|Phòng|Trung tâm|Chi cục|Ban|Thanh tra|Trạm|Đội|Hạt)\s+|[A-ZĐ]\.)?[A-ZĐ][A-ZĐ0-9&]*(?:[a-zđ][A-ZĐ0-9&]*)?(?:-[A-ZĐ0-9&]+)*(?:\s+(?:${LEVELS}))?)\s*\)`, 'gu');
  // "(qua Phòng Kiểm tra, kiểm soát nội bộ, sau đây gọi là Phòng KTKSNB)": the name inside the bracket, its short form
  // after a comma (the name may hold commas of its own).
  const inside = /\(\s*(?:qua\s+)?([^();]{3,90}?)\s*,\s*sau đây\s+(?:được\s+)?(?:viết tắt|gọi tắt|gọi)(?:\s+là)?\s*:?\s*["“]?([^)"”]{1,40}?)["”]?\s*\)/giu;
  for (const p of model.paragraphs) {
    for (const m of p.text.matchAll(inside)) {
      const name = bodyName(m[1]!);
      if (opensBody(name) && !forms.has(key(m[2]!))) forms.set(key(m[2]!), name);
    }
    for (const m of p.text.matchAll(bracketed)) {
      // ("Công an các xã, phường (CAX)": a group whose name lists its kinds after "các", commas and all.)
      const kinds = /(?<![\p{L}\p{N}])(\p{Lu}\p{L}*(?:\s+\p{L}+){0,3}?\s+các\s+\p{Ll}+(?:\s+\p{Ll}+)?(?:\s*,\s*\p{Ll}+(?:\s+\p{Ll}+)?){1,4})$/u.exec(p.text.slice(0, m.index + m[1]!.length).trimEnd())?.[1];
      const name = kinds && !opensBody(bodyName(m[1]!)) ? kinds : bodyName(m[1]!);
      const head = /^(Văn phòng|Phòng|Trung tâm|Chi cục|Ban|Thanh tra|Trạm|Đội|Hạt)\s/u.exec(m[2]!)?.[1];
      // ("các Trạm Khí tượng Thủy văn (Trạm KTTV)": a member's short form after the group's name.)
      const initial = /^([A-ZĐ])\./u.exec(m[2]!)?.[1];
      // ("Hội đồng nhân dân xã (HĐND xã)": the initials, then the level the name ends with, as it does.)
      const level = LEVEL_AT_END.exec(m[2]!)?.[1];
      if (level && !new RegExp(`\\s${level}$`, 'u').test(m[1]!.trim())) continue;
      const initials = m[2]!.replace(LEVEL_AT_END, '').replace(/^\S+\s+/, '');
      // ("Thanh tra Công an tỉnh (TTr)": a short form may hold a small letter, after two capitals at least.)
      if (/\p{Ll}/u.test(initials) && (initials.match(/\p{Lu}/gu)?.length ?? 0) < 2) continue;
      if (!opensBody(name) || initials.length < 2 || (head && !name.replace(/^các\s+/u, '').startsWith(head)) || (initial && !name.startsWith(initial))) continue;
      if (!forms.has(key(m[2]!))) forms.set(key(m[2]!), name);
    }
    for (const m of p.text.matchAll(definition)) {
      // "A, B và C (sau đây gọi chung là các phòng, đơn vị thuộc Sở)": a name for all of them, not for C (collectiveNames).
      if (/gọi chung/iu.test(m[0]) && /^các\s/iu.test(m[2]!.trim()) && listedBodies(p.text.slice(0, m.index + m[1]!.length)).length > 1) continue;
      if (namedSeries(p.text).some((series) => key(series.name) === key(m[2]!))) continue;
      // A group's name may list kinds with commas: "các sở, ban, ngành tỉnh", "Ủy ban nhân dân các xã, phường".
      const before = p.text.slice(0, m.index + m[1]!.length);
      const group = /(?:(?:ủy|uỷ) ban nhân dân\s+|ubnd\s+)?các\s+[\p{L}\s]{1,30}(?:,\s*[\p{L}\s]{1,30}){1,5}$/iu.exec(before.trimEnd())?.[0];
      // "Các Đội Quản lý thị trường số 1, số 2, số 3 (sau đây gọi chung là các Đội)": the group of the numbered series.
      const series = NUMBERED_SERIES.exec(before.trimEnd());
      // "Đội trưởng các Đội Kiểm lâm cơ động và Phòng cháy, chữa cháy rừng (sau đây gọi là các Đội)": a group's short form
      // ("các Đội") names the words from its own "các Đội" on, whatever commas and heads' titles they hold.
      const ownGroup = groupNamedBy(m[2]!, before);
      const written = series ? `các ${series[1]}` : group && group.length > m[1]!.trim().length ? group : m[1]!;
      // ("1. Giao Phòng Tổ chức - Hành chính (…)", "; phối hợp với Phòng Quản lý đào tạo (…)": the body, not its part.)
      let name = ownGroup ?? bodyName(written.replace(/^\s*(?:\d+(?:\.\d+)*\.\s*)?(\+\s*)?(giao|đơn vị chủ trì|đơn vị phối hợp|cơ quan chủ trì|cơ quan phối hợp|phối hợp với)\s+/iu, ''));
      // A name with its own comma: "Phòng Chuyển đổi số và Bưu chính, Viễn thông (sau đây gọi là Phòng CĐS-BCVT)".
      if (!opensBody(name)) {
        const listed = splitBodies(before.split(/[;:(]/).at(-1) ?? '').at(-1);
        if (listed && opensBody(listed)) name = listed;
      }
      // "Nâng cao trách nhiệm của Ban Biên tập (sau đây gọi tắt là BBT)": the body after "của", not the sentence's act.
      if (!opensBody(name)) {
        const owner = /(?:^|\s)(?:của|cho|đối với|tại)\s+(\S.*)$/iu.exec(name)?.[1];
        if (owner && opensBody(owner)) name = owner;
      }
      // "công chức … làm việc tại Bộ phận Tiếp nhận và Trả kết quả (sau đây viết tắt là Bộ phận TN&TKQ)": a short form
      // that opens with a body's head word stands for the words from that head on, not for the clause around it.
      const headed = headNamedBy(m[2]!, before);
      if (headed && key(name).endsWith(key(headed)) && key(name) !== key(headed)) name = headed;
      if (name && m[2]) forms.set(key(m[2]), name);
    }
    for (const [short, full] of legendEntries(p.text)) if (!forms.has(key(short))) forms.set(key(short), full);
    for (const [title, body] of titlesOfBody(p.text)) if (!forms.has(key(title))) forms.set(key(title), body);
  }
  for (const [short, full] of legendTableEntries(model)) if (!forms.has(key(short))) forms.set(key(short), full);
  return forms;
}

/** "Phòng Kế hoạch - Tài chính (Trưởng phòng, Kế toán trưởng)": the one-person titles in the bracket stand for the body
 * before it ("Kế toán trưởng chủ trì …" is that phòng's task); "Trưởng phòng", every phòng has one, does not. */
function titlesOfBody(text: string): [string, string][] {
  const out: [string, string][] = [];
  for (const m of text.matchAll(/([^;:,()]{3,90}?)\s*\(([^()]{3,80})\)/gu)) {
    const titles = m[2]!.split(/\s*,\s*/u).map((t) => t.trim());
    if (!titles.every((t) => /^(?:(?:phó\s+)?trưởng\s+(?:phòng|ban|khoa)|kế toán trưởng|thủ quỹ|chánh văn phòng|(?:phó\s+)?giám đốc)$/iu.test(t))) continue;
    const body = bodyName(m[1]!);
    if (!opensBody(body)) continue;
    for (const title of titles) if (!/^(?:phó\s+)?(?:trưởng|giám đốc)/iu.test(title)) out.push([title, body]);
  }
  return out;
}

/** The group a short form "các X" stands for, written just before it from its own "các X" on ("Hạt trưởng các Hạt Kiểm lâm
 * khu vực" → "các Hạt Kiểm lâm khu vực"); none when the words before do not hold it. */
function groupNamedBy(short: string, before: string): string | null {
  const head = /^các\s+(\p{L}+)$/iu.exec(short.trim())?.[1];
  if (!head) return null;
  const text = before.trimEnd();
  const at = text.toLocaleLowerCase('vi').lastIndexOf(`các ${head.toLocaleLowerCase('vi')} `);
  if (at < 0) return null;
  const name = text.slice(at);
  return opensBody(name) && name.split(/\s+/u).length <= 14 && !/[;:]/u.test(name) ? name : null;
}

const HEAD_WORDS = /^(Văn phòng|Bộ phận|Phòng|Ban|Trung tâm|Chi cục|Thanh tra|Trạm|Đội|Hạt|Khoa|Tổ)\s+\S/iu;

/** The body a short form that opens with a head word ("Bộ phận TN&TKQ") stands for: the words before it from the last
 * time that head opens a name ("Bộ phận Tiếp nhận và Trả kết quả"); none when the words before do not hold it. */
function headNamedBy(short: string, before: string): string | null {
  const head = HEAD_WORDS.exec(short.trim())?.[1];
  if (!head) return null;
  // (A name writes its head with a capital: "Phòng" in "Văn phòng Sở" opens no name.)
  const named = head.charAt(0).toLocaleUpperCase('vi') + head.slice(1).toLocaleLowerCase('vi');
  const text = before.trimEnd();
  const at = text.lastIndexOf(`${named} `);
  if (at < 0 || (at > 0 && /\p{L}/u.test(text.charAt(at - 1)))) return null;
  const name = text.slice(at);
  return opensBody(name) && name.split(/\s+/u).length <= 14 && !/[;:]/u.test(name) ? name : null;
}
