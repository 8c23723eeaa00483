/** Whether two spellings in a plan name one body: "các đơn vị trực thuộc" and "các đơn vị trực thuộc Sở", "phòng PBGDPL"
 * and "Phòng Phổ biến, giáo dục pháp luật", unless the plan sets them apart. */
import type { DocumentModel } from '../../document/model';
import { stripAccents } from '../../text';
import { collectiveNamesIn } from './collective-names';
import type { ListedGroup } from './listed-groups';
import { nameKey as key } from './name-key';
import { sameSpelledOut } from './spelled-out';

/** The remaining words' initials, without the place they serve: "Trợ giúp pháp lý nhà nước tỉnh" → "tgpl"; with
 * `withoutAnd`, the "và" between its parts left out, as a short form may ("Kiểm soát … và Giám sát" → "KS…&GS"). */
function initialsOf(words: string, withoutAnd = false): string {
  const core = words.replace(/(\s+(tỉnh|thành phố|sở|nhà nước|huyện|xã|phường)(?=\s|$).*)$/u, '');
  const spelled = stripAccents(core).toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  return (withoutAnd ? spelled.filter((w) => w !== 'va') : spelled).map((w) => w[0]).join('');
}

/** "phòng kiểm soát tthc và giám sát" is "phòng kiểm soát thủ tục hành chính và giám sát": the same words, but some
 * written as the initials of the words they stand for ("tthc", a term the plan shortens). */
function withInitialledWords(written: string, full: string): boolean {
  // (One body's name, as its head word shows: a group's, "các đơn vị thuộc UBND xã", is left to the group's own rules.)
  if (!/^(văn phòng|phòng|trung tâm|chi cục|ban|thanh tra|bộ phận|đội)\s/u.test(written)) return false;
  const [short, long] = [written, full].map((name) => stripAccents(name).toLowerCase().split(/[^a-z0-9]+/).filter(Boolean));
  let j = 0;
  let initialled = false;
  for (const word of short!) {
    if (long![j] === word) j += 1;
    else if (word.length >= 3 && !long!.includes(word) && long!.slice(j, j + word.length).map((w) => w[0]).join('') === word) {
      j += word.length;
      initialled = true;
    } else return false;
  }
  return initialled && j === long!.length;
}

/** "Phòng Tổng hợp" for "Phòng Tổng hợp - Hành chính": the first part of a joined name stands for it. */
const firstPartOf = (short: string, full: string): boolean => /^(phòng|ban|đội|khoa|trung tâm)\s\S+\s\S+/u.test(short) && full.startsWith(`${short} - `);

/** A bare "các đơn vị" ("Thủ trưởng các đơn vị") is the plan's group that lists đơn vị with other kinds ("các phòng, đơn
 * vị sự nghiệp trực thuộc Sở", "các phòng, chi cục, đơn vị …"). */
const unitsOfList = (short: string, full: string): boolean => short === 'các đơn vị' && /^các [^,]+(?:, [^,]+)*, đơn vị(?:\s|$)/u.test(full);

/** "các phòng chuyên môn, đơn vị thuộc Sở": a name that goes on with another kind of body after a comma. */
const listsKinds = (k: string): boolean => /,\s*(các\s+)?(đơn vị|phòng|ban|khoa|cơ quan|trung tâm|chi cục|trường|ngành|sở)(\s|,|$)/u.test(k);

/** "phòng pbgdpl" is "phòng phổ biến, giáo dục pháp luật": a body's head word and the initials of the rest. */
function abbreviates(written: string, full: string): boolean {
  // "đội qltt số 3" and "đội quản lý thị trường số 3": the same number after both.
  const numbered = /\s+số\s+\d+$/u.exec(written)?.[0];
  const short = numbered && full.endsWith(numbered) ? written.slice(0, -numbered.length) : written;
  const long = numbered && full.endsWith(numbered) ? full.slice(0, -numbered.length) : full;
  const m = /^(văn phòng|phòng|trung tâm|chi cục|ban|thanh tra|bộ phận|đội)\s+(\S{2,10})$/u.exec(short);
  if (!m || !long.startsWith(`${m[1]} `) || long.split(/\s+/).length < m[1]!.split(' ').length + 2) return false;
  const letters = stripAccents(m[2]!).toLowerCase().replace(/[^a-z0-9]/g, '');
  const rest = long.slice(m[1]!.length + 1);
  return letters.length >= 2 && (initialsOf(rest) === letters || initialsOf(rest, true) === letters);
}

