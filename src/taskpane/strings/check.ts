/** The Check view's strings, in Vietnamese and English. */
import type { DocumentPart, RequiredReason, SectionKind } from '../../check/types';
import type { PeriodCode } from '../../plan/schema';
import type { Act } from '../../check/data/clause-markers';
import { RULE_NAMES } from '../../check/rule-names';

const namesIn = (lang: 'vi' | 'en'): Record<string, string> => Object.fromEntries(Object.entries(RULE_NAMES).map(([id, name]) => [id, name[lang]]));

const ACTS_VI: Record<Act, string> = { advise: 'tham mưu', guide: 'hướng dẫn, theo dõi, đôn đốc', inspect: 'thanh tra, kiểm tra', issue: 'ban hành, xây dựng', followUp: 'theo dõi thực hiện kết luận' };
const ACTS_EN: Record<Act, string> = { advise: 'advising a higher body', guide: 'guiding and monitoring', inspect: 'inspecting', issue: 'issuing', followUp: 'following up conclusions' };

export interface CheckStrings {
  run: string;
  checking: string;
  reading: (done: number, total: number) => string;
  done: (missing: number) => string;
  failed: string;
  summaryTitle: string;
  periodLabel: string;
  period: (code: PeriodCode, year: number) => string;
  unknown: string;
  dueLabel: string;
  planSays: (words: string) => string;
  unitLabel: string;
  unitSource: Record<'option' | 'header' | 'symbol' | 'signer', string>;
  missingItemsLabel: string;
  missingItems: (missing: number, required: number, review: number) => string;
  missingSectionsLabel: string;
  missingSections: (missing: number, total: number) => string;
  reportDateLabel: string;
  groups: { parts: string; items: string; units: string; other: string; ignored: string };
  sectionsTitle: string;
  partsTitle: string;
  sectionNames: Record<SectionKind, string>;
  partNames: Record<DocumentPart, string>;
  present: string;
  absent: string;
  status: { reported: string; missing: string; notRequired: string; ignored: string; review: (paragraph: number | null) => string };
  reasons: Record<RequiredReason, string>;
  /** Why a passage counts: the words it shares with the task, the act that singles it out, its heading. */
  why: (evidence: { matched: string[]; act: Act | null; fromHeading: boolean; clause: string | null }) => string;
  evidence: string;
  evidenceOf: (itemId: string) => string;
  paragraphNumber: (index: number) => string;
  insertHeading: string;
  insertHeadingFor: (itemId: string) => string;
  inserted: (text: string) => string;
  fixFormat: string;
  fixFormatFor: (message: string) => string;
  formatFixed: string;
  /** "Ghi đầy đủ" a short citation, "Sửa trích dẫn" a part of one. */
  fixText: Record<'fullCitation' | 'citation', string>;
  fixTextFor: (label: string, replacement: string) => string;
  textFixed: (replacement: string) => string;
  ignore: string;
  ignoreFinding: (what: string) => string;
  ignoredCount: (count: number) => string;
  undo: string;
  restore: string;
  restoreFinding: (what: string) => string;
  restored: string;
  noIgnored: string;
  unitsNotConsolidated: string;
  unitsAllNamed: string;
  noOther: string;
  /** Human names of the rules, shown as each finding's label. */
  ruleNames: Record<string, string>;
  suggestions: (count: number) => string;
  onlyMissing: string;
  noneMissing: string;
  stale: string;
  recheck: string;
  notChecked: string;
  selectFailed: string;
}



