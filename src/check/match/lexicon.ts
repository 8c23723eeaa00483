/** The matcher's word lists, normalized once: scope markers, and each item's cue and exclusion phrases from the plan. */
import { foldForCompare } from '../../text';
import type { Plan } from '../../plan/schema';
import { PROVINCE_MARKERS } from '../data/scope-markers';

export interface MatchLexicon {
  province: string[];
  /** item id → phrases that do not make a unit about this item on their own */
  exclusions: Map<string, string[]>;
  /** item id → cue phrases; one of them present lifts an exclusion */
  required: Map<string, string[]>;
}

const key = (phrase: string) => foldForCompare(phrase, { expandAbbreviations: true });

export function buildLexicon(plan: Plan): MatchLexicon {
  const exclusions = new Map<string, string[]>();
  const required = new Map<string, string[]>();
  for (const item of plan.items) {
    if (item.cues?.exclude?.length) exclusions.set(item.id, item.cues.exclude.map(key));
    if (item.cues?.phrases?.length) required.set(item.id, item.cues.phrases.map(key));
  }
  return { province: PROVINCE_MARKERS.map(key), exclusions, required };
}

export function scopeOf(unitKey: string, lexicon: MatchLexicon): 'province' | 'internal' {
  return lexicon.province.some((marker) => unitKey.includes(marker)) ? 'province' : 'internal';
}
