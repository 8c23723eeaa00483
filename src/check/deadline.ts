/**
 * Whether a report met its deadline, judged from the report's own date: a dated report is late by the days between
 * its date and the due date, whatever today is. Only an undated draft is counted from today.
 */
import { formatDateSlash } from '../cite/dates';
import type { Bilingual } from '../errors/app-error';
import type { ReportPeriodInfo } from './types';

export type DeadlineStatus =
  /** No period found, so no deadline to speak of. */
  | { kind: 'unknown' }
  /** The plan sets no deadline for this author's report (the issuing body's own consolidated report). */
  | { kind: 'none' }
  /** A dated report: `daysLate` > 0 when it is dated after the due date. */
  | { kind: 'dated'; due: string; dated: string; daysLate: number }
  /** An undated draft: days left until the due date counted from today (negative when past), null without a today. */
  | { kind: 'draft'; due: string; daysLeft: number | null };

/** Whole days from one ISO date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const utc = (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

export function deadlineStatus(period: ReportPeriodInfo | null, reportDate: string | null, today?: string | null): DeadlineStatus {
  if (!period) return { kind: 'unknown' };
  if (!period.due) return { kind: 'none' };
  if (reportDate) return { kind: 'dated', due: period.due, dated: reportDate, daysLate: Math.max(0, daysBetween(period.due, reportDate)) };
  return { kind: 'draft', due: period.due, daysLeft: today ? daysBetween(today, period.due) : null };
}

/** The deadline in both languages, dates as Nghị định 30 writes them ("05/3/2023"). */
export function describeDeadline(status: DeadlineStatus): Bilingual {
  switch (status.kind) {
    case 'unknown':
      return { vi: 'Chưa xác định (chưa rõ kỳ báo cáo)', en: 'Not determined (the period is unknown)' };
    case 'none':
      return {
        vi: 'Kế hoạch không quy định hạn cho báo cáo tổng hợp của cơ quan ban hành',
        en: 'The plan sets no deadline for the issuing body\'s own consolidated report',
      };
    case 'dated': {
      const due = formatDateSlash(status.due);
      const dated = formatDateSlash(status.dated);
      return status.daysLate > 0
        ? { vi: `${due} — báo cáo đề ngày ${dated}, chậm ${status.daysLate} ngày`, en: `${due} — the report is dated ${dated}, ${status.daysLate} day(s) late` }
        : { vi: `${due} — báo cáo đề ngày ${dated}, đúng hạn`, en: `${due} — the report is dated ${dated}, on time` };
    }
    case 'draft': {
      const due = formatDateSlash(status.due);
      const left = status.daysLeft;
      if (left === null) return { vi: `${due} (báo cáo chưa ghi ngày)`, en: `${due} (the report is not dated yet)` };
      if (left > 0) return { vi: `${due} — còn ${left} ngày (báo cáo chưa ghi ngày)`, en: `${due} — ${left} day(s) left (the report is not dated yet)` };
      if (left === 0) return { vi: `${due} — hạn là hôm nay (báo cáo chưa ghi ngày)`, en: `${due} — due today (the report is not dated yet)` };
      return { vi: `${due} — đã quá hạn ${-left} ngày tính đến hôm nay (báo cáo chưa ghi ngày)`, en: `${due} — ${-left} day(s) past due as of today (the report is not dated yet)` };
    }
  }
}

/** Whether the deadline text is bad news (late, or an undated draft past its due date). */
export const deadlineMissed = (status: DeadlineStatus): boolean =>
  (status.kind === 'dated' && status.daysLate > 0) || (status.kind === 'draft' && status.daysLeft !== null && status.daysLeft < 0);

/**
 * The period's two dates as two facts with their sources: the data window of the report regime (Thông tư
 * 02/2021/TT-TTCP, Điều 7) and the plan's own deadline; they are set by different documents, which is why the
 * deadline may fall before the window ends.
 */
export function describeDataWindow(period: ReportPeriodInfo, regime: string): Bilingual {
  const from = formatDateSlash(period.from);
  const to = formatDateSlash(period.to);
  return { vi: `số liệu từ ${from} đến ${to} (theo ${regime})`, en: `data from ${from} to ${to} (under ${regime})` };
}
