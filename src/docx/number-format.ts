/** Formats a list counter the way Word shows it for a w:numFmt. */

const ROMAN_DIGITS: [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

export function toRoman(value: number): string {
  if (value <= 0 || value >= 4000) return String(value);
  let rest = value;
  let out = '';
  for (const [amount, digits] of ROMAN_DIGITS) {
    while (rest >= amount) {
      out += digits;
      rest -= amount;
    }
  }
  return out;
}

/** Word's letters: A … Z, then AA, BB, … ZZ, then AAA. */
export function toLetters(value: number): string {
  if (value <= 0) return String(value);
  const letter = String.fromCharCode(65 + ((value - 1) % 26));
  return letter.repeat(Math.floor((value - 1) / 26) + 1);
}

export function formatCounter(value: number, numFmt: string): string {
  switch (numFmt) {
    case 'upperRoman':
      return toRoman(value);
    case 'lowerRoman':
      return toRoman(value).toLowerCase();
    case 'upperLetter':
      return toLetters(value);
    case 'lowerLetter':
      return toLetters(value).toLowerCase();
    case 'decimalZero':
      return value < 10 && value >= 0 ? `0${value}` : String(value);
    case 'none':
      return '';
    default:
      // decimal and the formats we do not render (ordinal, cardinalText, vietnameseCounting, ...) show as digits.
      return String(value);
  }
}

/** Bullets in Symbol/Wingdings fonts are private-use code points; show the glyph they draw. */
const SYMBOL_GLYPHS: Record<number, string> = {
  0xf0b7: '•', 0xf0a7: '▪', 0xf0d8: '➢', 0xf076: '❖', 0xf0fc: '✓', 0xf0a8: '□', 0xf06e: '■',
  0xf0e0: '➢', 0xf0f0: '⇨', 0xf02d: '-', 0xf02b: '+', 0xf0a9: '•', 0xf06c: '●', 0xf071: '❑', 0xf0d7: '►',
};

export function bulletGlyph(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    if (code >= 0xf000 && code <= 0xf0ff) out += SYMBOL_GLYPHS[code] ?? '•';
    else out += char;
  }
  return out;
}
