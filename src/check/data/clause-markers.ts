/**
 * Words of Vietnamese administrative reports that say how a sentence is built rather than what was done: where one
 * clause ends and the next begins, who acts and how, and which parts only frame a result. Language data, not plan
 * data: the same in every unit's report on every plan. Written as the normalized (lower case, NFC) syllables.
 */

/** Words that open a new clause inside a sentence ("...; đồng thời ...", "..., trong đó ..."). */
export const CLAUSE_CONNECTORS: readonly string[][] = [
  ['đồng', 'thời'],
  ['trong', 'đó'],
  ['cùng', 'với'],
  ['bên', 'cạnh', 'đó'],
  ['ngoài', 'ra'],
  ['mặt', 'khác'],
];

/** What a unit does to a task, as verbs of the plan and of reports. A task's acts come from its own text. */
export type Act = 'advise' | 'guide' | 'inspect' | 'issue' | 'followUp';

export const ACT_WORDS: Readonly<Record<Act, readonly string[][]>> = {
  advise: [['tham', 'mưu'], ['trình', 'ủy'], ['trình', 'cấp', 'có', 'thẩm', 'quyền']],
  guide: [['hướng', 'dẫn'], ['đôn', 'đốc'], ['theo', 'dõi']],
  inspect: [['thanh', 'tra'], ['kiểm', 'tra']],
  issue: [['ban', 'hành'], ['xây', 'dựng', 'kế', 'hoạch'], ['xây', 'dựng', 'và', 'ban', 'hành']],
  followUp: [['thực', 'hiện', 'kết', 'luận'], ['sau', 'thanh', 'tra'], ['sau', 'kiểm', 'tra'], ['khắc', 'phục']],
};

/** The head of one's own body: advising them is acting for the body, not advising a higher one. */
export const INTERNAL_HEADS: readonly string[][] = [['giám', 'đốc'], ['lãnh', 'đạo'], ['ban', 'giám', 'đốc'], ['thủ', 'trưởng'], ['trưởng'], ['chánh']];

/** How a unit names itself after "của": "của Ban", "của Chi cục" (followed by no proper name). */
export const SELF_NAMES: readonly string[][] = [['ban'], ['phòng'], ['chi', 'cục'], ['trung', 'tâm'], ['văn', 'phòng'], ['cơ', 'quan']];

/** Openings of an authority cited before the act: "Thực hiện Quyết định số ..., đơn vị đã ...". */
export const AUTHORITY_OPENERS: readonly string[][] = [['thực', 'hiện'], ['căn', 'cứ'], ['theo'], ['triển', 'khai'], ['trên', 'cơ', 'sở']];

/** Document kinds that follow an authority opener. */
export const DOCUMENT_KINDS: readonly string[] = [
  'kế', 'quyết', 'công', 'chỉ', 'hướng', 'nghị', 'thông', 'luật', 'chương', 'đề', 'văn', 'kết', 'quy', 'điều',
];

/** First words of what follows an authority: the actor or the act. An authority ends at a comma before one of them. */
export const AFTER_AUTHORITY: readonly string[] = [
  'đơn', 'sở', 'văn', 'ban', 'chi', 'phòng', 'thanh', 'trung', 'ủy', 'đã', 'tổ', 'lãnh', 'giám', 'cơ', 'công', 'các',
  'toàn', 'chánh', 'trưởng', 'thủ', 'bộ', 'đảng', 'chúng', 'tập', 'hằng', 'định', 'trong', 'qua', 'kết', 'đến', 'năm', 'quý',
  'tháng',
];

/** Words that make the rest of the clause the topic of a meeting or a training, or content added to a document ("bổ sung
 * nội dung kiểm soát xung đột lợi ích" into a unit's plan), not something done. */
export const TOPIC_OPENERS: readonly string[][] = [
  ['phổ', 'biến'], ['quán', 'triệt'], ['tuyên', 'truyền'], ['tập', 'huấn'], ['giới', 'thiệu'], ['học', 'tập'],
  ['nghiên', 'cứu'], ['bồi', 'dưỡng', 'kiến', 'thức'], ['chuyên', 'đề'], ['hội', 'nghị'], ['bổ', 'sung', 'nội', 'dung'],
];

/**
 * The author's own staff as a clause's subject ("Công chức Thanh tra Sở chấp hành ...", "06/06 công chức của Phòng ...",
 * "Thành viên Đoàn thanh tra thực hiện đúng ..."), followed in the clause by how they behaved: their conduct, even where
 * the clause says it was on an inspection.
 */
