/**
 * What each plan item looks like to the matcher, derived from the plan's own text: the pairs of syllables of the
 * item's text, title and heading, weighted by how few of the plan's paragraphs share them (words common to many
 * tasks, or to the plan's general parts, count little), the numbers of the documents it cites, and the cue phrases
 * the plan carries as data. An item's distinctive features are those few other items share: a paragraph must say at
 * least one of them to speak of the item at all.
 */
import { normalizeForMatch, tokenize } from '../../text';
import type { Plan, TaskItem } from '../../plan/schema';
import { codeFeature, featuresOf } from './features';

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
}

export interface ProfileParameters {
  /** Weight of a cited document's number, times its rarity. */
  codeWeight: number;
  cueWeight: number;
  /** A feature shared by at most this many items is distinctive. */
  distinctiveItems: number;
  /** How many of the item's largest weights make its scale. */
  topFeatures: number;
}

export const DEFAULT_PROFILE: ProfileParameters = { codeWeight: 2, cueWeight: 2, distinctiveItems: 2, topFeatures: 10 };

const keyOf = (text: string) => normalizeForMatch(text, { expandAbbreviations: true });

function featureKeys(text: string): string[] {
  return [...featuresOf(tokenize(keyOf(text), { punctuation: true })).keys()];
}

export function buildProfiles(plan: Plan, params: ProfileParameters = DEFAULT_PROFILE): ItemProfile[] {
  const headingTitle = new Map(plan.headings.map((h) => [h.id, h.title]));
  const items = plan.items.map((item) => {
    const features = new Set([...featureKeys(`${item.title}. ${item.text}`), ...featureKeys(headingTitle.get(item.section) ?? '')]);
    const codes = new Map(item.references.map((ref) => [codeFeature(keyOf(ref.number).text.trim()), ref.number]));
    for (const code of codes.keys()) features.add(code);
    const cues = new Set((item.cues?.phrases ?? []).flatMap(featureKeys));
    return { item, features, codes, cues };
  });
  // Rarity is counted over every paragraph of the plan: the items, and the general text (purpose, opening, section
  // III), where the words every task shares ("phòng, chống tham nhũng", "cơ quan, đơn vị") keep coming back.
  const general = [plan.meta.opening, ...plan.headings.flatMap((h) => h.paragraphs), ...plan.reporting.text].map((t) => new Set(featureKeys(t)));
  const documents = [...items.map((i) => new Set([...i.features, ...i.cues])), ...general];
  const df = new Map<string, number>();
  for (const doc of documents) for (const f of doc) df.set(f, (df.get(f) ?? 0) + 1);
  const itemDf = new Map<string, number>();
  for (const { features, cues } of items) for (const f of new Set([...features, ...cues])) itemDf.set(f, (itemDf.get(f) ?? 0) + 1);
  const n = documents.length;
  const idf = (f: string) => Math.log(n / (df.get(f) ?? 1));

  return items.map(({ item, features, codes, cues }) => {
    const weights = new Map<string, number>();
    const labels = new Map<string, string>();
    const distinctive = new Set<string>();
    for (const f of features) {
      const code = codes.get(f);
      weights.set(f, (code ? params.codeWeight : 1) * idf(f));
      labels.set(f, code ?? f);
      if ((itemDf.get(f) ?? 0) <= (code ? 1 : params.distinctiveItems)) distinctive.add(f);
    }
    for (const f of cues) {
      weights.set(f, Math.max(weights.get(f) ?? 0, params.cueWeight * idf(f)));
      labels.set(f, f);
      distinctive.add(f);
    }
    const top = [...weights.values()].sort((a, b) => b - a).slice(0, params.topFeatures);
    const scale = top.reduce((sum, w) => sum + w, 0) / 2;
    return { item, weights, distinctive, scale, labels };
  });
}
