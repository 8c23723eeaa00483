/**
 * Scores every evidence unit against every plan item and keeps, for each unit, the items it speaks of most:
 * a paragraph may report on two tasks at once, but words it shares only weakly with a sibling task do not count.
 */
import type { ItemProfile } from './profiles';
import type { EvidenceUnit, ScoredText } from './units';
import { scopeOf, type MatchLexicon } from './lexicon';
import { isTerritorial } from '../../plan/scope';
import { UNIT_PCTN_PLAN } from './concepts';
import type { Act } from '../data/clause-markers';
import type { FramingKind } from './clauses';
import type { ItemRole } from './roles';
import { PhraseFinder } from './phrase-finder';

export interface UnitMatch {
  unit: EvidenceUnit;
  itemId: string;
  score: number;
  matched: string[];
  /** The unit says something only this item has. */
  unique: boolean;
  /** How many of the item's cue phrases the unit says. */
  cueCount: number;
  /** The item is the unit's best by far (its score at least `dominance` times the next item's). */
  dominant: boolean;
  /** The clause of a longer paragraph that credited the item, when its reading was the better one. */
  clause: string | null;
  /** The act that told the item from its neighbours, when it did. */
  act: Act | null;
  /** The topic came from the heading or the list's lead-in above a short clause. */
  fromHeading: boolean;
  /** It stands under the heading the add-in wrote for this task, so it reports it whatever its words. */
  tagged: boolean;
}

export interface ScoringParameters {
  /** Weight of the headings' words next to the unit's own. */
  contextWeight: number;
  /** Weight of a matched pair that continues the previous matched pair ("quy tắc" + "tắc ứng" + "ứng xử"). */
  adjacentWeight: number;
  /** Below this a unit says nothing about an item. */
  minimum: number;
  /** A unit's second item must score at least this share of its best one. */
  competition: number;
  /** ...or this share, when the text says one of the item's cue phrases in its own words. */
  cueCompetition: number;
  /** Factor when the unit speaks of the province and the item is internal, or the other way round. */
  scopeMismatch: number;
  /** Weight of matched features that are not distinctive, next to distinctive ones. */
  commonWeight: number;
  /** Factor for evidence from the assessment part (ưu điểm, hạn chế), which sums up rather than reports. */
  assessmentWeight: number;
  /** Factor for words of a table's task cell ("Nhiệm vụ"): the table says which task the row is about. */
  taskCellWeight: number;
  /** The best item of a unit is dominant when it scores this many times the second. */
  dominance: number;
  /** A table row names its task when this share of its task cell's words are the item's... */
  taskCellMatch: number;
  /** ...and this much more than for any other item. */
  taskCellMargin: number;
  /** Weight of words that only frame a result: an authority cited, a training's topic, the reporting duty, the
   * detection part's stock sentence. */
  authorityWeight: number;
  topicWeight: number;
  reportingWeight: number;
  stockWeight: number;
  /** Weight of what an inspection found in another body, for a task that is not about inspecting. */
  inspectedWeight: number;
  /** Weight, for an inspecting task the author neither leads nor supports, of a text saying the author was inspected. */
  inspectedHereWeight: number;
  /** Factor when the text does what the item's neighbours do and nothing the item does. */
  actMismatch: number;
  /** Weight of the words of the task heading (or lead-in) above a text, next to its own. */
  topicHeadingWeight: number;
  /** A task cell names its task when that task scores at least this on the cell's words alone (and dominates). */
  taskCellMinimum: number;
  /** A task cell's parts may each name a task (1) or the cell names one at most (0). */
  taskCellParts: number;
  /** Factor for a task the report's author neither leads nor supports: a unit reports mostly its own tasks. */
  outsideRole: number;
  /** Factor when the text does what this item alone of its neighbours asks for. */
  actMatch: number;
  /** A clause this short (in syllables) reads its heading's and lead-in's words as its own topic. */
  shortClause: number;
  /** In a row whose task cell names its task, a clause of the row whose own best task is another one, in the clause's
   * scope, scoring at least this, reports that task too (0: never). On since session 10: with consolidated reports whose
   * rows report two or three tasks in the development sets, shown "missing" findings went from 0.926 to 0.935 right. */
  namedRowClause: number;
}

