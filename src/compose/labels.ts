/**
 * Heading labels as Vietnamese reports type them (Nghị định 30/2020/NĐ-CP, Phụ lục I): I., II. … (Roman) → 1., 2. …
 * → a), b) … with the Vietnamese point letters (đ after d; no f, j, w, z) → "-" → "+".
 */

import { POINT_LETTERS } from '../text/point-letters';
import { fromRoman, toRoman } from '../text/roman-numerals';

export { POINT_LETTERS, fromRoman, toRoman };

/** The n-th label (from 1) of a level: 1 → "I.", 2 → "1.", 3 → "a)"; null past "y)". */
export function labelFor(level: number, n: number): string | null {
  if (n < 1) return null;
  if (level <= 1) return `${toRoman(n)}.`;
  if (level === 2) return `${n}.`;
  const letter = POINT_LETTERS[n - 1];
  return letter ? `${letter})` : null;
}

/**
 * The label after a typed one, in the same style: "II." → "III.", "3." → "4.", "2.1." → "2.2.", "d)" → "đ)",
 * "e)" → "g)"; null when there is none ("y)") or the label is not a numbering label.
 */
export function nextLabel(label: string): string | null {
  const roman = /^([IVXLCDM]+)([.)])$/.exec(label);
  if (roman?.[1] && roman[2]) {
    const n = fromRoman(roman[1]);
    return n === null ? null : `${toRoman(n + 1)}${roman[2]}`;
  }
  const arabic = /^((?:\d+\.)*)(\d+)([.)]?)$/.exec(label);
  if (arabic?.[2] !== undefined) return `${arabic[1] ?? ''}${Number(arabic[2]) + 1}${arabic[3] ?? ''}`;
  const letter = /^([a-zđ])([.)])$/.exec(label);
  if (letter?.[1] && letter[2]) {
    const index = (POINT_LETTERS as readonly string[]).indexOf(letter[1]);
    const next = index >= 0 ? POINT_LETTERS[index + 1] : undefined;
    return next ? `${next}${letter[2]}` : null;
  }
  return null;
}

/** The first label in the style of a typed one: "IV." → "I.", "3." → "1.", "2.3." → "2.1.", "c)" → "a)". */
export function firstLabelLike(label: string): string | null {
  if (/^[IVXLCDM]+[.)]$/.test(label)) return `I${label.slice(-1)}`;
  const arabic = /^((?:\d+\.)*)(\d+)([.)]?)$/.exec(label);
  if (arabic) return `${arabic[1] ?? ''}1${arabic[3] ?? ''}`;
  if (/^[a-zđ][.)]$/.test(label)) return `a${label.slice(-1)}`;
  return null;
}
