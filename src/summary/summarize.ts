/**
 * The inspectorate's quarter: every report received for one period, put side by side. Per report: its unit, period,
 * date, due date and lateness, the required tasks it leaves out; per unit that must report: received or not (the latest
 * file when a unit sent several); the coverage matrix of tasks × units. Built from check results only: nothing here
 * reads a document, so the same summary serves the command line, the pane and the playground.
 */
import { deadlineStatus } from '../check/deadline';
import { requiredStatus } from '../check/required';
import { SECTION_KINDS, type CheckResult, type SectionKind } from '../check/types';
import type { Bilingual } from '../errors/app-error';
import type { PeriodCode, Plan } from '../plan/schema';

export type CellState = 'reported' | 'missing' | 'extra' | 'none';

export interface SummaryInput {
  file: string;
  /** The check of the file, or why it could not be read. */
  result: CheckResult | { error: Bilingual };
}

export interface ReportRow {
  file: string;
  unit: { id: string; name: string } | null;
  period: { code: PeriodCode; year: number } | null;
  date: string | null;
  due: string | null;
  late: boolean;
  daysLate: number;
  /** Required tasks the report does not speak of, in plan order. */
  missing: string[];
  sectionsMissing: SectionKind[];
  /** Whether the report is one of the summarised period (and the latest of its unit). */
  included: boolean;
  /** Why it is left out of the matrix: another period, an older file of the same unit, unreadable. */
  excluded: 'otherPeriod' | 'superseded' | 'unreadable' | 'noUnit' | null;
  error: Bilingual | null;
}

export interface UnitRow {
  id: string;
  name: string;
  mustReport: boolean;
  received: boolean;
  /** Files of this unit for the period, the one counted first. */
  files: string[];
}

/** One passage a unit's counted report gives as its result for a task: the consolidated report quotes from these. */
export interface EvidenceRow {
  unit: string;
  task: string;
  file: string;
  /** The paragraph's index in its document (0-based). */
  paragraph: number;
  text: string;
}

export interface Summary {
  period: { code: PeriodCode; year: number } | null;
  evidence: EvidenceRow[];
  reports: ReportRow[];
  units: UnitRow[];
  /** task id → unit id → state; units: those that must report and those that sent a report. */
  matrix: Record<string, Record<string, CellState>>;
  totals: {
    byTask: Record<string, { required: number; reported: number; extra: number }>;
    byUnit: Record<string, { required: number; reported: number; extra: number }>;
  };
}

export interface SummaryOptions {
  period?: { code: PeriodCode; year?: number };
  /** Today, ISO: an undated draft past its due date counts as late from today. */
  today?: string;
}

const isResult = (r: SummaryInput['result']): r is CheckResult => !('error' in r);

/** The bodies that report on their own: the plan's divisions and affiliates; the issuing body writes the consolidated report. */
export function unitsThatReport(plan: Plan): Plan['units'] {
  return plan.units.filter((u) => u.kind === 'division' || u.kind === 'affiliate');
}

/** The period most reports are for, when none is asked for; the latest year breaks ties. */
function commonPeriod(inputs: readonly SummaryInput[]): { code: PeriodCode; year: number } | null {
  const counts = new Map<string, { code: PeriodCode; year: number; n: number }>();
  for (const { result } of inputs) {
    if (!isResult(result) || !result.period) continue;
    const key = `${result.period.code}/${result.period.year}`;
    const entry = counts.get(key) ?? { code: result.period.code, year: result.period.year, n: 0 };
    entry.n += 1;
    counts.set(key, entry);
  }
  const best = [...counts.values()].sort((a, b) => b.n - a.n || b.year - a.year)[0];
  return best ? { code: best.code, year: best.year } : null;
}

function lateness(result: CheckResult, today: string | undefined): { late: boolean; daysLate: number } {
  const status = deadlineStatus(result.period, result.reportDate, today ?? null);
  if (status.kind === 'dated') return { late: status.daysLate > 0, daysLate: status.daysLate };
  if (status.kind === 'draft' && status.daysLeft !== null && status.daysLeft < 0) return { late: true, daysLate: -status.daysLeft };
  return { late: false, daysLate: 0 };
}