export const checkVi: CheckStrings = {
  run: 'Kiểm tra',
  checking: 'Đang kiểm tra…',
  reading: (done, total) => `Đang đọc tài liệu: ${done}/${total} đoạn`,
  done: (missing) => (missing === 0 ? 'Đã kiểm tra xong: không thiếu nhiệm vụ bắt buộc nào.' : `Đã kiểm tra xong: thiếu ${missing} nhiệm vụ bắt buộc.`),
  failed: 'Không kiểm tra được tài liệu.',
  summaryTitle: 'Tóm tắt',
  periodLabel: 'Kỳ báo cáo',
  period: (code, year) => ({ Q1: `Quý I năm ${year}`, H1: `6 tháng đầu năm ${year}`, '9M': `9 tháng năm ${year}`, Y: `Năm ${year}` })[code],
  unknown: 'Chưa xác định',
  dueLabel: 'Hạn gửi Thanh tra Sở',
  planSays: (words) => `kế hoạch: ${words}`,
  unitLabel: 'Đơn vị báo cáo',
  unitSource: { option: 'chọn trong Cài đặt', header: 'nhận diện từ tên đơn vị', symbol: 'nhận diện từ ký hiệu', signer: 'nhận diện từ người ký' },
  missingItemsLabel: 'Nhiệm vụ bắt buộc còn thiếu',
  missingItems: (missing, required, review) => `${missing}/${required}${review > 0 ? `; ${review} cần xem lại` : ''}`,
  missingSectionsLabel: 'Phần nội dung còn thiếu',
  missingSections: (missing, total) => `${missing}/${total}`,
  reportDateLabel: 'Ngày báo cáo',
  groups: { parts: 'Các phần của báo cáo', items: 'Nhiệm vụ theo kế hoạch', units: 'Đơn vị chủ trì', other: 'Phát hiện khác', ignored: 'Đã bỏ qua' },
  sectionsTitle: 'Sáu phần nội dung',
  partsTitle: 'Thể thức (Nghị định 30/2020/NĐ-CP)',
  sectionNames: {
    leadership: 'Lãnh đạo, chỉ đạo, tuyên truyền',
    prevention: 'Kết quả các biện pháp phòng ngừa',
    detection: 'Phát hiện, xử lý tham nhũng',
    assessment: 'Đánh giá',
    direction: 'Phương hướng, nhiệm vụ kỳ tới',
    proposals: 'Kiến nghị, đề xuất',
  },
  partNames: {
    issuingAgency: 'Tên cơ quan ban hành',
    numberAndSymbol: 'Số, ký hiệu',
    nationalTitle: 'Quốc hiệu, Tiêu ngữ',
    placeAndDate: 'Địa danh, ngày tháng',
    typeAndSubject: 'Tên loại, trích yếu',
    signature: 'Chức vụ, họ tên người ký',
    recipients: 'Nơi nhận',
  },
  present: 'Có',
  absent: 'Thiếu',
  status: { reported: 'Đã báo cáo', missing: 'Thiếu', notRequired: 'Không bắt buộc', ignored: 'Đã bỏ qua', review: (paragraph) => (paragraph === null ? 'Cần xem lại (chưa thấy đoạn nào, nhưng chưa chắc là thiếu)' : `Cần xem lại (có thể ở đoạn ${paragraph + 1})`) },
  reasons: {
    consolidated: 'báo cáo tổng hợp của Sở',
    lead: 'đơn vị chủ trì',
    support: 'đơn vị phối hợp',
    notResponsible: 'không phải nhiệm vụ của đơn vị',
    notYetDue: 'chưa đến hạn',
    notInThisPeriod: 'không thuộc kỳ này',
    onRequest: 'chỉ làm khi có yêu cầu',
    unknownUnit: 'chưa rõ đơn vị, coi là bắt buộc',
  },
  why: ({ matched, act, fromHeading, clause }) =>
    [
      matched.length ? `khớp: ${matched.slice(0, 5).join(', ')}` : '',
      act ? `việc làm: ${ACTS_VI[act]}` : '',
      fromHeading ? 'chủ đề lấy từ đề mục ở trên' : '',
      clause ? 'một vế của đoạn nêu nhiều nhiệm vụ' : '',
    ]
      .filter(Boolean)
      .join(' · '),
  evidence: 'Dẫn chứng',
  evidenceOf: (itemId) => `Dẫn chứng của nhiệm vụ ${itemId}`,
  paragraphNumber: (index) => `Đoạn ${index + 1}`,
  insertHeading: 'Chèn mục',
  insertHeadingFor: (itemId) => `Chèn mục cho nhiệm vụ ${itemId}`,
  inserted: (text) => `Đã chèn đề mục “${text}”.`,
  fixFormat: 'Sửa định dạng',
  fixFormatFor: (message) => `Sửa định dạng: ${message}`,
  formatFixed: 'Đã sửa định dạng (chữ trong văn bản giữ nguyên); đã kiểm tra lại.',
  fixText: { fullCitation: 'Ghi đầy đủ', citation: 'Sửa trích dẫn' },
  fixTextFor: (label, replacement) => `${label}: “${replacement}”`,
  textFixed: (replacement) => `Đã ghi “${replacement}”; chữ cũ được giữ dưới dạng thay đổi được theo dõi (Chấp nhận hoặc Từ chối ở thẻ Xem lại). Đã kiểm tra lại.`,
  ignore: 'Bỏ qua',
  ignoreFinding: (what) => `Bỏ qua: ${what}`,
  ignoredCount: (count) => `Đã bỏ qua ${count} phát hiện.`,
  undo: 'Hoàn tác',
  restore: 'Khôi phục',
  restoreFinding: (what) => `Khôi phục: ${what}`,
  restored: 'Đã khôi phục phát hiện.',
  noIgnored: 'Chưa bỏ qua phát hiện nào.',
  unitsNotConsolidated: 'Chỉ áp dụng cho báo cáo tổng hợp của Sở.',
  unitsAllNamed: 'Mọi nhiệm vụ đã báo cáo đều nêu đơn vị chủ trì.',
  noOther: 'Không có phát hiện nào khác.',
  ruleNames: namesIn('vi'),
  suggestions: (count) => `Gợi ý về cách viết (${count})`,
  onlyMissing: 'Chỉ hiện nhiệm vụ còn thiếu',
  noneMissing: 'Không còn nhiệm vụ bắt buộc nào thiếu.',
  stale: 'Tài liệu đã thay đổi sau lần kiểm tra này; kết quả có thể không còn đúng.',
  recheck: 'Kiểm tra lại',
  notChecked: 'Chưa kiểm tra. Bấm “Kiểm tra” để bắt đầu.',
  selectFailed: 'Không chọn được đoạn văn.',
};

