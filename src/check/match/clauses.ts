/**
 * A paragraph read clause by clause: where each clause starts and ends, which of its words only frame a result (an
 * authority cited, the topic of a training, the reporting duty, the detection part's stock sentence), what acts it
 * names (advise, guide, inspect, issue, follow up) and whether it tells what an inspection found in another body.
 */
import { citesOthersReport, otherUnitActs, type ActorOf } from './other-actor';
import type { Token } from '../../text';
import {
  ACT_WORDS,
  AFTER_AUTHORITY,
  AUTHORITY_OPENERS,
  CLAUSE_CONNECTORS,
  DOCUMENT_KINDS,
  BODY_WORDS,
  INSPECTION_OPENERS,
  INSPECTION_PLACES,
  INSPECTION_VERBS,
  INTERNAL_HEADS,
  HIGHER_ACTS,
  HIGHER_BODIES,
  SELF_NAMES,
  RECEIVE_VERBS,
  ATTENDANCE_VERBS,
  EVENT_NOUNS,
  ORGANISER_ACTS,
  IMPLEMENT_VERBS,
  DOCUMENT_SOURCES,
  RECEIVED_DOCUMENTS,
  FORWARDED_DOCUMENTS,
  FORWARD_VERBS,
  STAFF_SUBJECTS,
  CONDUCT_VERBS,
  REPORTING_PERIODS,
  REPORTING_WORDS,
  STOCK_NEGATIONS,
  STOCK_TOPICS,
  COMPLIANCE_VERBS,
  COMPLIANCE_MANNERS,
  HEAD_HANDLED,
  TOPIC_OPENERS,
  NEXT_ACT,
  type Act,
} from '../data/clause-markers';
import { featuresOf } from './features';

export type FramingKind = 'authority' | 'topic' | 'reporting' | 'stock';

/** A clause's shape, read from its words alone; its features are computed only when it is scored on its own. */
export interface Clause {
  /** Token range [start, end) in the paragraph's tokens. */
  start: number;
  end: number;
  /** Token ranges that only frame a result, with their kind. */
  spans: FramingSpan[];
  acts: Set<Act>;
  /** The clause tells what an inspection found in another body (or continues a sentence that does), or what a higher
   * body did itself ("UBND tỉnh ban hành Quyết định ..."): not the author's own act. */
  inspection: boolean;
  /** Another body inspected the author ("Đoàn kiểm tra của Thanh tra Sở làm việc tại Ban"): the inspection is theirs. */
  inspectedHere: boolean;
  /** The author's people attended another body's event ("tham dự Hội nghị ... do Ban Thường vụ tổ chức"): the event is
   * the organiser's task, the author's only where the task is also the author's. */
  attended: boolean;
  /** Syllables and codes in the clause. */
  words: number;
}

export interface FramingSpan {
  from: number;
  to: number;
  kind: FramingKind;
}

const ACTS = Object.entries(ACT_WORDS) as [Act, readonly string[][]][];

/** The words of the tokens, with unit names blanked so that "Thanh tra Sở" is not read as an inspection. */
export function wordsOf(tokens: readonly Token[], masked: readonly [number, number][]): string[] {
  if (masked.length === 0) return tokens.map((t) => t.text);
  // Tokens and spans both run left to right: one walk over each.
  const words = new Array<string>(tokens.length);
  let m = 0;
  for (let k = 0; k < tokens.length; k += 1) {
    const t = tokens[k]!;
    while (m < masked.length && masked[m]![1] <= t.start) m += 1;
    const span = masked[m];
    words[k] = t.kind !== 'punct' && span !== undefined && t.start >= span[0] && t.end <= span[1] ? '·' : t.text;
  }
  return words;
}

function matchesAt(words: readonly string[], at: number, phrase: readonly string[]): boolean {
  for (let k = 0; k < phrase.length; k += 1) if (words[at + k] !== phrase[k]) return false;
  return true;
}

/** Phrase lists indexed by their first word: one map lookup per word instead of one comparison per phrase. */
const indexes = new WeakMap<readonly (readonly string[])[], Map<string, (readonly string[])[]>>();
function indexOf(phrases: readonly (readonly string[])[]): Map<string, (readonly string[])[]> {
  let index = indexes.get(phrases);
  if (!index) {
    index = new Map();
    for (const p of phrases) index.set(p[0]!, [...(index.get(p[0]!) ?? []), p]);
    indexes.set(phrases, index);
  }
  return index;
}