export function summarize(plan: Plan, inputs: readonly SummaryInput[], options: SummaryOptions = {}): Summary {
  const detected = commonPeriod(inputs);
  const period = options.period ? { code: options.period.code, year: options.period.year ?? detected?.year ?? plan.meta.year } : detected;
  const rows: ReportRow[] = inputs.map(({ file, result }) => {
    if (!isResult(result)) {
      return { file, unit: null, period: null, date: null, due: null, late: false, daysLate: 0, missing: [], sectionsMissing: [], included: false, excluded: 'unreadable', error: result.error };
    }
    const samePeriod = period !== null && result.period?.code === period.code && result.period.year === period.year;
    return {
      file,
      unit: result.unit ? { id: result.unit.id, name: result.unit.name } : null,
      period: result.period ? { code: result.period.code, year: result.period.year } : null,
      date: result.reportDate,
      due: result.period?.due ?? null,
      ...lateness(result, options.today),
      missing: result.items.filter((i) => i.required && !i.addressed).map((i) => i.id),
      // Kiến nghị may be left out when a unit has none (the section-missing rule warns only); the rest are required.
      sectionsMissing: SECTION_KINDS.filter((k) => k !== 'proposals' && !result.sections[k].present),
      included: samePeriod && result.unit !== null,
      excluded: !samePeriod ? 'otherPeriod' : result.unit === null ? 'noUnit' : null,
      error: null,
    };
  });
  // Several files from one unit: the latest by date counts (an undated draft after the dated ones), the rest are listed.
  const byUnit = new Map<string, number[]>();
  rows.forEach((row, index) => {
    if (row.included && row.unit) byUnit.set(row.unit.id, [...(byUnit.get(row.unit.id) ?? []), index]);
  });
  for (const indexes of byUnit.values()) {
    const ordered = [...indexes].sort((a, b) => (rows[b]!.date ?? '9999').localeCompare(rows[a]!.date ?? '9999') || b - a);
    for (const index of ordered.slice(1)) Object.assign(rows[index]!, { included: false, excluded: 'superseded' });
    byUnit.set(rows[ordered[0]!]!.unit!.id, ordered);
  }
  const results = new Map<string, CheckResult>();
  inputs.forEach(({ result }, index) => {
    const row = rows[index]!;
    if (row.included && row.unit && isResult(result)) results.set(row.unit.id, result);
  });
  const reporting = unitsThatReport(plan);
  const unitIds = [...reporting.map((u) => u.id), ...[...results.keys()].filter((id) => !reporting.some((u) => u.id === id))];
  const units: UnitRow[] = unitIds.map((id) => ({
    id,
    name: plan.units.find((u) => u.id === id)?.name ?? results.get(id)?.unit?.name ?? id,
    mustReport: reporting.some((u) => u.id === id),
    received: results.has(id),
    files: (byUnit.get(id) ?? []).map((index) => rows[index]!.file),
  }));
  const matrix: Summary['matrix'] = {};
  const byTask: Summary['totals']['byTask'] = {};
  const byUnitTotals: Summary['totals']['byUnit'] = Object.fromEntries(unitIds.map((id) => [id, { required: 0, reported: 0, extra: 0 }]));
  for (const item of plan.items) {
    const cells: Record<string, CellState> = {};
    const total = { required: 0, reported: 0, extra: 0 };
    for (const id of unitIds) {
      const result = results.get(id);
      const status = result?.items.find((i) => i.id === item.id);
      const required = status ? status.required : period ? requiredStatus(plan, item, id, period.code).required : false;
      const reported = status?.addressed ?? false;
      const state: CellState = required ? (reported ? 'reported' : 'missing') : reported ? 'extra' : 'none';
      cells[id] = state;
      if (required) total.required += 1;
      if (state === 'reported') total.reported += 1;
      if (state === 'extra') total.extra += 1;
      const unitTotal = byUnitTotals[id]!;
      if (required) unitTotal.required += 1;
      if (state === 'reported') unitTotal.reported += 1;
      if (state === 'extra') unitTotal.extra += 1;
    }
    matrix[item.id] = cells;
    byTask[item.id] = total;
  }
  const files = new Map(rows.filter((r) => r.included && r.unit).map((r) => [r.unit!.id, r.file]));
  const evidence: EvidenceRow[] = plan.items.flatMap((item) =>
    unitIds.flatMap((unit) => {
      const status = results.get(unit)?.items.find((i) => i.id === item.id);
      if (!status?.addressed) return [];
      return status.evidence.map((e) => {
        // A table row: its longest cell is the result ("Kết quả"), quoted from its own paragraph.
        if (e.cells) {
          const cell = [...e.cells].sort((a, b) => b.text.length - a.text.length)[0]!;
          return { unit, task: item.id, file: files.get(unit)!, paragraph: cell.paragraph, text: cell.text };
        }
        return { unit, task: item.id, file: files.get(unit)!, paragraph: e.paragraph, text: e.clause ?? e.text };
      });
    }),
  );
  return { period, evidence, reports: rows, units, matrix, totals: { byTask, byUnit: byUnitTotals } };
}
