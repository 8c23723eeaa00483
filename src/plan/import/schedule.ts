/**
 * The reporting schedule of a plan's last part, read into periods with their due day and the names reports give them,
 * and the body that receives the reports. The forms plans use:
 * - "... gửi về Thanh tra Sở trước ngày 05/3 đối với báo cáo quý I; ngày 05/6 đối với báo cáo quý II và 6 tháng; ...";
 * - "báo cáo quý I trước ngày 10/3/2026; báo cáo 6 tháng trước ngày 10/6/2026" and the list "- Báo cáo năm 2026: gửi
 *   trước ngày 05/12/2026";
 * - "định kỳ 6 tháng, năm" with no day: the periods without a due day (nothing is made up).
 * The receiver is the body reports are sent to, or the one they go through ("về UBND tỉnh (qua Thanh tra tỉnh)"); a
 * report the issuing body's own staff draft for a higher body ("tham mưu Giám đốc báo cáo Sở Y tế") is not it.
 */
import type { PeriodCode } from '../schema';
import { PERIOD_CODES, PERIOD_NAMES, lastMonthOf } from '../periods';
import { foldForCompare } from '../../text';
import { PERIOD_MONTH, dueMonthOf } from './period-month';

export interface ImportedPeriod {
  code: PeriodCode;
  names: string[];
  /** Absent when the plan names the period but no day. */
  due?: { day: number; month: number };
  dueRaw: string;
  /** The issuing body's own report to the higher body, when the plan dates it ("tham mưu ... báo cáo UBND tỉnh trước ngày
   * 12 của tháng cuối quý"). */
  issuerDue?: { day: number; month: number };
}

export interface ImportedSchedule {
  periods: ImportedPeriod[];
  /** The receiving body as written ("Thanh tra Sở"), or null. */
  receiver: string | null;
}

const END = '(?![\\p{L}\\p{N}])';
/** The act of advising ("tham mưu Giám đốc báo cáo …"), not the office named after it: "Phòng Tham mưu", "Ban Tham mưu" of
 * a police or military command ("Văn phòng tham mưu" is the act), nor a Party committee's staff bodies, "các cơ quan tham
 * mưu, giúp việc của Đảng ủy báo cáo … về Đảng ủy" (they are units that report). */
const ADVISES = '(?<!(?<!văn )phòng\\s|ban\\s|cơ quan\\s)tham mưu';
/** "trước ngày", "chậm nhất ngày", "chậm nhất vào ngày". */
const BY = '(?:trước|chậm nhất)(?:\\s+vào)?';

/** Which period a report's name is: the last quarter it covers decides (quý II and 6 tháng are one report). */
function codeOf(names: string): PeriodCode | null {
  // A school year's terms: học kỳ I ends in January, its report is the calendar year's first; học kỳ II and the whole
  // school year end in May, within the first half-year.
  // ("học kỳ I năm học 2026 - 2027" is the first term's: the school year names which one.)
  if (new RegExp(`học kỳ (ii|2)${END}`, 'u').test(names) || (new RegExp(`(cả )?năm học${END}`, 'u').test(names) && !/học kỳ/u.test(names))) return 'H1';
  if (new RegExp(`học kỳ (i|1)${END}`, 'u').test(names)) return 'Q1';
  const quarter = new RegExp(`quý (iii|ii|i|[1-3])${END}`, 'u').test(names);
  if (new RegExp(`quý (iv|4)${END}`, 'u').test(names) || (new RegExp(`(^|\\s)năm${END}`, 'u').test(names) && !/(6|9) tháng/u.test(names) && !quarter)) return 'Y';
  if (new RegExp(`quý (iii|3)${END}|9 tháng`, 'u').test(names)) return '9M';
  if (new RegExp(`quý (ii|2)${END}|6 tháng`, 'u').test(names)) return 'H1';
  if (new RegExp(`quý (i|1)${END}`, 'u').test(names)) return 'Q1';
  return null;
}

const PERIOD_NAME = '(?:quý\\s+(?:iv|iii|ii|i|[1-4])|6 tháng(?: đầu năm)?|9 tháng|học kỳ\\s+(?:ii|i|[12])|(?:cả\\s+)?năm học|năm)';
/** The year after a period's name: "quý I/2026", "quý I năm 2026", "6 tháng đầu năm 2026". */
const PERIOD_YEAR = '(?:\\s*\\/\\s*\\d{4}|\\s+(?:năm\\s+)?\\d{4})?';
/** Names of reports in a row: "quý I, 6 tháng", "quý II và 6 tháng", "quý I và báo cáo 9 tháng". */
const PERIOD_LIST = `${PERIOD_NAME}(?:\\s*(?:,|và|\\s)\\s*(?:báo cáo\\s+)?${PERIOD_NAME})*`;
/** A day as "05/3", "05/3/2026" or "05 tháng 3 (năm 2026)". */
const DATE = '(\\d{1,2})\\s*(?:\\/\\s*|\\s+tháng\\s+)(\\d{1,2})(?:\\s*\\/\\s*\\d{4}|\\s+năm\\s+\\d{4})?';
/** A day of the last month of each period, or of the next period's first: "ngày 12 của tháng cuối quý", "ngày 08 tháng
 * cuối kỳ báo cáo", "ngày 05 của tháng đầu quý sau". */
