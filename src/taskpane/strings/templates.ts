/** The Templates view's strings, in Vietnamese and English. */
import type { PeriodCode } from '../../plan/schema';
import type { Language } from '../i18n';

export interface TemplatesStrings {
  intro: string;
  kindLabel: string;
  kinds: { report: string; plan: string };
  unitLabel: string;
  periodLabel: string;
  periods: Record<PeriodCode, string>;
  yearLabel: string;
  yearInvalid: string;
  styleLabel: string;
  styles: { tt02: string; plan: string };
  previewLabel: string;
  insert: string;
  download: string;
  inserted: (paragraphs: number) => string;
  failed: string;
  loading: string;
}

export const templatesVi: TemplatesStrings = {
  intro: 'Mẫu trình bày theo Nghị định 30/2020/NĐ-CP, có sẵn các đề mục nhiệm vụ của đơn vị trong kỳ. Mẫu được chèn vào cuối tài liệu, không thay nội dung đang có.',
  kindLabel: 'Loại mẫu',
  kinds: { report: 'Báo cáo định kỳ', plan: 'Kế hoạch PCTN của đơn vị' },
  unitLabel: 'Đơn vị',
  periodLabel: 'Kỳ báo cáo',
  periods: { Q1: 'Quý I', H1: '6 tháng', '9M': '9 tháng', Y: 'Năm' },
  yearLabel: 'Năm',
  yearInvalid: 'Năm phải là số từ 2000 đến 2100.',
  styleLabel: 'Dàn ý phần kết quả',
  styles: { tt02: 'Theo Thông tư 02/2021/TT-TTCP', plan: 'Theo cấu trúc kế hoạch' },
  previewLabel: 'Xem trước mẫu',
  insert: 'Chèn vào tài liệu',
  download: 'Tải mẫu .docx',
  inserted: (paragraphs) => `Đã chèn mẫu (${paragraphs} đoạn) vào cuối tài liệu.`,
  failed: 'Không chèn được mẫu:',
  loading: 'Đang tạo mẫu…',
};

export const templatesEn: TemplatesStrings = {
  intro: 'Templates laid out to Nghị định 30/2020/NĐ-CP, with the headings of the unit\'s tasks for the period. The template goes at the end of the document; nothing already there is replaced.',
  kindLabel: 'Template',
  kinds: { report: 'Periodic report', plan: 'The unit\'s PCTN plan' },
  unitLabel: 'Unit',
  periodLabel: 'Reporting period',
  periods: { Q1: 'Quarter I', H1: '6 months', '9M': '9 months', Y: 'Year' },
  yearLabel: 'Year',
  yearInvalid: 'The year must be a number from 2000 to 2100.',
  styleLabel: 'Outline of the results',
  styles: { tt02: 'Thông tư 02/2021/TT-TTCP', plan: 'The plan\'s structure' },
  previewLabel: 'Template preview',
  insert: 'Insert into the document',
  download: 'Download template .docx',
  inserted: (paragraphs) => `Inserted the template (${paragraphs} paragraphs) at the end of the document.`,
  failed: 'Could not insert the template:',
  loading: 'Building the template…',
};

export const templatesStrings = (language: Language): TemplatesStrings => (language === 'en' ? templatesEn : templatesVi);
