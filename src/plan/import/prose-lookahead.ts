/** Looks ahead from a paragraph of the task parts: what the next paragraphs that count show. */
import type { Paragraph } from '../../document/model';
import { plain, strip } from './parts';
import { ARABIC, roleOfLine, saysOwn, SUB, TIMING_LINE, UNITS_LINE } from './prose-lines';

/** The paragraphs of the task parts: up to `tasksEnd`, the Roman parts after the first that give tasks too. */
export interface TaskSpan {
  ps: readonly Paragraph[];
  tasksEnd: number;
  laterParts: ReadonlySet<number>;
}

/** Whether the next paragraph after `at` is a bullet that is a task (not a units or time line). */
export function headsBullets({ ps, tasksEnd }: TaskSpan, at: number): boolean {
  for (let j = at + 1; j < tasksEnd; j += 1) {
    const next = ps[j]!;
    if (next.text.trim() === '') continue;
    const k = strip(plain(next));
    return (next.label === '-' || next.label === '–' || next.label === '•') && !UNITS_LINE.test(k) && !TIMING_LINE.test(k) && roleOfLine(strip(next.text)) === undefined;
  }
  return false;
}

/** Whether the paragraphs after `at` that are more units or time lines end the numbered part: the next is a number. */
export function closesPart({ ps, tasksEnd }: TaskSpan, at: number): boolean {
  for (let j = at + 1; j < tasksEnd; j += 1) {
    const next = ps[j]!;
    if (next.text.trim() === '') continue;
    const k = strip(plain(next));
    if (UNITS_LINE.test(k) || TIMING_LINE.test(k) || roleOfLine(strip(next.text)) !== undefined) continue;
    return next.label !== null && (ARABIC.test(next.label) || SUB.test(next.label));
  }
  return true;
}

/** Whether the paragraph after `at` opens the next numbered part ("3."), the next Roman part, or ends the tasks. */
export function closesNumbered({ ps, tasksEnd, laterParts }: TaskSpan, at: number): boolean {
  for (let j = at + 1; j < tasksEnd; j += 1) if (ps[j]!.text.trim() !== '') return laterParts.has(j) || (ps[j]!.label !== null && ARABIC.test(ps[j]!.label!));
  return true;
}

/** Whether the paragraph after `at` opens the next Roman part or ends the tasks. */
export function closesRoman({ ps, tasksEnd, laterParts }: TaskSpan, at: number): boolean {
  for (let j = at + 1; j < tasksEnd; j += 1) if (ps[j]!.text.trim() !== '') return laterParts.has(j);
  return true;
}

/** Whether nothing stands under the numbered line at `at`: the next paragraph is the next "n." line, the next Roman part, or
 * the end of the tasks. */
export function nothingUnder({ ps, tasksEnd, laterParts }: TaskSpan, at: number): boolean {
  for (let j = at + 1; j < tasksEnd; j += 1) if (ps[j]!.text.trim() !== '') return laterParts.has(j) || (ps[j]!.table === null && ps[j]!.label !== null && ARABIC.test(ps[j]!.label!));
  return true;
}

/** Whether the next paragraph after `at` is a units bracket of its own: "(Đơn vị thực hiện: X chủ trì, phối hợp Y; thời
 * gian: hằng tháng)". */
export function bracketFollows({ ps, tasksEnd }: TaskSpan, at: number): boolean {
  for (let j = at + 1; j < tasksEnd; j += 1) {
    const next = ps[j]!;
    if (next.text.trim() === '') continue;
    const block = /^\(([^()]{3,240})\)\s*\.?$/u.exec(strip(next.text))?.[1];
    return next.label === null && next.table === null && block !== undefined && (saysOwn(`(${block})`, 'units') || saysOwn(`(${block})`, 'time'));
  }
  return false;
}
