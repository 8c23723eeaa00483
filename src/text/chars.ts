/**
 * Per-character classification and folding for the normalizer, cached by UTF-16 code unit so the hot loop
 * never runs a regular expression twice for the same character.
 */

export const CharKind = { Unknown: 0, Plain: 1, Whitespace: 2, Invisible: 3 } as const;
export type CharKind = (typeof CharKind)[keyof typeof CharKind];

const WHITESPACE = [
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006,
  0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
];

/** Soft hyphen, zero-width space/non-joiner/joiner, word joiner, byte order mark. */
const INVISIBLE = [0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff];

/** Replacements applied after NFC and before case folding. */
const REPLACEMENTS: ReadonlyArray<readonly [number, string]> = [
  [0x00d0, 'Đ'], // Ð Icelandic Eth used for Đ
  [0x00f0, 'đ'], // ð look-alike of đ
  [0x2010, '-'],
  [0x2011, '-'],
  [0x2012, '-'],
  [0x2013, '-'],
  [0x2014, '-'],
  [0x2015, '-'],
  [0x2212, '-'],
  [0xfe58, '-'],
  [0xfe63, '-'],
  [0xff0d, '-'],
  [0x2018, "'"],
  [0x2019, "'"],
  [0x201a, "'"],
  [0x201b, "'"],
  [0x2032, "'"],
  [0x201c, '"'],
  [0x201d, '"'],
  [0x201e, '"'],
  [0x201f, '"'],
  [0x2033, '"'],
  [0x00ab, '"'],
  [0x00bb, '"'],
  [0x2026, '...'],
];

const kinds = new Uint8Array(0x10000);
for (const code of WHITESPACE) kinds[code] = CharKind.Whitespace;
for (const code of INVISIBLE) kinds[code] = CharKind.Invisible;

const replacement = new Map<number, string>(REPLACEMENTS);

const LETTER_UNKNOWN = 0;
const LETTER_YES = 1;
const LETTER_NO = 2;
const letterFlags = new Uint8Array(0x10000);
const markFlags = new Uint8Array(0x10000);
const LETTER_RE = /\p{L}/u;
const MARK_RE = /\p{M}/u;

for (let code = 0; code < 0x80; code += 1) {
  const isAsciiLetter = (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  letterFlags[code] = isAsciiLetter ? LETTER_YES : LETTER_NO;
  markFlags[code] = LETTER_NO;
  if (kinds[code] === CharKind.Unknown) kinds[code] = CharKind.Plain;
}

export function charKind(code: number): CharKind {
  const kind = kinds[code] as CharKind;
  if (kind !== CharKind.Unknown) return kind;
  kinds[code] = CharKind.Plain;
  return CharKind.Plain;
}

/** A letter of any script (Unicode category L). */
export function isLetter(code: number): boolean {
  let flag = letterFlags[code];
  if (flag === LETTER_UNKNOWN) {
    flag = LETTER_RE.test(String.fromCharCode(code)) ? LETTER_YES : LETTER_NO;
    letterFlags[code] = flag;
  }
  return flag === LETTER_YES;
}

/** A combining mark (Unicode category M), e.g. U+0301 or U+0323. */
export function isMark(code: number): boolean {
  if (code < 0x300) return false;
  let flag = markFlags[code];
  if (flag === LETTER_UNKNOWN) {
    flag = MARK_RE.test(String.fromCharCode(code)) ? LETTER_YES : LETTER_NO;
    markFlags[code] = flag;
  }
  return flag === LETTER_YES;
}

export function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

export function isWordCode(code: number): boolean {
  return isDigit(code) || isLetter(code) || isMark(code);
}

const lowerCache: (string | undefined)[] = new Array<string | undefined>(0x10000);
const casedCache: (string | undefined)[] = new Array<string | undefined>(0x10000);

/**
 * The folded form of one precomposed (already NFC) code unit: look-alikes and punctuation replaced,
 * then lower-cased when `foldCase`. Single code units that NFC would change (singletons such as U+212B) are composed here.
 */
export function foldCode(code: number, foldCase: boolean): string {
  const cache = foldCase ? lowerCache : casedCache;
  let folded = cache[code];
  if (folded === undefined) {
    const single = String.fromCharCode(code);
    const isSurrogate = code >= 0xd800 && code <= 0xdfff;
    let text = replacement.get(code) ?? (isSurrogate ? single : single.normalize('NFC'));
    if (foldCase) text = text.toLowerCase();
    folded = text;
    cache[code] = folded;
  }
  return folded;
}

const strippedCache: (string | undefined)[] = new Array<string | undefined>(0x10000);

/** The accent-free form of one code unit: the base letter of its NFD, đ→d, Đ→D; a lone combining mark becomes ''. */
export function stripCode(code: number): string {
  let stripped = strippedCache[code];
  if (stripped === undefined) {
    if (code === 0x111 || code === 0xf0) stripped = 'd';
    else if (code === 0x110 || code === 0xd0) stripped = 'D';
    else if (isMark(code)) stripped = '';
    else if (code >= 0xd800 && code <= 0xdfff) stripped = String.fromCharCode(code);
    else {
      let base = '';
      for (const unit of String.fromCharCode(code).normalize('NFD')) {
        if (!isMark(unit.charCodeAt(0))) base += unit;
      }
      stripped = base;
    }
    strippedCache[code] = stripped;
  }
  return stripped;
}

/** NFC of a short run (a base character with its combining marks). */
export function composeRun(run: string): string {
  return run.normalize('NFC');
}

/** NFC of a whole string, for callers outside src/text that need display text rather than match keys. */
export function toNfc(text: string): string {
  return text.normalize('NFC');
}
