/**
 * Scores every evidence unit against every plan item and keeps, for each unit, the items it speaks of most:
 * a paragraph may report on two tasks at once, but words it shares only weakly with a sibling task do not count.
 */
import type { ItemProfile } from './profiles';
import type { EvidenceUnit } from './units';
import { scopeOf, type MatchLexicon } from './lexicon';

export interface UnitMatch {
  unit: EvidenceUnit;
  itemId: string;
  score: number;
  matched: string[];
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
  /** Factor when the unit speaks of the province and the item is internal, or the other way round. */
  scopeMismatch: number;
}

export const DEFAULT_SCORING: ScoringParameters = { contextWeight: 0.5, adjacentWeight: 0.5, minimum: 0.3, competition: 0.6, scopeMismatch: 0.6 };

function scoreUnit(unit: EvidenceUnit, profile: ItemProfile, scope: 'province' | 'internal', lexicon: MatchLexicon, params: ScoringParameters): { score: number; matched: string[] } {
  const hits: { feature: string; position: number; weight: number }[] = [];
  let context = 0;
  let distinctive = false;
  for (const [feature, weight] of profile.weights) {
    const position = unit.features.get(feature);
    if (position !== undefined) {
      hits.push({ feature, position, weight });
      if (profile.distinctive.has(feature)) distinctive = true;
    } else if (unit.context.has(feature)) {
      context += weight;
      if (profile.distinctive.has(feature)) distinctive = true;
    }
  }
  if (hits.length === 0 || !distinctive) return { score: 0, matched: [] };
  hits.sort((a, b) => a.position - b.position);
  let own = 0;
  let previous = -10;
  for (const hit of hits) {
    own += hit.position === previous + 1 ? params.adjacentWeight * hit.weight : hit.weight;
    previous = hit.position;
  }
  let score = (own + params.contextWeight * context) / profile.scale;
  if (profile.item.scope !== scope) score *= params.scopeMismatch;
  if (excluded(unit, profile.item.id, lexicon)) score = 0;
  return { score, matched: hits.map((h) => profile.labels.get(h.feature) ?? h.feature) };
}

/** A unit whose words the item's own exclusions name ("chuyển đổi số" is not "chuyển đổi vị trí công tác"). */
function excluded(unit: EvidenceUnit, itemId: string, lexicon: MatchLexicon): boolean {
  const exclusions = lexicon.exclusions.get(itemId);
  if (!exclusions || !exclusions.some((phrase) => unit.key.includes(phrase))) return false;
  const stripped = exclusions.reduce((key, phrase) => key.split(phrase).join(' '), unit.key);
  return !lexicon.required.get(itemId)?.some((phrase) => stripped.includes(phrase));
}

export function matchUnits(units: EvidenceUnit[], profiles: ItemProfile[], lexicon: MatchLexicon, params: ScoringParameters = DEFAULT_SCORING): UnitMatch[] {
  const matches: UnitMatch[] = [];
  for (const unit of units) {
    const scope = scopeOf(unit.key, lexicon);
    const scored = profiles
      .map((profile) => ({ profile, ...scoreUnit(unit, profile, scope, lexicon, params) }))
      .filter((s) => s.score >= params.minimum)
      .sort((a, b) => b.score - a.score);
    const best = scored[0]?.score ?? 0;
    for (const s of scored) {
      if (s.score < params.competition * best) break;
      matches.push({ unit, itemId: s.profile.item.id, score: s.score, matched: s.matched });
    }
  }
  return matches;
}