const RELATIVE_DAY = `(?:(?:trước|chậm nhất)(?:\\s+vào)?\\s+|vào\\s+)?ngày\\s+(\\d{1,2})\\s+(?:của\\s+)?${PERIOD_MONTH}`;
/** A day's own report named in brackets right after it: "(báo cáo 6 tháng)". */
const NAMED_AFTER = new RegExp(`^\\s*\\((?:báo cáo\\s+)?${PERIOD_LIST}\\)`, 'u');
/** The period a day falls in the last month of, or the month after (a due day is written for the report it closes). */
const CODE_OF_MONTH: Record<number, PeriodCode> = { 3: 'Q1', 6: 'H1', 9: '9M', 11: 'Y', 12: 'Y' };

/** "báo cáo học kỳ I (kết quả 6 tháng đầu năm 2027)": a school term's report whose note names the calendar period it
 * gives is that period's (a term ends in no quarter of its own); the period's name in the note, or null. */
function calendarInNote(names: string, after: string): string | null {
  if (!/học kỳ|năm học/u.test(names)) return null;
  const note = /^[^(]*\(([^)]*)\)/u.exec(after)?.[1] ?? '';
  return /(?<![\p{L}\p{N}])(?:quý\s+(?:iv|iii|ii|i|[1-4])|6 tháng(?: đầu năm)?|9 tháng)(?![\p{L}\p{N}])/u.exec(note)?.[0] ?? null;
}

function splitNames(text: string): string[] {
  // ("học kỳ I năm học": the term; the school year after it only says which.)
  return text.split(/\s*(?:,|\s(?:và|VÀ)\s)\s*|\s*(?<=\p{L}|\p{N})\s+(?=[Bb]áo cáo\s)/u).map((n) => n.replace(/^[Bb]áo cáo\s+/u, '').replace(/^(học kỳ\s+\S+)\s+năm học$/iu, '$1').trim()).filter(Boolean);
}



// (A body's head stands for it: "gửi Giám đốc Báo (qua Phòng Tổ chức - Hành chính)", "về Hiệu trưởng (qua Tổ Văn phòng)",
// "gửi Thường trực Hội (qua Ban Tổ chức - Kiểm tra)"; a military command: "về Bộ Chỉ huy (qua Phòng Chính trị)"; the police:
// "về Công an tỉnh (qua Phòng Tham mưu)"; the youth union's: "về Tỉnh Đoàn (qua Ban Kiểm tra)"; an office cut into teams:
// "gửi về Tổ Tổng hợp - Hành chính", not "tổ chức"; a forest ranger office: "về Hạt (qua Tổ Tổng hợp)".)
const BODY = '(?:tỉnh đoàn|thành đoàn|huyện đoàn|quận đoàn|thị đoàn|bộ chỉ huy|bộ tư lệnh|công an|thường trực|lãnh đạo|đảng ủy|đảng uỷ|chi bộ|đảng bộ|giám đốc|hiệu trưởng|chánh án|viện trưởng|liên đoàn lao động|lđlđ|chánh thanh tra|chánh văn phòng|trưởng ban|trưởng thuế|thuế tỉnh|thuế thành phố|chủ tịch|thủ trưởng|thanh tra|văn phòng|phòng|ubnd|ủy ban nhân dân|uỷ ban nhân dân|ủy ban mặt trận|uỷ ban mặt trận|ủy ban mttq|uỷ ban mttq|sở|bệnh viện|ban|trung tâm|bộ phận|tổ(?= )(?! chức)|chi cục|cục|hạt|nhà trường|trường|tổng công ty|công ty|chi nhánh|kho bạc|bảo hiểm xã hội|bhxh|kbnn|viện kiểm sát|vksnd|tòa án|toà án|tand)';

/** What names and days are cut from at the folded text's offsets: the text as written (NFC, spacing set), or the folded
 * text itself where folding changed the length ("…"). */
const cutFrom = (text: string, key: string): string => (text.length === key.length ? text : key);

/** One of the staff, not a body: "đồng chí phụ trách …", "cán bộ theo dõi …". A commune's post named by its title
 * ("công chức Văn phòng - Thống kê") is a body of the plan. */
const PERSON = /^(?:(?:đồng chí|đ\/c|ông|bà)(?![\p{L}\p{N}])|(?:cán bộ|công chức|chuyên viên|viên chức)\s+(?:phụ trách|theo dõi|được giao|làm công tác|tổng hợp|đầu mối)(?![\p{L}\p{N}]))/u;

/** A body named by a short form the plan defines ("Thi hành án dân sự tỉnh Gia Lai (sau đây gọi là THADS tỉnh)" … "gửi về
 * THADS tỉnh"), as the plan's words for bodies, folded; the general BODY words where it defines none. */
function bodyWords(shortForms: readonly string[]): string {
  const forms = [...shortForms].sort((a, b) => b.length - a.length).map((form) => `${form.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}${END}`);
  return forms.length > 0 ? `(?:${forms.join('|')}|${BODY})` : BODY;
}

