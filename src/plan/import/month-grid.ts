/**
 * A task table that says when each task is done by marks in a column for each month or quarter ("T1 | T2 | … | T12",
 * "Tháng 1 | … | Tháng 12", "Quý I | … | Quý IV", "Q1 | … | Q4"), with an "x" in the months the task is done in, and a "Ghi chú" cell
 * beside it that may give the date. Every period marked is the whole year; some of them, a deadline at each one's end,
 * unless the note dates the work itself. A period's cell may give the day the task is done by instead of a mark ("15/3"
 * under "Quý I": "nhiệm vụ có thời hạn cụ thể thì ghi ngày hoàn thành"): a deadline that day, in the plan's year.
 */
import type { Bilingual } from '../../errors/app-error';
import type { PeriodCode, TimingPart } from '../schema';
import { foldForCompare } from '../../text';
import { readTiming } from './timing';

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** A column of the grid: its header as written and the month (1–12) or quarter (1–4) it stands for. */
interface Period {
  at: number;
  label: string;
  month?: number;
  quarter?: number;
}

export interface GridColumns {
  periods: Period[];
  /** The "Ghi chú" column. */
  note?: number;
  /** Its cells name the bodies that do the task in that period, not a mark (unit-grid.ts). */
  byUnit?: boolean;
}

/** A day written in a period's cell: "15/3", "31/01", "Trước ngày 15/3/2027". */
export interface CellDate {
  day: number;
  month: number;
  year?: number;
  /** The day and month as the cell writes them ("31/01"). */
  written: string;
}

/** What a row of the grid says: the periods marked (as the header writes them), the days its cells give, and its note. */
export interface GridMarks {
  periods: Omit<Period, 'at'>[];
  /** The periods' cells that give a day, in the grid's order. */
  dates?: CellDate[];
  /** Marks and days in the grid's order, for the row's words ("Trước ngày 31/01/2027; Quý IV"). */
  order?: ('mark' | 'date')[];
  /** All the grid's periods are marked. */
  whole: boolean;
  note: string;
}

const plain = (cell: string) => foldForCompare(cell.replace(/\*/g, '')).replace(/\s+/g, ' ').trim();

function periodOf(cell: string, at: number): Period | null {
  const key = plain(cell);
  const month = /^(?:t|tháng)\s*0?(\d{1,2})$/u.exec(key);
  if (month && Number(month[1]) >= 1 && Number(month[1]) <= 12) return { at, label: cell.replace(/\*/g, '').trim(), month: Number(month[1]) };
  const quarter = /^(?:quý\s+(iv|iii|ii|i|[1-4])|q\s?([1-4]))$/u.exec(key);
  if (quarter) return { at, label: cell.replace(/\*/g, '').trim(), quarter: quarter[1] ? (ROMAN[quarter[1]] ?? Number(quarter[1])) : Number(quarter[2]) };
  return null;
}

/** The header's month or quarter columns, in order (three months, or two quarters, at least), or null. */
export function gridColumnsOf(header: readonly string[]): GridColumns | null {
  const periods = header.flatMap((cell, at) => periodOf(cell, at) ?? []);
  const months = periods.filter((p) => p.month !== undefined);
  const quarters = periods.filter((p) => p.quarter !== undefined);
  const chosen = months.length >= 3 ? months : quarters.length >= 2 ? quarters : [];
  const order = chosen.map((p) => p.month ?? p.quarter!);
  if (chosen.length === 0 || order.some((n, i) => i > 0 && n <= order[i - 1]!)) return null;
  const note = header.findIndex((cell) => /^ghi chú$/u.test(plain(cell)));
  return { periods: chosen, ...(note >= 0 ? { note } : {}) };
}

/** A cell marking its period: "x", "X", "✓", "•". */
export const isMark = (cell: string) => /^[x✓✔•●]$/u.test(plain(cell));

/** A cell that gives a day and nothing else: "15/3", "31/01/2027", "Trước ngày 15/3", "Hạn: 15/3". */
export function cellDate(cell: string): CellDate | null {
  const m = /^(?:(?:hoàn thành\s+)?(?:trước|chậm nhất|hạn)(?:\s+ngày)?\s*:?\s*)?(\d{1,2})\s*\/\s*(\d{1,2})(?:\s*\/\s*(\d{4}))?$/u.exec(plain(cell));
  if (!m) return null;
  const day = Number(m[1]);
  const month = Number(m[2]);
  if (day < 1 || day > 31 || month < 1 || month > 12) return null;
  return { day, month, ...(m[3] ? { year: Number(m[3]) } : {}), written: `${m[1]}/${m[2]}` };
}

export function gridMarksOf(cells: readonly string[], grid: GridColumns): GridMarks {
  const marked = grid.periods.filter((p) => (grid.byUnit ? plain(cells[p.at] ?? '') !== '' : isMark(cells[p.at] ?? '')));
  const dated = grid.byUnit ? [] : grid.periods.flatMap((p) => {
    const date = cellDate(cells[p.at] ?? '');
    return date ? [{ at: p.at, date }] : [];
  });
  const note = grid.note === undefined ? '' : (cells[grid.note] ?? '').replace(/\*/g, '').trim().split(/\s*\n\s*/).filter(Boolean).join('; ');
  const order = grid.periods.flatMap((p): ('mark' | 'date')[] => (marked.includes(p) ? ['mark'] : dated.some((d) => d.at === p.at) ? ['date'] : []));
  return {
    periods: marked.map(({ at: _at, ...period }) => period),
    ...(dated.length > 0 ? { dates: dated.map((d) => d.date), order } : {}),
    whole: marked.length === grid.periods.length && marked.length >= 4,
    note,
  };
}

