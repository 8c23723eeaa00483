/**
 * A class of persons a plan gives tasks to ("Kiểm sát viên", "Các Thẩm phán, Thư ký Tòa án", "cán bộ, công chức"): not a
 * body, but the staff every unit of the body has. A task it leads is each unit's task for its own staff.
 */
import { foldForCompare } from '../text';
import type { Unit } from './schema';

const PERSON_TITLE =
  /^(?:các\s+)?(?:thẩm phán|thư ký|kiểm sát viên|chấp hành viên|thẩm tra viên|điều tra viên|hội thẩm|cán bộ|công chức|viên chức|người lao động|đảng viên|hội viên|đoàn viên|giáo viên|giảng viên|bác sĩ|nhân viên)(?![\p{L}\p{N}])/u;

/** A group the plan names without members whose name is a title of persons. */
export function isPersonClass(unit: Pick<Unit, 'name' | 'kind'> | undefined): boolean {
  return unit?.kind === 'group' && PERSON_TITLE.test(foldForCompare(unit.name));
}

/** A unit that has staff of its own to answer for: a phòng, a unit under the body, or one of a group of them. */
export const hasOwnStaff = (unit: Pick<Unit, 'kind'> | undefined): boolean => unit?.kind === 'division' || unit?.kind === 'affiliate' || unit?.kind === 'group';