export const checkEn: CheckStrings = {
  run: 'Check',
  checking: 'Checking…',
  reading: (done, total) => `Reading the document: ${done}/${total} paragraphs`,
  done: (missing) => (missing === 0 ? 'Check complete: no required task is missing.' : `Check complete: ${missing} required task(s) missing.`),
  failed: 'The document could not be checked.',
  summaryTitle: 'Summary',
  periodLabel: 'Reporting period',
  period: (code, year) => ({ Q1: `Q1 ${year}`, H1: `First half of ${year}`, '9M': `First nine months of ${year}`, Y: `Year ${year}` })[code],
  unknown: 'Not determined',
  dueLabel: 'Due at Thanh tra Sở',
  planSays: (words) => `plan: ${words}`,
  unitLabel: 'Reporting unit',
  unitSource: { option: 'chosen in Settings', header: 'detected from the unit line', symbol: 'detected from the symbol', signer: 'detected from the signer' },
  missingItemsLabel: 'Required tasks missing',
  missingItems: (missing, required, review) => `${missing}/${required}${review > 0 ? `; ${review} to review` : ''}`,
  missingSectionsLabel: 'Content sections missing',
  missingSections: (missing, total) => `${missing}/${total}`,
  reportDateLabel: 'Report date',
  groups: { parts: 'Report sections', items: 'Plan tasks', units: 'Lead units', other: 'Other findings', ignored: 'Ignored' },
  sectionsTitle: 'The six content sections',
  partsTitle: 'Document form (Decree 30/2020/NĐ-CP)',
  sectionNames: {
    leadership: 'Leadership, direction and awareness',
    prevention: 'Results of the preventive measures',
    detection: 'Detection and handling of corruption',
    assessment: 'Assessment',
    direction: 'Direction for the next period',
    proposals: 'Recommendations',
  },
  partNames: {
    issuingAgency: 'Issuing body',
    numberAndSymbol: 'Number and symbol',
    nationalTitle: 'National title and motto',
    placeAndDate: 'Place and date',
    typeAndSubject: 'Type and subject line',
    signature: 'Signer\'s position and name',
    recipients: 'Recipients',
  },
  present: 'Present',
  absent: 'Missing',
  status: { reported: 'Reported', missing: 'Missing', notRequired: 'Not required', ignored: 'Ignored', review: (paragraph) => (paragraph === null ? 'To review (no passage found, but not surely missing)' : `To review (maybe paragraph ${paragraph + 1})`) },
  reasons: {
    consolidated: 'department\'s consolidated report',
    lead: 'lead unit',
    support: 'supporting unit',
    notResponsible: 'not this unit\'s task',
    notYetDue: 'not yet due',
    notInThisPeriod: 'not in this period',
    onRequest: 'only when requested',
    unknownUnit: 'unit unknown, treated as required',
  },
  why: ({ matched, act, fromHeading, clause }) =>
    [
      matched.length ? `matches: ${matched.slice(0, 5).join(', ')}` : '',
      act ? `act: ${ACTS_EN[act]}` : '',
      fromHeading ? 'topic from the heading above' : '',
      clause ? 'one clause of a paragraph reporting several tasks' : '',
    ]
      .filter(Boolean)
      .join(' · '),
  evidence: 'Evidence',
  evidenceOf: (itemId) => `Evidence for task ${itemId}`,
  paragraphNumber: (index) => `Paragraph ${index + 1}`,
  insertHeading: 'Insert heading',
  insertHeadingFor: (itemId) => `Insert heading for task ${itemId}`,
  inserted: (text) => `Inserted the heading “${text}”.`,
  fixFormat: 'Fix the formatting',
  fixFormatFor: (message) => `Fix the formatting: ${message}`,
  formatFixed: 'The formatting was fixed (the text is unchanged) and the report checked again.',
  fixText: { fullCitation: 'Write in full', citation: 'Correct the citation' },
  fixTextFor: (label, replacement) => `${label}: “${replacement}”`,
  textFixed: (replacement) => `Wrote “${replacement}”; the old words are kept as a tracked change (Accept or Reject on the Review tab). Checked again.`,
  ignore: 'Ignore',
  ignoreFinding: (what) => `Ignore: ${what}`,
  ignoredCount: (count) => `${count} finding(s) ignored.`,
  undo: 'Undo',
  restore: 'Restore',
  restoreFinding: (what) => `Restore: ${what}`,
  restored: 'The finding was restored.',
  noIgnored: 'No finding is ignored.',
  unitsNotConsolidated: 'Applies to the department\'s consolidated report only.',
  unitsAllNamed: 'Every reported task names its lead unit.',
  noOther: 'No other findings.',
  ruleNames: namesIn('en'),
  suggestions: (count) => `Drafting suggestions (${count})`,
  onlyMissing: 'Show only the missing tasks',
  noneMissing: 'No required task is missing.',
  stale: 'The document changed after this check; the results may be out of date.',
  recheck: 'Check again',
  notChecked: 'Not checked yet. Press “Check” to start.',
  selectFailed: 'The paragraph could not be selected.',
};