export const DEFAULT_SCORING: ScoringParameters = { contextWeight: 0.5, adjacentWeight: 0.5, minimum: 0.3, competition: 0.7, cueCompetition: 0.4, scopeMismatch: 0.5, commonWeight: 0.6, assessmentWeight: 0.5, taskCellWeight: 1.5, dominance: 1.5, taskCellMatch: 0.6, taskCellMargin: 0.15, authorityWeight: 0.5, topicWeight: 0.3, reportingWeight: 0.3, stockWeight: 0.2, inspectedWeight: 0.35, inspectedHereWeight: 0.35, actMismatch: 0.6, actMatch: 1.25, outsideRole: 0.6, taskCellMinimum: 4, taskCellParts: 1, topicHeadingWeight: 0.5, shortClause: 18, namedRowClause: 7 };

interface UnitScore {
  score: number;
  /** What matched, as the user reads it: computed only for the items a unit keeps. */
  matched: () => string[];
  /** The unit says something only this item has: it counts even when another item scores higher. */
  unique: boolean;
  /** ...but only inside an authority it cites: it counts only when the item is also the unit's best. */
  framedUnique: boolean;
  act: Act | null;
  fromHeading: boolean;
  cueCount: number;
  inScope: boolean;
}

/** Acts that matter in a text: advising, guiding or inspecting another body's issuing is not issuing. */
function effectiveActs(acts: ReadonlySet<Act>): Set<Act> {
  const out = new Set(acts);
  if (out.has('advise') || out.has('guide') || out.has('inspect') || out.has('followUp')) out.delete('issue');
  return out;
}

/** Whether the text does one of the acts. */
function doesAny(said: ReadonlySet<Act>, acts: ReadonlySet<Act>): boolean {
  for (const act of said) if (acts.has(act)) return true;
  return false;
}

/** 1, or the mismatch factor when the text does what the item's neighbours do and nothing the item does. `said`: the
 * text's effective acts, read once per text. */
export function actFactor(acts: ReadonlySet<Act>, said: ReadonlySet<Act>, role: ItemRole, params: ScoringParameters): number {
  // Following up conclusions is its own act: issuing a conclusion is not following it up.
  if (role.acts.has('followUp') && !said.has('followUp') && (said.has('inspect') || acts.has('issue'))) return params.actMismatch;
  // A task that names no act ("thực hiện tốt ...", "chấp hành ...") is carried out, not inspected, guided or advised on:
  // a text doing what its neighbours do is about them.
  if (role.acts.size === 0) return (said.has('inspect') && role.foreign.has('inspect')) || (said.has('advise') && role.foreign.has('advise')) ? params.actMismatch : 1;
  if (role.distinguishing.size === 0) return 1;
  if (doesAny(said, role.own)) return params.actMatch;
  if (doesAny(said, role.acts)) return 1;
  return doesAny(said, role.foreign) ? params.actMismatch : 1;
}

function framingWeight(kind: FramingKind | undefined, role: ItemRole, params: ScoringParameters): number {
  switch (kind) {
    case undefined:
      return 1;
    case 'authority':
      return params.authorityWeight;
    case 'topic':
      return role.disseminates ? 1 : params.topicWeight;
    case 'reporting':
      return role.reports ? 1 : params.reportingWeight;
    case 'stock':
      return params.stockWeight;
  }
}

/**
 * What a user reads as "why": the cue phrases, then the distinctive words (adjacent pairs joined back into phrases:
 * "chuyển đổi" + "đổi vị" + "vị trí" → "chuyển đổi vị trí"), then document numbers; common words only when nothing
 * else matched.
 */
function readableMatch(cueLabels: string[], hits: { feature: string; position: number }[], profile: ItemProfile): string[] {
  const words = (list: { feature: string; position: number }[]): string[] => {
    const phrases: string[] = [];
    let last = -10;
    for (const hit of list) {
      if (hit.feature.startsWith('#')) continue;
      const second = hit.feature.split(' ')[1];
      if (hit.position === last + 1 && phrases.length && second) phrases[phrases.length - 1] += ` ${second}`;
      else phrases.push(hit.feature);
      last = hit.position;
    }
    return phrases;
  };
  const inCue = (phrase: string) => cueLabels.some((label) => label.toLowerCase().includes(phrase));
  const distinctive = words(hits.filter((h) => profile.distinctive.has(h.feature))).filter((p) => !inCue(p));
  const codes = hits.filter((h) => h.feature.startsWith('#')).map((h) => profile.labels.get(h.feature) ?? h.feature.slice(1));
  const out = [...cueLabels, ...distinctive, ...codes];
  return out.length ? [...new Set(out)] : words(hits).slice(0, 3);
}

