/** What each rule is called where a person reads it, in Vietnamese and English: the pane and the command line. */
import type { Bilingual } from '../errors/app-error';

export const RULE_NAMES: Readonly<Record<string, Bilingual>> = {
  'citation': { vi: 'Trích dẫn văn bản', en: 'Legal citation' },
  'report-late': { vi: 'Gửi muộn', en: 'Late report' },
  'year-mismatch': { vi: 'Năm báo cáo', en: 'Report year' },
  'unit-unknown': { vi: 'Đơn vị báo cáo', en: 'Reporting unit' },
  'period-unknown': { vi: 'Kỳ báo cáo', en: 'Reporting period' },
  'part-missing': { vi: 'Thể thức', en: 'Layout' },
  'section-missing': { vi: 'Phần nội dung', en: 'Content section' },
  'item-missing': { vi: 'Nhiệm vụ', en: 'Task' },
  'lead-unit-not-named': { vi: 'Đơn vị chủ trì', en: 'Lead unit' },
  'draft-unfinished': { vi: 'Chưa hoàn chỉnh', en: 'Unfinished' },
  'citation-abbreviated': { vi: 'Viết tắt trích dẫn', en: 'Abbreviated citation' },
  'item-unsure': { vi: 'Cần xem lại', en: 'To review' },
  'layout-paper': { vi: 'Khổ giấy', en: 'Paper size' },
  'layout-margins': { vi: 'Lề trang', en: 'Margins' },
  'layout-font': { vi: 'Phông chữ', en: 'Font' },
  'layout-body-size': { vi: 'Cỡ chữ', en: 'Font size' },
  'layout-national-title': { vi: 'Quốc hiệu, Tiêu ngữ', en: 'National title and motto' },
  'layout-number': { vi: 'Số, ký hiệu', en: 'Number and symbol' },
  'layout-place-date': { vi: 'Địa danh, ngày tháng', en: 'Place and date' },
  'layout-recipients': { vi: 'Nơi nhận', en: 'Recipients' },
  'paragraph-truncated': { vi: 'Đoạn quá dài', en: 'Paragraph too long' },
};

/** The rule's name in `lang`; an unknown rule keeps its id rather than vanish. */
export const ruleName = (rule: string, lang: 'vi' | 'en'): string => RULE_NAMES[rule]?.[lang] ?? rule;
