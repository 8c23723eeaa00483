/**
 * The fixed wording of the templates, kept as data. [R] The phrasing follows common practice in Quảng Ngãi reports
 * and Nghị định 30/2020/NĐ-CP (domain notes §1.5, §2); correct it here.
 */
import type { PeriodCode } from '../../plan/schema';

export const RESULTS_PLACEHOLDER = 'Kết quả thực hiện: ...';
export const RESULTS_ALIAS = 'Kết quả thực hiện';
export const CONTENT_PLACEHOLDER = 'Nội dung: ...';
export const CONTENT_ALIAS = 'Nội dung cần điền';

/** How the subject line names the period: "Kết quả công tác phòng, chống tham nhũng quý I năm 2023". */
export const PERIOD_IN_TITLE: Readonly<Record<PeriodCode, string>> = {
  Q1: 'quý I',
  H1: '6 tháng đầu',
  '9M': '9 tháng',
  Y: '',
};

export const SUBJECT = 'công tác phòng, chống tham nhũng';

export const ASSESSMENT = { title: 'ĐÁNH GIÁ', parts: ['Ưu điểm', 'Hạn chế, nguyên nhân'] } as const;
export const DIRECTION_TITLE = 'PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI';
export const PROPOSALS_TITLE = 'KIẾN NGHỊ, ĐỀ XUẤT';
/** The plan-style outline's results part: "KẾT QUẢ THỰC HIỆN" + the plan's section II title. */
export const PLAN_RESULTS_PREFIX = 'KẾT QUẢ THỰC HIỆN';

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
export const RECIPIENTS_LABEL = 'Nơi nhận:';
/** The name line under the signature, until the user types the signer's name. */
export const SIGNER_NAME_PLACEHOLDER = 'Họ và tên người ký';
/** Blank number and day, filled in by the văn thư at issue. */
export const BLANK = '...';
