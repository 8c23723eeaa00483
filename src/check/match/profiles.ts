/**
 * What each plan item looks like to the matcher, derived from the plan's own text: the pairs of syllables of the
 * item's text, title and heading, weighted by how few of the plan's paragraphs share them (words common to many
 * tasks, or to the plan's general parts, count little), the numbers of the documents it cites, and the cue phrases
 * the plan carries as data. An item's distinctive features are those few other items share: a paragraph must say at
 * least one of them to speak of the item at all.
 */
import { normalizeForMatch, tokenize } from '../../text';
import type { Plan, TaskItem } from '../../plan/schema';
import { isTerritorial } from '../../plan/scope';
import { codeFeature, featuresOf, maskedSpans } from './features';
import { FOLLOW_UP, REPORTING_DUTY, UNIT_PCTN_PLAN } from './concepts';
import { GENERIC_PAIRS } from '../data/generic-pairs';
import { itemRoles, type ItemRole } from './roles';

export interface ItemProfile {
  item: TaskItem;
  /** feature → weight */
  weights: Map<string, number>;
  /** Features that single this item out: shared by few items, a document only it cites, or a cue phrase. */
  distinctive: Set<string>;
  /** Sum of the item's largest weights: a scale for "how much of this item a paragraph says". */
  scale: number;
  /** Feature → the words as the plan writes them, for explaining a match. */
  labels: Map<string, string>;
  /** Cue phrases (normalized) and their weight: matched as whole phrases, each one distinctive. */
  /** `weightWithoutAct`: the weight in a text that names no act, where tasks told apart by overseeing others
   * (inspecting, guiding, advising, following up) do not share the phrase. */
  cues: {
    phrase: string;
    label: string;
    weight: number;
    weightWithoutAct: number;
    unique: boolean;
    /** Shared, but this is the only task saying it that names no act: in a text that names none it is this task's alone
     * ("quy tắc ứng xử" said of one's own conduct is the task of following the code, not of monitoring or guiding others'). */
    uniqueWithoutAct: boolean;
    /** Its first two words, as a feature, or null for a one-word phrase. */
    pair: string | null;
    /** This item's longer cue phrases that contain it: when one of them is found, this one is the same cue. */
    longer: string[];
  }[];
  /** Features only this item has (a document only it cites): a unit that says one reports on this item even when it
   * reports on another more. */
  unique: Set<string>;
  /**
   * Whether scope tells this item from its neighbours: another item of its heading, or one the plan names as distinct
   * from it, has the other scope (c.4 in the Sở, c.5 across the province). Otherwise scope words prove nothing.
   */
  scopeMatters: boolean;
  /** What the task asks its units to do, and what tells it from its neighbours. */
  role: ItemRole;
}

export interface ProfileParameters {
  /** Weight of a cited document's number, times its rarity. */
  codeWeight: number;
  /** Weight of a cue phrase found whole. */
  cueWeight: number;
  /** A feature found in at most this many of the plan's paragraphs (items and general text) is distinctive. */
  distinctiveItems: number;
  /** Scores are divided by the item's scale (1) or not (0). */
  normalize: number;
  /** A cue phrase that n items share weighs cueWeight / n^cueSharing. */
  cueSharing: number;
  /** How many of the item's largest weights make its scale. */
  topFeatures: number;
  /** A feature that only the tasks of one heading share (at most this many of them) and the plan's general text
   * hardly uses is their common topic ("chuyển đổi vị trí" for issuing, guiding and inspecting rotation): distinctive
   * for each of them, so that a paragraph can speak of the group; act and role then tell the tasks apart. 0: off. */
  siblingTopic: number;
  /** A feature of a task's title that at most this many titles have is distinctive for it (0: off). */
  titleTopic: number;
}

export const DEFAULT_PROFILE: ProfileParameters = { codeWeight: 2, cueWeight: 6, distinctiveItems: 2, cueSharing: 0.5, topFeatures: 10, normalize: 0, siblingTopic: 0, titleTopic: 2 };

const keyOf = (text: string) => normalizeForMatch(text, { expandAbbreviations: true });

function featureKeys(text: string, unitNames: RegExp | null = null): string[] {
  const normalized = keyOf(text);
  return [...featuresOf(tokenize(normalized, { punctuation: true }), maskedSpans(normalized.text, unitNames)).keys()];
}