/** A cue phrase said inside a framing span or an inspection of another body weighs as its words there do. */
function cueFactor(unit: ScoredText, pair: string | null, role: ItemRole, params: ScoringParameters): number {
  if (pair === null || !unit.features.has(pair)) return 1;
  const actor = !role.inspects && (unit.inspectedAll || unit.inspected.has(pair)) ? params.inspectedWeight : 1;
  return framingWeight(unit.framed.get(pair), role, params) * actor;
}


/** What a text says that the plan weighs, read once per text, not per item. */
interface TextWords {
  /** The text's own features that some item weighs, in the text's order, and their positions. */
  own: string[];
  ownAt: number[];
  /** The words of the headings above the text that the text does not say itself: those of the topic some item weighs,
   * those of the other headings some item has as distinctive (no other word of theirs counts). */
  topic: string[];
  context: string[];
}

function textWords(text: ScoredText, weighed: WeighedBy, distinctive: ReadonlyMap<string, unknown>): TextWords {
  const own: string[] = [];
  const ownAt: number[] = [];
  text.features.forEach((position, feature) => {
    if (!weighed.has(feature)) return;
    own.push(feature);
    ownAt.push(position);
  });
  const topic: string[] = [];
  for (const feature of text.topic) if (weighed.has(feature) && !text.features.has(feature)) topic.push(feature);
  const context: string[] = [];
  for (const feature of text.context) if (distinctive.has(feature) && !text.features.has(feature) && !text.topic.has(feature)) context.push(feature);
  return { own, ownAt, topic, context };
}

function scoreUnit(
  unit: ScoredText,
  profile: ItemProfile,
  scope: 'province' | 'internal',
  lexicon: MatchLexicon,
  params: ScoringParameters,
  phrasesFound: ReadonlySet<string>,
  disseminating: boolean,
  /** What the text does (issuing, advising, guiding, inspecting, following up), as it counts: read once per text. */
  said: ReadonlySet<Act>,
  words: TextWords,
): UnitScore | null {
  // (No arrow here reads this function's variables: one would make an object on every call, for every text and
  // candidate item; the helpers below take what they read.)
  const role = profile.role;
  const noAct = said.size === 0;
  let context = 0;
  const cues = saidCues(unit, profile, phrasesFound, params);
  const fullCues = cues.length === 0 ? cues : cues.filter((said) => said.factor >= 0.5);
  let distinctive = collectHits(unit, words, profile, cues, disseminating, params);
  const { count, order, positions, weights, framed, features } = scratch;
  // The task heading above counts as the text's own words, at a lower weight: "4. Chuyển đổi vị trí công tác" over
  // "01 công chức văn thư đã được chuyển đổi sang vị trí tổng hợp ...".
  let topic = 0;
  for (const feature of words.topic) {
    if (inCue(cues, feature)) continue;
    const weight = profile.weights.get(feature);
    if (weight === undefined) continue;
    const isDistinctive = profile.distinctive.has(feature);
    topic += params.topicHeadingWeight * (isDistinctive ? weight : params.commonWeight * weight);
    if (isDistinctive) distinctive = true;
  }
  // Other headings count only through the words that single an item out: "kết quả thực hiện các biện pháp phòng
  // ngừa" stands above every task.
  for (const feature of words.context) {
    if (!profile.distinctive.has(feature) || inCue(cues, feature)) continue;
    const weight = profile.weights.get(feature);
    if (weight === undefined) continue;
    context += weight;
    distinctive = true;
  }
  if (fullCues.length > 0) distinctive = true;
  if ((count === 0 && cues.length === 0) || !distinctive) return null;
  let own = 0;
  let previous = -10;
  for (let n = 0; n < count; n += 1) {
    const k = order[n]!;
    own += positions[k] === previous + 1 ? params.adjacentWeight * weights[k]! : weights[k]!;
    previous = positions[k]!;
  }
  for (const { cue, factor } of cues) own += factor * (noAct ? cue.weightWithoutAct : cue.weight);
  const contextWeight = unit.words <= params.shortClause ? 2 * params.contextWeight : params.contextWeight;
  // The act tells neighbours apart only once the text is about the task's topic: a cue, or two of its own words.
  let ownWords = 0;
  let uniqueOwn = false;
  let uniqueFramed = false;
  for (let k = 0; k < count; k += 1) {
    const isFramed = framed[k] === 1;
    if (!isFramed && profile.distinctive.has(features[k]!)) ownWords += 1;
    if (profile.unique.has(features[k]!)) {
      if (isFramed) uniqueFramed = true;
      else uniqueOwn = true;
    }
  }
  const topical = fullCues.length > 0 || ownWords >= 2;
  const act = actFactor(unit.acts, said, role, params);
  const actApplied = act > 1 && topical;
  let score = ((own + topic + contextWeight * context) / profile.scale) * (act > 1 && !topical ? 1 : act);
  const itemScope = isTerritorial(profile.item.scope) ? 'province' : 'internal';
  if (profile.scopeMatters && itemScope !== scope) score *= params.scopeMismatch;
  if (unit.zone === 'assessment') score *= params.assessmentWeight;
  if (excluded(unit, profile.item.id, lexicon)) score = 0;
  // Below the bar the item is not kept, whatever else is said of it (what the caller does next only lowers a score).
  if (score < params.minimum && params.outsideRole <= 1 && params.inspectedHereWeight <= 1) return null;
  // A document only this item names counts on its own; a phrase only this item has counts where the unit speaks of
  // the item's own scope.
  const inScope = !profile.scopeMatters || itemScope === scope;
  // (A phrase shared with overseeing tasks is this one's only where the text says it itself and neither the text nor
  // its paragraph does anything to others: "công chức của Ban thực hiện đúng Quy tắc ứng xử".)
  const ownConduct = noAct && effectiveActs(unit.passageActs).size === 0;
  const unique = score > 0 && ((inScope && hasUniqueCue(fullCues, ownConduct, unit.key)) || uniqueOwn);
  const framedUnique = score > 0 && !unique && uniqueFramed;
  return { score, matched: matchedReader(unit, words, profile, cues, disseminating, params), unique, framedUnique, cueCount: inScope ? fullCues.length : 0, inScope,
    act: actApplied ? ownAct(unit.acts, role) : null,
    fromHeading: context > 0 || cueFromHeading(cues, unit.key) };
}

