/**
 * The lines of a prose plan by their form: numbering labels, units and timing lines ("Đơn vị thực hiện: …", "Chủ trì: …",
 * "Thời gian: …"), a units sentence inside a task ("Giao X chủ trì …"), a time said in a sentence, a bracket's units and
 * time, a heading that gives its points to bodies, and what a bullet says itself. Read by the outline reader.
 */
import { assignsItself } from './units-sentence';
import { isBodyName, opensBody } from './body-names';
import { unitsFromText, withoutInnerBrackets } from './units-from-text';
import { readTiming } from './timing';
import { strip } from './parts';

export const ARABIC = /^\d+\.$/;
export const SUB = /^(\d+)\.(\d+)\.?$/;
export const LETTER = /^[a-zđ]\)$/;
export const THIRD = /^(\d+)\.(\d+)\.(\d+)\.?$/;
/** A task sentence announcing its own details: "…; trong đó:", "…, gồm:", "…, cụ thể:". */
export const DETAILS_FOLLOW = /[,;]?\s*(trong đó|bao gồm|gồm|cụ thể)\s*:\s*$/u;
/** ("Phòng/bộ phận thực hiện:", "Đơn vị/cá nhân thực hiện:": the kinds of doer it may name, each after a slash.)
 * ("Khoa, phòng chủ trì:": the kinds of unit a hospital is made of, before their role; "Thực hiện: Trưởng khoa, phòng": who
 * does it, under no other label.) */
export const UNITS_LINE = /^[+\-–•*]?\s*((đơn vị|cơ quan)(, (đơn vị|cơ quan|địa phương))* (thực hiện|chủ trì|phụ trách)|(?:đơn vị|cơ quan|phòng|bộ phận|người)(?:\s*\/\s*(?:đơn vị|cơ quan|phòng|bộ phận|cá nhân|người))+ (?:thực hiện|chủ trì|phụ trách)\s*:|người (?:thực hiện|phụ trách|chịu trách nhiệm)\s*:|(trách nhiệm|bộ phận) thực hiện\s*:|trách nhiệm\s*:|phân công thực hiện\s*:|(?:khoa|phòng|ban|tổ|bộ phận|đơn vị)(?:\s*[,/]\s*(?:khoa|phòng|ban|tổ|bộ phận|đơn vị|trạm))+\s+(?:chủ trì|thực hiện|phụ trách)\s*:|thực hiện\s*:(?!\s*(?:thường xuyên|trong|trước|từ|hằng|hàng|định kỳ|quý|tháng|năm)(?![\p{L}\p{N}])))\s*:?\s*/u;
/** "+ Chủ trì: Phòng TC-HC." then "+ Phối hợp: Công đoàn Trường, các đơn vị.": one role a line. The body a task is
 * given to may be named its "đầu mối" or, in a body of boards ("Bộ phận tham mưu: Ban Tổ chức - Kiểm tra"), the one that
 * advises its leaders on it: either leads. */
const ROLE_LINE = /^[+\-–•*]?\s*(?:(?:đơn vị|cơ quan|bộ phận)\s+)?(chủ trì|phối hợp|tham mưu|đầu mối)\s*:\s*/iu;

/** The role a line of roles gives its bodies, or undefined when the line is not one ("Tham mưu: ban hành …", with no
 * body after it, is an act). */
export function roleOfLine(line: string): 'chủ trì' | 'phối hợp' | undefined {
  const text = line.normalize('NFC');
  const m = ROLE_LINE.exec(text);
  if (!m) return undefined;
  const role = m[1]!.toLocaleLowerCase('vi');
  if (role === 'chủ trì' || role === 'phối hợp') return role;
  const bare = role === 'tham mưu' && !/^[+\-–•*]?\s*\S+\s+\S+\s+tham mưu/iu.test(text);
  return !bare || opensBody(text.slice(m[0].length)) ? 'chủ trì' : undefined;
}
/** Where a units line goes on with its time: "...; Thời gian: ...", "... . Thời gian thực hiện: ...". */
export const TIME_IN_UNITS_LINE = /[;.]\s*(?:thời (?:gian|hạn)(?: thực hiện| hoàn thành)?|tiến độ(?: thực hiện)?)\s*:\s*|\.\s+(?=(?:hoàn thành|thực hiện)\s+(?:trong|trước|thường xuyên)|thường xuyên|trước ngày|trong (?:quý|tháng|năm))/iu;
export const CONTENT_LINE = /^[+\-–•*]?\s*nội dung(?: công việc| nhiệm vụ| thực hiện)?\s*:/u;
/** "- Sản phẩm: Kế hoạch …": what a task's block says it delivers. */
export const PRODUCT_LINE = /^[+\-–•*]?\s*sản phẩm(?: đầu ra| dự kiến| hoàn thành)?\s*:/u;
export const TIMING_LINE = /^[+\-–•*]?\s*(thời (gian|hạn) (thực hiện|hoàn thành)\s*:?|thời (gian|hạn)\s*:|tiến độ( thực hiện)?\s*:)\s*/;


