/**
 * The summary as a spreadsheet (ExcelJS): "Tổng hợp" (every file and its verdict, the units that sent nothing),
 * "Ma trận" (tasks × units, coloured, headers frozen; the same cells as --csv) and "Căn cứ" (each unit's passage for
 * each task, with its file and paragraph), so that a reviewer can sort, filter and print without the add-in.
 */
import type { Plan } from '../plan/schema';
import type { CellState, Summary } from './summarize';
import { cellLabel, periodName, verdict } from './format';

type Lang = 'vi' | 'en';

const FILL: Record<CellState, string | null> = { reported: 'FFC6EFCE', missing: 'FFFFC7CE', extra: 'FFFFEB9C', none: null };
const HEADER_FILL = 'FFD9E1F2';

export async function summaryWorkbook(plan: Plan, summary: Summary, lang: Lang): Promise<Uint8Array> {
  const { default: ExcelJS } = await import(/* webpackChunkName: "exceljs" */ 'exceljs');
  const t = (vi: string, en: string) => (lang === 'vi' ? vi : en);
  const book = new ExcelJS.Workbook();
  book.creator = 'Trợ lý báo cáo PCTN';
  const bold = { bold: true };
  const header = (row: import('exceljs').Row) => {
    row.font = bold;
    row.eachCell((cell) => {
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
      cell.alignment = { vertical: 'middle', wrapText: true };
    });
  };

  const overview = book.addWorksheet(t('Tổng hợp', 'Summary'), { views: [{ state: 'frozen', ySplit: 3 }] });
  overview.addRow([summary.period ? t(`Tổng hợp báo cáo ${periodName(summary.period, 'vi')}`, `Reports for the ${periodName(summary.period, 'en')}`) : t('Tổng hợp báo cáo', 'Reports')]).font = { bold: true, size: 14 };
  overview.addRow([t(`Theo ${plan.meta.type} ${plan.meta.number} — ${plan.meta.title}`, `Under plan ${plan.meta.number} — ${plan.meta.title}`)]);
  header(overview.addRow([t('Tệp', 'File'), t('Đơn vị', 'Unit'), t('Kỳ', 'Period'), t('Ngày báo cáo', 'Report date'), t('Hạn', 'Due'), t('Trễ (ngày)', 'Days late'), t('Nhiệm vụ còn thiếu', 'Missing tasks'), t('Kết luận', 'Verdict')]));
  for (const row of summary.reports) {
    overview.addRow([
      row.file.split(/[\\/]/).pop() ?? row.file,
      row.unit?.name ?? '',
      row.period ? `${row.period.code}/${row.period.year}` : '',
      row.date ?? '',
      row.due ?? '',
      row.daysLate,
      row.missing.join(', '),
      verdict(row, lang),
    ]);
  }
  overview.addRow([]);
  const absent = summary.units.filter((u) => u.mustReport && !u.received);
  overview.addRow([t('Chưa gửi báo cáo', 'No report yet'), absent.length]).font = bold;
  for (const unit of absent) overview.addRow(['', unit.name]);
  overview.columns.forEach((column, i) => (column.width = [18, 34, 10, 13, 12, 10, 30, 60][i] ?? 12));

  const matrix = book.addWorksheet(t('Ma trận', 'Matrix'), { views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }] });
  header(matrix.addRow(['task', 'title', ...summary.units.map((u) => u.id)]));
  for (const item of plan.items) {
    const states = summary.units.map((u) => summary.matrix[item.id]?.[u.id] ?? 'none');
    const row = matrix.addRow([item.id, item.title, ...states.map((s) => cellLabel(s, lang))]);
    states.forEach((state, i) => {
      const argb = FILL[state];
      if (argb) row.getCell(i + 3).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb } };
    });
  }
  matrix.getColumn(1).width = 11;
  matrix.getColumn(2).width = 48;
  summary.units.forEach((_, i) => (matrix.getColumn(i + 3).width = 14));

  const evidence = book.addWorksheet(t('Căn cứ', 'Evidence'), { views: [{ state: 'frozen', ySplit: 1 }] });
  header(evidence.addRow([t('Đơn vị', 'Unit'), t('Nhiệm vụ', 'Task'), t('Tệp', 'File'), t('Đoạn', 'Paragraph'), t('Nội dung', 'Text')]));
  for (const e of summary.evidence) {
    evidence.addRow([summary.units.find((u) => u.id === e.unit)?.name ?? e.unit, e.task, e.file.split(/[\\/]/).pop() ?? e.file, e.paragraph + 1, e.text]).alignment = { wrapText: true, vertical: 'top' };
  }
  evidence.columns.forEach((column, i) => (column.width = [30, 11, 16, 8, 90][i] ?? 12));

  return new Uint8Array(await book.xlsx.writeBuffer());
}