export function findPhrase(words: readonly string[], from: number, to: number, phrases: readonly (readonly string[])[]): { at: number; length: number } | null {
  const index = indexOf(phrases);
  for (let i = from; i < to; i += 1) {
    const candidates = index.get(words[i]!);
    if (!candidates) continue;
    for (const p of candidates) if (i + p.length <= to && matchesAt(words, i, p)) return { at: i, length: p.length };
  }
  return null;
}

/** The phrase of the list that starts at `at`, if any. */
function phraseAt(words: readonly string[], at: number, phrases: readonly (readonly string[])[]): readonly string[] | undefined {
  return indexOf(phrases).get(words[at]!)?.find((p) => matchesAt(words, at, p));
}

/** Clause boundaries: ";", a full stop, and connectors ("đồng thời", "trong đó") after a comma or at a boundary. */
function boundaries(words: readonly string[]): [number, number][] {
  const ranges: [number, number][] = [];
  let start = 0;
  const close = (end: number) => {
    if (end > start) ranges.push([start, end]);
    start = end;
  };
  for (let i = 0; i < words.length; i += 1) {
    const w = words[i]!;
    if (w === ';' || w === '.' || w === '!' || w === '?') {
      close(i + 1);
      continue;
    }
    if (i > start && (words[i - 1] === ',' || words[i - 1] === ':')) {
      const connector = phraseAt(words, i, CLAUSE_CONNECTORS);
      if (connector) close(i);
    }
  }
  close(words.length);
  return ranges;
}

const INTENTION_REACH = 8;

/** Where a cited authority ends: at the comma before the actor or the act that follows it, else at the clause's end. */
function authorityEnd(words: readonly string[], from: number, end: number): number {
  for (let i = from; i < end - 1; i += 1) if (words[i] === ',' && AFTER_AUTHORITY.includes(words[i + 1]!)) return i;
  return end;
}

/** How far into its clause a receiving verb may stand ("Ngày 18/7/2023, Chi cục nhận …"). */
const RECEIVING_REACH = 10;
/** Documents whose subject a receiver only names; a unit's plan received ("tiếp nhận kế hoạch PCTN của 03 đơn vị") is
 * the task of following the units' plans up, not a framing. */
const NAMED_DOCUMENTS = FORWARDED_DOCUMENTS.filter((d) => d[0] !== 'kế');

/** A document received by its kind and number ("Chi cục nhận Công văn số 1702/SNV-TTr của Sở Nội vụ về việc tăng cường
 * kiểm soát xung đột lợi ích"): what it is about is the sender's, named, not done. The span runs from the verb to the
 * comma before what the receiver did with it (", Chi cục đã rà soát …"), an authority for it; or to the clause's end. */
function receivedDocumentSpan(words: readonly string[], start: number, end: number): FramingSpan | null {
  const verb = findPhrase(words, start, Math.min(end, start + RECEIVING_REACH), RECEIVE_OR_BARE);
  if (!verb || findPhrase(words, start, verb.at, IMPLEMENT_VERBS)) return null;
  const after = verb.at + verb.length;
  const document = findPhrase(words, after, Math.min(end, after + 2), NAMED_DOCUMENTS);
  if (!document) return null;
  const numbered = words.slice(document.at + document.length, document.at + document.length + 3).some((w) => /\d\/|\/\d/.test(w));
  if (!numbered) return null;
  const to = authorityEnd(words, document.at + document.length, end);
  // Received and nothing more said of it in the clause: the clause tells no result at all.
  return { from: verb.at, to, kind: to === end ? 'stock' : 'authority' };
}

/** The clause opens by setting itself in a year before the report's ("Năm 2022, Ban đã …", "Cùng kỳ năm 2022, …",
 * "Trong năm trước, …"): what it tells was done then, a comparison or a memory, not a result of the period. */
function setInEarlierYear(words: readonly string[], start: number, end: number, reportYear: number | null | undefined): boolean {
  if (!reportYear) return false;
  let k = start;
  while (k < end && (words[k] === '-' || words[k] === '+' || words[k] === ',')) k += 1;
  if (words[k] === 'trong') k += 1;
  if (words[k] === 'cùng' && words[k + 1] === 'kỳ') k += 2;
  if (words[k] !== 'năm') return false;
  const year = words[k + 1] ?? '';
  const earlier = year === 'trước' || (/^\d{4}$/.test(year) && Number(year) < reportYear);
  return earlier && words[k + 2] === ',';
}

/** The clause says only what the unit will do ("Chi cục sẽ tổ chức …", "dự kiến tổ chức …"): nothing done before the
 * intention ("đã", an act such as "ban hành" or "tham mưu"), and no reason why something is not done yet ("chưa", "vì",
 * "do"), which is a result. */
