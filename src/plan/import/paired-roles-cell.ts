/**
 * "STT | Nội dung thực hiện | Chủ trì / Phối hợp | Thời gian": one column for both roles, its header naming them split by a
 * slash, each cell written the same way ("Phòng Tổ chức - Hành chính / Khoa Kiểm soát bệnh tật, các Trạm Y tế"; "Các khoa,
 * phòng / —"; or the lead alone). Only a header that announces the split splits its cells: elsewhere a slash may stand
 * inside a unit's own name ("Phòng Kế hoạch - Tài chính/Kế toán").
 */
import { foldForCompare } from '../../text';

export type RoleOrder = 'lead-first' | 'support-first';

const LEAD = String.raw`(?:(?:đơn vị|cơ quan|bộ phận) )?chủ trì`;
const SUPPORT = String.raw`(?:(?:đơn vị|cơ quan|bộ phận) )?phối hợp`;
const LEAD_THEN_SUPPORT = new RegExp(`^${LEAD}\\s*/\\s*${SUPPORT}$`, 'u');
const SUPPORT_THEN_LEAD = new RegExp(`^${SUPPORT}\\s*/\\s*${LEAD}$`, 'u');

/** The order a header cell names both roles in, or null when it does not name both split by a slash. */
export function pairedRolesHeader(cell: string): RoleOrder | null {
  const key = foldForCompare(cell.replace(/[*:]/g, '')).replace(/\s+/g, ' ').trim();
  return LEAD_THEN_SUPPORT.test(key) ? 'lead-first' : SUPPORT_THEN_LEAD.test(key) ? 'support-first' : null;
}

/** A cell of such a column as its lead and its supporting bodies; a dash alone is "none". */
export function splitPairedRoles(cell: string, order: RoleOrder): { lead: string; support: string } {
  // The spaced slash the header uses, if the cell has one: a bare slash then stays inside a name.
  const at = /\s\/\s/.test(cell) ? cell.search(/\s\/\s/) + 1 : cell.indexOf('/');
  const clean = (part: string) => (/^[\s\-–—.]*$/u.test(part) ? '' : part.trim());
  // (A cell with no slash names the lead alone, whichever role the header names first.)
  if (at < 0) return { lead: clean(cell), support: '' };
  const [first, second] = [clean(cell.slice(0, at)), clean(cell.slice(at + 1))];
  return order === 'lead-first' ? { lead: first, support: second } : { lead: second, support: first };
}
