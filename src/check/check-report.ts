/** checkReport(plan, document, options) → CheckResult: the whole check, pure, the same in Word, Node and the browser. */
import type { Plan } from '../plan/schema';
import type { DocumentModel } from '../document/model';
import { analyzeReport, DEFAULT_MATCHING, type MatchingParameters } from './analyze';
import { runRules } from './pipeline';
import { REVIEWER_RULES, RULES } from './rules';
import type { CheckOptions, CheckResult } from './types';

export function checkReport(plan: Plan, document: DocumentModel, options: CheckOptions = {}, params: MatchingParameters = DEFAULT_MATCHING): CheckResult {
  const analysis = analyzeReport(plan, document, options, params);
  const rules = options.leadUnits ? [...RULES, REVIEWER_RULES.leadUnits] : RULES;
  const findings = runRules(rules, analysis, options.ignored);
  const { unit, period, reportDate, items, sections, parts, unitsNamed } = analysis;
  return { unit, period, reportDate, items, sections, parts, unitsNamed, findings };
}
