/**
 * A paragraph read clause by clause: where each clause starts and ends, which of its words only frame a result (an
 * authority cited, the topic of a training, the reporting duty, the detection part's stock sentence), what acts it
 * names (advise, guide, inspect, issue, follow up) and whether it tells what an inspection found in another body.
 */
import type { Token } from '../../text';
import {
  ACT_WORDS,
  AFTER_AUTHORITY,
  AUTHORITY_OPENERS,
  CLAUSE_CONNECTORS,
  DOCUMENT_KINDS,
  INSPECTION_OPENERS,
  INTERNAL_HEADS,
  SELF_NAMES,
  REPORTING_PERIODS,
  REPORTING_WORDS,
  STOCK_NEGATIONS,
  STOCK_TOPICS,
  TOPIC_OPENERS,
  type Act,
} from '../data/clause-markers';
import { featuresOf } from './features';

export type FramingKind = 'authority' | 'topic' | 'reporting' | 'stock';

export interface Clause {
  /** Token range [start, end) in the paragraph's tokens. */
  start: number;
  end: number;
  /** feature → position (paragraph token index) */
  features: Map<string, number>;
  /** Features first said inside a framing span, and which kind. */
  framed: Map<string, FramingKind>;
  acts: Set<Act>;
  /** The clause tells what an inspection found in another body (or continues a sentence that does). */
  inspection: boolean;
  /** Syllables and codes in the clause. */
  words: number;
}

const ACTS = Object.entries(ACT_WORDS) as [Act, readonly string[][]][];

/** The words of the tokens, with unit names blanked so that "Thanh tra Sở" is not read as an inspection. */
function wordsOf(tokens: readonly Token[], masked: readonly [number, number][]): string[] {
  return tokens.map((t) => (t.kind === 'punct' ? t.text : masked.some(([s, e]) => t.start >= s && t.end <= e) ? '·' : t.text));
}

function matchesAt(words: readonly string[], at: number, phrase: readonly string[]): boolean {
  for (let k = 0; k < phrase.length; k += 1) if (words[at + k] !== phrase[k]) return false;
  return true;
}

function findPhrase(words: readonly string[], from: number, to: number, phrases: readonly (readonly string[])[]): { at: number; length: number } | null {
  for (let i = from; i < to; i += 1) for (const p of phrases) if (i + p.length <= to && matchesAt(words, i, p)) return { at: i, length: p.length };
  return null;
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
      const connector = CLAUSE_CONNECTORS.find((c) => matchesAt(words, i, c));
      if (connector) close(i);
    }
  }
  close(words.length);
  return ranges;
}

/** Token ranges of the clause that only frame a result, each with its kind. */
function framingSpans(words: readonly string[], start: number, end: number, detection: boolean, authority: boolean): { from: number; to: number; kind: FramingKind }[] {
  const spans: { from: number; to: number; kind: FramingKind }[] = [];
  if (detection && findPhrase(words, start, end, STOCK_NEGATIONS) && findPhrase(words, start, end, STOCK_TOPICS)) {
    return [{ from: start, to: end, kind: 'stock' }];
  }
  // An authority cited at the head of the clause, up to the comma before the actor or the act.
  let first = start;
  if (!authority) first = end;
  while (first < end && (words[first] === ',' || words[first] === '-' || words[first] === '+')) first += 1;
  const opener = AUTHORITY_OPENERS.find((o) => matchesAt(words, first, o));
  if (opener) {
    const after = first + opener.length;
    const cites = words.slice(after, after + 4).some((w) => DOCUMENT_KINDS.includes(w) || /\d/.test(w));
    if (cites) {
      let to = end;
      for (let i = after; i < end - 1; i += 1) {
        if (words[i] === ',' && AFTER_AUTHORITY.includes(words[i + 1]!)) {
          to = i;
          break;
        }
      }
      spans.push({ from: first, to, kind: 'authority' });
    }
  }
  // "tuyên truyền, phổ biến, giáo dục ..." lists acts; only an opener followed by what it spreads opens a topic.
  for (let i = start; i < end; i += 1) {
    const opener = TOPIC_OPENERS.find((o) => matchesAt(words, i, o));
    if (!opener) continue;
    const next = words[i + opener.length];
    if (next === ',' || next === 'và' || next === undefined) continue;
    spans.push({ from: i + opener.length, to: end, kind: 'topic' });
    break;
  }
  const reporting = findPhrase(words, start, end, REPORTING_WORDS);
  if (reporting) {
    const period = findPhrase(words, reporting.at, Math.min(end, reporting.at + 14), REPORTING_PERIODS);
    if (period) spans.push({ from: reporting.at, to: period.at + period.length, kind: 'reporting' });
  }
  return spans;
}

/** "của Ban", "của Phòng", "của Chi cục" said by a unit of itself read as the plan's "của đơn vị". */
function ownUnitFeatures(words: readonly string[], start: number, end: number, features: Map<string, number>): void {
  for (let i = start; i + 1 < end; i += 1) {
    if (words[i] !== 'của' || !SELF_NAMES.some((n) => matchesAt(words, i + 1, n) && words[i + 1 + n.length] !== '·')) continue;
    if (!features.has('của đơn')) features.set('của đơn', i - start);
    if (!features.has('đơn vị')) features.set('đơn vị', i - start + 1);
  }
}

/** Acts named in words[start, end). Advising one's own head ("tham mưu Giám đốc Sở") is how a division acts for its
 * department, not advice to a higher body. */
export function actsOf(words: readonly string[], start: number, end: number): Set<Act> {
  const acts = new Set<Act>();
  for (const [act, phrases] of ACTS) {
    for (let i = start; i < end && !acts.has(act); i += 1) {
      const phrase = phrases.find((p) => i + p.length <= end && matchesAt(words, i, p));
      if (!phrase) continue;
      if (act === 'advise' && INTERNAL_HEADS.some((h) => matchesAt(words, i + phrase.length, h) || matchesAt(words, i + phrase.length + 1, h))) continue;
      acts.add(act);
    }
  }
  return acts;
}

/** The clauses of one paragraph's tokens. `masked`: spans of unit names (normalized offsets). */
/** `authority`: whether a cited authority frames (in a paragraph) or names the task (in a table's cell). */
export function clausesOf(tokens: readonly Token[], masked: readonly [number, number][], detection: boolean, authority = true): Clause[] {
  const words = wordsOf(tokens, masked);
  let inspecting = false;
  return boundaries(words).map(([start, end]): Clause => {
    const local = featuresOf(tokens.slice(start, end), masked);
    ownUnitFeatures(words, start, end, local);
    const spans = framingSpans(words, start, end, detection, authority);
    const features = new Map<string, number>();
    const framed = new Map<string, FramingKind>();
    for (const [feature, position] of local) {
      const at = position + start;
      features.set(feature, at);
      const span = spans.find((s) => at >= s.from && at < s.to);
      if (span) framed.set(feature, span.kind);
    }
    // What a cited authority or a training's topic names is not what the clause did.
    const own = words.map((w, i) => (i >= start && i < end && spans.some((s) => s.kind !== 'reporting' && i >= s.from && i < s.to) ? '·' : w));
    const acts = actsOf(own, start, end);
    inspecting = inspecting || findPhrase(words, start, end, INSPECTION_OPENERS) !== null;
    const count = tokens.slice(start, end).filter((t) => t.kind !== 'punct').length;
    return { start, end, features, framed, acts, inspection: inspecting, words: count };
  });
}
