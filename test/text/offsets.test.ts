import { normalizeForMatch, originalSlice, tokenize, type NormalizeOptions, type NormalizedText } from '../../src/text';
import { isLetter } from '../../src/text/chars';
import { pick, randomText, seededRandom, windows1258Style, type Random } from './support/random-text';

const isWordChar = (code: number): boolean => isLetter(code) || (code >= 0x30 && code <= 0x39);

/** Every whole-word occurrence of `needle` in the normalized text. */
function wholeWordMatches(normalized: NormalizedText, needle: string): number[] {
  const found: number[] = [];
  const text = normalized.text;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    const before = at === 0 ? 0x20 : text.charCodeAt(at - 1);
    const after = at + needle.length >= text.length ? 0x20 : text.charCodeAt(at + needle.length);
    if (!isWordChar(before) && !isWordChar(after)) found.push(at);
  }
  return found;
}

/** A needle made of 1–4 whole tokens of the normalized text (syllables, numbers, codes and what lies between). */
function randomNeedle(random: Random, normalized: NormalizedText): string | undefined {
  const tokens = tokenize(normalized);
  if (tokens.length === 0) return undefined;
  const first = Math.floor(random() * tokens.length);
  const last = Math.min(tokens.length - 1, first + Math.floor(random() * 4));
  return normalized.text.slice(tokens[first]?.start, tokens[last]?.end);
}

function checkRoundTrips(options: NormalizeOptions, withAbbreviations: boolean, exact: boolean): number {
  const random = seededRandom(withAbbreviations ? 4242 : options.accents === false ? 77 : 2023);
  let checked = 0;
  for (let sample = 0; sample < 300; sample += 1) {
    const original = randomText(random, 4 + Math.floor(random() * 20), withAbbreviations);
    const normalized = normalizeForMatch(original, options);
    expect(normalized.map.length).toBe(normalized.text.length + 1);
    for (let n = 0; n < 5; n += 1) {
      const needle = randomNeedle(random, normalized);
      if (!needle) continue;
      const needleKey = normalizeForMatch(needle, options).text;
      expect(needleKey).toBe(needle); // normalization is idempotent on its own output
      const matches = wholeWordMatches(normalized, needle);
      expect(matches.length).toBeGreaterThan(0);
      for (const at of matches) {
        const back = normalizeForMatch(originalSlice(normalized, at, at + needle.length), options).text;
        if (exact) expect(back).toBe(needleKey);
        else expect(back).toContain(needleKey);
        checked += 1;
      }
    }
  }
  return checked;
}

describe('offset round trips on generated text', () => {
  it('maps every whole-word match back to an original span that normalizes to the needle', () => {
    expect(checkRoundTrips({}, false, true)).toBeGreaterThan(1000);
  });

  it('does the same with the accent-free fold', () => {
    expect(checkRoundTrips({ accents: false }, false, true)).toBeGreaterThan(1000);
  });

  it('maps matches in expanded text back to spans whose own expansion contains the needle', () => {
    expect(checkRoundTrips({ expandAbbreviations: true }, true, false)).toBeGreaterThan(1000);
  });

  it('is exact for every word of an NFD text', () => {
    const random = seededRandom(9);
    const words = ['Thực', 'hiện', 'nghiêm', 'túc', 'quy', 'định', 'về', 'công', 'khai,', 'minh', 'bạch', 'trong', 'hoạt', 'động', 'của', 'cơ', 'quan', 'Uỷ', 'ban', 'hoà', 'giải'];
    for (let sample = 0; sample < 50; sample += 1) {
      const nfc = Array.from({ length: 12 }, () => pick(random, words)).join(' ');
      for (const original of [nfc.normalize('NFD'), windows1258Style(nfc)]) {
        const normalized = normalizeForMatch(original);
        for (const token of tokenize(normalized)) {
          const slice = originalSlice(normalized, token.start, token.end);
          expect(normalizeForMatch(slice).text).toBe(token.text);
          // the slice is exactly one whole word of the original, never part of a cluster
          const word = original.slice(token.original.start, token.original.end);
          expect(word).toBe(slice);
          expect(/[\u0300-\u036f]/.test(original.charAt(token.original.end))).toBe(false);
        }
      }
    }
  });

  it('is exact for expanded abbreviations: the span is the abbreviation itself', () => {
    const random = seededRandom(31);
    const abbreviations: Array<[string, string]> = [['PCTN', 'phòng, chống tham nhũng'], ['UBND', 'ủy ban nhân dân'], ['HĐND', 'hội đồng nhân dân'], ['KN, TC', 'khiếu nại, tố cáo']];
    for (let sample = 0; sample < 40; sample += 1) {
      const [abbreviation, expansion] = pick(random, abbreviations);
      const prefix = randomText(random, 1 + Math.floor(random() * 5), false);
      const original = `${prefix} ${abbreviation} tỉnh Quảng Ngãi`;
      const normalized = normalizeForMatch(original, { expandAbbreviations: true });
      const at = normalized.text.lastIndexOf(expansion);
      expect(at).toBeGreaterThan(0);
      expect(originalSlice(normalized, at, at + expansion.length)).toBe(abbreviation);
      const inner = expansion.split(' ').slice(1).join(' ');
      const innerAt = at + expansion.indexOf(inner);
      expect(originalSlice(normalized, innerAt, innerAt + inner.length)).toBe(abbreviation);
    }
  });
});
