/**
 * A quarter or month grid whose cells name the unit that does the task in that period instead of marking it ("TT | Nội
 * dung nhiệm vụ | Quý I | … | Quý IV | Ghi chú" with "VP", "P.KHTC, VP" in the quarters the task is done, the short forms
 * defined in the plan's words): a filled cell is a period marked, its first unit leads, the others help.
 */
import { isMark, type GridColumns } from './month-grid';
import { splitBodies } from './split-bodies';

/** The grid's cells in the rows below name bodies: words in some of them, and no mark in any. */
export function gridNamesUnits(below: readonly { cells: readonly string[] }[], grid: GridColumns): boolean {
  const filled = below.flatMap((row) => grid.periods.map((p) => (row.cells[p.at] ?? '').replace(/\*/g, '').trim())).filter(Boolean);
  return filled.length > 0 && filled.every((cell) => !isMark(cell) && /\p{L}{2}/u.test(cell));
}

/** A short form: one word with two capitals at least and no space ("VP", "P.KHTC", "TTr", "P.BCVT&CĐS"). */
const isShortForm = (name: string) => /^[\p{L}.&\-–]+$/u.test(name) && (name.match(/\p{Lu}/gu) ?? []).length >= 2;

/** "VP, TTr": a list of short forms, which the names reader may keep as one. */
function bodiesOf(cell: string): string[] {
  return splitBodies(cell).flatMap((piece) => {
    const parts = piece.split(/\s*[,;]\s*/).filter(Boolean);
    return parts.length > 1 && parts.every(isShortForm) ? parts : [piece];
  });
}

/** The bodies the row's period cells name: the first of each cell leads, the others help. */
export function gridUnits(cells: readonly string[], grid: GridColumns): { lead: string[]; support: string[] } {
  const lead: string[] = [];
  const support: string[] = [];
  for (const period of grid.periods) {
    const [first, ...others] = bodiesOf((cells[period.at] ?? '').replace(/\*/g, '').trim());
    if (first && !lead.includes(first)) lead.push(first);
    for (const other of others) if (!support.includes(other)) support.push(other);
  }
  return { lead, support: support.filter((name) => !lead.includes(name)) };
}
