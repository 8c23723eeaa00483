/**
 * What the decision "is this task reported?" reads for one task of one report: how strongly and how often the report
 * speaks of it, whether that evidence singles it out, and what the plan says the author does. Every feature is one
 * the rule-based matcher already computes and a reviewer can follow.
 */
import type { UnitMatch } from '../match/score';

export const DECISION_FEATURES = [
  'logBest',
  'logSecond',
  'logThird',
  'passagesOver3',
  'passagesOver7',
  'bestUnique',
  'bestDominant',
  'bestCues',
  'anyDominant',
  'bestInAssessment',
  'bestFromHeading',
  'authorIsDepartment',
  'authorLeads',
  'required',
  'territorial',
  'ruleSaysReported',
  'bestOver6',
  'passagesWhereBest',
  'bestShareOfPassage',
  'logSiblings',
] as const;

export type DecisionFeature = (typeof DECISION_FEATURES)[number];

export interface DecisionInput {
  /** The task's matches, any order. */
  matches: readonly UnitMatch[];
  /** Each passage's best score over every task. */
  bestOfPassage: ReadonlyMap<unknown, number>;
  ruleSaysReported: boolean;
  authorIsDepartment: boolean;
  authorLeads: boolean;
  required: boolean;
  territorial: boolean;
  /** Tasks under the same heading, this one included. */
  siblings: number;
}

const flag = (b: boolean | undefined) => (b ? 1 : 0);

export function decisionFeatures(input: DecisionInput): number[] {
  const ms = [...input.matches].sort((a, b) => b.score - a.score);
  const scores = ms.map((m) => m.score);
  const best = ms[0];
  const values: Record<DecisionFeature, number> = {
    logBest: Math.log1p(scores[0] ?? 0),
    logSecond: Math.log1p(scores[1] ?? 0),
    logThird: Math.log1p(scores[2] ?? 0),
    passagesOver3: Math.min(5, scores.filter((s) => s >= 3).length),
    passagesOver7: Math.min(5, scores.filter((s) => s >= 7).length),
    bestUnique: flag(best?.unique),
    bestDominant: flag(best?.dominant),
    bestCues: Math.min(3, best?.cueCount ?? 0),
    anyDominant: flag(ms.some((m) => m.dominant && m.score >= 3)),
    bestInAssessment: flag(best?.unit.zone === 'assessment'),
    bestFromHeading: flag(best?.fromHeading),
    authorIsDepartment: flag(input.authorIsDepartment),
    authorLeads: flag(input.authorLeads),
    required: flag(input.required),
    territorial: flag(input.territorial),
    ruleSaysReported: flag(input.ruleSaysReported),
    bestOver6: flag((scores[0] ?? 0) >= 6),
    passagesWhereBest: Math.min(4, ms.filter((m) => m.score >= (input.bestOfPassage.get(m.unit) ?? 0)).length),
    bestShareOfPassage: best ? best.score / (input.bestOfPassage.get(best.unit) || 1) : 0,
    logSiblings: Math.log(Math.max(1, input.siblings)),
  };
  return DECISION_FEATURES.map((name) => values[name]);
}
