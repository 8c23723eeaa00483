/**
 * Spelling variants folded to one form before matching (domain notes §4.2). Data only: the rules that apply it
 * live in syllable-folds.ts.
 */

/** Tone marks in a fixed order: sắc, huyền, hỏi, ngã, nặng. */
export const TONED_VOWELS: Readonly<Record<string, string>> = {
  a: 'áàảãạ',
  e: 'éèẻẽẹ',
  i: 'íìỉĩị',
  o: 'óòỏõọ',
  u: 'úùủũụ',
  y: 'ýỳỷỹỵ',
  A: 'ÁÀẢÃẠ',
  E: 'ÉÈẺẼẸ',
  I: 'ÍÌỈĨỊ',
  O: 'ÓÒỎÕỌ',
  U: 'ÚÙỦŨỤ',
  Y: 'ÝỲỶỸỴ',
};

/**
 * Open syllables whose tone sits on the second vowel in the "new" style (hoà, khoẻ, thuỷ) and on the first in the old
 * style that ND30 writes (hòa, khỏe, thủy). Each entry: first vowel, second vowel. The fold moves the tone to the first.
 */
export const OPEN_TONE_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['o', 'a'],
  ['o', 'e'],
  ['u', 'y'],
];

/** Onsets after which a syllable "…i" and "…y" are the same word: qui/quy, kĩ/kỹ, lí/lý, mĩ/mỹ, tỉ/tỷ, hi/hy, sĩ/sỹ. */
export const I_TO_Y_ONSETS: readonly string[] = ['qu', 'k', 'l', 'm', 't', 'h', 's'];

/** Vowels (lower case, without tone) that may not stand right before an open oa/oe/uy pair. */
export const VOWEL_BASES = 'aăâeêioôơuưy';
