import { MappedTextBuilder, type NormalizedText } from './mapped-text';

/**
 * Words a draft leaves out because the rest of the phrase says them: "chuyển đổi 01 công chức kế toán", "đã chuyển đổi
 * 03/03 trường hợp", "được chuyển đổi sang bộ phận tổng hợp" are each a rotation of posts ("chuyển đổi vị trí công tác"
 * in the words of the Luật Phòng, chống tham nhũng 2018), while "chuyển đổi số" is not. The implied words are read in after the
 * head, mapped to the head's span in the original, as an abbreviation's expansion is. Runs after the abbreviations,
 * so "01 CC" already reads "01 công chức".
 */
interface EllipticPhrase {
  head: string;
  implied: string;
  /** What must follow the head (case-folded text) for the words to be implied. */
  followedBy: RegExp;
}

const PERSONS = 'công chức|viên chức|cán bộ|người|trường hợp|chuyên viên|kế toán|thủ quỹ|nhân viên';
const ELLIPTIC: readonly EllipticPhrase[] = [
  {
    head: 'chuyển đổi',
    implied: 'vị trí công tác',
    followedBy: new RegExp(String.raw`^ (?:(?:xong|đủ|được) )?(?:\d+(?:/\d+)? )?(?:${PERSONS})(?![\p{L}\p{N}])|^[^.;]{0,50}? sang (?:vị trí|bộ phận|làm|phòng|khối|theo dõi)(?![\p{L}\p{N}])`, 'u'),
  },
];

const HEADS = new RegExp(ELLIPTIC.map((e) => e.head).join('|'), 'giu');

/** The text with each elliptic phrase's implied words read in after its head. */
export function readElliptic(normalized: NormalizedText): NormalizedText {
  const { text, map, ends, original } = normalized;
  const found: [number, number, string][] = [];
  for (const m of text.matchAll(HEADS)) {
    const at = m.index;
    const end = at + m[0].length;
    const before = at === 0 ? ' ' : text[at - 1]!;
    if (/[\p{L}\p{N}]/u.test(before)) continue;
    const phrase = ELLIPTIC.find((e) => e.head === m[0].toLowerCase())!;
    const rest = text.slice(end, end + 80).toLowerCase();
    if (rest.startsWith(` ${phrase.implied}`) || !phrase.followedBy.test(rest)) continue;
    found.push([at, end, phrase.implied]);
  }
  if (found.length === 0) return normalized;
  const out = MappedTextBuilder.acquire(text.length + found.length * 20);
  let copied = 0;
  for (const [start, end, implied] of found) {
    out.pushRange(text, map, ends, copied, end);
    out.pushString(` ${implied}`, map[start] as number, ends[end - 1] as number);
    copied = end;
  }
  out.pushRange(text, map, ends, copied, text.length);
  return out.finish(original);
}
