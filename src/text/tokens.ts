import { isDigit, isLetter, isMark } from './chars';
import { normalizeForMatch, type NormalizeOptions } from './normalize';
import { toOriginalSpan, type NormalizedText, type Span } from './mapped-text';

export type TokenKind = 'word' | 'number' | 'code' | 'punct';

export interface Token {
  /** the token as it stands in the normalized text */
  readonly text: string;
  readonly kind: TokenKind;
  /** offsets in the normalized text */
  readonly start: number;
  readonly end: number;
  /** offsets in the original text */
  readonly original: Span;
}

/**
 * A token whose original span is worked out when asked: a long report makes hundreds of thousands of tokens that live
 * through the whole check, and the checker asks few of them for it (a span object each was a tenth of what the
 * collector copies).
 */
class MappedToken implements Token {
  constructor(
    readonly text: string,
    readonly kind: TokenKind,
    readonly start: number,
    readonly end: number,
    private readonly normalized: NormalizedText,
  ) {}

  get original(): Span {
    return toOriginalSpan(this.normalized, this.start, this.end);
  }
}

export interface TokenizeOptions {
  /** Also return punctuation marks (one token each). Default false: only syllables, numbers and codes. */
  punctuation?: boolean;
}

const SLASH = 0x2f;
const HYPHEN = 0x2d;
const DOT = 0x2e;
const COMMA = 0x2c;
const SPACE = 0x20;

function isWordUnit(code: number): boolean {
  return isDigit(code) || isLetter(code) || isMark(code);
}

function isUpperOriginal(normalized: NormalizedText, index: number): boolean {
  const original = normalized.original.charAt(normalized.map[index] as number);
  return original !== original.toLowerCase() && original === original.toUpperCase();
}

/**
 * Does the joiner at `index` glue its neighbours into one token? Digits glue through "." and "," (1.234,5) and
 * through "/" and "-" (31/12/2022, 10-15). Letters glue through "/" and "-" only when one side is written in capitals in the
 * original, as in ký hiệu (59/2019/NĐ-CP, SNV-TTr, V/v); "kinh tế-xã hội" splits.
 */
function joins(normalized: NormalizedText, index: number): boolean {
  const text = normalized.text;
  if (index === 0 || index + 1 >= text.length) return false;
  const joiner = text.charCodeAt(index);
  const before = text.charCodeAt(index - 1);
  const after = text.charCodeAt(index + 1);
  if (!isWordUnit(before) || !isWordUnit(after)) return false;
  const digits = isDigit(before) && isDigit(after);
  if (joiner === DOT || joiner === COMMA) return digits;
  if (joiner !== SLASH && joiner !== HYPHEN) return false;
  return (
    isDigit(before) || isDigit(after) || isUpperOriginal(normalized, index - 1) || isUpperOriginal(normalized, index + 1)
  );
}

function kindOf(text: string): TokenKind {
  let letters = false;
  let digits = false;
  let joiners = false;
  for (let k = 0; k < text.length; k += 1) {
    const code = text.charCodeAt(k);
    if (isDigit(code)) digits = true;
    else if (code === SLASH || code === HYPHEN) joiners = true;
    else if (code !== DOT && code !== COMMA) letters = true;
  }
  if (joiners || (letters && digits)) return 'code';
  return letters ? 'word' : 'number';
}

/**
 * Splits a normalized text into Vietnamese syllables, numbers and codes (10/CT-TTg, 59/2019/NĐ-CP, 31/12/2022, I/2023
 * stay whole), with spans in the normalized and the original text. A string is normalized first with the default options.
 */
export function tokenize(input: NormalizedText | string, options: TokenizeOptions = {}): Token[] {
  const normalized = typeof input === 'string' ? normalizeForMatch(input) : input;
  const text = normalized.text;
  const tokens: Token[] = [];
  const push = (start: number, end: number, kind?: TokenKind): void => {
    const slice = text.slice(start, end);
    tokens.push(new MappedToken(slice, kind ?? kindOf(slice), start, end, normalized));
  };
  let k = 0;
  while (k < text.length) {
    const code = text.charCodeAt(k);
    if (isWordUnit(code)) {
      const start = k;
      k += 1;
      while (k < text.length && (isWordUnit(text.charCodeAt(k)) || joins(normalized, k))) k += 1;
      push(start, k);
    } else {
      if (code !== SPACE && options.punctuation) push(k, k + 1, 'punct');
      k += 1;
    }
  }
  return tokens;
}

/** Tokens of a text normalized with the given options, for callers that only need the tokens. */
export function tokenizeText(text: string, options: NormalizeOptions = {}, tokenOptions: TokenizeOptions = {}): Token[] {
  return tokenize(normalizeForMatch(text, options), tokenOptions);
}