function onlyIntends(words: readonly string[], start: number, end: number): boolean {
  let at = -1;
  for (let k = start; k < end; k += 1) {
    const w = words[k];
    if (w === 'đã' || w === 'chưa' || w === 'vì' || w === 'do') return false;
    // ("dự kiến" far from the clause's head qualifies a noun: "số lượng thuốc dự kiến mua sắm".)
    if (at < 0 && (w === 'sẽ' || (w === 'dự' && words[k + 1] === 'kiến' && k - start <= INTENTION_REACH))) at = k;
  }
  return at >= 0 && actsOf(words, start, at).size === 0;
}

/**
 * The paragraph only claims compliance in general: one sentence "thực hiện tốt / chấp hành nghiêm …" with no fact
 * beside it — no count (a number that is not a document's number or a date), no "không …" ("không có trường hợp vi
 * phạm", "không uống rượu, bia"), nothing done ("đã", "yêu cầu", an act), no list of what the staff did after ":".
 */
export function onlyClaimsCompliance(words: readonly string[]): boolean {
  let claims = false;
  let last = words.length - 1;
  while (last >= 0 && (words[last] === '.' || words[last] === ';')) last -= 1;
  for (let k = 0; k <= last; k += 1) {
    const verb = phraseAt(words, k, COMPLIANCE_VERBS);
    if (verb && phraseAt(words, k + verb.length, COMPLIANCE_MANNERS)) claims = true;
    const w = words[k]!;
    if (w === '.' || w === ':' || w === 'đã' || (w === 'yêu' && words[k + 1] === 'cầu')) return false;
    if (w === 'không' && words[k + 1] !== 'ngừng') return false;
    const dated = words[k - 1] === 'ngày' || words[k - 1] === 'năm';
    if (/\d/u.test(w) && !/\p{L}/u.test(w) && !dated) return false;
  }
  return claims && actsOf(words, 0, words.length).size === 0;
}

/**
 * The cited document is the unit's own ("Thực hiện Kế hoạch chuyển đổi vị trí công tác số 11/KH-CCVTLT … của Chi cục,
 * chuyển 01 viên chức …"): carrying out one's own plan is doing the task, not citing an authority for it. Read up to the
 * first comma.
 */
function citesOwnDocument(words: readonly string[], after: number, end: number): boolean {
  for (let i = after; i < end && words[i] !== ','; i += 1) {
    if (words[i] !== 'của') continue;
    const name = PLACES_OF_SELF.find((n) => n.every((w, j) => words[i + 1 + j] === w));
    if (name && (i + 1 + name.length >= end || words[i + 1 + name.length] === ',' || words[i + 1 + name.length] === ';')) return true;
  }
  return false;
}

/** Pairs of words too common in this domain to tie an act to the subject of a cited document. */
const GENERIC_PAIRS = new Set(['thực hiện', 'công tác', 'phòng chống', 'chống tham', 'tham nhũng', 'nhũng tiêu', 'kế hoạch', 'tổ chức', 'quy định', 'của sở', 'đơn vị']);

/** The parts of a cited document's subject that the clause itself goes on to do ("Thực hiện Kế hoạch số 41/KH-SNV về
 * chuyển đổi vị trí công tác, Trung tâm đã chuyển đổi 02 viên chức"): those words are the clause's own topic, not a
 * framing. The subject is read part by part ("về kiện toàn bộ máy, vị trí việc làm và chuyển đổi vị trí công tác"), so
 * only the part the clause echoes is freed. Token ranges [from, to), left to right. */
function echoedSubjects(words: readonly string[], after: number, to: number, end: number): [number, number][] {
  let about = -1;
  for (let i = after; i < to; i += 1) if (words[i] === 'về') { about = i; break; }
  if (about < 0) return [];
  const own = new Set<string>();
  for (let i = to; i + 1 < end; i += 1) own.add(`${words[i]} ${words[i + 1]}`);
  const freed: [number, number][] = [];
  let from = about + 1;
  for (let i = about + 1; i <= to; i += 1) {
    if (i < to && words[i] !== ',' && words[i] !== 'và') continue;
    // The part's head ("chuyển đổi" of "việc chuyển đổi vị trí công tác"), not any pair in it: "vị trí" of "chuyển đổi
    // vị trí công tác" is not echoed by "Đề án vị trí việc làm".
    const head = words[from] === 'việc' ? from + 1 : from;
    const pair = `${words[head]} ${words[head + 1]}`;
    if (head + 1 < i && own.has(pair) && !GENERIC_PAIRS.has(pair) && /\p{L}/u.test(words[head]!) && /\p{L}/u.test(words[head + 1]!)) freed.push([from, i]);
    from = i + 1;
  }
  return freed;
}

