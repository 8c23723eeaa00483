/**
 * A plan that groups its tasks by when they are done: headings that are only a time ("1. Quý I/2027", "Tháng 3/2027",
 * "6 tháng đầu năm", "Thường xuyên trong năm", "Trong năm 2027", "Nhiệm vụ thường xuyên") over the tasks they time. A task under one takes its
 * time; a date of the task's own ("…, hoàn thành trước ngày 15/3/2027") is kept beside it.
 */
import type { TimingPart } from '../schema';
import { foldForCompare } from '../../text';
import { ancestorsOf } from './prose-lines';
import { readTiming } from './timing';

const YEAR = String.raw`(?:\s*(?:\/|năm)\s*\d{4})?`;
const QUARTER = String.raw`quý\s+(?:iv|iii|ii|i|[1-4])${YEAR}`;
const MONTH = String.raw`tháng\s+\d{1,2}${YEAR}`;
const PIECE = [
  String.raw`(?:trong\s+)?${QUARTER}(?:\s*(?:,|và)\s*(?:${QUARTER}|(?:iv|iii|ii|i)${YEAR}))*`,
  String.raw`(?:trong\s+)?${MONTH}(?:\s*(?:,|và)\s*(?:${MONTH}|\d{1,2}${YEAR}))*`,
  String.raw`(?:trong\s+)?0?6 tháng (?:đầu|cuối) năm(?:\s+\d{4})?`,
  String.raw`(?:thực hiện\s+)?thường xuyên(?:\s+(?:trong|cả) năm(?:\s+\d{4})?|\s+hằng năm)?`,
  String.raw`(?:trong\s+|cả\s+)?năm\s+\d{4}`,
  String.raw`(?:trong|cả|hằng|hàng)\s+năm`,
].join('|');
// ("1. Nhiệm vụ thường xuyên" before "2. Nhiệm vụ theo thời gian": the tasks named by their time.)
const TASKS = String.raw`(?:(?:các\s+)?(?:nhiệm vụ|công việc|nội dung)\s+(?:thực hiện\s+)?)?`;
const ONLY_TIME = new RegExp(String.raw`^${TASKS}(?:${PIECE})$`, 'u');

/** Whether a heading's title is a time and nothing else. */
export function isTimeHeading(title: string): boolean {
  return ONLY_TIME.test(foldForCompare(title).replace(/[.:;]+$/u, '').trim());
}

/** For a section, the time of the nearest heading over it that is only a time, as written and read; null when none is.
 * (The headings are read once, not for every task.) */
export function headingTimes(headings: readonly { id: string; title: string }[], year: number): (section: string) => { raw: string; parts: TimingPart[] } | null {
  const times = new Map<string, { raw: string; parts: TimingPart[] }>();
  for (const { id, title } of headings) {
    if (!isTimeHeading(title)) continue;
    const { parts, doubt } = readTiming(title, year);
    if (doubt === null) times.set(id, { raw: title.replace(/[.:;]+$/u, '').trim(), parts });
  }
  return (section) => {
    for (const id of [section, ...ancestorsOf(section)]) {
      const time = times.get(id);
      if (time) return time;
    }
    return null;
  };
}

/** The heading's time with the task's own: a part of the task's own kind replaces the heading's ("Quý II" under "Quý I"). */
export function withHeadingTime(heading: readonly TimingPart[], own: readonly TimingPart[]): TimingPart[] {
  const kinds = new Set(own.map((p) => p.kind));
  return [...heading.filter((p) => !kinds.has(p.kind)), ...own];
}
