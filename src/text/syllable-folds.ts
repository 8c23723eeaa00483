import { stripCode } from './chars';
import type { MappedTextBuilder } from './mapped-text';
import { I_TO_Y_ONSETS, OPEN_TONE_PAIRS, TONED_VOWELS, VOWEL_BASES } from './spelling-variants';

interface TonedVowel {
  base: number;
  tone: number;
}

const TONELESS = -1;
const tonedVowels = new Map<number, TonedVowel>();
const tonedForms = new Map<number, number[]>();
for (const [base, forms] of Object.entries(TONED_VOWELS)) {
  const baseCode = base.charCodeAt(0);
  const codes = Array.from(forms, (form) => form.charCodeAt(0));
  tonedForms.set(baseCode, codes);
  tonedVowels.set(baseCode, { base: baseCode, tone: TONELESS });
  codes.forEach((code, tone) => tonedVowels.set(code, { base: baseCode, tone }));
}

const lower = (code: number): number => (code >= 0x41 && code <= 0x5a ? code + 0x20 : code);

function withTone(baseCode: number, tone: number): number {
  const forms = tonedForms.get(baseCode);
  return forms?.[tone] ?? baseCode;
}

function isVowel(code: number): boolean {
  return VOWEL_BASES.includes(stripCode(code).toLowerCase());
}

/** first vowel (lower case) → second vowels (lower case) that form an open oa/oe/uy pair with it */
const openPairs = new Map<number, Set<number>>();
for (const [first, second] of OPEN_TONE_PAIRS) {
  const key = first.charCodeAt(0);
  const set = openPairs.get(key) ?? new Set<number>();
  set.add(second.charCodeAt(0));
  openPairs.set(key, set);
}

/**
 * Moves the tone of a word-final open oa/oe/uy from the second vowel to the first (hoà→hòa, khoẻ→khỏe, uỷ→ủy).
 * Works on syllables, not a word list: the pair must end the word (no final consonant, so hoàng and toán stay), must
 * not follow another vowel, and "uy" after q stays (quý, quỳnh).
 */
function foldOpenTone(out: MappedTextBuilder, wordStart: number, wordEnd: number): void {
  if (wordEnd - wordStart < 2) return;
  const firstIndex = wordEnd - 2;
  const secondIndex = wordEnd - 1;
  const first = tonedVowels.get(out.units[firstIndex] as number);
  const second = tonedVowels.get(out.units[secondIndex] as number);
  if (!first || !second || first.tone !== TONELESS || second.tone === TONELESS) return;
  if (!openPairs.get(lower(first.base))?.has(lower(second.base))) return;
  if (firstIndex > wordStart) {
    const before = out.units[firstIndex - 1] as number;
    if (isVowel(before)) return;
    if (lower(first.base) === 0x75 && lower(before) === 0x71) return; // qu + y: the u belongs to the onset
  }
  out.units[firstIndex] = withTone(first.base, second.tone);
  out.units[secondIndex] = second.base;
  const spanStart = out.starts[firstIndex] as number;
  const spanEnd = out.ends[secondIndex] as number;
  out.starts[secondIndex] = spanStart;
  out.ends[firstIndex] = spanEnd;
}

const onsets = new Set(I_TO_Y_ONSETS);
const maxOnsetLength = Math.max(...I_TO_Y_ONSETS.map((onset) => onset.length));
const LOWER_I = 0x69;

/** qui→quy, kĩ→kỹ, lí→lý, mĩ→mỹ (whole words only): the i keeps its tone and case. */
function foldIToY(out: MappedTextBuilder, wordStart: number, wordEnd: number): void {
  const onsetLength = wordEnd - 1 - wordStart;
  if (onsetLength < 1 || onsetLength > maxOnsetLength) return;
  const last = tonedVowels.get(out.units[wordEnd - 1] as number);
  if (!last || lower(last.base) !== LOWER_I) return;
  let onset = '';
  for (let k = wordStart; k < wordEnd - 1; k += 1) onset += String.fromCharCode(lower(out.units[k] as number));
  if (!onsets.has(onset)) return;
  const y = last.base === LOWER_I ? 0x79 : 0x59;
  out.units[wordEnd - 1] = last.tone === TONELESS ? y : withTone(y, last.tone);
}

/** Word-level folds, applied in place to the letters out[wordStart, wordEnd) once the word is complete. */
export function foldWord(out: MappedTextBuilder, wordStart: number, wordEnd: number): void {
  foldOpenTone(out, wordStart, wordEnd);
  foldIToY(out, wordStart, wordEnd);
}
