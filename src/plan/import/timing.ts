/**
 * A plan's "Thời gian thực hiện" read into the schema's timing parts: "Thường xuyên" (always), "... trong năm" /
 * "Năm 2026" (the year), "Quý I/2023" (a quarter), "trước ngày 31/3/2023", "trong tháng 01 năm 2023" (a deadline),
 * "cuối tháng 5 và tháng 11" / "6 tháng, năm" (a periodic summary, its dates only when written), "theo Kế hoạch ..."
 * (follows another plan), "khi có yêu cầu" (on request). What none of these covers is kept as always, with a doubt.
 */
import type { Bilingual } from '../../errors/app-error';
import type { PeriodCode, TimingPart } from '../schema';
import { foldForCompare } from '../../text';

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** `text`: the task's own text, which may set a periodic summary the timing line leaves out ("báo cáo định kỳ 06 tháng, 01 năm"). */
export function readTiming(raw: string, planYear: number, text = ''): { parts: TimingPart[]; doubt: Bilingual | null } {
  // ("việc kê khai hằng năm hoàn thành trước ngày 31/12/2026": what is done by then says nothing of when.)
  // ("hoàn thành việc kê khai hằng năm trước ngày 31/12/2027": the same, said the other way round.)
  const key = foldForCompare(raw).replace(/[.*]+$/, '').replace(/^việc\s+[^.;,()]*?\s+(?=hoàn thành\s)/u, '').replace(/^(hoàn thành)\s+việc\s+[^.;,()]*?\s+(?=trước|chậm nhất|trong)/u, '$1 ');
  const taskKey = foldForCompare(text);
  const parts: TimingPart[] = [];
  for (const m of key.matchAll(/quý\s+(iv|iii|ii|i|[1-4])(?:\s*\/\s*|\s+năm\s+)?(\d{4})?/gu)) {
    parts.push({ kind: 'quarter', quarter: ROMAN[m[1]!]!, year: m[2] ? Number(m[2]) : planYear });
  }
  // ("tại thời điểm 31/12/2027": the day a count is taken, done by then.)
  for (const m of key.matchAll(/(?:trước|đến|chậm nhất|tại thời điểm)(?:\s+ngày)?\s+(\d{1,2})\s*\/\s*(\d{1,2})(?:\s*\/\s*(\d{4}))?/gu)) {
    const year = m[3] ? Number(m[3]) : planYear;
    parts.push({ kind: 'deadline', date: `${year}-${pad(Number(m[2]))}-${pad(Number(m[1]))}` });
  }
  // "trước ngày 15 tháng 6 năm 2026": a day written in words.
  let monthsKey = key;
  for (const m of key.matchAll(/(?:trước|đến|chậm nhất)\s+ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?/gu)) {
    parts.push({ kind: 'deadline', date: `${m[3] ?? planYear}-${pad(Number(m[2]))}-${pad(Number(m[1]))}` });
    monthsKey = monthsKey.slice(0, m.index) + ' '.repeat(m[0].length) + monthsKey.slice(m.index + m[0].length);
  }
  const summaryMonths = /cuối tháng\s+(\d{1,2})(?:\s+và\s+|\s*,\s*)(?:tháng\s+)?(\d{1,2})/u.exec(key);
  const endOfMonth = (monthNumber: number, yearText?: string) => {
    const year = yearText ? Number(yearText) : planYear;
    if (monthNumber >= 1 && monthNumber <= 12) parts.push({ kind: 'deadline', date: `${year}-${pad(monthNumber)}-${pad(lastDay(year, monthNumber))}` });
  };
  // "trong tháng 01/2026", "Tháng 3/2026", "Tháng 6 và tháng 12/2026" (each by its month's end), "Từ tháng 3 đến tháng
  // 6/2026" and "đến hết tháng 6" (by the window's end); "cuối tháng 5 và tháng 11" is a summary, read below.
  const window = /từ tháng\s+\d{1,2}(?:\s*\/\s*\d{4})?\s+(?:đến|tới)\s+(?:hết\s+)?tháng\s+(\d{1,2})(?:\s*(?:\/|năm)\s*(\d{4}))?/u.exec(key);
  if (window) endOfMonth(Number(window[1]), window[2]);
  else if (!summaryMonths) {
    const months = [...monthsKey.matchAll(/(?<![\p{L}\p{N}])tháng\s+(\d{1,2})(?![\p{N}])(?:\s*(?:\/|năm)\s*(\d{4}))?/gu)];
    const year = months.map((m) => m[2]).find(Boolean);
    for (const m of months) endOfMonth(Number(m[1]), m[2] ?? year);
  }
  // "6 tháng đầu năm 2026", "6 tháng cuối năm": a half of the year, due by its end; "đến hết năm 2026" by the year's end.
  const half = /(0?6) tháng (đầu|cuối) năm(?:\s+(\d{4}))?/u.exec(key);
  if (half) parts.push({ kind: 'deadline', date: `${half[3] ?? planYear}-${half[2] === 'đầu' ? '06-30' : '12-31'}` });
  const yearEnd = /(?:đến|trước) hết năm(?:\s+(\d{4}))?/u.exec(key);
  if (yearEnd) parts.push({ kind: 'deadline', date: `${yearEnd[1] ?? planYear}-12-31` });
  if (summaryMonths) {
    const months = [Number(summaryMonths[1]), Number(summaryMonths[2])];
    parts.push({ kind: 'periodicReport', dates: months.map((m) => ({ day: lastDay(planYear, m), month: m })), periods: ['H1', 'Y'] });
  } else if ((!half && /(0?6) tháng[^.;]{0,40}?,?\s*(01\s+|1\s+)?năm/u.test(key)) || /(báo cáo|định kỳ)[^.;]{0,30}(0?6) tháng[^.;]{0,40}?(01\s+|1\s+)?năm/u.test(taskKey)) {
    // The plan names the periods but no dates: none are made up.
    parts.push({ kind: 'periodicReport', dates: [], periods: ['H1', 'Y'] as PeriodCode[] });
  }
  // "ngay sau khi Kế hoạch được ban hành": as soon as the plan is out, at its year's start (its date is not at hand here).
  if (/^(?:thực hiện\s+)?ngay sau khi (?:kế hoạch(?: này)? được ban hành|ban hành kế hoạch(?: này)?)$/u.test(key)) parts.push({ kind: 'quarter', quarter: 1, year: planYear });
  // "khi có kết quả lựa chọn nhà thầu", "theo từng đợt tuyển dụng": when the event comes, as on request.
  if (/khi có yêu cầu|khi có đoàn|khi phát sinh|khi phát hiện|đột xuất|(?:^|thực hiện )khi có\s|theo từng đợt\s/u.test(key)) parts.push({ kind: 'onRequest' });
  // ("theo chương trình giám sát của Ủy ban MTTQ Việt Nam xã": another body's programme, as its plan.)
  // ("Theo KH của Cục": the plan's short form of "Kế hoạch".)
  for (const follows of key.matchAll(/theo ((?:kế hoạch|kh) [^.;]+|chương trình [^.;]*?năm \d{4}[^.;]*|chương trình [^.;]*?\scủa\s[^.;]+)/gu)) parts.push({ kind: 'followsPlan', plan: follows[1]!.trim().replace(/^kh /u, 'kế hoạch ') });
  // "ít nhất 01 lần/quý", "02 lần/năm": so many times in each period, over the year (beside "thường xuyên", always).
  const timesEach = /\d+\s*lần\s*\/\s*(?:quý|tháng|năm)/u.test(key);
  // "Cả năm", "Hằng năm", "Năm 2026 và các năm tiếp theo", "trước mỗi vụ sản xuất": the whole year.
  if (timesEach || /thường xuyên|(hằng|hàng|mỗi) (quý|tháng|năm|vụ)|cả năm/u.test(key) || /trong năm|^năm \d{4}(?: và các năm (tiếp theo|sau))?$/u.test(key)) {
    const withinYear = (/trong năm|năm \d{4}|(hằng|hàng|mỗi) (quý|tháng|năm|vụ)|cả năm/u.test(key) || (timesEach && !/thường xuyên/u.test(key))) && !/^thường xuyên\.?$/u.test(key);
    const named = /năm (\d{4})/u.exec(key)?.[1];
    const within = withinYear && parts.every((p) => p.kind !== 'periodicReport') ? 'year' : 'always';
    parts.unshift(within === 'year' && named ? { kind: 'recurring', within, year: Number(named) } : { kind: 'recurring', within });
  }
  // "Định kỳ theo quy định": at the intervals the rules set, which the plan does not name, within its year.
  if (parts.length === 0 && /^định kỳ(?: theo quy định)?$/u.test(key)) parts.push({ kind: 'recurring', within: 'year' });
  if (parts.length > 0) return { parts, doubt: null };
  // "Theo kế hoạch", "Theo tiến độ", "Theo chỉ đạo", "theo thời hạn quy định", "đúng thời hạn quy định", "theo tiến độ giao
  // kế hoạch vốn năm 2026":
  // the plan gives no time of its own.
  if (/^theo (kế hoạch|tiến độ|chỉ đạo|lộ trình|quy định)$|^theo (thời hạn|tiến độ)\s|^(?:theo )?đúng thời hạn quy định$/u.test(key)) return { parts: [{ kind: 'unstated' }], doubt: null };
  return {
    parts: [{ kind: 'recurring', within: 'always' }],
    doubt: { vi: `Không đọc được thời gian "${raw}"; tạm coi là thường xuyên.`, en: `Could not read the timing "${raw}"; taken as ongoing for now.` },
  };
}
