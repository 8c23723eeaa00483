/** The Insert view's strings, in Vietnamese and English. */
import type { Language } from '../i18n';

export interface InsertStrings {
  citationsTitle: string;
  searchLabel: string;
  searchHint: string;
  noResults: (query: string) => string;
  insertFull: string;
  insertShort: string;
  insertFullLabel: (number: string) => string;
  insertShortLabel: (number: string) => string;
  headingsTitle: string;
  headingsHint: string;
  levelLabel: string;
  levelAuto: string;
  levelNames: Record<1 | 2 | 3, string>;
  insertHeading: string;
  insertHeadingLabel: (itemId: string) => string;
  inserted: (text: string) => string;
  failed: string;
  loading: string;
}

export const insertVi: InsertStrings = {
  citationsTitle: 'Trích dẫn văn bản pháp luật',
  searchLabel: 'Tìm văn bản',
  searchHint: 'Gõ số hiệu, loại văn bản hoặc nội dung, có dấu hay không dấu: "59/2019", "nghi dinh 59", "xung đột lợi ích".',
  noResults: (query) => `Không tìm thấy văn bản nào cho "${query}".`,
  insertFull: 'Chèn đầy đủ',
  insertShort: 'Chèn rút gọn',
  insertFullLabel: (number) => `Chèn đầy đủ trích dẫn ${number}`,
  insertShortLabel: (number) => `Chèn rút gọn trích dẫn ${number}`,
  headingsTitle: 'Đề mục theo kế hoạch',
  headingsHint: 'Đề mục được chèn tại con trỏ (hoặc cuối tài liệu khi chưa biết con trỏ ở đâu), đánh số nối tiếp tài liệu, kèm dòng "Kết quả thực hiện: ..." để điền.',
  levelLabel: 'Cấp đề mục',
  levelAuto: 'Tự động (dưới đề mục gần nhất)',
  levelNames: { 1: 'Cấp I., II., …', 2: 'Cấp 1., 2., …', 3: 'Cấp a), b), …' },
  insertHeading: 'Chèn đề mục',
  insertHeadingLabel: (itemId) => `Chèn đề mục của nhiệm vụ ${itemId}`,
  inserted: (text) => `Đã chèn: ${text}`,
  failed: 'Không chèn được:',
  loading: 'Đang tải danh mục văn bản…',
};

export const insertEn: InsertStrings = {
  citationsTitle: 'Legal citations',
  searchLabel: 'Find a document',
  searchHint: 'Type a number, a document type or words of its subject, with or without accents: "59/2019", "nghi dinh 59", "xung đột lợi ích".',
  noResults: (query) => `No document found for "${query}".`,
  insertFull: 'Insert full',
  insertShort: 'Insert short',
  insertFullLabel: (number) => `Insert full citation of ${number}`,
  insertShortLabel: (number) => `Insert short citation of ${number}`,
  headingsTitle: 'Headings from the plan',
  headingsHint: 'The heading goes at the cursor (or at the end of the document when the cursor is not known), numbered to continue the document, with a "Kết quả thực hiện: ..." line to fill in.',
  levelLabel: 'Heading level',
  levelAuto: 'Automatic (below the nearest heading)',
  levelNames: { 1: 'Level I., II., …', 2: 'Level 1., 2., …', 3: 'Level a), b), …' },
  insertHeading: 'Insert heading',
  insertHeadingLabel: (itemId) => `Insert heading of task ${itemId}`,
  inserted: (text) => `Inserted: ${text}`,
  failed: 'Could not insert:',
  loading: 'Loading the document registry…',
};

export const insertStrings = (language: Language): InsertStrings => (language === 'en' ? insertEn : insertVi);
