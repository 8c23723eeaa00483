/** The names a plan gives several bodies together ("sau đây gọi chung là …", "Thuế cơ sở 1, 2, 3 (… gọi chung là Thuế cơ
 * sở)") and the bodies each stands for. */
import type { DocumentModel } from '../../document/model';
import { opensBody } from './body-names';
import { splitBodies } from './split-bodies';
import { nameKey as key } from './name-key';

/**
 * The names a plan gives a whole it lists ("Văn phòng Sở, Thanh tra Sở, các phòng chuyên môn và các đơn vị trực thuộc
 * Sở, sau đây gọi chung là các phòng, đơn vị thuộc và trực thuộc Sở, ..."): one group each, however many kinds of body
 * its words name.
 */
export function collectiveNames(model: DocumentModel): string[] {
  return [...new Set(model.paragraphs.flatMap((p) => collectiveNamesIn(p.text)))];
}

const COLLECTIVE_KINDS = '(?:các\\s+)?(?:đơn vị|phòng|ban|cơ quan|trung tâm|chi cục|khoa|trường|sở|ngành|tổ chức|chi nhánh|xí nghiệp)';
const COLLECTIVE = new RegExp(`gọi chung là\\s+["“]?(các\\s[^.;:()"”]{3,80}?)["”]?(?=\\s*,(?!\\s*${COLLECTIVE_KINDS}(?![\\p{L}]))|\\s*[.;:)"”]|\\s*$)`, 'giu');

/** The collective names one paragraph defines. */
export function collectiveNamesIn(text: string): string[] {
  return [...text.matchAll(COLLECTIVE)].map((m) => m[1]!.trim());
}

/** A collective name's parts as a units line splits them, put back together where the line wrote the name whole. */
export function keepCollective(names: readonly string[], raw: string, collectives: readonly string[]): string[] {
  let out = [...names];
  // ("phối hợp các phòng, Chi nhánh, Xí nghiệp" has "các Chi nhánh, Xí nghiệp" with its "các" shared: compared without it.)
  const bare = (name: string) => key(name).replace(/^các\s+/u, '');
  for (const whole of collectives) {
    if (!key(raw).includes(key(whole)) && !(/^các\s/iu.test(whole) && /(?:^|\s)các\s/iu.test(raw) && key(raw).includes(bare(whole)))) continue;
    const parts = splitBodies(whole).map(bare);
    if (parts.length < 2) continue;
    const at = out.findIndex((n) => parts.includes(bare(n)));
    if (at < 0 || !parts.every((part) => out.some((n) => bare(n) === part))) continue;
    const rest = out.filter((n) => !parts.includes(bare(n)));
    const written = raw.toLowerCase().indexOf(whole.toLowerCase());
    out = [...rest.slice(0, at), written >= 0 ? raw.slice(written, written + whole.length) : whole, ...rest.slice(at)];
  }
  return out;
}

/** A numbered series of bodies of one kind: "Các Đội Quản lý thị trường số 1, số 2, số 3" (the kind, then the numbers). */
export const NUMBERED_SERIES = /(?<![\p{L}])[Cc]ác\s+(\p{Lu}[\p{L}\s-]{2,60}?)\s+số\s+\d+(?:\s*(?:,|và)\s*(?:số\s+)?\d+)+$/u;

/**
 * "Thuế cơ sở 1, Thuế cơ sở 2, Thuế cơ sở 3 (sau đây gọi chung là Thuế cơ sở)": bodies numbered in one kind, then the kind
 * as the name of them all → that name and its members; none when the words before the bracket are no such series.
 */
export function namedSeries(text: string): { name: string; members: string[] }[] {
  const found: { name: string; members: string[] }[] = [];
  // ("Phòng Giao dịch số 1, …, Phòng Giao dịch số 3 (sau đây gọi chung là các Phòng Giao dịch)": the kind after "các".)
  for (const m of text.matchAll(/\(\s*(?:sau đây\s+)?(?:được\s+)?gọi chung(?:\s+là)?\s+((?:các\s+)?\p{Lu}[\p{L}\s]{1,40}?)\s*\)/gu)) {
    const name = m[1]!.trim();
    const kind = name.replace(/^các\s+/u, '');
    const kindWords = kind.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const series = new RegExp(`(?:${kindWords}\\s+(?:số\\s+)?\\d+\\s*(?:,|và)\\s*)+${kindWords}\\s+(?:số\\s+)?\\d+\\s*$`, 'u').exec(text.slice(0, m.index));
    if (series) found.push({ name, members: [...series[0].matchAll(new RegExp(`${kindWords}\\s+(?:số\\s+)?\\d+`, 'gu'))].map((x) => x[0]) });
  }
  return found;
}

/** The bodies listed in the clause that ends the text: "- Văn phòng Sở, các phòng chuyên môn (A, B) và các đơn vị trực thuộc". */
export function listedBodies(before: string): string[] {
  const sentence = (before.split(/[;:]|\.\s/u).at(-1) ?? '').replace(/^\s*(?:[-+•]|\d+\.|[a-zđ]\))\s*/u, '');
  // "… giao nhiệm vụ cho … và các đơn vị trực thuộc gồm Xí nghiệp A, Chi nhánh B, Chi nhánh C": the list after "gồm".
  const clause = /(?:^|\s)gồm(?:\s+có)?\s+(?!.*\sgồm\s)(.+)$/iu.exec(sentence)?.[1] ?? sentence;
  const parts = splitBodies(clause.replace(/\s*\([^()]*\)/gu, ''));
  return parts.every((name) => opensBody(name)) ? parts : [];
}

/** The bodies a collective name stands for: the lists of the clauses before it, back to the first that lists none ("Các
 * phòng nghiệp vụ gồm A, B, C; Ban Kiểm soát nội bộ (…); Chi nhánh X và Chi nhánh Y (sau đây gọi chung là …)"). */
export function collectiveMembers(before: string): string[] {
  // "… và 04 phòng chuyên môn (A; B; C; D, sau đây gọi chung là các phòng)": the name is given inside the bracket that
  // lists them, and the list opens with it.
  const sentence = /\(([^()]*)$/u.exec(before)?.[1] ?? before.split(/:|\.\s/u).at(-1) ?? '';
  const members: string[] = [];
  // ("(gồm: A, B, C; sau đây gọi chung là các phòng)": the bodies, then their name after a semicolon; not a list of groups.)
  const listing = /^\s*(?:bao\s+)?gồm\s*:?\s/iu.test(sentence) && !/(?:^|\s)các\s/iu.test(sentence) ? sentence.replace(/;\s*$/u, '') : sentence;
  for (const clause of listing.split(';').reverse()) {
    const listed = listedBodies(clause);
    if (listed.length === 0) break;
    members.unshift(...listed);
  }
  return members;
}