/** Where a training's or a meeting's title in quotation marks ends, when one opens within three words of `from`
 * ("hội nghị tập huấn “…”"): the position after its closing mark; else null. */
function quotedTitleEnd(words: readonly string[], from: number, end: number): number | null {
  for (let k = from; k < Math.min(end, from + 3); k += 1) {
    if (words[k] !== '"') continue;
    for (let j = k + 1; j < end; j += 1) if (words[j] === '"') return j + 1;
    return null;
  }
  return null;
}

/** Token ranges of the clause that only frame a result, each with its kind. */
function framingSpans(words: readonly string[], start: number, end: number, detection: boolean, authority: boolean, claimsOnly: boolean, reportYear?: number | null): FramingSpan[] {
  const spans: FramingSpan[] = [];
  if (setInEarlierYear(words, start, end, reportYear)) return [{ from: start, to: end, kind: 'stock' }];
  if (detection && findPhrase(words, start, end, STOCK_NEGATIONS) && findPhrase(words, start, end, STOCK_TOPICS) && !findPhrase(words, start, end, HEAD_HANDLED)) {
    return [{ from: start, to: end, kind: 'stock' }];
  }
  // What the unit will do is an intention, not a result.
  if (onlyIntends(words, start, end)) return [{ from: start, to: end, kind: 'stock' }];
  // (`claimsOnly`: the whole paragraph only claims compliance, read once for all its clauses.)
  if (claimsOnly) return [{ from: start, to: end, kind: 'stock' }];
  const received = authority ? receivedDocumentSpan(words, start, end) : null;
  if (received) spans.push(received);
  // An authority cited at the head of the clause, up to the comma before the actor or the act.
  let first = start;
  if (!authority) first = end;
  while (first < end && (words[first] === ',' || words[first] === '-' || words[first] === '+')) first += 1;
  const opener = phraseAt(words, first, AUTHORITY_OPENERS);
  if (opener) {
    const after = first + opener.length;
    // A document by its kind or its number ("27/KH-SNV"); a count ("Thực hiện 03 lượt giải trình") is the act itself.
    const cites = words.slice(after, after + 4).some((w) => DOCUMENT_KINDS.includes(w) || /\d\/|\/\d/.test(w));
    // "Thực hiện Kết luận thanh tra số ...: đã nộp ..." is the follow-up itself, not an authority framing it.
    const conclusion = words[after] === 'kết' && words[after + 1] === 'luận';
    if (cites && !conclusion && !citesOwnDocument(words, after, end)) {
      const to = authorityEnd(words, after, end);
      let from = first;
      for (const [a, b] of echoedSubjects(words, after, to, end)) {
        if (a > from) spans.push({ from, to: a, kind: 'authority' });
        from = b;
      }
      if (to > from) spans.push({ from, to, kind: 'authority' });
    }
  }
  // "tuyên truyền, phổ biến, giáo dục ..." lists acts; only an opener followed by what it spreads opens a topic.
  for (let i = start; i < end; i += 1) {
    const opener = phraseAt(words, i, TOPIC_OPENERS);
    if (!opener) continue;
    const next = words[i + opener.length];
    // "phổ biến Kế hoạch ..." is leading the plan's work, not a topic.
    if (next === ',' || next === 'và' || next === 'kế' || next === undefined) continue;
    // The topic runs to the comma before the next act or actor: "..., phân công 01 Phó Trưởng phòng ..."; a title in
    // quotation marks ("tập huấn “Những điểm mới về kê khai, công khai bản kê khai …”") runs to its closing mark.
    let to = end;
    const quoted = quotedTitleEnd(words, i + opener.length, end);
    for (let k = quoted ?? i + opener.length; k < end - 1; k += 1) {
      if (words[k] === ',' && NEXT_ACT.includes(words[k + 1]!)) {
        to = k;
        break;
      }
    }
    spans.push({ from: i + opener.length, to, kind: 'topic' });
    break;
  }
  const reporting = findPhrase(words, start, end, REPORTING_WORDS);
  if (reporting) {
    const period = findPhrase(words, reporting.at, Math.min(end, reporting.at + 14), REPORTING_PERIODS);
    if (period) spans.push({ from: reporting.at, to: period.at + period.length, kind: 'reporting' });
  }
  return spans;
}