/** What follows "Đơn vị thực hiện:" in the original text (same length before folding: offsets are kept by slicing). */
/** A units sentence inside a task's paragraph: "Đơn vị thực hiện: X", "Cơ quan chủ trì: X; Cơ quan phối hợp: Y", up to
 * its time ("Thời hạn: ...", "Thời gian thực hiện: ...") or the sentence's end. */
/** The labels of a units sentence whose bodies follow the colon ("Đơn vị thực hiện:", "Giao:", "Phân công:"). */
const ASSIGN_LABEL = '(?:đơn vị|cơ quan) (?:thực hiện|phụ trách)|giao|phân công(?: thực hiện)?';
// ("… đường dây nóng – Đơn vị thực hiện: Văn phòng Sở chủ trì; … – Thời gian: Quý I/2027.": the task, its units and its
// time run on in one paragraph, each after a dash.)
const UNITS_SENTENCE = new RegExp(`(?:^|[.;]\\s+|\\s[–-]\\s+)((?:${ASSIGN_LABEL}|(?:đơn vị|cơ quan) chủ trì)\\s*:\\s*[^.]+?)(?=\\s*(?:[.;]|\\s[–-])\\s*(?:thời (?:gian|hạn)|tiến độ)[^:]{0,20}:|\\s*\\.?\\s*$|\\.\\s+\\p{Lu})`, 'iu');
export const OPENS_WITH_ASSIGN_LABEL = new RegExp(`^(?:${ASSIGN_LABEL})\\s*:`, 'iu');
export function unitsSentenceIn(text: string): string | null {
  const first = text.split('\n')[0] ?? '';
  const m = UNITS_SENTENCE.exec(first);
  return m ? m[1]!.trim() : null;
}

export function afterColon(text: string): string {
  const i = text.indexOf(':');
  return strip(i >= 0 ? text.slice(i + 1) : text);
}


// ("…; việc kê khai hằng năm hoàn thành trước ngày 31/12/2026": what is to be done by then, with its time.)
// ("hoàn thành việc kê khai hằng năm trước ngày 31/12/2027": the same, said the other way round.)
// ("…, tổ chức trong quý II/2027": when the course or meeting is held, said the same way.)
const DONE = '(?:(?<![\\p{L}\\p{N}])việc\\s+[^.;,()]{1,40}?\\s+)?(?:hoàn thành\\s+(?:việc\\s+[^.;,()]{1,40}?\\s+(?=trước|chậm nhất|trong))?|(?<=,\\s*)tổ chức\\s+(?=trong|trước))';
// ("Ngay trong quý I/2027, tổ chức quán triệt …": at once within it, the urgency part of the time as written.)
const AT_ONCE = '(?:(?<![\\p{L}\\p{N}])ngay\\s+)?';
/** A time said inside a task's sentence: a deadline, a quarter or month, the periodic reports, on request, a plan it
 * follows. */