export const STAFF_SUBJECTS: readonly string[][] = [
  ['công', 'chức'], ['viên', 'chức'], ['cán', 'bộ'], ['người', 'lao', 'động'], ['thành', 'viên', 'đoàn'], ['thành', 'viên'], ['cc'], ['vc'], ['ccvc'], ['cbcc'], ['nlđ'],
];
export const CONDUCT_VERBS: readonly string[][] = [
  ['chấp', 'hành'], ['thực', 'hiện', 'đúng'], ['thực', 'hiện', 'nghiêm'], ['thực', 'hiện', 'tốt'], ['giữ', 'đúng'], ['tuân', 'thủ'], ['không', 'nhận'],
];

/** An inspection of another body: what the clause reports is what that body did, as the inspectors found it. */
export const INSPECTION_OPENERS: readonly string[][] = [
  ['qua', 'thanh', 'tra'], ['kết', 'quả', 'thanh', 'tra'], ['đoàn', 'thanh', 'tra'], ['đoàn', 'kiểm', 'tra'],
  ['qua', 'kiểm', 'tra'], ['kết', 'quả', 'kiểm', 'tra'],
  ['đơn', 'vị', 'được', 'kiểm', 'tra'], ['đơn', 'vị', 'được', 'thanh', 'tra'], ['cơ', 'quan', 'được', 'kiểm', 'tra'],
  ['cơ', 'quan', 'được', 'thanh', 'tra'],
];
/** "kiểm tra ... tại / đối với" + a body: where the inspection took place. */
export const INSPECTION_VERBS: readonly string[][] = [['thanh', 'tra'], ['kiểm', 'tra']];
export const INSPECTION_PLACES: readonly string[][] = [['tại'], ['đối', 'với']];
/** Attending another body's event: "cử 02 cán bộ tham dự lớp tập huấn ... do Phòng Tổ chức cán bộ tổ chức". */
export const ATTENDANCE_VERBS: readonly string[][] = [['tham', 'dự'], ['dự'], ['tham', 'gia']];
export const EVENT_NOUNS: readonly string[][] = [
  ['hội', 'nghị'], ['lớp'], ['buổi'], ['hội', 'thảo'], ['tọa', 'đàm'], ['tập', 'huấn'], ['cuộc', 'họp'], ['khóa'],
];
export const ORGANISER_ACTS: readonly string[][] = [['tổ', 'chức'], ['chủ', 'trì'], ['triển', 'khai']];
/** Documents received from above, listed: "Trong quý, Văn phòng tiếp nhận 05 văn bản của cấp trên về PCTN, gồm: ...".
 * The list tells what higher bodies issued, not what the author did with it. */
export const RECEIVE_VERBS: readonly string[][] = [['tiếp', 'nhận'], ['nhận', 'được'], ['đã', 'nhận']];
export const RECEIVED_DOCUMENTS: readonly string[][] = [['văn', 'bản']];
/** A higher body's document by its kind, received and passed on ("nhận Công văn số … của Thanh tra tỉnh …, đã sao gửi
 * đến các phòng"): what it is about is the sender's act, not the author's. */
export const FORWARDED_DOCUMENTS: readonly string[][] = [['công', 'văn'], ['quyết', 'định'], ['kế', 'hoạch'], ['chỉ', 'thị'], ['hướng', 'dẫn'], ['thông', 'báo']];
export const FORWARD_VERBS: readonly string[][] = [['sao', 'gửi'], ['chuyển', 'tiếp'], ['chuyển', 'đến'], ['gửi', 'đến']];
/** What the author did with them, said before the documents: then it is the author's act. */
export const IMPLEMENT_VERBS: readonly string[][] = [['triển', 'khai'], ['thực', 'hiện'], ['quán', 'triệt'], ['phổ', 'biến'], ['tổ', 'chức'], ['ban', 'hành']];
/** Where received documents come from ("của" + one of these): above the author, or a body the plan names ("·"). */
export const DOCUMENT_SOURCES: readonly string[][] = [
  ['cấp', 'trên'], ['trung', 'ương'], ['tỉnh', 'ủy'], ['ủy', 'ban', 'nhân', 'dân'], ['thanh', 'tra', 'tỉnh'], ['bộ'], ['cục'], ['chính', 'phủ'], ['thủ', 'tướng'], ['·'],
];
/** First words of a body's name ("·" stands for a unit name the plan knows). */
export const BODY_WORDS: readonly string[] = ['·', 'sở', 'ủy', 'ban', 'chi', 'phòng', 'trung', 'các', 'đơn', 'cơ', 'huyện', 'xã', 'thị', 'thành', 'trường', 'bệnh', 'văn', 'hội', 'ubnd'];