/** Act phrases by their first word, for one pass over a clause's words. */
const ACTS_BY_FIRST = new Map<string, { act: Act; phrase: readonly string[] }[]>();
for (const [act, phrases] of ACTS) for (const phrase of phrases) ACTS_BY_FIRST.set(phrase[0]!, [...(ACTS_BY_FIRST.get(phrase[0]!) ?? []), { act, phrase }]);

/** Whether the word is skipped when reading acts: counts and plural words ("thực hiện 05 kết luận", "các kết luận"). */
const skipped = (w: string) => w === 'các' || w === 'những' || (w.length > 0 && w.charCodeAt(0) >= 48 && w.charCodeAt(0) <= 57 && /^\d+$/.test(w));

/** The next position at or after i whose word is read. */
function nextRead(words: readonly string[], i: number, to: number, hidden?: (i: number) => boolean): number {
  while (i < to && (skipped(words[i]!) || hidden?.(i))) i += 1;
  return i;
}

/** The phrase at i, read over skipped words; the position after it, or -1. */
function matchReading(words: readonly string[], i: number, to: number, phrase: readonly string[], hidden?: (i: number) => boolean): number {
  let k = i;
  for (const w of phrase) {
    k = nextRead(words, k, to, hidden);
    if (k >= to || words[k] !== w) return -1;
    k += 1;
  }
  return k;
}

/**
 * Acts named in words[from, to), words for which `hidden` holds left out (a cited authority, a training's topic).
 * Advising one's own head ("tham mưu Giám đốc Sở") is how a division acts for its department, not advice to a higher
 * body; "ban hành kèm theo Quyết định ..." names a document, not an act of issuing.
 */
export function actsOf(words: readonly string[], from: number, to: number, hidden?: (i: number) => boolean): Set<Act> {
  const acts = new Set<Act>();
  for (let i = from; i < to; i += 1) {
    const candidates = ACTS_BY_FIRST.get(words[i]!);
    if (!candidates || hidden?.(i)) continue;
    for (const { act, phrase } of candidates) {
      if (acts.has(act)) continue;
      const after = matchReading(words, i, to, phrase, hidden);
      if (after < 0) continue;
      if (act === 'advise' && INTERNAL_HEADS.some((h) => matchReading(words, after, to, h, hidden) >= 0 || matchReading(words, nextRead(words, after, to, hidden) + 1, to, h, hidden) >= 0)) continue;
      if (act === 'issue' && words[nextRead(words, after, to, hidden)] === 'kèm') continue;
      acts.add(act);
    }
  }
  return acts;
}

/** The clause names an inspection of another body: "Đoàn kiểm tra", "qua thanh tra", "kiểm tra ... tại Sở Y tế". */
function inspectsAnotherBody(words: readonly string[], start: number, end: number): boolean {
  if (findPhrase(words, start, end, INSPECTION_OPENERS)) return true;
  const verb = findPhrase(words, start, end, INSPECTION_VERBS);
  if (!verb) return false;
  for (let i = verb.at + verb.length; i < end; i += 1) {
    const place = phraseAt(words, i, INSPECTION_PLACES);
    if (!place) continue;
    for (let k = i + place.length; k < Math.min(end, i + place.length + 3); k += 1) {
      if (BODY_WORDS.includes(words[k]!) || /^\d+$/.test(words[k]!)) return true;
    }
  }
  return false;
}

/** The clause opens with the author's staff and says how they behaved: "Công chức Thanh tra Sở thực hiện đúng Quy tắc
 * ứng xử và quy định về những việc thành viên Đoàn thanh tra không được làm". */
function staffConduct(words: readonly string[], start: number, end: number): boolean {
  let k = start;
  while (k < end && (words[k] === '-' || words[k] === '+' || words[k] === '/' || words[k] === ',' || /^\d/.test(words[k]!))) k += 1;
  const subject = STAFF_SUBJECTS.find((s) => matchesAt(words, k, s));
  if (!subject) return false;
  for (let i = k + subject.length; i < Math.min(end, k + subject.length + 8); i += 1) if (CONDUCT_VERBS.some((v) => matchesAt(words, i, v))) return true;
  return false;
}

/** "tại Ban", "tại đơn vị", "tại Chi cục" with no name after: the place is the author itself. */
function atTheAuthor(tokens: readonly Token[], masked: readonly [number, number][], words: readonly string[], start: number, end: number): boolean {
  const isMasked = (t: Token | undefined) => t !== undefined && masked.some(([s, e]) => t.start >= s && t.end <= e);
  for (let k = start; k + 1 < end; k += 1) {
    if (words[k] !== 'tại') continue;
    const name = PLACES_OF_SELF.find((n) => n.every((w, j) => words[k + 1 + j] === w && !isMasked(tokens[k + 1 + j])));
    if (name && !isMasked(tokens[k + 1 + name.length]) && tokens[k + 1 + name.length]?.kind !== 'number') return true;
  }
  return false;
}

