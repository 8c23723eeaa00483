import type { Span } from './mapped-text';
import type { Token } from './tokens';

export interface Ngram {
  /** the syllables joined by one space */
  key: string;
  /** index of the first and one past the last token */
  first: number;
  last: number;
}

const isSyllable = (token: Token): boolean => token.kind !== 'punct';

/** Every run of `n` consecutive syllable tokens; punctuation tokens, if any, are skipped over. */
export function syllableNgrams(tokens: readonly Token[], n: number): Ngram[] {
  const grams: Ngram[] = [];
  if (n < 1) return grams;
  const positions: number[] = [];
  tokens.forEach((token, index) => {
    if (isSyllable(token)) positions.push(index);
  });
  for (let first = 0; first + n <= positions.length; first += 1) {
    const run = positions.slice(first, first + n);
    grams.push({
      key: run.map((index) => (tokens[index] as Token).text).join(' '),
      first: run[0] as number,
      last: (run[n - 1] as number) + 1,
    });
  }
  return grams;
}

/** The set of n-gram keys, for overlap measures. */
export function ngramKeys(tokens: readonly Token[], n: number): Set<string> {
  return new Set(syllableNgrams(tokens, n).map((gram) => gram.key));
}

export interface PhraseMatch {
  /** token indices in the haystack: [first, last) */
  first: number;
  last: number;
  /** the match in the haystack's original text */
  original: Span;
}

/** Every place where the needle's syllables occur in a row in the haystack (punctuation ignored on both sides). */
export function findPhrase(haystack: readonly Token[], needle: readonly Token[]): PhraseMatch[] {
  const positions: number[] = [];
  haystack.forEach((token, index) => {
    if (isSyllable(token)) positions.push(index);
  });
  const words = needle.filter(isSyllable).map((token) => token.text);
  const matches: PhraseMatch[] = [];
  if (words.length === 0) return matches;
  for (let first = 0; first + words.length <= positions.length; first += 1) {
    let k = 0;
    while (k < words.length && haystack[positions[first + k] as number]?.text === words[k]) k += 1;
    if (k < words.length) continue;
    const headIndex = positions[first] as number;
    const tailIndex = positions[first + words.length - 1] as number;
    matches.push({
      first: headIndex,
      last: tailIndex + 1,
      original: {
        start: (haystack[headIndex] as Token).original.start,
        end: (haystack[tailIndex] as Token).original.end,
      },
    });
  }
  return matches;
}

/**
 * Dice coefficient of the two texts' syllable n-gram sets: 1 for the same syllables in the same order, 0 for none shared.
 * Texts shorter than n syllables are compared with n-grams as long as the shorter text.
 */
export function ngramSimilarity(a: readonly Token[], b: readonly Token[], n = 2): number {
  const countA = a.filter(isSyllable).length;
  const countB = b.filter(isSyllable).length;
  const size = Math.min(n, countA, countB);
  if (size < 1) return countA === countB ? 1 : 0;
  const left = ngramKeys(a, size);
  const right = ngramKeys(b, size);
  let shared = 0;
  for (const key of left) if (right.has(key)) shared += 1;
  return (2 * shared) / (left.size + right.size);
}