const INLINE_TIMES = [
  `(?:${DONE})?${AT_ONCE}(?:trước|chậm nhất(?: là)?)\\s+ngày\\s+\\d{1,2}\\s*\\/\\s*\\d{1,2}(?:\\s*\\/\\s*\\d{4})?(?:\\s*(?:,|và)\\s*(?:trước\\s+)?ngày\\s+\\d{1,2}\\s*\\/\\s*\\d{1,2}(?:\\s*\\/\\s*\\d{4})?)*`,
  `(?:${DONE})?${AT_ONCE}trong (?:quý\\s+(?:IV|III|II|I)(?:\\s*\\/\\s*\\d{4}|\\s+năm\\s+\\d{4})?(?:\\s*(?:,|và)\\s*quý\\s+(?:IV|III|II|I)(?:\\s*\\/\\s*\\d{4}|\\s+năm\\s+\\d{4})?)*|tháng\\s+\\d{1,2}(?:\\s*\\/\\s*\\d{4}|\\s+năm\\s+\\d{4})?|năm\\s+\\d{4})(?![\\p{L}\\p{N}])`,
  // "định kỳ quý, 6 tháng, năm và đột xuất theo yêu cầu", "hằng quý", "định kỳ 6 tháng, năm": the reports' periods in a
  // row, and the unscheduled ones after them; "trước ngày 25 hằng tháng": the day of each period it is due by.
  '(?<![\\p{L}])(?:(?:trước|chậm nhất(?: là)?)\\s+ngày\\s+\\d{1,2}\\s+(?=(?:hằng|hàng)\\s+(?:quý|tháng)))?(?:định kỳ\\s+(?:(?:hằng|hàng)\\s+)?(?:quý|tháng)|(?:hằng|hàng)\\s+(?:quý|tháng)|định kỳ\\s+0?6 tháng(?=\\s*(?:,|và)\\s*(?:9 tháng|(?:01\\s+)?năm)))(?:\\s*(?:,|và)\\s*(?:0?6 tháng|9 tháng|(?:01\\s+)?năm)(?![\\p{L}\\p{N}]))*(?:\\s+và\\s+(?:đột xuất|khi có yêu cầu)(?:\\s+(?:khi có|theo) yêu cầu)?)?(?![\\p{L}])',
  // "Hằng năm, xây dựng kế hoạch lao động …": a task opening with its recurrence (mid-sentence, "kê khai … hằng năm" says
  // what is declared, not when).
  '^(?:hằng|hàng)\\s+năm(?=\\s*,)',
  // "tổ chức kiểm kê tài sản tại thời điểm 31/12/2027": the day a count or a figure is taken.
  'tại thời điểm\\s+(?:ngày\\s+)?\\d{1,2}\\s*\\/\\s*\\d{1,2}\\s*\\/\\s*\\d{4}',
  // "Thực hiện trước mỗi vụ sản xuất Đông Xuân, Hè Thu và vụ Mùa": farming's seasons, each year.
  '(?:trước|đầu|trong)\\s+mỗi\\s+vụ(?![\\p{L}])[^.;()]*',
  // "mỗi quý ít nhất 01 lần", "ít nhất 02 đợt trong năm", "ít nhất 01 lần/quý".
  '(?:mỗi (?:quý|tháng|năm),?\\s+)?ít nhất \\d+ (?:đợt|lần)(?:\\s*\\/\\s*(?:quý|tháng|năm)| trong năm(?: \\d{4})?| mỗi năm)?',
  // "giải trình … khi có yêu cầu của cơ quan, tổ chức, cá nhân": the law's own words for who may ask (a list of its
  // own, "của viên chức, người học …", says who, not when).
  'khi có yêu cầu(?:\\s+của\\s+cơ quan,\\s*tổ chức,\\s*cá nhân(?=\\s*(?:[.;()]|$)))?',
  // "… liên quan đến viên chức của Bảo tàng khi phát sinh; …": whenever a case arises, closing its clause.
  'khi phát sinh(?=\\s*(?:[.;,)]|$))',
  // "tổ chức thực hiện ngay sau khi Kế hoạch được ban hành": as soon as the plan is out.
  'ngay sau khi (?:Kế hoạch(?: này)? được ban hành|ban hành Kế hoạch(?: này)?)(?![\\p{L}\\p{N}])',
  // "báo cáo kết quả thực hiện theo thời hạn ghi trong kết luận": the time another paper sets.
  'theo thời hạn (?:quy định|(?:ghi|nêu|được giao) (?:trong|tại) [^.;()]{2,40})',
  // "báo cáo kết quả thực hiện theo yêu cầu của cơ quan ban hành kết luận": when the body that concluded asks.
  'theo yêu cầu của cơ quan ban hành kết luận',
  // "theo Kế hoạch cải cách hành chính năm 2025 của Sở", "theo kế hoạch tuyển dụng, thăng hạng được phê duyệt": a plan
  // of its own it follows (not "theo Kế hoạch này", "theo Kế hoạch số …", "theo kế hoạch đã ban hành", which say on what).
  'theo kế hoạch (?!số\\s|này|đã\\s|được\\s)[^.;()]*',
  // "theo Chương trình giám sát, phản biện xã hội năm 2027 của Ban Thường trực": a programme of the year, as a plan.
  'theo chương trình (?!số\\s|này)[^.;()]*?năm \\d{4}(?: của [^.;()]+)?',
  'trong năm học(?: \\d{4}\\s*-\\s*\\d{4}(?:\\s*và\\s*năm học \\d{4}\\s*-\\s*\\d{4})?)?(?![\\p{L}\\p{N}])',
  '(?<![\\p{L}])(?<!giáo dục )thường xuyên(?:\\s+trong năm(?: học|\\s+\\d{4})?)?(?![\\p{L}])',
];
export const INLINE_TIMING = new RegExp(INLINE_TIMES.join('|'), 'iu');
/** "đúng thời hạn quy định", "theo đúng thời hạn quy định": the time the rules set, which the plan does not name. */
export const RULE_SET_TIME = /(?<![\p{L}\p{N}])(?:theo\s+)?đúng thời hạn quy định(?![\p{L}\p{N}])/iu;
/** A deadline, a quarter, a month or a year said inside a task's sentence. */
export const DATED_INLINE_TIMING = new RegExp(INLINE_TIMES.slice(0, 2).join('|'), 'iu');
/** "…. Đơn vị thực hiện: Văn phòng Sở chủ trì; các phòng phối hợp. Thời gian: Thường xuyên." at the end of a sentence. */
export function inlineBlock(text: string): { units: string; time: string | null } | null {
  const m = /(?:^|[.;]\s+)(?:đơn vị|cơ quan) (?:thực hiện|chủ trì)\s*:\s*([^:]+?)(?:\.\s+thời (?:gian|hạn)(?: thực hiện| hoàn thành)?\s*:\s*([^\n]+?))?\.?\s*$/iu.exec(text.split('\n')[0] ?? '');
  return m ? { units: m[1]!.trim(), time: m[2]?.trim() ?? null } : null;
}

