/** Timing parts the 2023 plan repeats. */
import type { Timing, TimingPart } from '../../schema';

export const ALWAYS: TimingPart = { kind: 'recurring', within: 'always' };
export const DURING_YEAR: TimingPart = { kind: 'recurring', within: 'year' };

/** "định kỳ 06 tháng (trước ngày 31/5), 01 năm (trước ngày 30/11)": due in the 6-month and the year report. */
export const HALF_YEAR_AND_YEAR_SUMMARY: TimingPart = {
  kind: 'periodicReport',
  dates: [
    { day: 31, month: 5 },
    { day: 30, month: 11 },
  ],
  periods: ['H1', 'Y'],
};

/** "Thường xuyên", with the plan's own spelling and punctuation kept in `raw`. */
export const always = (raw: string): Timing => ({ raw, parts: [ALWAYS] });
export const duringYear = (raw: string): Timing => ({ raw, parts: [DURING_YEAR] });
