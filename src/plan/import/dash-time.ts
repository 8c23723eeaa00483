/**
 * "… trong lĩnh vực phụ trách – hoàn thành trong tháng 01/2027.": a bullet that ends with its time after a spaced dash.
 * The time is the words after the last such dash, as written (a task's own words before it are not its time).
 */
import { readTiming } from './timing';
import { opensBody } from './body-names';
import { timeWords } from './prose-lines';

/** The time after the bullet's closing dash, or null when the words there are not a time or name a body. */
export function timeAfterDash(text: string, year: number): string | null {
  const first = text.split('\n')[0] ?? '';
  // (An en or em dash with spaces: "Văn hóa - Xã hội" joins a name with a hyphen.)
  const words = /\s[–—]\s+([^–—()]{3,160}?)\s*\.?\s*$/u.exec(first)?.[1]?.trim();
  if (!words || opensBody(words) || /chủ trì|phối hợp/iu.test(words)) return null;
  return readTiming(timeWords(words), year).doubt === null ? words : null;
}