/** A title in capitals: letters, spaces and the punctuation of a list, two words at least, no lower-case letter. */
export function isCapitalTitle(text: string): boolean {
  return text.length >= 8 && text.length <= 160 && /\p{L}+\s+\p{L}+/u.test(text) && !/\p{Ll}/u.test(text) && /^[\p{Lu}\s,;:\-–&/()]+$/u.test(text);
}

/** "(thực hiện trong năm 2026)": the words before the time say only that it is done. */
export const timeWords = (words: string) => words.replace(/^(thực hiện|hoàn thành)\s+(?=trong|trước|thường xuyên|hằng|hàng|quý|tháng|năm|khi|theo từng)/iu, '');

/** What a bullet says itself, so that a block after it does not override it: its units (its sentence opens with the
 * body that leads it, or its closing bracket has "chủ trì", "phối hợp") or its time (the bracket has "thực hiện: ...",
 * "hoàn thành ...", "thời gian: ..."). */
export function saysOwn(text: string, what: 'units' | 'time'): boolean {
  const first = withoutInnerBrackets(text.split(/\n/)[0]!);
  // "Trung tâm X chủ trì, phối hợp với ... tiếp nhận ...": a bullet whose sentence assigns it keeps its units, also when
  // the assigning sentence comes last ("... . Giao Văn phòng Sở chủ trì, phối hợp với ... thực hiện.").
  if (what === 'units' && first.split(/(?<=[.;])\s+(?=\p{Lu})/u).some((sentence) => assignsItself(sentence))) return true;
  // ("… tại 05 đơn vị theo lịch sau (Văn phòng Sở chủ trì; …; Quý II - Quý IV/2026):" before its table: the colon too.)
  // "… bảo đảm công khai, dân chủ. Hoàn thành trong quý I/2027.": a closing sentence that is the bullet's own time.
  if (what === 'time' && /(?:^|[.;]\s+)(?:Hoàn thành|Thời gian thực hiện|Thời gian hoàn thành|Thời hạn)(?:\s*:)?\s+[^.;]{2,80}\.?\s*$/u.test(first)) return true;
  // "…; hoàn thành trong quý II/2027.", "…, hoàn thành trước ngày 31/12/2027.": a closing clause giving the bullet's own
  // deadline for finishing it.
  if (what === 'time' && ownDeadline(first)) return true;
  const bracket = /\(([^()]{3,200})\)\s*[.:]?\s*$/u.exec(first)?.[1];
  if (!bracket) return false;
  // ("(Thư viện thành phố thực hiện, hoàn thành trước ngày 09/11/2026)": the time after a comma as well.)
  // ("(Phòng X chủ trì, phối hợp với Văn phòng; ít nhất 01 lần/quý)": a units bracket closed by a time, unlabelled.)
  if (what === 'time') return /(^|[;,])\s*(thực hiện\s*:|hoàn thành|thời (gian|hạn))/iu.test(bracket) || (saysOwn(text, 'units') && closesWithTime(bracket));
  // "(Phòng TC-HC chủ trì; ...)", "(các đơn vị thực hiện; hoàn thành trước ngày ...)", "(X thực hiện, hoàn thành ...)".
  // ("(Các cơ quan, đơn vị thuộc UBND xã; hoàn thành trước 31/01/2027)": bodies, then their time, with no role word.)
  // ("(Đơn vị thực hiện: Phòng Kiểm tra - Pháp chế)": a bracket labelled as a units line.)
  return /(^|[\s;,])(chủ trì|phối hợp)(?![\p{L}\p{N}])/iu.test(bracket) || UNITS_LINE.test(bracket.trim().toLocaleLowerCase('vi')) || bracket.split(';').some((part) => /\sthực hiện\s*(?:$|,|\stheo\s)/iu.test(part) && opensBody(part.trim())) || namesBodiesThenTime(bracket);
}

