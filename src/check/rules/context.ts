/** Rules about the report's context: unit and period found, the report in time, the plan's year. */
import { formatDateSlash as formatDate } from '../../cite/dates';
import type { Rule } from '../rule';

export const unitUnknown: Rule = {
  id: 'unit-unknown',
  severity: 'warning',
  description: { vi: 'Không xác định được đơn vị báo cáo.', en: 'The reporting unit could not be determined.' },
  check: ({ unit }) =>
    unit
      ? []
      : [
          {
            id: 'unit-unknown',
            rule: 'unit-unknown',
            severity: 'warning',
            message: {
              vi: 'Không xác định được đơn vị báo cáo (dòng tên đơn vị ở đầu văn bản, ký hiệu "BC-..." hoặc chức danh người ký). Mọi nhiệm vụ được coi là bắt buộc; hãy chọn đơn vị trong Cài đặt.',
              en: 'The reporting unit could not be determined (issuing-unit line, "BC-..." symbol or signer title). Every task is treated as required; choose the unit in Settings.',
            },
            target: { kind: 'document' },
            locator: null,
            action: null,
          },
        ],
};

export const periodUnknown: Rule = {
  id: 'period-unknown',
  severity: 'warning',
  description: { vi: 'Không xác định được kỳ báo cáo.', en: 'The reporting period could not be determined.' },
  check: ({ period }) =>
    period
      ? []
      : [
          {
            id: 'period-unknown',
            rule: 'period-unknown',
            severity: 'warning',
            message: {
              vi: 'Trích yếu không nêu kỳ báo cáo ("quý I", "6 tháng", "9 tháng", "năm ..."); không kiểm tra được thời hạn và các nhiệm vụ theo kỳ.',
              en: 'The subject line names no period ("quý I", "6 tháng", "9 tháng", "năm ..."); deadlines and period-bound tasks cannot be checked.',
            },
            target: { kind: 'document' },
            locator: null,
            action: null,
          },
        ],
};

export const reportLate: Rule = {
  id: 'report-late',
  severity: 'warning',
  description: { vi: 'Ngày báo cáo sau hạn gửi Thanh tra Sở.', en: 'The report is dated after its due date.' },
  check: ({ period, reportDate, prepared }) =>
    period?.due && reportDate && reportDate > period.due
      ? [
          {
            id: 'report-late',
            rule: 'report-late',
            severity: 'warning',
            message: {
              vi: `Báo cáo đề ngày ${formatDate(reportDate)}, sau hạn gửi ${formatDate(period.due)} của kỳ báo cáo (kế hoạch: ${period.dueRaw ?? formatDate(period.due)}).`,
              en: `The report is dated ${formatDate(reportDate)}, after the period's due date ${formatDate(period.due)} (plan: ${period.dueRaw ?? formatDate(period.due)}).`,
            },
            target: { kind: 'document' },
            locator: prepared.paragraphs.find((p) => /ngày \d{1,2} tháng \d{1,2} năm \d{4}/.test(p.key))?.paragraph.locator ?? null,
            action: null,
          },
        ]
      : [],
};

export const yearMismatch: Rule = {
  id: 'year-mismatch',
  severity: 'warning',
  description: { vi: 'Năm của kỳ báo cáo khác năm của kế hoạch.', en: 'The report year differs from the plan year.' },
  check: ({ period, plan }) =>
    period && period.year !== plan.meta.year
      ? [
          {
            id: 'year-mismatch',
            rule: 'year-mismatch',
            severity: 'warning',
            message: {
              vi: `Báo cáo năm ${period.year} nhưng kế hoạch dùng để kiểm tra là của năm ${plan.meta.year}.`,
              en: `The report is for ${period.year} but the plan it is checked against is for ${plan.meta.year}.`,
            },
            target: { kind: 'document' },
            locator: period.locator,
            action: null,
          },
        ]
      : [],
};
