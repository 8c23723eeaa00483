import type { Paragraph } from '../../document/model';

const ROMAN = /^[IVX]+\.$/u;
const PART_NUMBER = /^([IVX]+)\.(\d{1,2})\.\s+(?=\S)/u;

/**
 * "II.1. Công tác lãnh đạo, chỉ đạo …" under "II. NHIỆM VỤ, GIẢI PHÁP": the part's numeral typed before the number, which
 * the reader leaves unlabelled; it is the part's "1.", read as such (the printed "II.1." stays in its text).
 * Only under the part of the same numeral.
 */
export function withPartNumbers(ps: readonly Paragraph[]): Paragraph[] {
  let roman: string | null = null;
  return ps.map((p) => {
    if (p.label !== null && ROMAN.test(p.label)) roman = p.label.replace(/\.$/u, '');
    const m = p.label === null && p.table === null ? PART_NUMBER.exec(p.text.trimStart()) : null;
    if (!m || m[1] !== roman) return p;
    return { ...p, label: `${Number(m[2])}.`, body: p.text.trimStart().slice(m[0].length), level: 2 };
  });
}
