import { POINT_LETTERS } from '../../text/point-letters';
import { isCapitalTitle } from './prose-lines';

/** The capital letters of Vietnamese lists, in order (no F, J, W, Z). */
const ORDER = POINT_LETTERS.join('').toUpperCase();

/**
 * "A. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO …", "B. THỰC HIỆN CÁC BIỆN PHÁP PHÒNG NGỪA …" among a part's numbered tasks: groups
 * lettered in capitals, in order from "A", titled in capitals. Each is a heading of the part, its letter in lower case as
 * the ids write the plan's letters ("II.b"), the tasks under it keeping their printed numbers ("II.b.3" when the numbers
 * run on across the groups). `previous` is the letter of the group before it in the part, or null.
 */
export function capitalGroup(text: string, previous: string | null): { letter: string; title: string } | null {
  const m = /^([A-ZĐ])\.\s+(\S.*)$/u.exec(text.trim());
  if (!m) return null;
  const expected = previous === null ? 'A' : ORDER[ORDER.indexOf(previous.toUpperCase()) + 1];
  const title = m[2]!.trim();
  return m[1] === expected && isCapitalTitle(title) ? { letter: m[1]!.toLowerCase(), title } : null;
}