const PLACES_OF_SELF: readonly string[][] = [...SELF_NAMES, ['đơn', 'vị']];
const HIGHER_BODY_WORDS: readonly string[][] = HIGHER_BODIES.map((b) => b.split(' '));

/** The clause's subject is a higher body that acts itself: "Ngày 20/3/2023, UBND tỉnh ban hành Quyết định ...". */
function higherBodyActs(tokens: readonly Token[], masked: readonly [number, number][], words: readonly string[], start: number, end: number): boolean {
  let k = start;
  // Skip list marks and a leading date: "- Ngày 20/3/2023, ...".
  while (k < end && (words[k] === '-' || words[k] === '+' || words[k] === ',' || words[k] === 'ngày' || /^\d/.test(words[k]!))) k += 1;
  let after = k;
  if (words[k] === '·') {
    // A name the plan knows (masked): read its words back.
    const names: string[] = [];
    while (after < end && words[after] === '·') names.push(tokens[after++]!.text);
    const name = names.join(' ');
    if (!HIGHER_BODIES.some((body) => name.startsWith(body))) return false;
  } else {
    const body = HIGHER_BODY_WORDS.find((b) => matchesAt(words, k, b));
    if (!body) return false;
    after = k + body.length;
    // "Ban Thường vụ Tỉnh ủy": the rest of the name, masked or not.
    while (after < end && (words[after] === '·' || words[after] === 'tỉnh' || words[after] === 'ủy' || words[after] === 'huyện')) after += 1;
  }
  return HIGHER_ACTS.some((act) => matchesAt(words, after, act) || matchesAt(words, after + 1, act));
}

/** Where words[start, end) tell of attending an event ("tham dự Hội nghị", "cử 03 công chức dự lớp tập huấn"): the
 * position after the attendance verb, or -1. */
export function attendance(words: readonly string[], start: number, end: number): number {
  const verb = findPhrase(words, start, end, ATTENDANCE_VERBS);
  if (!verb) return -1;
  const from = verb.at + verb.length;
  return findPhrase(words, from, Math.min(end, from + 4), EVENT_NOUNS) ? from : -1;
}

/** The author's people attended an event another body organised: an attendance verb, an event within three words of
 * it, then "do" + a body that is not the author itself + "tổ chức" / "chủ trì". */
function attendsAnotherBodysEvent(tokens: readonly Token[], masked: readonly [number, number][], words: readonly string[], start: number, end: number): boolean {
  const from = attendance(words, start, end);
  if (from < 0) return false;
  const isMasked = (t: Token | undefined) => t !== undefined && masked.some(([s, e]) => t.start >= s && t.end <= e);
  for (let k = from; k + 1 < end; k += 1) {
    if (words[k] !== 'do') continue;
    // "do Phòng tổ chức", "do đơn vị tổ chức": the author's own event.
    const self = PLACES_OF_SELF.find((n) => n.every((w, j) => words[k + 1 + j] === w && !isMasked(tokens[k + 1 + j])));
    if (self && ORGANISER_ACTS.some((a) => matchesAt(words, k + 1 + self.length, a))) return false;
    for (let i = k + 2; i < Math.min(end, k + 12); i += 1) if (ORGANISER_ACTS.some((a) => matchesAt(words, i, a))) return true;
  }
  return false;
}

/** The clause opens a list of documents received ("tiếp nhận 27 văn bản của Trung ương, Tỉnh ủy, ..."), with no act of
 * the author's on them said before the documents ("tiếp nhận và triển khai các văn bản ..." is the author's act). */
function receivesDocuments(words: readonly string[], start: number, end: number): boolean {
  const verb = findPhrase(words, start, end, RECEIVE_VERBS);
  if (!verb) return false;
  const documents = findPhrase(words, verb.at + verb.length, Math.min(end, verb.at + verb.length + 8), RECEIVED_DOCUMENTS);
  if (documents === null || findPhrase(words, start, documents.at, IMPLEMENT_VERBS)) return false;
  // ... from above: "văn bản (chỉ đạo) của cấp trên / Trung ương / UBND tỉnh"; a citizen's papers are not.
  for (let k = documents.at + 2; k < Math.min(end, documents.at + 5); k += 1) {
    if (words[k] === 'của') return findPhrase(words, k + 1, Math.min(end, k + 3), DOCUMENT_SOURCES) !== null;
  }
  return false;
}