/** "gửi về Phòng Kiểm tra, kiểm soát nội bộ theo định kỳ": a name with a comma of its own, cut at the comma by the reading,
 * is the longer one where the plan's tasks name that body so (`known`: their units, folded). */
function withCommaPart(key: string, at: number, name: string, known: string): string {
  let whole = name;
  const words = /^,\s*(\p{L}+(?:\s+\p{L}+)*)/u.exec(key.slice(at + name.length))?.[1]!.split(/\s+/u) ?? [];
  for (let n = 1; n <= words.length; n += 1) {
    const longer = `${name}, ${words.slice(0, n).join(' ')}`;
    if (new RegExp(`(?<![\\p{L}\\p{N}])${longer.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(known)) whole = longer;
  }
  return key.startsWith(whole, at) ? whole : name;
}

/** The body a sentence sends reports to: "gửi về X", "gửi X", "báo cáo kết quả về X (qua Y)" (then Y). */
function receiverIn(text: string, body: string, known = ''): string | null {
  const key = foldForCompare(text);
  // ("báo cáo định kỳ hằng quý kết quả thực hiện công tác PCTNTC về Sở Y tế (qua Văn phòng Sở)": the frequency, then what;
  // "báo cáo kết quả thực hiện Kế hoạch (bằng văn bản, gửi qua Hệ thống quản lý văn bản và điều hành) về Văn phòng Sở";
  // "gửi về Chi cục (qua Đội Tổng hợp) hằng quý": the frequency after the office it goes through.)
  const pattern = new RegExp(`(gửi|báo cáo)(?: báo cáo(?: (?:hằng quý|quý|định kỳ))?)?(?: định kỳ(?: (?:hằng|hàng) (?:quý|tháng|năm))?(?:\\s*\\([^)]{0,60}\\))?)?(?: kết quả(?: thực hiện)?(?:(?: [^;.()]{0,60}?)?(?:\\s*\\([^)]{0,80}\\))?){0,2})?\\s+(?:(?:về|đến|cho)\\s+|(?<=gửi\\s+))(${body}[^,;(]*?)(?:\\s*\\(qua ([^)]+)\\)|\\s+qua\\s+(${body}[^,;(]*?))?(?:\\s+(?:trước|chậm nhất|để|định kỳ|(?:hằng|hàng) (?:quý|tháng|năm)|theo|như sau|vào|cùng|đúng|trong thời hạn|bằng)${END}|[,;:(.]|$)`, 'gu');
  for (const m of key.matchAll(pattern)) {
    // The issuing body's own report, drafted by its staff for a higher body, is not where the units report.
    if (new RegExp(`${ADVISES}[^.;]{0,40}$`, 'u').test(key.slice(0, m.index))) continue;
    // ("(qua Phòng Thanh tra - Kiểm tra, sau đây gọi là Phòng TTKT)": the body, not its short form's definition.)
    // ("(qua Phòng Tham mưu - PV01)": the body, not its code after it.)
    const via = (m[3] ?? m[4])?.replace(/\s*[,;]\s*(?:sau đây|gọi tắt|viết tắt).*$/u, '').replace(/\s+[-–]\s+\p{L}{1,5}\d{1,3}$/u, '');
    // ("gửi về Văn phòng Ban (qua đồng chí phụ trách công tác nội chính)": a person the reports go through is not a body;
    // the office is where they go.)
    const cut = via !== undefined && !PERSON.test(via) ? via : m[2]!;
    const at = key.indexOf(cut, m.index);
    const name = withCommaPart(key, at, cut, known);
    // ("(qua Văn phòng tổng hợp)": the office, and what it does with them in lower case.)
    return cutFrom(text, key).slice(at, at + name.length).trim().replace(/\s+tổng hợp$/u, '');
  }
  return null;
}

/** `shortForms`: the short forms the plan defines for its bodies, folded (see short-forms.ts); `bodies`: the units its tasks
 * name, as written. */
export function readSchedule(written: readonly string[], shortForms: readonly string[] = [], bodies: readonly string[] = []): ImportedSchedule {
  const body = bodyWords(shortForms);
  const known = bodies.map((b) => foldForCompare(b)).join('\n');
  // Spacing as folding sets it ("Văn  phòng  Sở"), so that what is cut at the folded text's offsets is what was written.
  const paragraphs = written.map((text) => text.normalize('NFC').replace(/\s+/gu, ' ').trim());
  const periods: ImportedPeriod[] = [];
  const add = (code: PeriodCode | null, names: string[], due: ImportedPeriod['due'], dueRaw: string) => {
    if (!code) return;
    const known = periods.find((p) => p.code === code);
    // "… báo cáo định kỳ hằng quý …, cụ thể:" names the periods; the lines after it give their days.
    if (known && !known.due && due) Object.assign(known, { due, dueRaw });
    else if (!known) periods.push({ code, names: names.length ? names : [...PERIOD_NAMES[code]], ...(due ? { due } : {}), dueRaw });
  };
  const receivers: { index: number; name: string }[] = [];
  let firstPeriods: number | null = null;
  let issuerDay: number | null = null;
  let issuerQuarterly = false;
  const issuerDates = new Map<PeriodCode, { day: number; month: number }>();
  const issuerRaw = new Map<PeriodCode, string>();
  const issuerNames = new Map<PeriodCode, string[]>();
  /** The units' day of "the last month of the reporting period" in a clause that names no period. */
  const unnamedDays: { day: number; raw: string }[] = [];
  /** A dated period: the issuing body's own report day when said in its "tham mưu ... báo cáo" sentence, else the units'. */
  const place = (issuer: boolean, code: PeriodCode | null, names: string[], due: { day: number; month: number }, dueRaw: string) => {
    if (code && issuer) {
      issuerDates.set(code, due);
      issuerRaw.set(code, dueRaw);
      if (names.length) issuerNames.set(code, names);
    } else add(code, names, due, dueRaw);
  };
  paragraphs.forEach((text, index) => {
    const key = foldForCompare(text);
    const nfc = cutFrom(text, key);
    const before = periods.length;
    // "ngày 05/3 đối với báo cáo quý I"
    // ("trước ngày 10 tháng 3 năm 2026 đối với báo cáo quý I": the date in words as well.)
    for (const m of key.matchAll(new RegExp(`(?:(trước|chậm nhất)(?:\\s+vào)?\\s+)?ngày\\s+${DATE}\\s+(?:đối với|cho)\\s+báo cáo\\s+([^;.]+?)(?=\\s+và\\s+(?:trước|chậm nhất|ngày)\\s|,\\s*(?:trước|chậm nhất|ngày)\\s|[;.]|$)`, 'gu'))) {
      // Folding keeps the length of NFC text: the names are cut from the text as written.
      const start = m.index + m[0].length - m[4]!.length;
      const namesText = nfc.slice(start, start + m[4]!.length).replace(/\(.*$/, '').trim();
      // "... tham mưu Hiệu trưởng báo cáo UBND tỉnh trước ngày 10/6/2026 đối với báo cáo 6 tháng": the issuer's own day.
      place(issuersOwn(key, m.index), codeOf(foldForCompare(namesText)), namesText.split(/\s+và\s+|,\s*/).map((n) => n.trim()).filter(Boolean), { day: Number(m[2]), month: Number(m[3]) }, `${m[1] ? `${m[1]} ` : ''}ngày ${m[2]}/${m[3]}`);
    }
    // "báo cáo quý I (năm 2026)(:) (gửi) trước ngày 10/3/2026"; "báo cáo 6 tháng và báo cáo năm gửi trước ngày 05/6 và
    // 05/11" (as many days as reports: each its own, in order).
    // A note in brackets may stand between: "báo cáo năm (kết hợp báo cáo quý IV) gửi trước ngày 05/12/2026".
    // ("Báo cáo học kỳ I năm học 2026 - 2027 (kèm số liệu quý I/2027): trước ngày 05/3/2027": a school year's two years;
    // "Báo cáo quý I/2026: gửi trước ngày 06/3/2026": the quarter's year after a slash.)
    for (const m of key.matchAll(new RegExp(`báo cáo\\s+(${PERIOD_LIST})(?:\\s*\\/\\s*\\d{4}|\\s+(?:năm\\s+)?\\d{4}(?:\\s*-\\s*\\d{4})?)?(?:\\s*\\([^)]{0,60}\\))?\\s*:?\\s*(?:gửi\\s+)?((?:trước|chậm nhất|đến)(?:\\s+vào)?\\s+ngày\\s+${DATE}(?:\\s*(?:,|và)\\s*(?:ngày\\s+)?${DATE})*)`, 'gu'))) {
      const namesAt = m.index + 'báo cáo '.length;
      const names = splitNames(nfc.slice(namesAt, namesAt + m[1]!.length));
      const rawAt = key.indexOf(m[2]!, m.index);
      const raw = nfc.slice(rawAt, rawAt + m[2]!.length);
      // Each day with its words: the first keeps "trước ngày", the others are the date alone.
      const days = [...raw.matchAll(new RegExp(DATE, 'gu'))].map((d, i) => ({
        due: { day: Number(d[1]), month: Number(d[2]) },
        raw: i === 0 ? raw.slice(0, d.index + d[0].length) : d[0],
      }));
      // In the issuing body's own report up ("tham mưu ... báo cáo Thanh tra tỉnh ... (báo cáo năm trước ngày 10/12)"), the
      // issuer's days.
      const issuer = issuersOwn(key, m.index);
      if (days.length > 1 && days.length === names.length) names.forEach((name, i) => place(issuer, codeOf(foldForCompare(name)), [name], days[i]!.due, days[i]!.raw));
      else if (days[0]) {
        const noted = calendarInNote(m[1]!, m[0].slice('báo cáo '.length + m[1]!.length));
        const notedName = noted ? nfc.slice(m.index + m[0].indexOf(noted), m.index + m[0].indexOf(noted) + noted.length) : null;
        place(issuer, (noted ? codeOf(noted) : null) ?? codeOf(m[1]!), notedName ? [...names, notedName] : names, days[0].due, days[0].raw);
      }
    }
    // "tham mưu UBND xã báo cáo UBND tỉnh ... kết quả công tác PCTNTC 6 tháng trước ngày 10/6/2026 và năm 2026 trước ngày
    // 10/12/2026", "báo cáo ... định kỳ 6 tháng trước ngày 05/6/2026": a period's name right before its day (the issuing
    // body's own in its "tham mưu ... báo cáo" sentence).
    // ("... định kỳ 6 tháng (trước ngày 15/6/2026) và năm (trước ngày 15/12/2026)": the day in brackets after its name.)
    // ("… 6 tháng về Ban Nội chính Tỉnh ủy trước ngày 05/6/2027": the receiver may stand between.)
    for (const m of key.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])(${PERIOD_NAME})${PERIOD_YEAR}(?:\\s+(?:về|gửi|đến)\\s+[^.;,()]{3,60}?)?\\s+\\(?(${BY}\\s+ngày\\s+${DATE})`, 'gu'))) {
      const code = codeOf(m[1]!);
      // ("định kỳ 6 tháng, năm gửi về Phòng … trước ngày 05/6 (báo cáo 6 tháng) và trước ngày 05/12 (báo cáo năm)": a day
      // that names its own report in brackets is that report's, not the name's before it.)
      if (NAMED_AFTER.test(key.slice(m.index + m[0].length))) continue;
      const rawAt = key.indexOf(m[2]!, m.index);
      const namesAt = m.index;
      place(issuersOwn(key, m.index), code, [nfc.slice(namesAt, namesAt + m[1]!.length)], { day: Number(m[3]), month: Number(m[4]) }, nfc.slice(rawAt, rawAt + m[2]!.length));
    }
    // "trước ngày 15/3 (quý I), 10/6 (6 tháng), 15/9 (9 tháng) và 10/11 (năm)": each day names its report.
    for (const m of key.matchAll(new RegExp(`${DATE}\\s*\\((?:báo cáo\\s+)?(${PERIOD_LIST})\\)`, 'gu'))) {
      const namesAt = key.indexOf(m[3]!, key.indexOf('(', m.index));
      const names = splitNames(nfc.slice(namesAt, namesAt + m[3]!.length));
      const code = codeOf(m[3]!);
      const date = { day: Number(m[1]), month: Number(m[2]) };
      place(issuersOwn(key, m.index), code, names, date, nfc.slice(m.index, m.index + m[0].length));
    }
    // "Báo cáo quý I, 6 tháng, 9 tháng gửi trước ngày 10 của tháng cuối kỳ báo cáo (10/3, 10/6, 10/9/2026)": one day of
    // the last month of each period named.
    for (const m of key.matchAll(new RegExp(`báo cáo\\s+(${PERIOD_LIST})\\s*:?\\s*(?:gửi\\s+)?(${BY}\\s+ngày\\s+(\\d{1,2})\\s+(?:của\\s+)?${PERIOD_MONTH}(?:\\s*\\([^)]*\\))?)`, 'gu'))) {
      const rawAt = key.indexOf(m[2]!, m.index);
      const raw = nfc.slice(rawAt, rawAt + m[2]!.length);
      const namesAt = m.index + 'báo cáo '.length;
      for (const name of splitNames(nfc.slice(namesAt, namesAt + m[1]!.length))) {
        const code = codeOf(foldForCompare(name));
        if (code) add(code, [name], { day: Number(m[3]), month: dueMonthOf(code, m[4] !== undefined) }, raw);
      }
    }
    // "định kỳ hằng quý gửi báo cáo ... trước ngày 08 của tháng cuối quý": every period, on that day of its last month
    // (a period dated on its own above, "riêng báo cáo năm ... trước ngày 05/12", keeps its own day).
    // "quý I: ngày 08/3/2026; quý II và 6 tháng: ngày 08/6/2026" (often in brackets after the rule above): each its day.
    for (const m of key.matchAll(new RegExp(`(${PERIOD_NAME}(?:\\s*(?:,|và)\\s*${PERIOD_NAME})*)\\s*:\\s*(?:${BY}\\s+)?ngày\\s+(\\d{1,2})\\s*\\/\\s*(\\d{1,2})(?:\\s*\\/\\s*\\d{4})?`, 'gu'))) {
      if (issuersOwn(key, m.index)) continue;
      const namesText = nfc.slice(m.index, m.index + m[1]!.length).trim();
      add(codeOf(m[1]!), namesText.split(/\s*(?:,|\svà\s)\s*/u).map((n) => n.trim()).filter(Boolean), { day: Number(m[2]), month: Number(m[3]) }, nfc.slice(m.index, m.index + m[0].length));
    }
    // "Thời hạn gửi báo cáo: Quý I trước ngày 12/3/2026; 6 tháng trước ngày 12/6/2026": names that open a clause, then
    // their day.
    for (const m of key.matchAll(new RegExp(`(?:^|[;:(]|\\.\\s)\\s*(?:-\\s*)?(${PERIOD_LIST})${PERIOD_YEAR}\\s*:?\\s*(?:gửi\\s+)?(${BY}\\s+ngày\\s+${DATE})`, 'gu'))) {
      const namesAt = key.indexOf(m[1]!, m.index);
      const names = splitNames(nfc.slice(namesAt, namesAt + m[1]!.length));
      const date = { day: Number(m[3]), month: Number(m[4]) };
      const code = codeOf(m[1]!);
      const rawAt = key.indexOf(m[2]!, m.index);
      place(issuersOwn(key, m.index), code, names, date, nfc.slice(rawAt, rawAt + m[2]!.length));
    }
    // Sentence by sentence: "Các đơn vị báo cáo định kỳ (quý I, 6 tháng, 9 tháng, năm) về Sở ... chậm nhất vào ngày 08
    // tháng cuối quý", "gửi báo cáo quý ... trước ngày 12 của tháng cuối quý": the day of the last month of each period
    // the sentence names (every quarter's for "báo cáo quý"). Days listed without names ("trước ngày 15/3, 15/6, 15/9
    // và 15/12") go to the periods they close, when each closes a different one.
    // (A bracket's own ";" does not end a clause: "định kỳ hằng quý (quý I; quý II và 6 tháng; ...) gửi về Sở ... trước
    // ngày 10 của tháng cuối quý". Same length as the text, so that places still match.)
    const masked = key.replace(/\([^()]*\)/gu, (bracket) => bracket.replace(/;/gu, ','));
    for (const sentence of sentencesOf(key)) {
      const text = masked.slice(sentence.start, sentence.end);
      const own = OWN_REPORT.test(text);
      const relative = new RegExp(RELATIVE_DAY, 'u').exec(text);
      if (relative && !own) {
        // The names in the same clause as the day: "...; báo cáo năm gửi trước ngày 10/12" is another clause.
        const clauseStart = text.lastIndexOf(';', relative.index) + 1;
        const clauseEnd = text.indexOf(';', relative.index) === -1 ? text.length : text.indexOf(';', relative.index);
        const clause = text.slice(clauseStart, clauseEnd);
        // ("… trước ngày 06 của tháng cuối quý (riêng báo cáo năm gửi trước ngày 04/12)": the exception names no period of
        // the rule.)
        const named = new RegExp(`(?:\\(|định kỳ\\s+|báo cáo\\s+)(${PERIOD_LIST})`, 'u').exec(clause.replace(/\(\s*riêng\s[^()]*\)/gu, ''));
        const codes = named
          ? splitNames(named[1]!).map((n) => codeOf(n)).filter((c): c is PeriodCode => c !== null)
          : /(báo cáo|định kỳ|theo) (hằng |hàng )?quý(?!\s+(iv|iii|ii|i|[1-4])(?![\p{L}\p{N}]))/u.test(clause)
            ? PERIOD_CODES
            : [];
        const rawAt = sentence.start + relative.index;
        const raw = nfc.slice(rawAt, rawAt + relative[0].length).trim();
        for (const code of codes) add(code, [], { day: Number(relative[1]), month: dueMonthOf(code, relative[2] !== undefined) }, raw);
        if (codes.length === 0 && /tháng cuối\s+kỳ/u.test(relative[0])) unnamedDays.push({ day: Number(relative[1]), raw });
      }
      // "trước ngày 05/6 và 05/12", "chậm nhất ngày 10 tháng 6 và ngày 10 tháng 12": each list in its own clause, the
      // issuing body's own when its clause is the "tham mưu ... báo cáo" one.
      for (const listed of text.matchAll(new RegExp(`${BY}\\s+ngày\\s+${DATE}((?:\\s*(?:,|và)\\s*(?:${BY}\\s+)?(?:ngày\\s+)?${DATE}){1,4})(?!\\s*(?:\\(|đối với|cho\\s))`, 'gu'))) {
        const rawAt = sentence.start + listed.index;
        const listedRaw = nfc.slice(rawAt, rawAt + listed[0].length);
        // The first day keeps its "trước ngày", the others are the date alone.
        const days = [...listedRaw.matchAll(new RegExp(DATE, 'gu'))].map((d, i) => ({ day: Number(d[1]), month: Number(d[2]), raw: i === 0 ? listedRaw.slice(0, d.index + d[0].length) : d[0] }));
        const codes = days.map((d) => CODE_OF_MONTH[d.month]);
        const clause = text.slice(text.lastIndexOf(';', listed.index) + 1, listed.index);
        if (codes.every((c) => c !== undefined) && new Set(codes).size === codes.length) {
          days.forEach((d, i) => place(OWN_REPORT.test(clause), codes[i]!, [], { day: d.day, month: d.month }, d.raw));
        }
      }
    }
    const quarterly = new RegExp(`(?:hằng|hàng) quý[^.;]{0,120}?(${BY}\\s+ngày\\s+(\\d{1,2})\\s+(?:của\\s+)?${PERIOD_MONTH})`, 'u').exec(masked);
    // (Not the issuing body's own quarterly report up: "tham mưu ... báo cáo UBND tỉnh định kỳ hằng quý ... trước ngày 12".)
    if (quarterly && !issuersOwn(key, quarterly.index)) {
      const rawAt = key.indexOf(quarterly[1]!, quarterly.index);
      const raw = nfc.slice(rawAt, rawAt + quarterly[1]!.length);
      for (const code of PERIOD_CODES) add(code, [], { day: Number(quarterly[2]), month: dueMonthOf(code, quarterly[3] !== undefined) }, raw);
    }
    // "định kỳ 6 tháng, năm", "định kỳ hằng quý": the periods, with no day
    const periodic = /định kỳ\s+((?:hằng|hàng) quý|quý|6 tháng\s*(?:,|và)?\s*(?:01\s+|1\s+)?năm|6 tháng|năm)/u.exec(key);
    if (periodic && periods.length === 0 && !issuersOwn(key, periodic.index)) {
      const raw = nfc.slice(periodic.index, periodic.index + periodic[0].length);
      const p = periodic[1]!;
      if (/quý/u.test(p)) for (const code of PERIOD_CODES) add(code, [], undefined, raw);
      else {
        if (/6 tháng/u.test(p)) add('H1', [], undefined, raw);
        if (/năm/u.test(p)) add('Y', [], undefined, raw);
      }
    }
    // The issuing body's own report up, drafted by its staff: "tham mưu Giám đốc Sở báo cáo UBND tỉnh ... trước ngày 12 của
    // tháng cuối quý".
    // (Also "… là đầu mối tham mưu Giám đốc …; tổng hợp, báo cáo Sở Y tế định kỳ hằng quý (trước ngày 10 của tháng cuối
    // quý)": the focal office's report to a higher body, after a ";".)
    const own =
      new RegExp(`(?:${ADVISES}|dự thảo)[^.;]{0,80}?báo cáo[^.;]{0,200}?${OWN_DAY}`, 'u').exec(key) ??
      new RegExp(`${FOCAL_REPORT}[^.;]{0,120}?${OWN_DAY}`, 'u').exec(key) ??
      new RegExp(`${ISSUER_REPORT}[^.;]{0,160}?${OWN_DAY}`, 'u').exec(key) ??
      new RegExp(`${COMPILED_UP}[^.;]{0,120}?${OWN_DAY}`, 'u').exec(key);
    if (own) {
      issuerDay = Number(own[1]);
      // ("… báo cáo Kho bạc Nhà nước định kỳ hằng quý, 6 tháng, 9 tháng và năm, gửi trước ngày 10 của tháng cuối kỳ báo cáo":
      // every quarter's too.)
      issuerQuarterly ||= /tháng cuối\s+(?:mỗi\s+)?quý|(?:hằng|hàng) quý/u.test(own[0]);
    }
    if (periods.length > before && firstPeriods === null) firstPeriods = index;
    const receiver = receiverIn(text, body, known);
    if (receiver) receivers.push({ index, name: receiver });
  });
  // The receiver named with the schedule, else the nearest one before it, else the first one after.
  const anchor = firstPeriods ?? 0;
  const receiver =
    receivers.find((r) => r.index === anchor) ?? [...receivers].reverse().find((r) => r.index < anchor) ?? receivers.find((r) => r.index > anchor) ?? null;
  // "gửi kết quả về Văn phòng trước ngày 05 của tháng cuối kỳ báo cáo" then "Văn phòng tham mưu Chánh án báo cáo … báo cáo
  // quý I trước ngày 10/3/2027; …": the units' day falls in each period the issuing body's own schedule names.
  const unnamedDay = unnamedDays[0];
  if (periods.length === 0 && unnamedDay) {
    for (const code of issuerDates.keys()) add(code, issuerNames.get(code) ?? [], { day: unnamedDay.day, month: lastMonthOf(code) }, unnamedDay.raw);
  }
  for (const period of periods) {
    const own = issuerDates.get(period.code) ?? (issuerDay !== null ? { day: issuerDay, month: lastMonthOf(period.code) } : undefined);
    if (own) period.issuerDue = own;
  }
  // A period only the issuing body reports ("báo cáo quý I trước ngày 10/3/2026" to Sở Y tế, while its units report 6
  // months and the year): a period with the issuer's day and none for the units.
  if (periods.length > 0) {
    for (const [code, due] of issuerDates) {
      if (!periods.some((p) => p.code === code)) periods.push({ code, names: [...PERIOD_NAMES[code]], dueRaw: issuerRaw.get(code) || 'không ghi', issuerDue: due });
    }
    // "... tham mưu Giám đốc Ban báo cáo UBND tỉnh hằng quý trước ngày 12 của tháng cuối quý": every quarter's.
    if (issuerDay !== null && issuerQuarterly) {
      for (const code of PERIOD_CODES) {
        if (!periods.some((p) => p.code === code)) periods.push({ code, names: [...PERIOD_NAMES[code]], dueRaw: 'không ghi', issuerDue: { day: issuerDay, month: lastMonthOf(code) } });
      }
    }
  }
  termsAsHalfAndYear(periods);
  return { periods: periods.sort((a, b) => PERIOD_CODES.indexOf(a.code) - PERIOD_CODES.indexOf(b.code)), receiver: receiver?.name ?? null };
}

