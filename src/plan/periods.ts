/**
 * The four reports of a year and what Thông tư 02/2021/TT-TTCP sets for each when a plan says no more: its usual name,
 * the quarter it closes and its data window (15/12 of the previous year to the 14th of its last month).
 */
import type { PeriodCode, ReportPeriod } from './schema';

export const PERIOD_CODES: readonly PeriodCode[] = ['Q1', 'H1', '9M', 'Y'];

export const PERIOD_QUARTER: Readonly<Record<PeriodCode, number>> = { Q1: 1, H1: 2, '9M': 3, Y: 4 };

export const PERIOD_NAMES: Readonly<Record<PeriodCode, readonly string[]>> = { Q1: ['quý I'], H1: ['6 tháng'], '9M': ['9 tháng'], Y: ['năm'] };

/** The last month of the period: 3, 6, 9, 12. */
export const lastMonthOf = (code: PeriodCode): number => PERIOD_QUARTER[code] * 3;

export function regimeDataWindow(code: PeriodCode): ReportPeriod['dataWindow'] {
  return { from: { day: 15, month: 12, previousYear: true }, to: { day: 14, month: lastMonthOf(code) } };
}