export function buildProfiles(plan: Plan, params: ProfileParameters = DEFAULT_PROFILE, unitNames: RegExp | null = null): ItemProfile[] {
  const headingTitle = new Map(plan.headings.map((h) => [h.id, h.title]));
  const items = plan.items.map((item) => {
    const features = new Set([...featureKeys(`${item.title}. ${item.text}`, unitNames), ...featureKeys(headingTitle.get(item.section) ?? '', unitNames)]);
    const codes = new Map(item.references.map((ref) => [codeFeature(keyOf(ref.number).text.trim()), ref.number]));
    for (const code of codes.keys()) features.add(code);
    return { item, features, codes };
  });
  // Rarity is counted over every paragraph of the plan: the items, and the general text (purpose, opening, section
  // III), where the words every task shares ("phòng, chống tham nhũng", "cơ quan, đơn vị") keep coming back.
  const general = [plan.meta.opening, ...plan.headings.flatMap((h) => h.paragraphs), ...plan.reporting.text].map((t) => new Set(featureKeys(t, unitNames)));
  const documents = [...items.map((i) => i.features), ...general];
  const df = new Map<string, number>();
  for (const doc of documents) for (const f of doc) df.set(f, (df.get(f) ?? 0) + 1);
  const itemDf = new Map<string, number>();
  // feature → the one heading whose tasks have it, or null when tasks of several headings do.
  const onlyHeading = new Map<string, string | null>();
  for (const { item, features } of items) {
    for (const f of features) {
      itemDf.set(f, (itemDf.get(f) ?? 0) + 1);
      const seen = onlyHeading.get(f);
      onlyHeading.set(f, seen === undefined || seen === item.section ? item.section : null);
    }
  }
  const titleFeatures = plan.items.map((item) => new Set(featureKeys(item.title, unitNames)));
  const titleDf = new Map<string, number>();
  for (const set of titleFeatures) for (const f of set) titleDf.set(f, (titleDf.get(f) ?? 0) + 1);
  const siblingTopic = (f: string) => {
    const inItems = itemDf.get(f) ?? 0;
    return params.siblingTopic > 0 && inItems <= params.siblingTopic && onlyHeading.get(f) != null && (df.get(f) ?? 0) - inItems <= 1;
  };
  const n = documents.length;
  const generic = new Set(GENERIC_PAIRS.map((pair) => keyOf(pair).text.trim()));
  // A cue phrase is unique to an item when no other item's text or cues contain it.
  const itemKeys = plan.items.map((item) => `${keyOf(`${item.title}. ${item.text}`).text} | ${(item.cues?.phrases ?? []).map((p) => keyOf(p).text).join(' | ')}`);
  const phraseDf = (phrase: string) => Math.max(1, itemKeys.filter((k) => k.includes(phrase)).length);
  const roles = itemRoles(plan, unitNames);
  const oversees = (id: string) => {
    const role = roles.get(id)!;
    return role.distinguishing.size > 0 && !role.acts.has('issue');
  };
  // The tasks that say a phrase and name no act of their own (carried out, not overseen, guided or advised on).
  const actlessSharing = (phrase: string) => plan.items.filter((other, i) => itemKeys[i]!.includes(phrase) && roles.get(other.id)!.acts.size === 0).length;
  const overseersSharing = (phrase: string, self: string) => plan.items.filter((other, i) => other.id !== self && itemKeys[i]!.includes(phrase) && oversees(other.id)).length;
  const idf = (f: string) => Math.log(n / (df.get(f) ?? 1));

  return items.map(({ item, features, codes }, index) => {
    const inTitle = (f: string) => params.titleTopic > 0 && titleFeatures[index]!.has(f) && (titleDf.get(f) ?? 0) <= params.titleTopic;
    const weights = new Map<string, number>();
    const labels = new Map<string, string>();
    const distinctive = new Set<string>();
    for (const f of features) {
      const code = codes.get(f);
      weights.set(f, (code || f === REPORTING_DUTY || f === FOLLOW_UP ? params.codeWeight : 1) * idf(f));
      labels.set(f, code ?? (f.startsWith('§') ? f.slice(1) : f));
      // The concept is judged among the tasks only: the plan's opening names the plan itself in the same shape.
      if (f.startsWith('§') ? (itemDf.get(f) ?? 0) <= params.distinctiveItems : code ? (itemDf.get(f) ?? 0) <= 1 : ((df.get(f) ?? 0) <= params.distinctiveItems || siblingTopic(f) || inTitle(f)) && !generic.has(f)) distinctive.add(f);
    }
    const cues = (item.cues?.phrases ?? []).map((phrase) => {
      const key = keyOf(phrase).text.trim();
      const shared = phraseDf(key);
      // Only a task carried out, not overseen, gains: an overseeing task keeps its share in a text that oversees nothing.
      const withoutAct = oversees(item.id) ? shared : Math.max(1, shared - overseersSharing(key, item.id));
      const words = key.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
      const pair = words.length < 2 ? null : `${words[0]} ${words[1]}`;
      return { phrase: key, label: phrase, weight: params.cueWeight / shared ** params.cueSharing, weightWithoutAct: params.cueWeight / withoutAct ** params.cueSharing, unique: shared === 1, uniqueWithoutAct: shared > 1 && roles.get(item.id)!.acts.size === 0 && actlessSharing(key) === 1, pair, longer: [] as string[] };
    });
    for (const cue of cues) for (const other of cues) if (other !== cue && other.phrase.length > cue.phrase.length && other.phrase.includes(cue.phrase)) cue.longer.push(other.phrase);
    // A document only this task names, or a unit's PCTN plan named by its owner where only this task speaks of one.
    const unique = new Set([...codes.keys(), ...(features.has(UNIT_PCTN_PLAN) ? [UNIT_PCTN_PLAN] : [])].filter((f) => itemDf.get(f) === 1));
    const top = [...weights.values()].sort((a, b) => b - a).slice(0, params.topFeatures);
    const scale = params.normalize ? top.reduce((sum, w) => sum + w, 0) / 2 : 1;
    const neighbours = plan.items.filter((other) => other.id !== item.id && (other.section === item.section || item.cues?.distinctFrom?.includes(other.id)));
    const scopeMatters = neighbours.some((other) => isTerritorial(other.scope) !== isTerritorial(item.scope));
    return { item, weights, distinctive, scale, labels, cues, unique, scopeMatters, role: roles.get(item.id)! };
  });
}