/**
 * A school year reported by its terms alone, "báo cáo học kỳ I" and "báo cáo cả năm học", with no calendar report beside
 * them: the year's two reports, its half-year's and its whole's, as "6 tháng, năm" are (the first term's report is not
 * the first quarter's when no other report follows it before the year's).
 */
function termsAsHalfAndYear(periods: ImportedPeriod[]): void {
  const term = (period: ImportedPeriod) => period.names.every((name) => /^(?:sơ kết |tổng kết )?(?:học kỳ\s+(?:i|ii|1|2)|(?:cả\s+)?năm học)(?![\p{L}\p{N}])/u.test(foldForCompare(name)));
  const first = periods.find((p) => p.code === 'Q1');
  const whole = periods.find((p) => p.code === 'H1');
  if (periods.length !== 2 || !first || !whole || !periods.every(term)) return;
  first.code = 'H1';
  whole.code = 'Y';
}

/** The sentences of a text (ends at ". " or the end; a ";" does not end one), as offsets. */
function sentencesOf(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (const m of text.matchAll(/\.(?:\s+|$)/gu)) {
    // "05/3." ends a sentence; "TT-TTCP." too; "số 06/2025/TT-TTCP" has no dot.
    out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

/** A due day inside the issuing body's own report up ("tham mưu ... báo cáo UBND tỉnh ... (quý I: ngày 12/3)"). */
/** The issuing body's own report up, drafted by its staff: "tham mưu Giám đốc Sở báo cáo UBND tỉnh", "dự thảo báo cáo của
 * Trường gửi UBND tỉnh". */
/** "… là đầu mối tham mưu …; tổng hợp, báo cáo Sở Y tế …": the focal office's report up to a higher body, after a ";". */
// (A Party-style plan: "…; tổng hợp, báo cáo kết quả với Ban Nội chính Tỉnh ủy và Ban Thường vụ Trung ương Hội …".)
const FOCAL_REPORT = `${ADVISES}[^.]*;\\s*tổng hợp,?\\s+báo cáo\\s+(?:kết quả\\s+)?(?:về\\s+|với\\s+)?(?:sở|ubnd|ủy ban nhân dân|thanh tra tỉnh|bộ|bảo hiểm xã hội việt nam|kho bạc nhà nước|ban nội chính|(?:tỉnh|thành|huyện) ủy)`;
/** The issuing body reporting up itself, named as the sentence's subject: "3. Ủy ban nhân dân phường tổng hợp, báo cáo Ủy
 * ban nhân dân Thành phố (qua Thanh tra Thành phố) …" (not "các …", "… cấp xã": the units). */
const ISSUER_REPORT = '(?:^|\\.\\s+)(?:\\d+\\.\\s*)?(?:ủy ban nhân dân|ubnd|sở|trường|bệnh viện|trung tâm)\\s+(?!các\\s|cấp\\s)[^.;,()]{0,60}?(?:tổng hợp,?\\s*)?báo cáo\\s+(?:về\\s+)?(?:sở|ubnd|ủy ban nhân dân|thanh tra|bộ|cục)';
/** The issuing body's own report up, drafted by its staff ("tham mưu … báo cáo"), or its focal office's. */
// ("Tổ Văn phòng giúp Hiệu trưởng tổng hợp, xây dựng báo cáo của nhà trường gửi UBND phường …": a staff helping its
// head draft the issuer's report is that report as well.)
/** A Party plan's issuer reporting up: "Ban Thường vụ Đảng ủy báo cáo kết quả … về Ban Nội chính Tỉnh ủy trước ngày …" (its
 * units report to the Đảng ủy, never its standing committee). */
const PARTY_ISSUER_REPORT = '(?:^|\\.)\\s*(?:\\d+\\.\\s*)?(?:ban thường vụ|thường trực)\\s+(?:đảng|tỉnh|thành|huyện|quận|thị) ủy[^.;]{0,40}?báo cáo';
// ("Phòng Thanh tra - Pháp chế tổng hợp, trình Hiệu trưởng ký báo cáo gửi UBND tỉnh …": the head signs the issuer's report.)
const OWN_REPORT = new RegExp(`(?:${ADVISES}|dự thảo|(?:giúp|trình) (?:hiệu trưởng|giám đốc|chủ tịch|thủ trưởng|lãnh đạo))[^;]*báo cáo|${FOCAL_REPORT}|${ISSUER_REPORT}|${PARTY_ISSUER_REPORT}`, 'u');
/** The units' report sent on to the higher body, after the units' own day: "… gửi về Chi cục (qua Phòng Tổ chức - Hành
 * chính) trước ngày 08 của tháng cuối quý để tổng hợp, báo cáo Sở Công Thương và Thanh tra tỉnh trước ngày 12 …". */
const COMPILED_UP = `${BY}\\s+ngày\\s+\\d{1,2}[^.;]{0,40}?\\s+để\\s+(?:tổng hợp,?\\s*)?báo cáo\\s+(?:về\\s+)?(?:sở|ubnd|ủy ban nhân dân|thanh tra|bộ|cục|tỉnh ủy|huyện ủy|thành ủy|đảng ủy|ban)`;
/** Its day: "trước ngày 12 của tháng cuối quý". */
const OWN_DAY = `${BY}\\s+ngày\\s+(\\d{1,2})\\s+(?:của\\s+)?tháng cuối(?:\\s+(?:mỗi\\s+)?(?:quý|kỳ(?: báo cáo)?))?`;

function issuersOwn(key: string, at: number): boolean {
  const sentence = key.slice(Math.max(0, key.lastIndexOf('.', at) + 1), at);
  return OWN_REPORT.test(sentence);
}

