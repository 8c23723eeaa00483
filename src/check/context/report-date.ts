/** The report's own date from the place-and-date line: "Quảng Ngãi, ngày 02 tháng 3 năm 2023". */
import type { PreparedDocument } from '../prepare';

export function detectReportDate(doc: PreparedDocument, headerEnd: number): { iso: string; index: number } | null {
  const end = Math.min(doc.paragraphs.length, Math.max(headerEnd, 0) + 2, 20);
  for (let i = 0; i < end; i += 1) {
    const match = /ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})/.exec(doc.paragraphs[i]!.key);
    if (!match) continue;
    const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCMonth() !== month - 1) continue;
    return { iso: date.toISOString().slice(0, 10), index: i };
  }
  return null;
}
