/**
 * Bodies whose own name goes on with "và các …": "Phòng Công tác Mặt trận và các đoàn thể" is one phòng, "Mặt trận Tổ
 * quốc và các đoàn thể xã" one doer, though a units line splits its names at "và các". The plan shows such a name whole
 * where it names its bodies one by one: an entry of a list parted by ";" ("Chủ trì: …; phối hợp: …" as well), a heading
 * that is only the name, or the name a short form stands for; and a line may write it with its own name in initials.
 */
import { capitalInitials, nameKey } from './name-key';

/** A kind of body named in capitals, its own name, then "và các" and lower-case words that are no kind of unit of their
 * own ("Văn phòng Sở và các phòng chuyên môn" are two bodies, whatever the plan's lists say). */
const NAME_WITH_GROUP_WORDS =
  /^(?:Mặt trận|Văn phòng|Phòng|Ban|Trung tâm|Khoa|Vụ|Cục|Chi cục|Đội|Tổ)\s+\p{Lu}[^,;:.()]*?\s+và các\s+(?!(?:phòng|đơn vị|cơ quan|ban|ngành|sở|xã|phường|trung tâm|khoa|chi cục|trường|tổ|đội|hội|chi nhánh|bộ phận|địa phương)(?![\p{L}\p{N}]))\p{Ll}[\p{Ll} ]*$/u;

/** One entry as a name: without its list mark or number, a closing ":" and "…, sau đây gọi chung là …". */
const entryName = (text: string): string =>
  text
    .trim()
    .replace(/^(?:[-+•*–]\s*|(?:\d+(?:\.\d+)*\.|[a-zđ]\))\s*)/u, '')
    .replace(/,\s*sau đây\s.*$/u, '')
    .replace(/^(?:gồm|bao gồm)\s*:?\s*/u, '')
    .replace(/^(?:chủ trì|phối hợp)\s*:\s*/iu, '')
    .replace(/[:.\s]+$/u, '');

/** The names with "và các …" the plan writes whole: from its paragraphs and the full names of its short forms. */
export function namesWithGroupWords(paragraphs: readonly string[], shortFormNames: Iterable<string>): string[] {
  const entries = [...shortFormNames];
  for (const text of paragraphs) {
    entries.push(text);
    const listed = text.split(/[;()]/u);
    if (text.split(';').length > 2) entries.push(...listed);
  }
  const names = entries.map(entryName).filter((name) => NAME_WITH_GROUP_WORDS.test(name) && name.split(/\s+/u).length <= 14);
  return [...new Map(names.map((name) => [nameKey(name), name])).values()];
}

/**
 * A whole name written with its own name in initials ("MTTQ và các đoàn thể xã" for "Mặt trận Tổ quốc và các đoàn thể
 * xã"), which a units line splits into "MTTQ" and "các đoàn thể xã": the two put back as the whole, where the line wrote
 * them so.
 */
export function wholesByInitials(names: readonly string[], raw: string, wholes: readonly string[]): string[] {
  let out = [...names];
  for (const whole of wholes) {
    const m = /^(.+?)\s+và các\s+(.+)$/u.exec(whole);
    const initials = m ? capitalInitials(m[1]!) : '';
    if (!m || initials.length < 3 || !nameKey(raw).includes(nameKey(`${initials} và các ${m[2]}`))) continue;
    const own = out.findIndex((name) => name.trim() === initials);
    const rest = nameKey(m[2]!);
    const others = out.findIndex((name) => nameKey(name).replace(/^các\s+/u, '') === rest);
    if (own < 0 || others < 0) continue;
    out = out.flatMap((name, at) => (at === own ? [whole] : at === others ? [] : [name]));
  }
  return out;
}
