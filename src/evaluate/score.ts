/** Scores check results against labels: missing-item precision, recall and F1, item accuracy, sections, period, unit. */
import { fitsGroup } from '../plan/group-fit';
import type { Plan } from '../plan/schema';
import type { CheckResult } from '../check/types';
import { SECTION_KINDS } from '../check/types';
import type { ReportLabel } from './labels';

export interface ReportScore {
  id: string;
  falseMissing: string[];
  missedMissing: string[];
  sectionErrors: string[];
  periodRight: boolean;
  unitRight: boolean;
  predicted: { unit: string | null; period: string | null };
}

export interface CorpusScore {
  reports: ReportScore[];
  missing: { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number };
  itemAccuracy: number;
  sectionAccuracy: number;
  periodAccuracy: number;
  unitAccuracy: number;
}

/** The label's unit: an id of the plan, or DVTT for "another đơn vị trực thuộc", which any member of that group matches. */
export function unitMatches(plan: Plan, label: string, predicted: string | null): boolean {
  if (predicted === null) return false;
  if (label === predicted) return true;
  const group = plan.groups.find((g) => g.id === label);
  if (group) return group.members.includes(predicted);
  // A narrower group inside the labelled one ("các khoa" in "các khoa, phòng, trung tâm"): the label names the wider group
  // the report's body belongs to, the checker the narrower (which answers for the wider group's tasks too).
  const [wide, narrow] = [plan.units.find((u) => u.id === label), plan.units.find((u) => u.id === predicted)];
  return wide?.kind === 'group' && narrow?.kind === 'group' && fitsGroup(wide, narrow);
}

export function scoreReport(plan: Plan, label: ReportLabel, result: CheckResult): ReportScore {
  const addressed = new Set(label.addressed);
  const falseMissing: string[] = [];
  const missedMissing: string[] = [];
  for (const item of result.items) {
    const labelMissing = !addressed.has(item.id);
    const predictedMissing = !item.addressed;
    if (predictedMissing && !labelMissing) falseMissing.push(item.id);
    if (!predictedMissing && labelMissing) missedMissing.push(item.id);
  }
  const sectionErrors = SECTION_KINDS.filter((k) => result.sections[k].present !== label.sections[k]);
  return {
    id: label.id,
    falseMissing,
    missedMissing,
    sectionErrors,
    periodRight: result.period?.code === label.period && result.period.year === label.year,
    unitRight: unitMatches(plan, label.author_unit, result.unit?.id ?? null),
    predicted: { unit: result.unit?.id ?? null, period: result.period ? `${result.period.code}/${result.period.year}` : null },
  };
}

export function scoreCorpus(plan: Plan, pairs: { label: ReportLabel; result: CheckResult }[]): CorpusScore {
  const reports = pairs.map(({ label, result }) => scoreReport(plan, label, result));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let itemsRight = 0;
  let itemsTotal = 0;
  for (const { label, result } of pairs) {
    const addressed = new Set(label.addressed);
    for (const item of result.items) {
      const labelMissing = !addressed.has(item.id);
      const predictedMissing = !item.addressed;
      if (labelMissing && predictedMissing) tp += 1;
      if (!labelMissing && predictedMissing) fp += 1;
      if (labelMissing && !predictedMissing) fn += 1;
      if (labelMissing === predictedMissing) itemsRight += 1;
      itemsTotal += 1;
    }
  }
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const n = reports.length || 1;
  return {
    reports,
    missing: { tp, fp, fn, precision, recall, f1 },
    itemAccuracy: itemsTotal ? itemsRight / itemsTotal : 0,
    sectionAccuracy: reports.reduce((s, r) => s + (SECTION_KINDS.length - r.sectionErrors.length), 0) / (n * SECTION_KINDS.length),
    periodAccuracy: reports.filter((r) => r.periodRight).length / n,
    unitAccuracy: reports.filter((r) => r.unitRight).length / n,
  };
}
