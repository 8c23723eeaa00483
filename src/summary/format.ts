/** Reporters of a summary: text for the terminal (Vietnamese or English), the documented JSON, the matrix as CSV. */
import { formatDateSlash } from '../cite/dates';
import { periodPhrase } from '../compose/report-template';
import type { Plan, PeriodCode } from '../plan/schema';
import type { CellState, ReportRow, Summary } from './summarize';

type Lang = 'vi' | 'en';

const PERIOD_EN: Record<PeriodCode, string> = { Q1: 'first quarter', H1: 'first half', '9M': 'nine months', Y: 'year' };

/** "quý I năm 2023", "6 tháng đầu năm 2023", "năm 2023" as report titles write them (the templates' own phrase). */
export const periodName = (p: { code: PeriodCode; year: number }, lang: Lang): string =>
  lang === 'vi' ? periodPhrase(p.code, p.year) : `${PERIOD_EN[p.code]} of ${p.year}`;

const SYMBOL: Record<CellState, string> = { reported: '✓', missing: '✗', extra: '+', none: '·' };

const CELL_LABELS: Record<CellState, { vi: string; en: string }> = {
  reported: { vi: 'đã báo cáo', en: 'reported' },
  missing: { vi: 'thiếu', en: 'missing' },
  extra: { vi: 'báo cáo thêm', en: 'extra' },
  none: { vi: 'không bắt buộc', en: 'not required' },
};

/** A matrix cell in words, as the CSV and the spreadsheet write it. */
export const cellLabel = (state: CellState, lang: Lang): string => CELL_LABELS[state][lang];

/** One line a reviewer reads first: complete, what is missing, late, or why the file is not counted. */
export function verdict(row: ReportRow, lang: Lang): string {
  const t = (vi: string, en: string) => (lang === 'vi' ? vi : en);
  if (row.error) return t(`Không đọc được: ${row.error.vi}`, `Unreadable: ${row.error.en}`);
  if (row.excluded === 'otherPeriod') return t('Kỳ khác, không tính vào tổng hợp', 'Another period, not counted');
  if (row.excluded === 'noUnit') return t('Không rõ đơn vị gửi, không tính', 'Sender unknown, not counted');
  if (row.excluded === 'superseded') return t('Có bản mới hơn của cùng đơn vị, không tính', 'A later file of the same unit counts instead');
  const parts: string[] = [];
  if (row.missing.length) parts.push(t(`thiếu ${row.missing.length} nhiệm vụ (${row.missing.join(', ')})`, `${row.missing.length} task(s) missing (${row.missing.join(', ')})`));
  if (row.sectionsMissing.length) parts.push(t(`thiếu ${row.sectionsMissing.length} phần`, `${row.sectionsMissing.length} part(s) missing`));
  if (row.late) parts.push(t(`trễ ${row.daysLate} ngày`, `${row.daysLate} day(s) late`));
  if (parts.length === 0) return t('Đủ nội dung, đúng hạn', 'Complete and on time');
  const text = parts.join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const date = (iso: string | null) => (iso ? formatDateSlash(iso) : '—');
const pad = (text: string, width: number) => (text.length >= width ? `${text.slice(0, width - 1)}… ` : text.padEnd(width + 1));

export function formatSummary(plan: Plan, summary: Summary, lang: Lang): string {
  const t = (vi: string, en: string) => (lang === 'vi' ? vi : en);
  const lines: string[] = [];
  const title = summary.period ? periodName(summary.period, lang) : t('(chưa rõ kỳ)', '(period unknown)');
  lines.push(t(`Tổng hợp báo cáo ${title} — ${plan.meta.type} ${plan.meta.number} (${summary.reports.length} tệp)`, `Summary of the reports for the ${title} — plan ${plan.meta.number} (${summary.reports.length} files)`));
  lines.push('');
  lines.push(t('Báo cáo nhận được:', 'Reports received:'));
  lines.push(`  ${pad(t('Tệp', 'File'), 18)}${pad(t('Đơn vị', 'Unit'), 28)}${pad(t('Ngày', 'Date'), 11)}${pad(t('Hạn', 'Due'), 11)}${t('Kết luận', 'Verdict')}`);
  for (const row of summary.reports) {
    const file = row.file.split(/[\\/]/).pop() ?? row.file;
    lines.push(`  ${pad(file, 18)}${pad(row.unit?.name ?? '—', 28)}${pad(date(row.date), 11)}${pad(date(row.due), 11)}${verdict(row, lang)}`);
  }
  const absent = summary.units.filter((u) => u.mustReport && !u.received);
  lines.push('');
  lines.push(absent.length ? t(`Chưa gửi báo cáo (${absent.length}): ${absent.map((u) => u.name).join('; ')}`, `No report yet (${absent.length}): ${absent.map((u) => u.name).join('; ')}`) : t('Mọi đơn vị phải báo cáo đã gửi.', 'Every unit that must report has sent its report.'));
  const columns = summary.units.map((u) => u.id);
  lines.push('');
  lines.push(t('Ma trận nhiệm vụ × đơn vị (✓ đã báo cáo, ✗ thiếu, + báo cáo dù không bắt buộc, · không bắt buộc):', 'Tasks × units (✓ reported, ✗ missing, + reported though not required, · not required):'));
  const width = Math.max(4, ...columns.map((c) => c.length));
  lines.push(`  ${''.padEnd(10)}${columns.map((c) => c.padEnd(width + 1)).join('')}${t('đã/phải', 'done/due')}`);
  for (const item of plan.items) {
    const cells = summary.matrix[item.id] ?? {};
    const total = summary.totals.byTask[item.id]!;
    lines.push(`  ${item.id.padEnd(10)}${columns.map((c) => SYMBOL[cells[c] ?? 'none'].padEnd(width + 1)).join('')}${total.reported}/${total.required}`);
  }
  return lines.join('\n') + '\n';
}

/** The JSON the command line documents (issue 13): reports, units, matrix. */
export function summaryJson(summary: Summary) {
  return {
    period: summary.period,
    reports: summary.reports.map((r) => ({
      file: r.file,
      unit: r.unit,
      period: r.period,
      date: r.date,
      due: r.due,
      late: r.late,
      daysLate: r.daysLate,
      missing: r.missing,
      sectionsMissing: r.sectionsMissing,
      included: r.included,
      excluded: r.excluded,
      ...(r.error ? { error: r.error } : {}),
    })),
    units: summary.units,
    matrix: summary.matrix,
    totals: summary.totals,
  };
}

const csvCell = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** The matrix as CSV (UTF-8 with a byte-order mark, which Excel needs to read Vietnamese): task, title, one column per unit. */
export function matrixCsv(plan: Plan, summary: Summary, lang: Lang): string {
  const header = ['task', 'title', ...summary.units.map((u) => u.id)];
  const rows = plan.items.map((item) => [item.id, item.title, ...summary.units.map((u) => cellLabel(summary.matrix[item.id]?.[u.id] ?? 'none', lang))]);
  return '\uFEFF' + [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