const RECEIVE_OR_BARE = [...RECEIVE_VERBS, ['nhận']];

/** A clause that only receives a higher body's document and passes it on: "Ban nhận Công văn số 96/TTT-NV3 ngày
 * 15/02/2023 của Thanh tra tỉnh hướng dẫn …, đã sao gửi đến các phòng để nghiên cứu". */
function forwardsDocument(words: readonly string[], start: number, end: number): boolean {
  const verb = findPhrase(words, start, end, RECEIVE_OR_BARE);
  if (!verb || findPhrase(words, start, verb.at, IMPLEMENT_VERBS)) return false;
  const documents = findPhrase(words, verb.at + verb.length, Math.min(end, verb.at + verb.length + 3), FORWARDED_DOCUMENTS);
  if (!documents) return false;
  // The passing on may follow in the sentence's next clause (", đã sao gửi …").
  let sentenceEnd = end;
  while (sentenceEnd < words.length && sentenceEnd < end + 12 && words[sentenceEnd] !== '.') sentenceEnd += 1;
  if (!findPhrase(words, documents.at, sentenceEnd, FORWARD_VERBS)) return false;
  for (let k = documents.at + 2; k < Math.min(end, documents.at + 9); k += 1) {
    if (words[k] === 'của') return findPhrase(words, k + 1, Math.min(end, k + 3), DOCUMENT_SOURCES) !== null;
  }
  return false;
}

/**
 * Adds the "của đơn vị" reading of "của Ban", "của Phòng", "của Chi cục" (a unit naming itself, no proper name after
 * it) to the features of `tokens` (positions as featuresOf's, plus `shift`).
 */
export function addOwnUnitFeatures(tokens: readonly Token[], masked: readonly [number, number][], features: Map<string, number>, shift = 0): void {
  for (let k = 0; k + 1 < tokens.length; k += 1) {
    if (tokens[k]!.text !== 'của') continue;
    const isMasked = (t: Token | undefined) => t !== undefined && masked.some(([s, e]) => t.start >= s && t.end <= e);
    const name = SELF_NAMES.find((n) => n.every((w, j) => tokens[k + 1 + j]?.text === w && !isMasked(tokens[k + 1 + j])));
    if (!name || isMasked(tokens[k + 1 + name.length])) continue;
    if (!features.has('của đơn')) features.set('của đơn', k + shift);
    if (!features.has('đơn vị')) features.set('đơn vị', k + 1 + shift);
  }
}

export interface ClauseOptions {
  /** The paragraph lies in the detection part, where stock sentences say nothing was found. */
  detection: boolean;
  /** A cited authority frames a result (in a paragraph) or names the task (in a table's cell: false). */
  authority: boolean;
  /** Who the unit names stand for, where the author is one known unit. */
  actorOf?: ActorOf | null;
  /** The year the report covers, when known: a clause set in an earlier year tells of then, not of the period. */
  reportYear?: number | null;
}