/** First words of a new act after a comma: "..., phân công ...", "..., đã ...". A topic ends before them. */
export const NEXT_ACT: readonly string[] = [
  ...AFTER_AUTHORITY, 'phân', 'giao', 'ký', 'đăng', 'cập', 'niêm', 'gửi', 'tiếp', 'kiểm', 'rà', 'đôn', 'hướng', 'theo',
  'tham', 'ban', 'xây', 'thực', 'triển', 'yêu', 'chỉ', 'cử', 'lồng', 'duy', 'bố',
];

/** Higher bodies, as a report names them (normalized, abbreviations expanded), and what they do themselves. */
export const HIGHER_BODIES: readonly string[] = ['ủy ban nhân dân tỉnh', 'ủy ban nhân dân huyện', 'tỉnh ủy', 'huyện ủy', 'thanh tra tỉnh', 'thanh tra chính phủ', 'bộ nội vụ', 'thủ tướng', 'chính phủ', 'hội đồng nhân dân tỉnh', 'ban thường vụ', 'ban chấp hành đảng bộ'];
export const HIGHER_ACTS: readonly string[][] = [['ban', 'hành'], ['phê', 'duyệt'], ['công', 'bố'], ['tổ', 'chức'], ['kiểm', 'tra'], ['thanh', 'tra'], ['chỉ', 'đạo'], ['đã', 'ban'], ['đã', 'phê'], ['đã', 'công'], ['đã', 'tổ'], ['đã', 'kiểm']];

/**
 * Compliance said in general ("Công chức của Văn phòng thực hiện tốt Quy tắc ứng xử", "luôn quán triệt, thực hiện
 * nghiêm túc quy định về …"): a paragraph that says only this, with no fact of the period (no count, no "không có
 * trường hợp …", no act), claims good conduct without reporting what was done.
 */
export const COMPLIANCE_VERBS: readonly string[][] = [['thực', 'hiện'], ['chấp', 'hành'], ['tuân', 'thủ']];
export const COMPLIANCE_MANNERS: readonly string[][] = [['tốt'], ['nghiêm', 'túc'], ['nghiêm', 'chỉnh'], ['nghiêm']];

/** The detection part's stock sentences: they say nothing was found, not that a prevention task was done. */
export const STOCK_NEGATIONS: readonly string[][] = [
  ['không', 'phát', 'hiện'], ['chưa', 'phát', 'hiện'], ['không', 'có', 'đơn'], ['không', 'nhận', 'được'],
  ['không', 'có', 'vụ'], ['không', 'xảy', 'ra'], ['không', 'có', 'trường', 'hợp'], ['không', 'có', 'vụ', 'việc'],
  ['không', 'tiếp', 'nhận'], ['chưa', 'tiếp', 'nhận'],
];
/** ("không có đơn thư liên quan đến cán bộ": the petition names its own topic.) */
export const STOCK_TOPICS: readonly string[][] = [['tham', 'nhũng'], ['tố', 'cáo'], ['khiếu', 'nại'], ['tiêu', 'cực'], ['đơn', 'thư']];

/** A head's responsibility weighed ("không có trường hợp người đứng đầu phải xem xét, xử lý trách nhiệm"): in the
 * detection part too, that is the result of the task of handling heads, not a stock sentence. */
export const HEAD_HANDLED: readonly string[][] = [['xử', 'lý', 'trách', 'nhiệm'], ['xét', 'trách', 'nhiệm'], ['trách', 'nhiệm', 'người', 'đứng', 'đầu'], ['trách', 'nhiệm', 'của', 'người', 'đứng', 'đầu']];

/** The reporting duty repeated from the plan: "tổng hợp, báo cáo ... định kỳ 6 tháng, năm". */
export const REPORTING_WORDS: readonly string[][] = [['báo', 'cáo'], ['tổng', 'hợp'], ['gửi']];
export const REPORTING_PERIODS: readonly string[][] = [['định', 'kỳ'], ['hằng', 'quý'], ['6', 'tháng'], ['06', 'tháng'], ['hằng', 'năm']];