/** A cue phrase of the item the text says, and the factor where it says it gives it. */
interface SaidCue {
  cue: ItemProfile['cues'][number];
  factor: number;
}

const NO_SAID_CUES: SaidCue[] = [];

/** The item's cue phrases the text says, in the item's order. A phrase inside a longer one found ("chuyển đổi vị trí" in
 * "chuyển đổi vị trí công tác") is the same cue. (Loops: this runs for every text and candidate item, and most find no cue.) */
function saidCues(unit: ScoredText, profile: ItemProfile, phrasesFound: ReadonlySet<string>, params: ScoringParameters): SaidCue[] {
  if (phrasesFound.size === 0) return NO_SAID_CUES;
  let said = NO_SAID_CUES;
  for (const cue of profile.cues) {
    if (!phrasesFound.has(cue.phrase) || saysAny(phrasesFound, cue.longer)) continue;
    const factor = (unit.key.includes(cue.phrase) ? 1 : unit.words <= params.shortClause ? 1 : params.topicHeadingWeight) * cueFactor(unit, cue.pair, profile.role, params);
    if (said === NO_SAID_CUES) said = [];
    said.push({ cue, factor });
  }
  return said;
}

function saysAny(phrasesFound: ReadonlySet<string>, phrases: readonly string[]): boolean {
  for (const phrase of phrases) if (phrasesFound.has(phrase)) return true;
  return false;
}

/** Words inside a cue phrase the text says are counted once, by the cue. */
function inCue(cues: readonly SaidCue[], feature: string): boolean {
  for (const { cue } of cues) if (cue.phrase.includes(feature)) return true;
  return false;
}

function hasUniqueCue(cues: readonly SaidCue[], ownConduct: boolean, key: string): boolean {
  for (const { cue } of cues) if (cue.unique || (ownConduct && cue.uniqueWithoutAct && key.includes(cue.phrase))) return true;
  return false;
}