/** A clause closing a bullet that says by when it is finished: "…; hoàn thành việc ban hành kế hoạch trong quý I/2027.". */
function ownDeadline(first: string): boolean {
  const clause = /(?:^|[.;,]\s+)(hoàn thành\s+[^.;,]{2,80}?)\.?\s*$/iu.exec(first)?.[1];
  return clause !== undefined && new RegExp(`^(?:${DATED_INLINE_TIMING.source})$`, 'iu').test(clause);
}

/** "… theo quy định. Văn phòng Sở và các đơn vị sự nghiệp trực thuộc Sở thực hiện thường xuyên.": a bullet whose last
 * sentence names the bodies doing it, so that a block after a run of bullets is not its. */
export function closesWithDoers(text: string): boolean {
  const sentences = withoutInnerBrackets(text.split('\n')[0]!).split(/(?<=\.)\s+(?=\p{Lu})/u);
  const last = sentences.at(-1)!;
  return sentences.length > 1 && opensBody(last) && /\sthực hiện(?![\p{L}\p{N}])/u.test(last) && unitsFromText(last).lead.length > 0;
}

/** (The year only fills in dates written without one; whether a phrase is a time does not depend on it.) */
const ANY_YEAR = 2000;

/** A bracket of bodies' names and nothing else, then a time: "(Các cơ quan, đơn vị thuộc UBND xã; cả năm)" (not "(X tham mưu;
 * khi phát sinh)", which says what X does). */
function namesBodiesThenTime(bracket: string): boolean {
  const names = bracket.split(';').slice(0, -1).map((part) => part.trim());
  return closesWithTime(bracket) && names.every((name) => /^(?:\p{Lu}|các\s)/u.test(name) && isBodyName(name));
}

/** A bracket whose last ";" part is a time and names no body: "…; thường xuyên", "…; ít nhất 01 lần/quý". */
function closesWithTime(bracket: string): boolean {
  const parts = bracket.split(';').map((part) => part.trim());
  const last = parts.at(-1)!;
  return parts.length > 1 && last !== '' && !opensBody(last) && !/chủ trì|phối hợp|thực hiện/iu.test(last) && readTiming(last, ANY_YEAR).doubt === null;
}

