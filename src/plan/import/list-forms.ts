import type { Paragraph } from '../../document/model';
import { POINT_LETTERS } from '../../text/point-letters';

const NUMBER_PAREN = /^(\d{1,2})\)$/u;
const LETTER_DOT = /^([a-zđ])\.$/u;
const NUMBER_DOT = /^\d{1,2}\.$/u;
const LETTER_PAREN = /^[a-zđ]\)$/u;

/**
 * "1) Tăng cường lãnh đạo, chỉ đạo …" over "a. Ban Thường vụ … lãnh đạo …", "b. Cấp ủy các chi, đảng bộ trực thuộc:":
 * the numbering a Party committee's hand often writes, "1)" for the numbered sections and "a." for their lettered points,
 * read as the "1." and "a)" of the usual hand, within the task part only (`from` to `to`).
 * Only when the part does not use the usual form of the same level as well (then "1)" or "a." is something else), and
 * only in its run: "1)" first or after the number before it, "a." first after a number or after the letter before it.
 * Returns the paragraphs, and the labels as printed by paragraph index (the headings keep them).
 */
export function withListForms(ps: readonly Paragraph[], from: number, to: number): { ps: Paragraph[]; printed: Map<number, string> } {
  const printed = new Map<number, string>();
  const span = ps.slice(from + 1, to).filter((p) => p.table === null && p.label !== null);
  const usualNumbers = span.some((p) => NUMBER_DOT.test(p.label!));
  const usualLetters = span.some((p) => LETTER_PAREN.test(p.label!));
  const out = [...ps];
  let lastNumber = 0;
  let lastLetter: number | null = null;
  for (let i = from + 1; i < to; i += 1) {
    const p = ps[i]!;
    if (p.table !== null || p.label === null) continue;
    const number = NUMBER_PAREN.exec(p.label);
    const letter = LETTER_DOT.exec(p.label);
    if (number && !usualNumbers && Number(number[1]) === lastNumber + 1) {
      lastNumber += 1;
      lastLetter = -1;
      printed.set(i, p.label);
      out[i] = { ...p, label: `${number[1]}.` };
    } else if (letter && !usualLetters && lastLetter !== null && (POINT_LETTERS as readonly string[]).indexOf(letter[1]!) === lastLetter + 1) {
      lastLetter += 1;
      printed.set(i, p.label);
      out[i] = { ...p, label: `${letter[1]})` };
    } else if (NUMBER_DOT.test(p.label) || /^[IVX]+\.$/u.test(p.label)) lastLetter = -1;
  }
  return { ps: out, printed };
}