/** A cue phrase found only in the headings above the text. */
function cueFromHeading(cues: readonly SaidCue[], key: string): boolean {
  for (const { cue } of cues) if (!key.includes(cue.phrase)) return true;
  return false;
}

function ownAct(acts: ReadonlySet<Act>, role: ItemRole): Act | null {
  for (const act of acts) if (role.own.has(act)) return act;
  return null;
}

/** The words are read again only for the evidence a user is shown: the scratch is the next item's by then. */
function matchedReader(unit: ScoredText, words: TextWords, profile: ItemProfile, cues: readonly SaidCue[], disseminating: boolean, params: ScoringParameters): () => string[] {
  return () => {
    collectHits(unit, words, profile, cues, disseminating, params);
    return readableMatch(cues.map((said) => said.cue.label), sortedHits(), profile);
  };
}

/**
 * The unit's words that weigh for the item, written to the scratch (one text and item at a time; nothing else is kept
 * from the thousands of pairs a long report scores): feature, position, weight, whether framed, and the order by
 * position (stable, as the words were read).
 */
const scratch = {
  count: 0,
  features: [] as string[],
  positions: new Float64Array(64),
  weights: new Float64Array(64),
  framed: new Uint8Array(64),
  order: new Int32Array(64),
};

function growScratch(): void {
  const size = scratch.positions.length * 2;
  const positions = new Float64Array(size);
  positions.set(scratch.positions);
  const weights = new Float64Array(size);
  weights.set(scratch.weights);
  const framed = new Uint8Array(size);
  framed.set(scratch.framed);
  const order = new Int32Array(size);
  order.set(scratch.order);
  Object.assign(scratch, { positions, weights, framed, order });
}

/** Fills the scratch; true when a distinctive word of the item weighs fully. */
function collectHits(unit: ScoredText, words: TextWords, profile: ItemProfile, cues: readonly SaidCue[], disseminating: boolean, params: ScoringParameters): boolean {
  const role = profile.role;
  let count = 0;
  let distinctive = false;
  // Walk the unit's own words that the plan weighs at all (few) rather than the item's (many): the same sums, far fewer
  // lookups.
  const { own, ownAt } = words;
  for (let n = 0; n < own.length; n += 1) {
    const feature = own[n]!;
    const weight = profile.weights.get(feature);
    if (weight === undefined || (cues.length > 0 && inCue(cues, feature)) || (disseminating && feature.startsWith('#'))) continue;
    const position = ownAt[n]!;
    const isDistinctive = profile.distinctive.has(feature);
    const cell = unit.taskFeatures.has(feature) ? params.taskCellWeight : 1;
    const framing = unit.framed.get(feature);
    const actor = !role.inspects && (unit.inspectedAll || unit.inspected.has(feature)) ? params.inspectedWeight : 1;
    const factor = framingWeight(framing, role, params) * actor;
    if (count === scratch.positions.length) growScratch();
    scratch.features[count] = feature;
    scratch.positions[count] = position;
    scratch.weights[count] = factor * cell * (isDistinctive ? weight : params.commonWeight * weight);
    scratch.framed[count] = framing === undefined ? 0 : 1;
    // insertion by position, after any equal one: the order a stable sort gives
    let at = count;
    while (at > 0 && scratch.positions[scratch.order[at - 1]!]! > position) {
      scratch.order[at] = scratch.order[at - 1]!;
      at -= 1;
    }
    scratch.order[at] = count;
    count += 1;
    if (isDistinctive && factor >= 0.5) distinctive = true;
  }
  scratch.count = count;
  return distinctive;
}

function sortedHits(): { feature: string; position: number }[] {
  const hits: { feature: string; position: number }[] = [];
  for (let n = 0; n < scratch.count; n += 1) {
    const k = scratch.order[n]!;
    hits.push({ feature: scratch.features[k]!, position: scratch.positions[k]! });
  }
  return hits;
}

/** A unit whose words the item's own exclusions name ("chuyển đổi số" is not "chuyển đổi vị trí công tác"). */
function excluded(unit: ScoredText, itemId: string, lexicon: MatchLexicon): boolean {
  const exclusions = lexicon.exclusions.get(itemId);
  if (!exclusions || !exclusions.some((phrase) => unit.key.includes(phrase))) return false;
  const stripped = exclusions.reduce((key, phrase) => key.split(phrase).join(' '), unit.key);
  return !lexicon.required.get(itemId)?.some((phrase) => stripped.includes(phrase));
}

