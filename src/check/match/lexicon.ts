/** The matcher's word lists, normalized once: scope markers, and each item's cue and exclusion phrases from the plan. */
import { foldForCompare } from '../../text';
import type { Plan } from '../../plan/schema';
import { DISSEMINATION_MARKERS, OUTSIDE_BODIES, PROVINCE_MARKERS } from '../data/scope-markers';
import { TEXT_SUFFIXES, withoutSuffixes } from '../context/unit';

export interface MatchLexicon {
  /** Words of the province's scope, those that hold none of the others (enough to tell whether any is said). */
  province: string[];
  /** Words of sentences about studying or spreading the law: the documents they name are not results (those that hold
   * none of the others). */
  dissemination: string[];
  /** Names of the plan's units and groups, of outside bodies, and the words of scope ("trên địa bàn tỉnh"): who and
   * where, not what was done. Left out of the features (global pattern, group 1 the boundary before the name). */
  unitNames: RegExp | null;
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
  return { province: innermost(PROVINCE_MARKERS.map(key)), dissemination: innermost(DISSEMINATION_MARKERS.map(key)), unitNames: unitNamePattern(plan), exclusions, required };
}

/**
 * The phrases that hold no other phrase of the list, once each: a text says one of the list exactly when it says one of
 * these ("huyện" is in every text that says "cấp huyện"), and a text is searched for fewer.
 */
export function innermost(phrases: readonly string[]): string[] {
  const unique = [...new Set(phrases)];
  return unique.filter((phrase) => !unique.some((other) => other !== phrase && phrase.includes(other)));
}

export function scopeOf(unitKey: string, lexicon: MatchLexicon): 'province' | 'internal' {
  return lexicon.province.some((marker) => unitKey.includes(marker)) ? 'province' : 'internal';
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every way the plan's units and groups are written (two words or more), normalized as report text is. */
export function unitNamePattern(plan: Plan): RegExp | null {
  const written = new Set<string>();
  for (const unit of plan.units) for (const n of [unit.name, unit.shortName, ...unit.aliases]) if (n) written.add(n);
  for (const group of plan.groups) for (const n of [group.name, ...group.aliases]) written.add(n);
  const keys = new Set<string>();
  for (const name of written) {
    // As written (with "Sở"/"tỉnh" at the end or not), and with its abbreviations expanded, as report text is.
    for (const form of [foldForCompare(name), key(name)]) {
      for (const variant of withoutSuffixes(form, TEXT_SUFFIXES)) if (variant.split(' ').length >= 2) keys.add(variant);
    }
  }
  for (const phrase of [...PROVINCE_MARKERS, ...OUTSIDE_BODIES]) keys.add(key(phrase));
  if (keys.size === 0) return null;
  const alternatives = [...keys].sort((a, b) => b.length - a.length).map(escape).join('|');
  return new RegExp(`(^|[^\\p{L}])(?:${alternatives})(?=$|[^\\p{L}])`, 'gu');
}
