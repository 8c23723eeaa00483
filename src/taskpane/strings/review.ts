/** Strings of the reviewer's actions (Thanh tra Sở), in Vietnamese and English. */
import type { Language } from '../i18n';

export interface ReviewStrings {
  title: string;
  hint: string;
  comment: string;
  commentNeedsNewerWord: string;
  commented: (n: number) => string;
  nothingToComment: string;
  copy: string;
  copied: string;
  copyFailed: string;
  insertTable: string;
  tableInserted: string;
  tableCaption: string;
  commentPrefix: string;
}

const vi: ReviewStrings = {
  title: 'Dành cho người rà soát (Thanh tra Sở)',
  hint: 'Gửi lại nhận xét cho đơn vị: ghi nhận xét vào tài liệu, hoặc lấy bảng tổng hợp cho phiếu rà soát.',
  comment: 'Ghi nhận xét',
  commentNeedsNewerWord: 'Ghi nhận xét cần Word của Microsoft 365 (WordApi 1.4). Hãy dùng "Sao chép kết quả" rồi dán vào phiếu rà soát.',
  commented: (n) => `Đã ghi ${n} nhận xét vào tài liệu.`,
  nothingToComment: 'Không có nội dung bắt buộc nào còn thiếu để ghi nhận xét.',
  copy: 'Sao chép kết quả',
  copied: 'Đã sao chép bảng tổng hợp (dán vào Word hoặc Excel thành bảng).',
  copyFailed: 'Không sao chép được vào bộ nhớ tạm; bảng tổng hợp được chọn sẵn bên dưới để sao chép bằng Ctrl+C.',
  insertTable: 'Chèn bảng tổng hợp',
  tableInserted: 'Đã chèn bảng tổng hợp sau vị trí con trỏ.',
  tableCaption: 'Bảng tổng hợp kết quả rà soát báo cáo',
  commentPrefix: 'Thanh tra Sở: ',
};

const en: ReviewStrings = {
  title: 'For reviewers (Thanh tra Sở)',
  hint: 'Send findings back to the unit: add comments to the document, or take the coverage table for a review memo.',
  comment: 'Add comments',
  commentNeedsNewerWord: 'Comments need Word from Microsoft 365 (WordApi 1.4). Use "Copy results" and paste them into the review memo.',
  commented: (n) => `Added ${n} comment(s) to the document.`,
  nothingToComment: 'Nothing required is missing: no comment to add.',
  copy: 'Copy results',
  copied: 'Copied the coverage table (it pastes into Word or Excel as a table).',
  copyFailed: 'Could not copy to the clipboard; the table is selected below: copy it with Ctrl+C.',
  insertTable: 'Insert coverage table',
  tableInserted: 'Inserted the coverage table after the cursor.',
  tableCaption: 'Coverage of the plan in the report under review',
  commentPrefix: 'Thanh tra Sở: ',
};

export const reviewStrings = (language: Language): ReviewStrings => (language === 'en' ? en : vi);