/** For each word the plan uses at all, the items (by index) that weigh it. */
type WeighedBy = ReadonlyMap<string, number[]>;

function weighedBy(profiles: readonly ItemProfile[]): WeighedBy {
  const map = new Map<string, number[]>();
  profiles.forEach((profile, index) => {
    for (const feature of profile.weights.keys()) {
      const list = map.get(feature);
      if (list) list.push(index);
      else map.set(feature, [index]);
    }
  });
  return map;
}

/**
 * The item a table row names in its task cell, when one clearly stands out: each item's share of the cell's words
 * that the plan uses at all (counted once over the cell's words, not once per item).
 */
function namedTask(unit: ScoredText, profiles: readonly ItemProfile[], weighed: WeighedBy, params: ScoringParameters): string | null {
  if (unit.taskFeatures.size === 0) return null;
  let known = 0;
  const shared = new Array<number>(profiles.length).fill(0);
  for (const feature of unit.taskFeatures) {
    const items = weighed.get(feature);
    if (!items) continue;
    known += 1;
    for (const index of items) shared[index] = shared[index]! + 1;
  }
  const shares = profiles.map((p, index) => ({ id: p.item.id, share: known >= 3 ? shared[index]! / known : 0 })).sort((a, b) => b.share - a.share);
  const [best, second] = shares;
  if (!best || best.share < params.taskCellMatch || best.share - (second?.share ?? 0) < params.taskCellMargin) return null;
  return best.id;
}

/** Which items a unit can touch at all: those one of whose distinctive words it or its headings say, or one of whose
 * cues it says (any other item scores 0: a unit must say something that singles the item out). */
function candidates(unit: ScoredText, byFeature: Map<string, ItemProfile[]>, byPhrase: Map<string, ItemProfile[]>, phrasesFound: Set<string>): Set<ItemProfile> {
  const out = new Set<ItemProfile>();
  for (const feature of unit.features.keys()) for (const p of byFeature.get(feature) ?? []) out.add(p);
  for (const feature of unit.context) for (const p of byFeature.get(feature) ?? []) out.add(p);
  for (const phrase of phrasesFound) for (const p of byPhrase.get(phrase) ?? []) out.add(p);
  return out;
}

/** Where the profiles' words and cue phrases are found: they depend only on the profiles (the plan's). */
interface ProfileIndex {
  weighed: WeighedBy;
  /** distinctive word → the items that have it */
  byFeature: Map<string, ItemProfile[]>;
  /** cue phrase → the items that have it */
  byPhrase: Map<string, ItemProfile[]>;
  phrases: string[];
  phraseFinder: PhraseFinder;
  /** the items' ids */
  ids: Set<string>;
}

const indexes = new WeakMap<readonly ItemProfile[], ProfileIndex>();

function indexOf(profiles: readonly ItemProfile[]): ProfileIndex {
  let index = indexes.get(profiles);
  if (!index) {
    const byFeature = new Map<string, ItemProfile[]>();
    const byPhrase = new Map<string, ItemProfile[]>();
    for (const profile of profiles) {
      for (const feature of profile.distinctive) byFeature.set(feature, [...(byFeature.get(feature) ?? []), profile]);
      for (const cue of profile.cues) byPhrase.set(cue.phrase, [...(byPhrase.get(cue.phrase) ?? []), profile]);
    }
    const phrases = [...byPhrase.keys()];
    index = { weighed: weighedBy(profiles), byFeature, byPhrase, phrases, phraseFinder: new PhraseFinder(phrases), ids: new Set(profiles.map((p) => p.item.id)) };
    indexes.set(profiles, index);
  }
  return index;
}

/** `responsible`: the tasks the report's author leads or supports, when the author is a known unit (not the whole
 * department, which answers for every task). */
