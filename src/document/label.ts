/**
 * Reading the label at the start of a paragraph: typed ("I.", "1.", "2.1.", "a)", "đ)", "-", "+", "•")
 * or given by the host's list numbering (then the text already starts with it).
 */

export interface LabelReading {
  label: string | null;
  body: string;
  /** Outline level the label implies (1 = "I.", 2 = "1.", 3 = "a)", 4 = "-", 5 = "+"), or null. */
  level: number | null;
}

const ROMAN = /^(?=[IVXLC])(C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})\.$/;
const ARABIC = /^\d{1,2}(?:\.\d{1,2})*[.)]$/;
const ARABIC_NO_TRAILING_DOT = /^\d{1,2}(?:\.\d{1,2})+$/;
/** Vietnamese point letters run a b c d đ e g h i k l m n o p q r s t u v x y; Word's lowerLetter adds f j w z. */
const LETTER = /^[a-zđ][)]$/;
const LETTER_DOT = /^[a-zđ]\.$/;
const DASHES = new Set(['-', '–', '—', '‒', '−']);
const PLUSES = new Set(['+']);
const BULLETS = new Set(['•', '·', '●', '○', '▪', '■', '□', '◦', '*', '', 'o', '§', '➢', '✓', '✔', '❖', '►', '>']);

/** Level a label implies, or null when it is not one of the report levels. */
export function labelLevel(label: string): number | null {
  if (ROMAN.test(label)) return 1;
  if (ARABIC.test(label) || ARABIC_NO_TRAILING_DOT.test(label)) {
    const parts = label.replace(/[.)]$/, '').split('.').length;
    return Math.min(1 + parts, 3);
  }
  if (LETTER.test(label) || LETTER_DOT.test(label)) return 3;
  if (DASHES.has(label)) return 4;
  if (PLUSES.has(label)) return 5;
  if (BULLETS.has(label)) return 4;
  return null;
}

const TYPED_TOKEN = /^(\S+?)(?:[ \t\u00a0]+|$)/;
const BULLET_GLUED = /^([-–—+•·●▪■◦])(?=\p{L})/u;

/** Reads a typed label at the start of the text. */
function readTypedLabel(text: string): LabelReading {
  const glued = BULLET_GLUED.exec(text);
  if (glued?.[1]) {
    const label = glued[1];
    return { label, body: text.slice(label.length).trimStart(), level: labelLevel(label) };
  }
  const token = TYPED_TOKEN.exec(text);
  if (token?.[1]) {
    const candidate = token[1];
    const level = labelLevel(candidate);
    if (level !== null) return { label: candidate, body: text.slice(token[0].length).trimStart(), level };
    // "1.Công tác" or "a)Tuyên truyền": a label glued to the word after it.
    const glued2 = /^((?=[IVXLC])[IVXLC]{1,6}\.|\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\))(?=\p{Lu}|\p{Ll})/u.exec(text);
    if (glued2?.[1]) {
      const level2 = labelLevel(glued2[1]);
      if (level2 !== null) return { label: glued2[1], body: text.slice(glued2[1].length).trimStart(), level: level2 };
    }
  }
  return { label: null, body: text, level: null };
}

/** Reads the label of a paragraph; `listLabel` is the label the host's numbering gave, if any. */
export function readLabel(text: string, listLabel: string | null): LabelReading {
  // Labels are ASCII or "đ", which no Unicode normalisation changes, so the text is read as is and the body
  // stays a suffix of it (offsets map back to the host's text).
  const trimmed = text.replace(/^[\s\u00a0\u200b\ufeff]+/, '');
  if (listLabel !== null && listLabel.trim() !== '') {
    const label = listLabel.trim();
    const body = trimmed.startsWith(label) ? trimmed.slice(label.length).replace(/^[\s\u00a0]+/, '') : trimmed;
    return { label, body, level: labelLevel(label) };
  }
  return readTypedLabel(trimmed);
}
