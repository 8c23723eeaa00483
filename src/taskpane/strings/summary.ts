/** The Summary (Tổng hợp) view's strings, in Vietnamese and English. */
import type { PeriodCode } from '../../plan/schema';
import type { Language } from '../i18n';

export interface SummaryStrings {
  intro: string;
  loading: string;
  chooseFiles: string;
  dropZone: string;
  dropZoneLabel: string;
  clear: string;
  periodLabel: string;
  periodAuto: (detected: string | null) => string;
  periods: Record<PeriodCode, string>;
  checking: (done: number, total: number) => string;
  checked: (files: number, unreadable: number) => string;
  notDocx: (names: string) => string;
  tooLarge: (limit: string) => string;
  noPeriod: string;
  periodTitle: (period: string, files: number) => string;
  reportsTitle: string;
  reportsCaption: (files: number, counted: number) => string;
  columns: { file: string; unit: string; dates: string; date: string; due: string; verdict: string };
  unknownUnit: string;
  noDate: string;
  absentTitle: (count: number) => string;
  allReceived: string;
  matrixTitle: string;
  matrixCaption: string;
  matrixRegion: string;
  taskColumn: string;
  legend: string;
  cellButton: (state: string, task: string, unit: string) => string;
  evidenceTitle: (task: string, unit: string) => string;
  evidenceNone: (state: string) => string;
  evidenceSource: (file: string, paragraph: number) => string;
  evidenceOpened: (task: string, unit: string, count: number) => string;
  closeEvidence: string;
  downloadXlsx: string;
  downloadDraft: string;
  insertDraft: string;
  working: string;
  inserted: (paragraphs: number) => string;
  downloaded: (name: string) => string;
  failed: string;
  draftNeedsPeriod: string;
}

export const summaryVi: SummaryStrings = {
  intro: 'Dành cho Thanh tra Sở: chọn các báo cáo nhận được (.docx) để xem đơn vị nào đã gửi, ngày gửi, đúng hạn hay trễ, nhiệm vụ còn thiếu và ma trận nhiệm vụ × đơn vị. Tệp được đọc ngay trên máy này, không gửi đi đâu.',
  loading: 'Đang tải chức năng tổng hợp…',
  chooseFiles: 'Chọn các báo cáo (.docx)…',
  dropZone: 'Hoặc kéo thả các tệp .docx vào đây.',
  dropZoneLabel: 'Vùng thả tệp báo cáo',
  clear: 'Bỏ các tệp đã chọn',
  periodLabel: 'Kỳ tổng hợp',
  periodAuto: (detected) => (detected ? `Tự nhận: ${detected}` : 'Tự nhận (kỳ của nhiều báo cáo nhất)'),
  periods: { Q1: 'Quý I', H1: '6 tháng', '9M': '9 tháng', Y: 'Năm' },
  checking: (done, total) => `Đang đọc và kiểm tra ${done}/${total} tệp…`,
  checked: (files, unreadable) => `Đã kiểm tra ${files} tệp${unreadable > 0 ? `, ${unreadable} tệp không đọc được` : ''}.`,
  notDocx: (names) => `Bỏ qua tệp không phải .docx: ${names}.`,
  tooLarge: (limit) => `Tệp quá lớn để đọc (giới hạn: ${limit}).`,
  noPeriod: 'Chưa nhận ra kỳ báo cáo của tệp nào: hãy chọn kỳ tổng hợp.',
  periodTitle: (period, files) => `Tổng hợp báo cáo ${period} (${files} tệp)`,
  reportsTitle: 'Báo cáo nhận được',
  reportsCaption: (files, counted) => `${files} tệp, ${counted} tệp được tính vào tổng hợp`,
  columns: { file: 'Tệp, đơn vị', unit: 'Đơn vị', dates: 'Ngày, hạn', date: 'Ngày', due: 'Hạn', verdict: 'Kết luận' },
  unknownUnit: 'Không rõ đơn vị',
  noDate: 'không ghi',
  absentTitle: (count) => `Đơn vị phải báo cáo nhưng chưa gửi (${count})`,
  allReceived: 'Mọi đơn vị phải báo cáo đã gửi báo cáo.',
  matrixTitle: 'Ma trận nhiệm vụ × đơn vị',
  matrixCaption: 'Mỗi ô: đã báo cáo, thiếu, báo cáo thêm (không bắt buộc) hoặc không bắt buộc. Bấm một ô (hoặc Enter) để xem đoạn văn đơn vị đã viết cho nhiệm vụ đó.',
  matrixRegion: 'Ma trận nhiệm vụ × đơn vị (cuộn ngang được)',
  taskColumn: 'Nhiệm vụ',
  legend: 'Màu: xanh = đã báo cáo, đỏ = thiếu, vàng = báo cáo thêm, không màu = không bắt buộc.',
  cellButton: (state, task, unit) => `${state}: nhiệm vụ ${task}, ${unit}`,
  evidenceTitle: (task, unit) => `Căn cứ: ${unit}, nhiệm vụ ${task}`,
  evidenceNone: (state) => `Không có đoạn văn nào (${state}).`,
  evidenceSource: (file, paragraph) => `${file}, đoạn ${paragraph}`,
  evidenceOpened: (task, unit, count) => `Đã mở căn cứ của ${unit} cho nhiệm vụ ${task}: ${count} đoạn.`,
  closeEvidence: 'Đóng căn cứ',
  downloadXlsx: 'Tải bảng tính (.xlsx)',
  downloadDraft: 'Tải dự thảo tổng hợp (.docx)',
  insertDraft: 'Chèn dự thảo tổng hợp',
  working: 'Đang tạo…',
  inserted: (paragraphs) => `Đã chèn dự thảo tổng hợp (${paragraphs} đoạn) vào cuối tài liệu; nội dung đang có giữ nguyên.`,
  downloaded: (name) => `Đã tạo ${name}.`,
  failed: 'Không thực hiện được:',
  draftNeedsPeriod: 'Cần biết kỳ báo cáo để soạn dự thảo tổng hợp: hãy chọn kỳ tổng hợp.',
};