export function matchUnits(units: EvidenceUnit[], profiles: ItemProfile[], lexicon: MatchLexicon, params: ScoringParameters = DEFAULT_SCORING, responsible: ReadonlySet<string> | null = null): UnitMatch[] {
  const matches: UnitMatch[] = [];
  const { weighed, byFeature, byPhrase, phrases, phraseFinder, ids } = indexOf(profiles);
  // The task a row's task cell names when read as a text of its own: its best task by far (scope, acts and words).
  const cellTask = (cell: ScoredText | null, among: readonly string[]): string | null => {
    if (!cell) return null;
    const { kept } = score(cell, null, among);
    const [best, second] = [...kept].sort((a, b) => b.score - a.score);
    return best && best.score >= params.taskCellMinimum && best.score >= params.dominance * (second?.score ?? 0) ? best.profile.item.id : null;
  };
  // A task cell of several parts may name a task in each ("Chỉ thị 10/CT-TTg; kỷ luật, kỷ cương"): the row reports all.
  const cellTasks = (unit: EvidenceUnit, among: readonly string[]): ReadonlySet<string> | null => {
    if (!params.taskCellParts) return null;
    const parts = unit.taskCell ? unit.taskCellParts() : [];
    if (parts.length < 2) return null;
    const named = new Set(parts.map((part) => cellTask(part, among)).filter((id): id is string => id !== null));
    return named.size >= 2 ? named : null;
  };
  // Cue phrases of the headings and lead-in above a text, found once per heading.
  const contextCache = new Map<string, string[]>();
  const contextPhrases = (contextKey: string): string[] => {
    let found = contextCache.get(contextKey);
    if (!found) contextCache.set(contextKey, (found = phraseFinder.foundIn(contextKey)));
    return found;
  };
  const score = (text: ScoredText, named: ReadonlySet<string> | null, among: readonly string[] = phrases, only?: ReadonlySet<ItemProfile>) => {
    const scope = scopeOf(text.key, lexicon);
    // A short clause reads its heading's and lead-in's words as its topic: "Đã hoàn thành 45/45 bản." under "Kê khai".
    const short = text.words <= params.shortClause;
    const phrasesFound = new Set(among.filter((phrase) => text.key.includes(phrase)));
    for (const phrase of contextPhrases(short ? text.contextKey : text.topicKey)) phrasesFound.add(phrase);
    // A document named in a sentence about studying or spreading the law is what was studied, not a result.
    const disseminating = lexicon.dissemination.some((marker) => text.key.includes(marker));
    const said = effectiveActs(text.acts);
    const words = textWords(text, weighed, byFeature);
    const scored: (UnitScore & { profile: ItemProfile })[] = [];
    for (const profile of only ?? candidates(text, byFeature, byPhrase, phrasesFound)) {
      // The score object is the candidate's own: filled in here rather than copied.
      const s = scoreUnit(text, profile, scope, lexicon, params, phrasesFound, disseminating, said, words) as (UnitScore & { profile: ItemProfile }) | null;
      if (s === null) continue;
      s.profile = profile;
      // Being inspected is not inspecting: the inspecting task is the inspector's, unless it is the author's too.
      // A unit's own PCTN plan, named by its owner, is reported by whoever received, reviewed or followed it up.
      const othersPlan = profile.unique.has(UNIT_PCTN_PLAN) && text.features.has(UNIT_PCTN_PLAN);
      // Attending another body's event is the organiser's task, not the author's, unless the task is the author's too.
      if (responsible && !responsible.has(profile.item.id) && !othersPlan) s.score *= text.inspectedHere && profile.role.inspects ? params.inspectedHereWeight : text.attended && !profile.role.attends ? params.inspectedWeight : params.outsideRole;
      if (named?.has(profile.item.id)) s.unique = true;
      if (s.score >= params.minimum) scored.push(s);
    }
    scored.sort((a, b) => b.score - a.score);
    const best = scored[0]?.score ?? 0;
    const second = scored[1]?.score ?? 0;
    const kept: (typeof scored[number] & { dominant: boolean })[] = [];
    const dropped = new Set<ItemProfile>();
    const unnamed = new Set<ItemProfile>();
    for (const [rank, s] of scored.entries()) {
      const unique = s.unique || (s.framedUnique && rank === 0);
      // A paragraph may report two tasks: one whose own phrase it says in its own words (not inside an authority or
      // an inspection of another body) competes at a lower bar.
      const bar = s.cueCount > 0 ? params.cueCompetition : params.competition;
      if (s.score < bar * best && !unique) {
        dropped.add(s.profile);
        continue;
      }
      // A row that names its task in its task cell speaks of that task; others only through what is theirs alone.
      if (named !== null && !named.has(s.profile.item.id) && !unique) {
        unnamed.add(s.profile);
        continue;
      }
      // Each score is this text's own: completed in place rather than copied.
      const entry = s as typeof s & { dominant: boolean };
      entry.unique = unique;
      entry.dominant = rank === 0 && s.inScope && text.zone === 'results' && best >= params.dominance * second;
      kept.push(entry);
    }
    return { kept, phrasesFound, dropped, unnamed };
  };
  for (const unit of units) {
    // The unit's cue phrases, found once: its task cell and its clauses can only say some of them.
    const inUnit = phraseFinder.foundIn(unit.key);
    // (A place the report cites that is no item of this plan names nothing.)
    const taggedItem = unit.taggedItem !== null && ids.has(unit.taggedItem) ? unit.taggedItem : null;
    const single = taggedItem ?? namedTask(unit, profiles, weighed, params) ?? cellTask(unit.taskCell, inUnit);
    const named = (taggedItem === null ? cellTasks(unit, inUnit) : null) ?? (single === null ? null : new Set([single]));
    const found = new Map<string, ReturnType<typeof score>['kept'][number] & { clause: string | null }>();
    const whole = score(unit, named, inUnit);
    for (const s of whole.kept) found.set(s.profile.item.id, { ...s, clause: null });
    const shown = new Map<string, { score: number; text: string }>();
    // Each clause is read on its own too: a task the paragraph's best one crowded out, one whose clause says more
    // precisely who did what, or one a short clause reports under its heading keeps the better of the two readings.
    const fromContext = [...new Set([...contextPhrases(unit.contextKey), ...contextPhrases(unit.topicKey)])];
    if (named === null && (whole.dropped.size > 0 || fromContext.length > 0 || (whole.kept.length > 0 && unit.mixed))) {
      const among = [...whole.phrasesFound, ...fromContext];
      const only = new Set([...whole.dropped, ...whole.kept.map((k) => k.profile), ...fromContext.flatMap((p) => byPhrase.get(p) ?? [])]);
      for (const clause of unit.clauses()) {
        for (const s of score(clause, null, among, only).kept) {
          const id = s.profile.item.id;
          const before = found.get(id);
          if (!before || s.score > before.score) found.set(id, { ...s, clause: clause.text, dominant: before?.dominant ?? false, unique: s.unique || (before?.unique ?? false) });
          // The user sees the clause that speaks of the task best, even where the whole paragraph scored higher.
          if (s.score > (shown.get(id)?.score ?? 0)) shown.set(id, { score: s.score, text: clause.text });
        }
      }
    }
    // A row about one task may report a second in a clause of its own ("trên địa bàn tỉnh, ..." after the Sở's own):
    // the clause's best task, in its scope and well above the bar, counts too.
    // A clause's words are the row's: only a task the whole row scored (and the name kept out) can be a clause's best.
    const rowClauses = named !== null && taggedItem === null && params.namedRowClause > 0 && whole.unnamed.size + whole.dropped.size > 0 ? unit.clauses() : [];
    if (rowClauses.length > 1) {
      const only = new Set([...whole.unnamed, ...whole.dropped, ...whole.kept.map((k) => k.profile)]);
      for (const clause of rowClauses) {
        const [best] = score(clause, null, inUnit, only).kept;
        if (!best || named?.has(best.profile.item.id) || found.has(best.profile.item.id) || !best.inScope || best.score < params.namedRowClause) continue;
        found.set(best.profile.item.id, { ...best, clause: clause.text, dominant: false });
      }
    }
    for (const s of found.values()) {
      const tagged = s.profile.item.id === taggedItem;
      matches.push({ unit, itemId: s.profile.item.id, score: s.score, matched: s.matched(), unique: s.unique && unit.zone !== 'assessment', cueCount: unit.zone === 'assessment' ? 0 : s.cueCount, dominant: s.dominant, clause: s.clause ?? shown.get(s.profile.item.id)?.text ?? null, act: s.act, fromHeading: s.fromHeading, tagged });
    }
    if (taggedItem !== null && !found.has(taggedItem) && unit.zone !== 'assessment') {
      matches.push({ unit, itemId: taggedItem, score: 0, matched: [], unique: false, cueCount: 0, dominant: false, clause: null, act: null, fromHeading: true, tagged: true });
    }
  }
  return matches;
}
