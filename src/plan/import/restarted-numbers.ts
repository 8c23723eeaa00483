import type { Paragraph } from '../../document/model';
import { ROMAN } from './parts';

const NUMBER_DOT = /^(\d{1,2})\.$/u;
const SUB_NUMBER = /^\d{1,2}\.\d{1,2}\.?$/u;

/**
 * "1. Quý I/2027" in bold over plain "1. Tổ chức quán triệt …", "2. …", then "2. Quý II/2027" in bold over plain "1. …"
 * again: one typed form for two levels, told apart by the type. The plain numbers, restarting from 1 under each bold
 * one, are read as that number's "1.1.", "1.2." (the printed "1." is kept for the headings).
 * Within each Roman part of the task part (`from` to `to`) only, and only when the part is all of that shape: its bold
 * numbers run 1, 2, 3 …, at least two of them; every plain number follows a bold one, and runs from 1 under it; and the
 * part writes no "1.1." of its own.
 */
export function withRestartedNumbers(ps: readonly Paragraph[], from: number, to: number): { ps: Paragraph[]; printed: Map<number, string> } {
  const out = [...ps];
  const printed = new Map<number, string>();
  let start = from + 1;
  for (let i = from + 1; i <= to; i += 1) {
    const p = ps[i];
    if (i < to && !(p && p.table === null && p.label !== null && ROMAN.test(p.label))) continue;
    for (const [at, label] of restartedIn(ps, start, i)) {
      printed.set(at, ps[at]!.label!);
      out[at] = { ...ps[at]!, label };
    }
    start = i + 1;
  }
  return { ps: out, printed };
}

/** The plain numbered paragraphs of one part that stand a level below its bold ones, with their labels as sub-numbers. */
function restartedIn(ps: readonly Paragraph[], from: number, to: number): Map<number, string> {
  let heading = 0;
  let last = 0;
  const found = new Map<number, string>();
  for (let i = from; i < to; i += 1) {
    const p = ps[i]!;
    if (p.table !== null || p.label === null) continue;
    if (SUB_NUMBER.test(p.label)) return new Map();
    const number = NUMBER_DOT.exec(p.label);
    if (!number) continue;
    const n = Number(number[1]);
    if (p.bold) {
      if (n !== heading + 1) return new Map();
      heading = n;
      last = 0;
    } else {
      if (heading === 0 || n !== last + 1) return new Map();
      last = n;
      found.set(i, `${heading}.${n}.`);
    }
  }
  return heading >= 2 && found.size > 0 ? found : new Map();
}