/** `seriesNames`: the names the plan gives its numbered series, each a group of its own. */
export function sameBodyOf(model: DocumentModel, listed: readonly ListedGroup[], seriesNames: ReadonlySet<string>): (a: string, b: string) => boolean {
  // One body, several spellings: "các đơn vị trực thuộc" and "các đơn vị trực thuộc Sở", "các phòng chuyên môn" and
  // "các phòng chuyên môn và tương đương thuộc Sở" are one group; a name's own body ("Văn phòng" for "Văn phòng Sở")
  // is how its own reports head themselves.
  // A plan that never sets "thuộc" against "trực thuộc" ("các đơn vị thuộc, trực thuộc Sở") means one group by both:
  // "các đơn vị thuộc Sở" and "các đơn vị trực thuộc Sở".
  const contrasts = model.paragraphs.some((p) => /(?<![\p{L}])thuộc\s*(?:,|và|\/)\s*trực thuộc\s/iu.test(p.text));
  // ("Tất cả các khoa, phòng" is "các khoa, phòng", every one of them.)
  // ("các chi, đảng bộ trực thuộc" is "các chi bộ, đảng bộ cơ sở trực thuộc": a Party committee's affiliated chi bộ and
  // đảng bộ, "bộ" written once for both, and all of them of the base level.)
  const party = (k: string) => k.replace(/^các chi,\s+đảng bộ(?=\s)/u, 'các chi bộ, đảng bộ').replace(/^(các chi bộ, đảng bộ) cơ sở(?= trực thuộc(?:\s|$))/u, '$1');
  const bare = (k: string) => party(k).replace(/^tất cả\s+(?=các\s)/u, '').replace(contrasts ? /\s+(thuộc\s+)?(sở|tỉnh|thành phố|huyện)$/u : /\s+((trực\s+)?thuộc\s+)?(sở|tỉnh|thành phố|huyện)$/u, '');
  // "các đơn vị thuộc Sở" (as against "trực thuộc") are the Sở's own phòng: one group with "các phòng thuộc Sở" (not
  // with a bare "các phòng", which a line such as "Các phòng, đơn vị thuộc Sở" names beside it).
  const within = (k: string) => k.replace(/^các (?:cơ quan, đơn vị|cơ quan|đơn vị) thuộc\s/u, 'các phòng thuộc ');
  const sameBody = (a: string, b: string) =>
    bare(a) === bare(b) ||
    // ("Đảng ủy UBND xã" and "Đảng ủy Ủy ban nhân dân xã": one name, its short forms spelled out or not.)
    sameSpelledOut(a, b) ||
    (/\sthuộc\s/u.test(a) && /\sthuộc\s/u.test(b) && within(a) === within(b)) ||
    // ("các phòng chuyên môn" is "các phòng"; "các phòng chuyên môn, đơn vị" lists two kinds, it is not one of them.)
    (a.startsWith('các ') && b.startsWith('các ') && ((b.startsWith(`${a} `) && listsKinds(b) === listsKinds(a)) || (a.startsWith(`${b} `) && listsKinds(a) === listsKinds(b))) && !listedApart(a, b)) ||
    [[a, b], [b, a]].some(([short, full]) => abbreviates(short!, full!) || withInitialledWords(short!, full!) || firstPartOf(short!, full!) || unitsOfList(short!, full!));
  const collectiveAt = new Map<string, Set<number>>();
  for (const p of model.paragraphs) for (const name of collectiveNamesIn(p.text)) collectiveAt.set(key(name), new Set([...(collectiveAt.get(key(name)) ?? []), p.index]));
  // Two groups the plan sets apart, though one name opens the other: "các Phòng Giao dịch", the name of a numbered
  // series, beside "các phòng"; two lists of other members; "Các phòng nghiệp vụ (Phòng Kế toán nhà nước, Phòng Kiểm
  // soát chi)" listed in a paragraph other than the one that calls a whole "các phòng" (not "Các phòng chuyên môn (gồm A,
  // B; sau đây gọi chung là các phòng)", one group).
  const listedApart = (a: string, b: string) => {
    if (seriesNames.has(a) || seriesNames.has(b)) return true;
    const [la, lb] = [a, b].map((k) => listed.filter((g) => !g.collective && key(g.name) === k));
    const members = (lists: ListedGroup[]) => new Set(lists.flatMap((g) => g.members.map(key)));
    if (la!.length > 0 && lb!.length > 0) {
      const [ma, mb] = [members(la!), members(lb!)];
      return ma.size !== mb.size || [...ma].some((m) => !mb.has(m));
    }
    const elsewhere = (lists: ListedGroup[], other: string) => lists.length > 0 && collectiveAt.has(other) && lists.every((g) => g.paragraph !== undefined && !collectiveAt.get(other)!.has(g.paragraph));
    return elsewhere(la!, b) || elsewhere(lb!, a);
  };
  return sameBody;
}