/** Whether a task keeps its own time against a block's: it says one ("…; thời gian: …)"), its closing bracket is a time
 * and nothing else ("(khi có yêu cầu)", "(ban hành kế hoạch trong quý I/2027)"), or its units bracket goes on past its
 * bodies ("(Phòng TCCB chủ trì; thực hiện theo từng đợt tuyển dụng)"). */
export function keepsOwnTime(text: string): boolean {
  if (saysOwn(text, 'time')) return true;
  const bracket = /\(([^()]{3,200})\)\s*[.:]?\s*$/u.exec(withoutInnerBrackets(text.split(/\n/)[0]!))?.[1]?.trim();
  if (!bracket) return false;
  const parts = bracket.split(';').map((part) => part.trim());
  const last = parts.at(-1)!;
  if (parts.length > 1) return saysOwn(text, 'units') && last !== '' && !opensBody(last) && !/chủ trì|phối hợp/iu.test(last);
  const words = timeWords(last);
  return !opensBody(last) && !/chủ trì|phối hợp|thực hiện|^qua\s/iu.test(words) && readTiming(words, ANY_YEAR).doubt === null;
}

/** The plan's tasks: from its task table when it has one ("Danh mục nhiệm vụ"), else from its prose. */

/** "…; chủ trì: X; phối hợp: Y; thời gian: Z." (or "thực hiện: X") at the end of a task's line: its roles and time. */
export const INLINE_ROLES = /\s*;\s*(chủ trì|thực hiện)\s*:\s*([^;:]+?)\s*(?:;\s*phối hợp\s*:\s*([^;:]+?)\s*)?(?:;\s*thời (?:gian|hạn)(?: thực hiện| hoàn thành)?\s*:\s*([^;]+?))?\s*\.?\s*$/iu;

/** A task that opens with the name of the body doing it: "Phòng Lao động - Việc làm quản lý …". */
const OWN_DOER = /^(?:Văn phòng|Phòng|Ban|Chi cục|Trung tâm|Thanh tra|Đội|Tổ|Khoa|Bộ phận|Công an|Ủy ban|UBND)\s+\p{Lu}/u;
export const namesOwnDoer = (text: string): boolean => OWN_DOER.test(text) && unitsFromText(text).lead.length > 0;

/** A task whose sentence opens with the body doing it, by any name: "Ủy ban nhân dân xã (sau đây viết tắt là UBND xã) chỉ
 * đạo …", "Hội đồng nhân dân xã (HĐND xã) tăng cường giám sát …", "Các chi bộ trực thuộc căn cứ Kế hoạch này xây dựng …". */
export function opensWithDoer(text: string): boolean {
  const first = withoutInnerBrackets(text.split('\n')[0]!).replace(/\s*\([^()]*\)/gu, '');
  if (!opensBody(first)) return false;
  const lead = unitsFromText(first).lead[0];
  // ("Cán bộ, công chức thực hiện nghiêm …": the staff, not a body.)
  return lead !== undefined && first.startsWith(lead) && !/^(?:toàn thể\s+)?(?:cán bộ|công chức|viên chức|người lao động|đảng viên)(?![\p{L}\p{N}])/iu.test(lead);
}

/** A task that opens with the heads of the bodies doing it: "Thủ trưởng các trường THPT … xây dựng …", "Trưởng các phòng
 * thuộc Sở, thủ trưởng các đơn vị trực thuộc chịu trách nhiệm …". */
const HEADS = /^(?:Thủ trưởng|Trưởng|Giám đốc|Hiệu trưởng|Người đứng đầu)\s+(?:các\s+)?\p{L}/u;
export const opensWithHeads = (text: string): boolean => HEADS.test(text) && unitsFromText(text).lead.length > 0;
/** The same, naming the bodies ("Người đứng đầu các phòng, Xí nghiệp, Chi nhánh thủy lợi chịu trách nhiệm …"), not any
 * head at all ("Người đứng đầu cơ quan, đơn vị, trường học trực tiếp chỉ đạo …", which the plan gives out elsewhere). */
