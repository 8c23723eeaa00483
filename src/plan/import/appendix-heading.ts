/**
 * An appendix's own heading over its task table, after the signature: "Phụ lục I" over "NHIỆM VỤ CỦA CÁC PHÒNG NGHIỆP
 * VỤ …" and "(Kèm theo Kế hoạch số …)", or on one line, "Phụ lục 2: Nhiệm vụ của Bảo hiểm xã hội cơ sở". A plan that
 * gives its tasks in two appendices numbers each one's rows 1, 2, … afresh: the appendix's number is their group
 * ("Phụ lục II", row 3: task 2.3), in figures, as ids begin with a number and the plan's Roman parts are its own.
 */
import type { DocumentModel } from '../../document/model';
import { fromRoman } from '../../text/roman-numerals';

export interface AppendixHeading {
  /** The appendix's number in figures: "Phụ lục II" → "2". */
  number: string;
  /** As the plan writes it: "Phụ lục II". */
  label: string;
  title: string;
  paragraph: number;
}

const APPENDIX = /^\**\s*(phụ lục\s+(?:số\s+)?([IVX]+|\d{1,2}))\s*\**\s*(?:[:.–-]\s*(.*))?$/iu;

/** "II" → 2, "2" → 2; 0 when it is neither. */
const arabic = (numeral: string): number => (/^\d+$/.test(numeral) ? Number(numeral) : (fromRoman(numeral.toUpperCase()) ?? 0));

/**
 * The appendix heading standing right above the table that starts at paragraph `start` (only its title lines, the
 * "(Kèm theo …)" line and empty ones between them), or null.
 */
export function appendixHeadingBefore(model: DocumentModel, start: number): AppendixHeading | null {
  const lines: { text: string; index: number }[] = [];
  for (let at = start - 1; at >= 0 && lines.length < 4; at -= 1) {
    const p = model.paragraphs[at]!;
    if (p.table) return null;
    const text = p.text.replace(/\*/g, '').trim();
    if (!text) continue;
    const m = APPENDIX.exec(text);
    if (m) {
      const n = arabic(m[2]!);
      if (!n) return null;
      const below = lines.reverse().map((l) => l.text).find((l) => !/^\(.*\)$/u.test(l));
      const title = m[3]?.trim() || below || m[1]!;
      return { number: String(n), label: m[1]!.replace(/\s+/g, ' '), title, paragraph: p.index };
    }
    lines.push({ text, index: p.index });
  }
  return null;
}
