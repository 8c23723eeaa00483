/**
 * What each plan item looks like to the matcher, derived from the plan's own text: the pairs of syllables of the
 * item's text, title and heading, weighted by how few items share them (so that words common to many tasks count
 * little), the numbers of the documents it cites, and the cue phrases the plan carries as data.
 */
import { normalizeForMatch, tokenize } from '../../text';
import type { Plan, TaskItem } from '../../plan/schema';
import { codeFeature, featuresOf } from './features';

export interface ItemProfile {
  item: TaskItem;
  /** feature → weight */
  weights: Map<string, number>;
  /** The heading's own features (the group of tasks the item stands in), for matching a report's headings. */
  headingFeatures: Set<string>;
  /** Sum of the item's largest weights: a scale for "how much of this item a paragraph says". */
  scale: number;
  /** Feature → the words as the plan writes them, for explaining a match. */
  labels: Map<string, string>;
}

const keyOf = (text: string) => normalizeForMatch(text, { expandAbbreviations: true });

function featuresWithLabels(text: string): Map<string, string> {
  const normalized = keyOf(text);
  const tokens = tokenize(normalized, { punctuation: true });
  const out = new Map<string, string>();
  for (const feature of featuresOf(tokens)) out.set(feature, feature.startsWith('#') ? feature.slice(1) : feature);
  return out;
}

/** Weight of a document number cited by an item: a citation is strong evidence, less so when many items cite it. */
const CODE_WEIGHT = 3;
const CUE_WEIGHT = 2.5;
const TOP_FEATURES = 12;

export function buildProfiles(plan: Plan): ItemProfile[] {
  const headingTitle = new Map(plan.headings.map((h) => [h.id, h.title]));
  const raw = plan.items.map((item) => {
    const features = featuresWithLabels(`${item.title}. ${item.text}`);
    const heading = featuresWithLabels(headingTitle.get(item.section) ?? '');
    for (const [f, label] of heading) features.set(f, label);
    for (const ref of item.references) features.set(codeFeature(keyOf(ref.number).text.trim()), ref.number);
    const cues = new Map<string, string>();
    for (const phrase of item.cues?.phrases ?? []) for (const [f, label] of featuresWithLabels(phrase)) cues.set(f, label);
    return { item, features, heading: new Set(heading.keys()), cues };
  });
  const df = new Map<string, number>();
  for (const { features, cues } of raw) for (const f of new Set([...features.keys(), ...cues.keys()])) df.set(f, (df.get(f) ?? 0) + 1);
  const n = raw.length;
  const idf = (f: string) => Math.log(1 + n / (df.get(f) ?? 1));
  return raw.map(({ item, features, heading, cues }) => {
    const weights = new Map<string, number>();
    const labels = new Map<string, string>();
    for (const [f, label] of features) {
      weights.set(f, (f.startsWith('#') ? CODE_WEIGHT : 1) * idf(f));
      labels.set(f, label);
    }
    for (const [f, label] of cues) {
      weights.set(f, Math.max(weights.get(f) ?? 0, CUE_WEIGHT * idf(f)));
      labels.set(f, label);
    }
    const top = [...weights.values()].sort((a, b) => b - a).slice(0, TOP_FEATURES);
    const scale = top.reduce((sum, w) => sum + w, 0) / 2;
    return { item, weights, headingFeatures: heading, scale, labels };
  });
}
