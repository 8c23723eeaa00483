import { stripCode } from './chars';
import { normalizeCore } from './core';
import { readElliptic } from './elliptic';
import { expandAbbreviations } from './expand';
import { MappedTextBuilder, type NormalizedText } from './mapped-text';

export interface NormalizeOptions {
  /** false: the accent-free fold (marks stripped, đ→d), a fuzzy fallback. Default true. */
  accents?: boolean;
  /** Expand the domain abbreviations (PCTN, UBND, CBCC, …) as whole words. Default false. */
  expandAbbreviations?: boolean;
  /** Lower-case everything (after NFC). Default true. */
  foldCase?: boolean;
}

/**
 * The match key of a text with an exact map back to the original: NFC (per character cluster, so NFD and
 * Windows-1258-style input map exactly), oa/oe/uy tone placement and i/y spelling folded, Ð read as Đ, whitespace runs to
 * one space, invisible characters removed, dashes, quotes and "…" to ASCII, lower case. No trimming.
 */
export function normalizeForMatch(text: string, options: NormalizeOptions = {}): NormalizedText {
  const foldCase = options.foldCase ?? true;
  let result = normalizeCore(text, foldCase);
  if (options.expandAbbreviations) result = readElliptic(expandAbbreviations(result, foldCase));
  if (options.accents === false) result = stripMapped(result);
  return result;
}

/** Accent-free fold of an already normalized text: 1:1 per character, lone marks dropped, maps kept. */
function stripMapped(normalized: NormalizedText): NormalizedText {
  const { text, map, ends, original } = normalized;
  const out = MappedTextBuilder.acquire(text.length);
  for (let k = 0; k < text.length; k += 1) {
    const code = text.charCodeAt(k);
    const start = map[k] as number;
    const end = ends[k] as number;
    if (code < 0x80) out.push(code, start, end);
    else out.pushString(stripCode(code), start, end);
  }
  return out.finish(original);
}

export { toOriginalSpan, originalSlice } from './mapped-text';
export type { NormalizedText, Span } from './mapped-text';
