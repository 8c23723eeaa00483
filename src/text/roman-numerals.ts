/** Roman numerals as Vietnamese documents number their parts (I., II., … XX.), both ways. */

const ROMAN_DIGITS: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

export function toRoman(n: number): string {
  let rest = Math.floor(n);
  let out = '';
  for (const [value, digits] of ROMAN_DIGITS) {
    while (rest >= value) {
      out += digits;
      rest -= value;
    }
  }
  return out;
}

/** The number a Roman numeral stands for, or null when it is not a well-formed one. */
export function fromRoman(text: string): number | null {
  if (!/^[IVXLCDM]+$/.test(text)) return null;
  let total = 0;
  for (let i = 0; i < text.length; i += 1) {
    const value = ROMAN_DIGITS.find(([, d]) => d === text[i])?.[0] ?? 0;
    const next = ROMAN_DIGITS.find(([, d]) => d === text[i + 1])?.[0] ?? 0;
    total += value < next ? -value : value;
  }
  return total > 0 && toRoman(total) === text ? total : null;
}