export const opensWithGroupHeads = (text: string): boolean => /^(?:Thủ trưởng|Trưởng|Giám đốc|Hiệu trưởng|Người đứng đầu)\s+(?:các\s|\p{Lu})/u.test(text) && opensWithHeads(text);

/** The closing bracket of a task that names only helpers ("(Phòng Giáo dục Trung học phối hợp)"), or null; a time
 * closing it is not a helper ("(Công an xã, Ban Chỉ huy Quân sự xã phối hợp; hoàn thành trước 30/6/2027)"). */
export function helpersOnly(text: string): string | null {
  const bracket = /\(([^()]{3,200})\)\s*[.:]?\s*$/u.exec(withoutInnerBrackets(text.split(/\n/)[0]!))?.[1]?.trim();
  if (!bracket || /chủ trì|thực hiện/iu.test(bracket)) return null;
  const clauses = bracket.split(';').map((clause) => clause.trim());
  const helpers = closesWithTime(bracket) ? clauses.slice(0, -1) : clauses;
  return helpers.every((clause) => /^\S.{2,200}?\sphối hợp$/u.test(clause) && opensBody(clause)) ? helpers.join('; ') : null;
}

/** Where the first colon outside brackets is, or -1. */
function colonOutsideBrackets(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '(') depth += 1;
    else if (c === ')') depth = Math.max(0, depth - 1);
    // ("ISO 9001:2015", "TCVN ISO 9001:2015": a colon between digits is part of a standard's number, not a title's end.)
    else if (c === ':' && depth === 0 && !(/\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? ''))) return i;
  }
  return -1;
}

/**
 * The colon that ends a heading's title ("e) Về quy tắc ứng xử:"), or -1: outside brackets, in the title's first
 * sentence, and not a label's own ("... . Giao: Văn phòng Sở (chủ trì), ...; thời gian: thường xuyên.").
 */
export function titleColon(body: string): number {
  const colon = colonOutsideBrackets(body);
  if (colon < 0) return -1;
  const before = body.slice(0, colon);
  // (A stop after an abbreviation in capitals, "TP. Đà Nẵng", does not end a sentence.)
  if (/(?<!(?:^|\s)\p{Lu}{1,5})\.\s+\p{Lu}/u.test(before)) return -1;
  if (/(?:^|[\s.;,])(?:giao|phân công(?: thực hiện)?|thời (?:gian|hạn)(?: thực hiện| hoàn thành)?|(?:đơn vị|cơ quan) (?:thực hiện|chủ trì|phối hợp|phụ trách)|chủ trì|phối hợp)\s*$/iu.test(before)) return -1;
  return colon;
}

/** A bracket's units and its time: "Văn phòng Sở chủ trì, các phòng phối hợp; thời gian: thường xuyên". */
/** "… . Các nhiệm vụ tại mục này giao Văn phòng Sở chủ trì, các phòng phối hợp." in a heading: its tasks' units. */
export const SECTION_UNITS = /(?:^|[.;]\s+)(?:[Cc]ác|[Nn]hững) (?:nhiệm vụ|nội dung)(?: tại| trong| của)? (?:mục|phần|tiết) này (?:giao|do)\s+(\p{Lu}[^.]{2,200}?)(?:\s+(?:thực hiện|chủ động thực hiện|tổ chức thực hiện))?\s*\.?\s*$/u;
/** The sections above one, nearest first: "II.1.a" → "II.1", "II". */
export function ancestorsOf(section: string): string[] {
  const parts = section.split('.');
  return parts.slice(1).map((_, k) => parts.slice(0, parts.length - 1 - k).join('.')).filter(Boolean);
}

/** A heading that gives the points under it to bodies: "Giao X chủ trì, phối hợp Y thực hiện các nội dung sau", "Phòng
 * Văn hóa - Xã hội chủ trì thực hiện", "Thủ trưởng các phòng … có trách nhiệm thực hiện", "Văn phòng chủ trì, phối hợp với
 * các phòng" → its units line; else null. */
