/**
 * Dates as Nghị định 30/2020/NĐ-CP writes them: days under 10 and the months 1 and 2 take a leading zero, months
 * 3–12 do not ("ngày 05 tháng 01 năm 2023", "ngày 22 tháng 3 năm 2021"). The slash form follows the same rule (01/7/2019).
 */
import { AppError } from '../errors/app-error';

export type DateStyle = 'slash-padded' | 'slash' | 'words' | 'dash';

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** The calendar date of day/month/year, or undefined when there is no such day (31/2/2020). */
export function calendarDate(day: number, month: number, year: number): CalendarDate | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real && year >= 1900 && year <= 2100 ? { year, month, day } : undefined;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

export function toIso({ year, month, day }: CalendarDate): string {
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

export function parseIso(iso: string): CalendarDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const date = match ? calendarDate(Number(match[3]), Number(match[2]), Number(match[1])) : undefined;
  if (!date) {
    throw new AppError('cite.bad-date', {
      vi: `"${iso}" không phải một ngày dạng YYYY-MM-DD.`,
      en: `"${iso}" is not a date in the form YYYY-MM-DD.`,
    });
  }
  return date;
}

const nd30Month = (month: number): string => (month <= 2 ? pad2(month) : String(month));

/** "ngày 05 tháng 01 năm 2023" */
export function formatDateWords(iso: string): string {
  const { year, month, day } = parseIso(iso);
  return `ngày ${pad2(day)} tháng ${nd30Month(month)} năm ${year}`;
}

/** "01/7/2019": day padded, month padded only for January and February (24/01/2019). */
export function formatDateSlash(iso: string): string {
  const { year, month, day } = parseIso(iso);
  return `${pad2(day)}/${nd30Month(month)}/${year}`;
}

/** The date written in the given style, without the word "ngày" for the numeric styles. */
export function formatDateInStyle(iso: string, style: DateStyle): string {
  const { year, month, day } = parseIso(iso);
  switch (style) {
    case 'words':
      return formatDateWords(iso).replace(/^ngày /, '');
    case 'slash-padded':
      return `${pad2(day)}/${pad2(month)}/${year}`;
    case 'dash':
      return `${day}-${month}-${year}`;
    case 'slash':
      return formatDateSlash(iso);
  }
}

/**
 * The Nghị định 30 form of a written date when the writing leaves out a zero it requires (a day under 10, the months 1
 * and 2): "8/3/2023" → "08/3/2023", "13/1/2023" → "13/01/2023". A zero it does not require ("08/03/2023") is left
 * alone: common practice, and nothing a reader could misread.
 */
export function nd30DateForm(date: { iso: string; raw: string; style: DateStyle }): string | undefined {
  if (date.style === 'dash') return undefined;
  const m = /^(\d{1,2})\D+?(\d{1,2})\D/.exec(date.raw);
  if (!m) return undefined;
  const { day, month } = parseIso(date.iso);
  const missing = (day < 10 && m[1]!.length === 1) || (month <= 2 && m[2]!.length === 1);
  if (!missing) return undefined;
  return date.style === 'words' ? formatDateWords(date.iso).replace(/^ngày /, '') : formatDateSlash(date.iso);
}