/** "12/3/2027, 12/6/2027 và 05/12/2027": the days, each in the plan's year unless the cell gives one. */
const daysInWords = (dates: readonly CellDate[], year?: number) => {
  const days = dates.map((d) => (d.year ?? year ? `${d.written}/${d.year ?? year}` : d.written));
  return days.length > 1 ? `${days.slice(0, -1).join(', ')} và ${days.at(-1)!}` : days[0]!;
};

/** The timing as the row writes it: "T3, T9; 02 hội nghị, tọa đàm", "Trước ngày 31/01/2027; Quý IV", or null for a row
 * with neither marks, days nor note. `year`: the plan's, for the days a cell gives without one. */
export function gridRaw(marks: GridMarks, year?: number): string | null {
  const pieces: string[] = [];
  if (marks.dates && marks.order) {
    // The marks and the days in the grid's order, each run of them one piece.
    let mark = 0;
    let date = 0;
    for (let at = 0; at < marks.order.length; ) {
      const kind = marks.order[at]!;
      let end = at;
      while (end < marks.order.length && marks.order[end] === kind) end += 1;
      const count = end - at;
      if (kind === 'mark') pieces.push(marks.periods.slice(mark, (mark += count)).map((p) => p.label).join(', '));
      else pieces.push(`Trước ngày ${daysInWords(marks.dates.slice(date, (date += count)), year)}`);
      at = end;
    }
  } else pieces.push(marks.periods.map((p) => p.label).join(', '));
  const raw = [...pieces, marks.note].filter(Boolean).join('; ');
  return raw || null;
}

/** The months that close the quarter (I), the half year, nine months and the year: the periods a report covers. */
const REPORT_PERIOD: Record<number, PeriodCode> = { 3: 'Q1', 6: 'H1', 9: '9M', 12: 'Y' };

/** `text`: the task's words, which say whether it is a report. */
export function gridTiming(marks: GridMarks, year: number, text: string): { parts: TimingPart[]; doubt: Bilingual | null } {
  if (marks.dates?.length) return { parts: datedTiming(marks, year, text), doubt: null };
  if (marks.whole) return { parts: [{ kind: 'recurring', within: 'year', year }], doubt: null };
  const note = marks.note ? readTiming(marks.note, year, text) : null;
  if (marks.periods.length === 0) return note ?? { parts: [{ kind: 'unstated' }], doubt: null };
  const noteParts = note?.doubt ? [] : (note?.parts ?? []);
  // "Hoàn thành trước ngày 28/02/2027" beside T1, T2: the note dates the work, the marks only show it under way.
  if (noteParts.some((p) => p.kind === 'deadline' || p.kind === 'quarter' || p.kind === 'periodicReport')) return { parts: noteParts, doubt: null };
  const months = marks.periods.flatMap((p) => (p.month === undefined ? [] : [p.month]));
  // "Trước ngày 08 của tháng cuối quý" beside T3, T6, T9, T12: that day of each month marked.
  const day = /(?:trước|đến|chậm nhất|vào)\s+ngày\s+(\d{1,2})(?!\s*(?:\/|tháng\s+\d))/u.exec(foldForCompare(marks.note))?.[1];
  const others = noteParts.filter((p) => p.kind === 'followsPlan' || p.kind === 'onRequest');
  if (day && months.length > 0) {
    const dates = months.map((month) => ({ day: Math.min(Number(day), lastDay(year, month)), month }));
    if (/báo cáo/u.test(foldForCompare(text)) && months.every((m) => REPORT_PERIOD[m])) {
      return { parts: [{ kind: 'periodicReport', dates, periods: months.map((m) => REPORT_PERIOD[m]!) }, ...others], doubt: null };
    }
    return { parts: [...dates.map((d): TimingPart => ({ kind: 'deadline', date: `${year}-${pad(d.month)}-${pad(d.day)}` })), ...others], doubt: null };
  }
  const ends = marks.periods.map((p): TimingPart =>
    p.month !== undefined
      ? { kind: 'deadline', date: `${year}-${pad(p.month)}-${pad(lastDay(year, p.month))}`, activity: `tháng ${p.month}` }
      : { kind: 'quarter', quarter: p.quarter!, year },
  );
  return { parts: [...ends, ...others], doubt: null };
}

/** A row whose cells give days: a deadline each day (a report's days that close its periods, the periodic report), and
 * the periods marked beside them, as the marks alone would say; what the note adds of another plan or a request kept. */
function datedTiming(marks: GridMarks, year: number, text: string): TimingPart[] {
  const dates = marks.dates!;
  const note = marks.note ? readTiming(marks.note, year, text) : null;
  const others = note?.doubt ? [] : (note?.parts ?? []).filter((p) => p.kind === 'followsPlan' || p.kind === 'onRequest' || p.kind === 'deadline');
  const inYear = dates.every((d) => (d.year ?? year) === year);
  const reportDays = dates.length > 1 && inYear && /báo cáo/u.test(foldForCompare(text)) && dates.every((d) => REPORT_PERIOD[d.month]) && new Set(dates.map((d) => d.month)).size === dates.length;
  const days: TimingPart[] = reportDays
    ? [{ kind: 'periodicReport', dates: dates.map((d) => ({ day: d.day, month: d.month })), periods: dates.map((d) => REPORT_PERIOD[d.month]!) }]
    : dates.map((d) => ({ kind: 'deadline', date: `${d.year ?? year}-${pad(d.month)}-${pad(d.day)}` }));
  const marked = marks.periods.map((p): TimingPart =>
    p.month !== undefined
      ? { kind: 'deadline', date: `${year}-${pad(p.month)}-${pad(lastDay(year, p.month))}`, activity: `tháng ${p.month}` }
      : { kind: 'quarter', quarter: p.quarter!, year },
  );
  return [...days, ...marked, ...others];
}
