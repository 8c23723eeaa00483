/** The reporting period and year: from the title ("quý I năm 2023", "6 tháng đầu năm 2023"), as plan III.2 pairs them. */
import { foldForCompare } from '../../text';
import type { Plan, ReportPeriod, PeriodCode } from '../../plan/schema';
import { PERIOD_CODES, PERIOD_NAMES, PERIOD_QUARTER, regimeDataWindow } from '../../plan/periods';
import type { ReportPeriodInfo } from '../types';
import type { PreparedDocument } from '../prepare';
import type { Zoning } from '../zones';

const ROMAN_DIGITS: Record<string, string> = { i: '1', ii: '2', iii: '3', iv: '4' };
const pad = (n: number) => String(n).padStart(2, '0');
const iso = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;

/** Ways a report may write a period's name: as the plan does, and with the quarter in Arabic digits. */
function spellings(name: string): string[] {
  const key = foldForCompare(name);
  const arabic = key.replace(/\bquý (iv|iii|ii|i)\b/, (_, roman: string) => `quý ${ROMAN_DIGITS[roman]}`);
  return arabic === key ? [key] : [key, arabic];
}

const boundary = (name: string) => new RegExp(`(^|[^\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=$|[^\\p{L}\\p{N}])`, 'u');

/**
 * The plan's periods, then the standard ones it does not schedule: a report asked for ad hoc ("9 tháng năm 2026" under a
 * plan of 6-month and yearly reports) is still a report of that period, with Thông tư 02/2021's data window and no
 * deadline from the plan (dueRaw empty). Once per plan.
 */
export function periodsOf(plan: Plan): ReportPeriod[] {
  const known = withUnscheduled.get(plan);
  if (known) return known;
  const scheduled = plan.reporting.periods;
  const adHoc = PERIOD_CODES.filter((code) => !scheduled.some((p) => p.code === code)).map((code) => ({
    code,
    names: [...PERIOD_NAMES[code]],
    quarter: PERIOD_QUARTER[code],
    dueRaw: '',
    dataWindow: regimeDataWindow(code),
  }));
  const periods = [...scheduled, ...adHoc];
  withUnscheduled.set(plan, periods);
  return periods;
}

const withUnscheduled = new WeakMap<Plan, ReportPeriod[]>();

/** The period a text names, preferring the most specific name ("6 tháng" over the "năm" in "6 tháng đầu năm"). */
export function periodNamedIn(plan: Plan, key: string): ReportPeriod | null {
  let best: { period: ReportPeriod; length: number } | null = null;
  for (const period of periodsOf(plan)) {
    for (const name of period.names.flatMap(spellings)) {
      // A year written with the name makes it longer, not more specific: "9 tháng" beats "năm 2026", and "học kỳ I"
      // beats "năm học 2026 - 2027" in "học kỳ I năm học 2026 - 2027".
      const length = name.replace(/\s*\/?\s*20\d\d(?:\s*[-–]\s*20\d\d)?$/u, '').length;
      if (boundary(name).test(key) && (!best || length > best.length)) best = { period, length };
    }
  }
  return best?.period ?? null;
}

export function yearNamedIn(key: string): number | null {
  // A school year counts as the year it ends: "học kỳ II năm học 2025 - 2026" is reported in 2026.
  const match = /năm (20\d\d)\b/.exec(key) ?? /năm học 20\d\d\s*[-–]\s*(20\d\d)\b/u.exec(key) ?? /\/(20\d\d)\b/.exec(key) ?? /\b(20\d\d)\b/.exec(key);
  return match ? Number(match[1]) : null;
}

export function periodInfo(
  plan: Plan,
  code: PeriodCode,
  year: number,
  source: ReportPeriodInfo['source'],
  locator: ReportPeriodInfo['locator'],
  authorUnit: string | null = null,
): ReportPeriodInfo | null {
  const period = periodsOf(plan).find((p) => p.code === code);
  if (!period) return null;
  const { from, to } = period.dataWindow;
  return {
    code,
    year,
    from: iso(from.previousYear ? year - 1 : year, from.month, from.day),
    to: iso(year, to.month, to.day),
    ...deadline(plan, period, year, authorUnit),
    source,
    locator,
  };
}

/** The deadline the plan sets for this author's report: the units' one, or the issuing body's when the plan dates it. */
function deadline(plan: Plan, period: ReportPeriod, year: number, authorUnit: string | null): Pick<ReportPeriodInfo, 'due' | 'dueRaw'> {
  if (authorUnit !== null && authorUnit === plan.meta.issuer) {
    return period.issuerDue ? { due: iso(year, period.issuerDue.month, period.issuerDue.day), dueRaw: null } : { due: null, dueRaw: null };
  }
  return period.due ? { due: iso(year, period.due.month, period.due.day), dueRaw: period.dueRaw } : { due: null, dueRaw: period.dueRaw || null };
}

/** Reads the period from the title, else from the closing "Trên đây là báo cáo ..." line, else from the opening. */
export function detectPeriod(plan: Plan, doc: PreparedDocument, zoning: Zoning, override?: { code?: PeriodCode; year?: number }, authorUnit: string | null = null): ReportPeriodInfo | null {
  // The title names the period; failing that, the closing "Trên đây là báo cáo ... quý I năm 2023". The opening is
  // no guide: it names the plan, "Kế hoạch ... năm 2023", not the period.
  const candidates: { index: number; source: ReportPeriodInfo['source'] }[] = [
    ...zoning.title.map((index) => ({ index, source: 'title' as const })),
    ...doc.paragraphs
      .map((p, index) => ({ p, index }))
      .filter(({ p, index }) => zoning.zones[index] === 'closing' && /^trên đây là (báo cáo|kết quả)/.test(p.key))
      .map(({ index }) => ({ index, source: 'text' as const })),
  ];
  let found: { period: ReportPeriod; year: number | null; index: number; source: ReportPeriodInfo['source'] } | null = null;
  for (const { index, source } of candidates) {
    const key = doc.paragraphs[index]!.key;
    const period = periodNamedIn(plan, key);
    if (period) {
      found = { period, year: yearNamedIn(key), index, source };
      break;
    }
  }
  const code = override?.code ?? found?.period.code;
  const year = override?.year ?? found?.year ?? (code ? plan.meta.year : null);
  if (!code || !year) return null;
  const source = override?.code ? 'option' : found!.source;
  const locator = override?.code || !found ? null : doc.paragraphs[found.index]!.paragraph.locator;
  return periodInfo(plan, code, year, source, locator, authorUnit);
}
