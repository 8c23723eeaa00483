import { stripCode } from './chars';
import { normalizeForMatch, type NormalizeOptions } from './normalize';

/** The comparison key of a short text: normalizeForMatch(text).text, trimmed. */
export function foldForCompare(text: string, options: NormalizeOptions = {}): string {
  return normalizeForMatch(text, options).text.trim();
}

/** Do two texts read the same once Unicode form, tone placement, spacing, dashes, quotes and case are set aside? */
export function sameText(a: string, b: string, options: NormalizeOptions = {}): boolean {
  return foldForCompare(a, options) === foldForCompare(b, options);
}

/** The text without diacritics (đ→d, Đ→D), everything else (case, spacing, punctuation) as it was; the result is NFC. */
export function stripAccents(text: string): string {
  let result = '';
  for (const char of text.normalize('NFD')) {
    const code = char.charCodeAt(0);
    result += char.length === 1 && code >= 0x80 ? stripCode(code) : char;
  }
  return result.normalize('NFC');
}