export const summaryEn: SummaryStrings = {
  intro: 'For the inspectorate: choose the reports received (.docx) to see which units sent one, when, on time or late, the tasks missing and the tasks × units matrix. Files are read on this machine only; nothing is sent anywhere.',
  loading: 'Loading the summary…',
  chooseFiles: 'Choose reports (.docx)…',
  dropZone: 'Or drop .docx files here.',
  dropZoneLabel: 'Drop zone for report files',
  clear: 'Remove the chosen files',
  periodLabel: 'Period summarised',
  periodAuto: (detected) => (detected ? `Automatic: ${detected}` : 'Automatic (the period of most reports)'),
  periods: { Q1: 'Quarter I', H1: '6 months', '9M': '9 months', Y: 'Year' },
  checking: (done, total) => `Reading and checking ${done}/${total} files…`,
  checked: (files, unreadable) => `Checked ${files} file(s)${unreadable > 0 ? `, ${unreadable} unreadable` : ''}.`,
  notDocx: (names) => `Skipped files that are not .docx: ${names}.`,
  tooLarge: (limit) => `The file is too large to read (limit: ${limit}).`,
  noPeriod: 'No file\'s reporting period was recognised: choose the period to summarise.',
  periodTitle: (period, files) => `Reports for the ${period} (${files} files)`,
  reportsTitle: 'Reports received',
  reportsCaption: (files, counted) => `${files} file(s), ${counted} counted in the summary`,
  columns: { file: 'File, unit', unit: 'Unit', dates: 'Date, due', date: 'Date', due: 'Due', verdict: 'Verdict' },
  unknownUnit: 'Unit unknown',
  noDate: 'none',
  absentTitle: (count) => `Units that must report and have not (${count})`,
  allReceived: 'Every unit that must report has sent its report.',
  matrixTitle: 'Tasks × units',
  matrixCaption: 'Each cell: reported, missing, extra (reported though not required) or not required. Click a cell (or press Enter) to see what the unit wrote for that task.',
  matrixRegion: 'Tasks × units matrix (scrolls sideways)',
  taskColumn: 'Task',
  legend: 'Colours: green = reported, red = missing, yellow = extra, none = not required.',
  cellButton: (state, task, unit) => `${state}: task ${task}, ${unit}`,
  evidenceTitle: (task, unit) => `Evidence: ${unit}, task ${task}`,
  evidenceNone: (state) => `No passage (${state}).`,
  evidenceSource: (file, paragraph) => `${file}, paragraph ${paragraph}`,
  evidenceOpened: (task, unit, count) => `Opened the evidence of ${unit} for task ${task}: ${count} passage(s).`,
  closeEvidence: 'Close the evidence',
  downloadXlsx: 'Download the spreadsheet (.xlsx)',
  downloadDraft: 'Download the consolidated draft (.docx)',
  insertDraft: 'Insert the consolidated draft',
  working: 'Working…',
  inserted: (paragraphs) => `Inserted the consolidated draft (${paragraphs} paragraphs) at the end of the document; the existing text is unchanged.`,
  downloaded: (name) => `Created ${name}.`,
  failed: 'Could not do it:',
  draftNeedsPeriod: 'The period must be known to draft the consolidated report: choose the period to summarise.',
};

export const summaryStrings = (language: Language): SummaryStrings => (language === 'en' ? summaryEn : summaryVi);
