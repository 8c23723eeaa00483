/**
 * The month a due day written relative to the period falls in: the period's last ("ngày 10 của tháng cuối quý") or the
 * first of the period after it ("trước ngày 05 của tháng đầu quý sau", "ngày 05 tháng đầu của quý tiếp theo": quý I's
 * report in April, the year's in January of the next year, which a due day carries no year for).
 */
import type { PeriodCode } from '../schema';
import { lastMonthOf } from '../periods';

/** The month words after "ngày N (của)": the second group is set when it is the next period's first month. */
export const PERIOD_MONTH =
  '(?:tháng cuối(?:\\s+(?:mỗi\\s+)?(?:quý|kỳ(?: báo cáo)?))?|(tháng đầu(?:\\s+tiên)?\\s+(?:của\\s+)?(?:quý|kỳ(?: báo cáo)?)\\s+(?:sau|tiếp theo|kế tiếp)))';

export const dueMonthOf = (code: PeriodCode, next: boolean): number => (next ? (lastMonthOf(code) % 12) + 1 : lastMonthOf(code));
