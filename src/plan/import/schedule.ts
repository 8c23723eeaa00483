/**
 * The reporting schedule of a plan's last part: "... gửi về Thanh tra Sở trước ngày 05/3 đối với báo cáo quý I;
 * ngày 05/6 đối với báo cáo quý II và 6 tháng; ..." read into periods with their due day and the names reports give
 * them, and the body that receives the reports.
 */
import type { PeriodCode } from '../schema';
import { foldForCompare } from '../../text';

export interface ImportedPeriod {
  code: PeriodCode;
  names: string[];
  due: { day: number; month: number };
  dueRaw: string;
}

export interface ImportedSchedule {
  periods: ImportedPeriod[];
  /** The receiving body as written ("Thanh tra Sở"), or null. */
  receiver: string | null;
}

/** Which period a report's name is: the last quarter it covers decides (quý II and 6 tháng are one report). */
function codeOf(names: string): PeriodCode | null {
  if (/quý (iv|4)\b|\bnăm\b/.test(names)) return 'Y';
  if (/quý (iii|3)\b|9 tháng/.test(names)) return '9M';
  if (/quý (ii|2)\b|6 tháng/.test(names)) return 'H1';
  if (/quý (i|1)\b/.test(names)) return 'Q1';
  return null;
}

export function readSchedule(paragraphs: readonly string[]): ImportedSchedule {
  const periods: ImportedPeriod[] = [];
  let receiver: string | null = null;
  for (const text of paragraphs) {
    const key = foldForCompare(text);
    for (const m of key.matchAll(/(?:(trước|chậm nhất)\s+)?ngày\s+(\d{1,2})\s*\/\s*(\d{1,2})\s+(?:đối với|cho)\s+báo cáo\s+([^;.]+)/gu)) {
      // Folding keeps the length of NFC text: the names are cut from the text as written.
      const start = m.index + m[0].length - m[4]!.length;
      const namesText = text.normalize('NFC').slice(start, start + m[4]!.length).replace(/\(.*$/, '').trim();
      const code = codeOf(foldForCompare(namesText));
      if (!code || periods.some((p) => p.code === code)) continue;
      const names = namesText.split(/\s+và\s+|,\s*/).map((n) => n.trim()).filter(Boolean);
      periods.push({ code, names, due: { day: Number(m[2]), month: Number(m[3]) }, dueRaw: `${m[1] ? `${m[1]} ` : ''}ngày ${m[2]}/${m[3]}` });
    }
    const to = /gửi (?:báo cáo |kết quả(?: thực hiện)? )?(?:về|đến|cho)\s+((?:thanh tra|văn phòng|phòng|ubnd|ủy ban nhân dân|sở)[^,;(]*?)(?:\s+(?:trước|chậm nhất|để|định kỳ|theo)\b|[,;(]|$)/u.exec(key);
    if (to && periods.length > 0 && receiver === null) {
      const at = key.indexOf(to[1]!);
      receiver = text.normalize('NFC').slice(at, at + to[1]!.length).trim();
    }
  }
  return { periods, receiver };
}
