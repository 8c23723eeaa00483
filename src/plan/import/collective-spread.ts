/**
 * "Trưởng các phòng thuộc Sở, thủ trưởng các đơn vị trực thuộc" where the plan calls its phòng and units together "các
 * phòng, đơn vị trực thuộc": a task that names one group for each kind of a collective name, in its order, names the
 * collective, spread out. So does one that names, for a kind of which the plan lists one member, that member.
 */
import { nameKey } from './name-key';

const key = nameKey;

/** "các phòng, đơn vị trực thuộc" → ["phòng", "đơn vị"]: the kinds the name lists, without the qualifier they share. */
export function kindsListed(collective: string): string[] {
  // (The qualifier first: "các phòng, đơn vị thuộc, trực thuộc Sở" has a comma in it.)
  const list = /^các\s+(.+)$/u.exec(key(collective))?.[1]?.replace(BOTH_QUALIFIERS, ' thuộc ');
  if (!list || !list.includes(',')) return [];
  const kinds = list.split(/\s*,\s*/u);
  kinds[kinds.length - 1] = kinds.at(-1)!.replace(/\s+((trực\s+)?thuộc|chuyên môn|nghiệp vụ|của)(\s.*)?$/u, '');
  return kinds.every((kind) => /^(phòng|đơn vị|ban|khoa|trung tâm|chi cục|trường|cơ quan)$/u.test(kind)) ? kinds : [];
}

/** "thuộc, trực thuộc", "thuộc và trực thuộc": the bodies within and those under. */
const BOTH_QUALIFIERS = /\s+thuộc\s*(?:,|và|\/)\s*trực thuộc\s+/u;

/** "các phòng, đơn vị thuộc, trực thuộc Sở" as a plan writes it: kinds listed under both qualifiers, one group as written
 * (where "các đơn vị thuộc, trực thuộc Sở", one kind, is two). */
export function collectivesUnderBoth(texts: readonly string[]): { name: string; members: readonly string[]; underBothOnly: boolean }[] {
  const kind = '(?:phòng|đơn vị|ban|khoa|trung tâm|chi cục|trường|cơ quan)';
  const pattern = new RegExp(`(?<![\\p{L}])[Cc]ác\\s+${kind}(?:\\s*,\\s*${kind})+\\s+thuộc\\s*(?:,|và|\\/)\\s*trực thuộc\\s+(?:Sở|UBND|Ủy ban nhân dân|Bộ|Tổng cục|Cục|Công ty|Viện|Trường|Bệnh viện)(?:\\s+\\p{Lu}\\p{Ll}*)*`, 'gu');
  const found = new Map<string, string>();
  for (const text of texts) for (const m of text.matchAll(pattern)) if (!found.has(key(m[0]))) found.set(key(m[0]), m[0].replace(/^Các/u, 'các'));
  // (Gathered only from its last kind under each qualifier: "các phòng chuyên môn thuộc Sở, các đơn vị sự nghiệp trực thuộc
  // Sở" name two groups of their own.)
  return [...found.values()].map((name) => ({ name, members: [], underBothOnly: true }));
}

/** The names with each run of one group per kind of a collective, in its order, put back as the collective. A run that
 * is the collective's own members as the plan listed them ("Các phòng chức năng thuộc Sở và các đơn vị sự nghiệp trực
 * thuộc Sở (sau đây gọi chung là …) có trách nhiệm:") stays as written. */
export function gatherSpread(names: readonly string[], collectives: readonly { name: string; members: readonly string[]; underBothOnly?: boolean }[]): string[] {
  let out = [...names];
  for (const { name: whole, members, underBothOnly } of collectives) {
    const kinds = kindsListed(whole);
    if (kinds.length < 2) continue;
    // ("Trưởng các phòng, Trưởng Ban Quản lý di tích" where "các phòng, Ban thuộc Bảo tàng" lists one Ban: a kind's only
    // member, named, stands for its kind.)
    const ofKind = (kind: string) => members.filter((member) => new RegExp(`^${kind}\\s`, 'u').test(key(member)));
    const opens = (name: string, kind: string) => new RegExp(`^các ${kind}(\\s|$)`, 'u').test(key(name)) || (ofKind(kind).length === 1 && key(name) === key(ofKind(kind)[0]!));
    const at = out.findIndex((_, i) => kinds.every((kind, j) => out[i + j] !== undefined && opens(out[i + j]!, kind)));
    if (at < 0 || out.slice(at, at + kinds.length).every((name, j) => key(name) === key(members[j] ?? ''))) continue;
    // ("Trưởng các phòng, Thủ trưởng các đơn vị thuộc, trực thuộc Sở": the last kind under each qualifier, two names.)
    const [within, under] = [out[at + kinds.length - 1]!, out[at + kinds.length]];
    const underBoth = BOTH_QUALIFIERS.test(key(whole)) && under !== undefined && opens(under, kinds.at(-1)!) && /\sthuộc\s/u.test(key(within)) && !/trực thuộc/u.test(key(within)) && /\strực thuộc(\s|$)/u.test(key(under));
    if (underBothOnly && !underBoth) continue;
    const end = at + kinds.length + (underBoth ? 1 : 0);
    out = [...out.slice(0, at), whole, ...out.slice(end)];
  }
  return out;
}
