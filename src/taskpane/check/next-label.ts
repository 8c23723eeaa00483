/** The label after a typed one, in the same style: "II." → "III.", "3." → "4.", "2.1." → "2.2.", "c)" → "d)", "đ)" → "e)". */

/** The letters Vietnamese documents number points with (no f, j, w, z; đ after d). */
const POINT_LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'];
const ROMANS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX'];

export function nextLabel(label: string): string | null {
  const roman = /^([IVXLC]+)([.)])$/.exec(label);
  if (roman?.[1] && roman[2]) {
    const index = ROMANS.indexOf(roman[1]);
    const next = index >= 0 ? ROMANS[index + 1] : undefined;
    return next ? `${next}${roman[2]}` : null;
  }
  const arabic = /^((?:\d+\.)*)(\d+)([.)]?)$/.exec(label);
  if (arabic && arabic[2] !== undefined) return `${arabic[1] ?? ''}${Number(arabic[2]) + 1}${arabic[3] ?? ''}`;
  const letter = /^([a-zđ])([.)])$/.exec(label);
  if (letter?.[1] && letter[2]) {
    const index = POINT_LETTERS.indexOf(letter[1]);
    const next = index >= 0 ? POINT_LETTERS[index + 1] : undefined;
    return next ? `${next}${letter[2]}` : null;
  }
  return null;
}

/** The first label of the style a typed label shows: "IV." → "I.", "3." → "1.", "2.3." → "2.1.", "c)" → "a)". */
export function firstLabelLike(label: string): string | null {
  if (/^[IVXLC]+[.)]$/.test(label)) return `I${label.slice(-1)}`;
  const arabic = /^((?:\d+\.)*)(\d+)([.)]?)$/.exec(label);
  if (arabic) return `${arabic[1] ?? ''}1${arabic[3] ?? ''}`;
  if (/^[a-zđ][.)]$/.test(label)) return `a${label.slice(-1)}`;
  return null;
}