/** The clauses of one paragraph's tokens. `masked`: spans of unit names (normalized offsets). */
export function clausesOf(tokens: readonly Token[], masked: readonly [number, number][], options: ClauseOptions): Clause[] {
  const words = wordsOf(tokens, masked);
  let inspecting = false;
  let received = false;
  let gathering = false;
  let listingContents = false;
  let hearsay = false;
  let assignedList = false;
  const claimsOnly = options.authority && onlyClaimsCompliance(words);
  return boundaries(words).map(([start, end]): Clause => {
    const spans = framingSpans(words, start, end, options.detection, options.authority, claimsOnly, options.reportYear);
    // (The bracket's topics may run on after ";" until it closes.)
    const listFrom = assignedList ? start : assignedTopicsOpening(words, start, end);
    if (listFrom >= 0) {
      let close = listFrom + 1;
      while (close < end && words[close] !== ')') close += 1;
      spans.push({ from: listFrom, to: close, kind: 'topic' });
      assignedList = close >= end;
    }
    // "Sinh hoạt chuyên đề về PCTN: 01 buổi; ... Nội dung: Luật PCTN, Chỉ thị số 10/CT-TTg ...": what a meeting or a
    // training of the paragraph went over, in a sentence of its own.
    // Its items may run on after ";" to the sentence's end.
    const contents = listingContents ? start : gathering ? contentsOpening(words, start, end) : -1;
    if (contents >= 0) spans.push({ from: contents, to: end, kind: 'topic' });
    listingContents = contents >= 0 && words[end - 1] === ';';
    gathering = gathering || findPhrase(words, start, end, TOPIC_OPENERS) !== null || findPhrase(words, start, end, EVENT_NOUNS) !== null;
    // What a cited authority or a training's topic names is not what the clause did.
    const hidden = spans.filter((s) => s.kind !== 'reporting');
    const acts = actsOf(words, start, end, hidden.length ? (i) => hidden.some((s) => i >= s.from && i < s.to) : undefined);
    // The author's staff behaving well on an inspection is the author's conduct, not what the inspection found; an
    // inspection named before it still frames it.
    inspecting = inspecting || (inspectsAnotherBody(words, start, end) && !staffConduct(words, start, end));
    // A list of documents received goes on to the paragraph's end.
    received = received || receivesDocuments(words, start, end);
    // A higher body's own act, unless the author advised it: "UBND tỉnh ban hành Quyết định ... (do Phòng tham mưu)".
    const higher = received || forwardsDocument(words, start, end) || (!acts.has('advise') && higherBodyActs(tokens, masked, words, start, end));
    let count = 0;
    for (let k = start; k < end; k += 1) if (tokens[k]!.kind !== 'punct') count += 1;
    const inspectedHere = (acts.has('inspect') || findPhrase(words, start, end, INSPECTION_OPENERS) !== null) && atTheAuthor(tokens, masked, words, start, end);
    // Another unit of the plan as the clause's subject: its act, not the author's.
    // "Theo báo cáo của Văn phòng Sở, …": the rest of the sentence repeats another unit's result.
    hearsay = (hearsay && words[start - 1] !== '.') || (options.actorOf ? citesOthersReport(tokens, masked, words, start, end, options.actorOf) : false);
    const other = hearsay || (options.actorOf ? otherUnitActs(tokens, masked, words, start, end, options.actorOf) : false);
    return { start, end, spans, acts, inspection: inspecting || higher || other, inspectedHere, attended: attendsAnotherBodysEvent(tokens, masked, words, start, end), words: count };
  });
}

/** Who does what in the unit, then the topics in brackets: "phân công công chức phụ trách từng nội dung (công khai; chế
 * độ, định mức; kê khai TSTN)", "mỗi chuyên viên theo dõi một nội dung (tuyển dụng, quy tắc ứng xử)". The bracket names
 * the tasks handed out, not what was done on them. */
const ASSIGNING = [['phân', 'công'], ['giao'], ['phụ', 'trách'], ['theo', 'dõi']];
const EACH_TOPIC = [['từng'], ['mỗi'], ['một', 'nội', 'dung'], ['nội', 'dung', 'cụ', 'thể'], ['các', 'nội', 'dung'], ['các', 'nhiệm', 'vụ']];
const LIST_REACH = 10;

/** Where an assignment's bracketed list of topics opens in the clause, or -1. */
function assignedTopicsOpening(words: readonly string[], start: number, end: number): number {
  const assigning = findPhrase(words, start, end, ASSIGNING);
  if (!assigning) return -1;
  for (let k = assigning.at + assigning.length; k < end; k += 1) {
    if (words[k] !== '(') continue;
    return findPhrase(words, Math.max(assigning.at, k - LIST_REACH), k, EACH_TOPIC) ? k : -1;
  }
  return -1;
}

/** Where the topic begins in a clause opening with "Nội dung:" / "Nội dung gồm ...", or -1. */
function contentsOpening(words: readonly string[], start: number, end: number): number {
  let first = start;
  while (first < end && (words[first] === '-' || words[first] === '+' || words[first] === ',')) first += 1;
  if (words[first] !== 'nội' || words[first + 1] !== 'dung') return -1;
  const next = words[first + 2];
  return next === ':' || next === 'gồm' || next === 'là' || next === 'chính' ? first + 2 : -1;
}

/** The framing kind at a token position of a clause, if any. */
export function framingAt(clause: Clause, position: number): FramingKind | undefined {
  for (const span of clause.spans) if (position >= span.from && position < span.to) return span.kind;
  return undefined;
}

/** A clause's own features (positions shifted by `offset`) and those it says only inside a framing span. */
export function clauseFeatures(tokens: readonly Token[], masked: readonly [number, number][], clause: Clause, offset: number): { features: Map<string, number>; framed: Map<string, FramingKind> } {
  const own = tokens.slice(clause.start, clause.end);
  const features = featuresOf(own, masked, clause.start + offset);
  addOwnUnitFeatures(own, masked, features, clause.start + offset);
  const framed = new Map<string, FramingKind>();
  if (clause.spans.length > 0) {
    for (const [feature, position] of features) {
      const kind = framingAt(clause, position - offset);
      if (kind) framed.set(feature, kind);
    }
  }
  return { features, framed };
}
