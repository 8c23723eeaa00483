/**
 * A task table's cell that repeats the row above instead of writing it again: "Như trên", "nt", "-nt-", "(như trên)"
 * for the whole cell, or "Các đơn vị trên" ("các cơ quan, đơn vị nêu trên") for the bodies the row above names. The
 * cells are resolved from the last task row read, itself resolved first, so a chain of them ends at the row that wrote it.
 */
import { foldForCompare } from '../../text';
import { splitBodies } from './split-bodies';

/** What a row's cells said, once resolved. */
export interface RowCells {
  lead: string;
  support: string;
  timing: string;
}

const SAME = /^[\s(\-–]*(?:như trên|nt|n\.t|như dòng trên)[\s)\-–.]*$/iu;
/** "Các đơn vị trên", "các cơ quan, đơn vị nêu trên", closing its name ("… trên địa bàn" is a place). */
const UNITS_ABOVE = /(?<![\p{L}\p{N}])(?:các|những)\s+(?:cơ quan,\s*)?(?:đơn vị|cơ quan)\s+(?:nêu\s+|kể\s+)?trên(?=\s*(?:[,;.]|và\s|$))/iu;

export const saysSameAsAbove = (cell: string): boolean => SAME.test(cell.replace(/\*/g, ''));

/** The row's cells with each "the same as above" taken from `above` (null: the first row, left as written). */
export function resolveSameAsAbove(row: RowCells, above: RowCells | null): RowCells {
  if (!above) return row;
  const lead = saysSameAsAbove(row.lead) ? above.lead : row.lead;
  const support = saysSameAsAbove(row.support) ? above.support : row.support;
  const timing = saysSameAsAbove(row.timing) ? above.timing : row.timing;
  // "Các đơn vị trên" in one column: every body the row above names, but those this row names in its other column.
  const bodiesAbove = (other: string) => {
    const own = new Set(splitBodies(other).map((name) => foldForCompare(name)));
    return [...splitBodies(above.lead), ...splitBodies(above.support)].filter((name) => !own.has(foldForCompare(name))).join('; ');
  };
  const expand = (cell: string, other: string) => {
    const names = UNITS_ABOVE.test(cell) ? bodiesAbove(other) : '';
    return names ? cell.replace(UNITS_ABOVE, names) : cell;
  };
  return { lead: expand(lead, support), support: expand(support, lead), timing };
}
