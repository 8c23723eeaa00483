/**
 * A correction of a few words the user asks for by name ("Ghi đầy đủ" a citation): the words as the check read them,
 * which of their occurrences in the paragraph, and what replaces them. A host applies it only where the words are
 * still there, and keeps the old words where it can (Word: as a tracked deletion).
 */
import type { Locator } from './model';

export interface TextFix {
  locator: Locator;
  /** The words as they stood when the document was checked. */
  expected: string;
  /** Which occurrence of `expected` in the paragraph (0: the first). */
  occurrence: number;
  replacement: string;
}

/** Where the n-th occurrence (0: the first) of `word` starts in `text`, or -1. */
export function occurrenceAt(text: string, word: string, occurrence: number): number {
  let at = -1;
  for (let n = 0; n <= occurrence; n += 1) {
    at = text.indexOf(word, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

/** The fix replacing text.slice(start, end) of a paragraph by `replacement`. */
export function textFixAt(locator: Locator, text: string, span: { start: number; end: number }, replacement: string): TextFix {
  const expected = text.slice(span.start, span.end);
  let occurrence = 0;
  for (let at = text.indexOf(expected); at >= 0 && at < span.start; at = text.indexOf(expected, at + 1)) occurrence += 1;
  return { locator, expected, occurrence, replacement };
}
