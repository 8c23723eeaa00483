/**
 * Findings measured as claims: every error and warning a report shows by default is right, wrong or noise. Missing
 * tasks, missing sections, an unknown unit, period or year are judged from the report's label; the rest (citations,
 * Nghị định 30 parts, lateness) from verdicts a person wrote after reading the report (`test/fixtures/findings`).
 */
import { z } from 'zod';
import type { CheckResult, Finding } from '../check/types';
import type { Plan } from '../plan/schema';
import type { ReportLabel } from './labels';

export const VerdictSchema = z.enum(['right', 'wrong', 'noise']);
export type Verdict = z.infer<typeof VerdictSchema>;

/** Verdicts by report id, then finding id, each with the reason the judge gave. */
export const VerdictsFileSchema = z.record(z.string(), z.record(z.string(), z.object({ verdict: VerdictSchema, why: z.string().min(1) }).strict()));
export type VerdictsFile = z.infer<typeof VerdictsFileSchema>;

export interface JudgedFinding {
  report: string;
  finding: Finding;
  verdict: Verdict | 'unjudged';
  /** 'label' when the report's label decides, 'verdict' when a person did. */
  by: 'label' | 'verdict' | null;
}

const SHOWN = new Set(['error', 'warning']);

function fromLabel(plan: Plan, label: ReportLabel, finding: Finding): Verdict | null {
  switch (finding.rule) {
    case 'item-missing':
      return finding.target.kind === 'item' && label.addressed.includes(finding.target.itemId) ? 'wrong' : 'right';
    // "Paragraph N may report it — worth a look" is right when the task is in fact reported, wrong when it is missing.
    case 'item-unsure':
      return finding.target.kind === 'item' && label.addressed.includes(finding.target.itemId) ? 'right' : 'wrong';
    case 'section-missing':
      return finding.target.kind === 'section' && label.sections[finding.target.section] ? 'wrong' : 'right';
    case 'unit-unknown':
    case 'period-unknown':
      return 'wrong';
    case 'year-mismatch':
      return label.year !== plan.meta.year ? 'right' : 'wrong';
    default:
      return null;
  }
}

/** The findings shown by default (errors and warnings), each with its verdict. */
export function judgeFindings(plan: Plan, label: ReportLabel, result: CheckResult, verdicts: VerdictsFile): JudgedFinding[] {
  return result.findings
    .filter((f) => SHOWN.has(f.severity))
    .map((finding) => {
      const labelled = fromLabel(plan, label, finding);
      if (labelled) return { report: label.id, finding, verdict: labelled, by: 'label' as const };
      const judged = verdicts[label.id]?.[finding.id];
      return judged ? { report: label.id, finding, verdict: judged.verdict, by: 'verdict' as const } : { report: label.id, finding, verdict: 'unjudged' as const, by: null };
    });
}

export interface RulePrecision {
  rule: string;
  right: number;
  wrong: number;
  noise: number;
  unjudged: number;
  precision: number | null;
}

export function precisionByRule(judged: readonly JudgedFinding[]): RulePrecision[] {
  const byRule = new Map<string, RulePrecision>();
  for (const j of judged) {
    const row = byRule.get(j.finding.rule) ?? { rule: j.finding.rule, right: 0, wrong: 0, noise: 0, unjudged: 0, precision: null };
    row[j.verdict] += 1;
    byRule.set(j.finding.rule, row);
  }
  const rows = [...byRule.values()].map((row) => {
    const judgedCount = row.right + row.wrong + row.noise;
    return { ...row, precision: judgedCount ? row.right / judgedCount : null };
  });
  return rows.sort((a, b) => a.rule.localeCompare(b.rule));
}

export function median(values: readonly number[]): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The suggestions (info) a label can judge, such as "cần xem lại": not shown by default, but still claims. */
export function judgeSuggestions(plan: Plan, label: ReportLabel, result: CheckResult): JudgedFinding[] {
  return result.findings.flatMap((finding) => {
    if (finding.severity !== 'info') return [];
    const verdict = fromLabel(plan, label, finding);
    return verdict ? [{ report: label.id, finding, verdict, by: 'label' as const }] : [];
  });
}