export function unitsOpeningPoints(title: string): string | null {
  const m = /^(?:giao\s+)?(.{3,220}?)\s+(?:có trách nhiệm\s+)?(?:tổ chức\s+)?thực hiện(?:\s+(?:các|những)\s+(?:nội dung|nhiệm vụ)(?:\s+(?:sau|sau đây|như sau))?)?$/iu.exec(title);
  // ("1. Phòng Tổ chức - Hành chính chủ trì, phối hợp với các phòng và Thuế cơ sở:" over its bullets: the roles alone,
  // no verb after them, say the same.)
  const roles = m ? null : /^(?:giao\s+)?((.{3,120}?)\s+chủ trì(?:,?\s+phối hợp(?:\s+với)?\s+[^.;:]{3,200})?)$/iu.exec(title);
  if (roles) return opensBody(roles[2]!) && !/[.;]/u.test(roles[2]!) ? roles[1]! : null;
  if (!m) return null;
  const units = m[1]!.replace(/\s+có trách nhiệm$/u, '');
  return opensBody(units) && !/[.;]/u.test(units) ? units : null;
}

/** "Các phòng chức năng thuộc Sở và các đơn vị sự nghiệp trực thuộc Sở (sau đây gọi chung là các phòng, đơn vị) có trách
 * nhiệm:" over bullets: no task, but who does the duties listed under it → those bodies; else null. */
export function dutiesOpening(text: string): string | null {
  const m = /^(.{3,240}?)\s+(?:có|chịu)\s+trách nhiệm(?:\s+(?:thực hiện|triển khai))?(?:\s+(?:các|những)\s+(?:nội dung|nhiệm vụ)(?:\s+(?:sau|sau đây|như sau))?)?\s*:$/u.exec(text.trim());
  if (!m) return null;
  const units = m[1]!.replace(/\s*\([^()]*\)/gu, '').trim();
  return opensBody(units) && !/[.;:]/u.test(units) ? m[1]!.trim() : null;
}

/** "Những nội dung không ghi thời gian cụ thể thì thực hiện thường xuyên trong năm 2027": the rule sentence itself. */
export const RULE_TIME = /(?:những|các) (?:nội dung|nhiệm vụ) không ghi (?:rõ )?thời gian(?: cụ thể)?(?:,)?(?: thì)? (?:được )?thực hiện [^.;]{3,80}/iu;

/** "Các nhiệm vụ dưới đây được thực hiện thường xuyên trong năm 2027; nhiệm vụ có thời hạn riêng được ghi trong ngoặc
 * đơn …": the same rule said of the tasks that follow (the time is the words from "thực hiện" on). */
export const FOLLOWING_TIME = /(?:những|các) (?:nội dung|nhiệm vụ) (?:dưới đây|sau đây|nêu dưới đây|tại mục này|của mục này) (?:được )?(thực hiện (?:thường xuyên|trong năm|hằng năm|hàng năm|định kỳ|liên tục)[^.;]{0,60})/iu;

/** "(các nhiệm vụ tại mục này thực hiện thường xuyên)" after a heading: a time for all its tasks, naming no body. */
export const SECTION_TIME = /^(?:các|những) (?:nhiệm vụ|nội dung)(?: tại| trong| của)? (?:mục|phần|tiết) này(?: được)? thực hiện\s+\S.*$/iu;

export function unitsAndTime(bracket: string): [string | null, string | null] {
  if (SECTION_TIME.test(bracket.trim())) return [null, bracket.trim()];
  const parts = bracket.split(';').map((part) => part.trim()).filter(Boolean);
  const labelled = parts.findIndex((part) => /^(thời (gian|hạn)( thực hiện| hoàn thành)?|thực hiện)\s*:/iu.test(part));
  // ("các phòng, đơn vị thuộc Sở; thường xuyên": a last part that is a time and names no body.)
  const bare = parts.length > 1 && !opensBody(parts.at(-1)!) && readTiming(parts.at(-1)!, ANY_YEAR).doubt === null ? parts.length - 1 : -1;
  const timeAt = labelled >= 0 ? labelled : bare;
  const units = (timeAt >= 0 ? parts.slice(0, timeAt) : parts).join('; ');
  const time = timeAt >= 0 ? parts.slice(timeAt).join('; ').replace(/^[^:]*:\s*/u, '') : null;
  return [units || null, time];
}
