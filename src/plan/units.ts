/** Who does what in a plan: units, groups of units, and the items a unit is responsible for. */
import { AppError } from '../errors/app-error';
import type { Plan, TaskItem, Unit, UnitGroup } from './schema';
import { fitsGroup } from './group-fit';
import { hasOwnStaff, isPersonClass } from './person-class';

export const findUnit = (plan: Plan, id: string): Unit | undefined => plan.units.find((unit) => unit.id === id);

export const findGroup = (plan: Plan, id: string): UnitGroup | undefined => plan.groups.find((group) => group.id === id);

const unknownUnit = (id: string): AppError =>
  new AppError('plan-unknown-unit', {
    vi: `Kế hoạch không có đơn vị hay nhóm đơn vị mã "${id}".`,
    en: `The plan has no unit or unit group with id "${id}".`,
  });

/**
 * Unit ids with every group replaced by its members, in order and without repeats. SNV (the department)
 * stays SNV: it stands for the Sở as a whole, not for a list of its units.
 */
export function expandUnits(plan: Plan, ids: readonly string[]): string[] {
  const out = new Set<string>();
  const visit = (id: string, openGroups: ReadonlySet<string>): void => {
    const unit = findUnit(plan, id);
    if (unit) {
      out.add(id);
      // A group named without members stands for every body of its kind the plan names ("các phòng chuyên môn").
      if (unit.kind === 'group') plan.units.filter((other) => fitsGroup(unit, other)).forEach((other) => out.add(other.id));
      return;
    }
    const group = findGroup(plan, id);
    if (!group) throw unknownUnit(id);
    if (openGroups.has(id)) return; // a group that contains itself adds nothing more
    const inside = new Set(openGroups).add(id);
    group.members.forEach((member) => visit(member, inside));
  };
  ids.forEach((id) => visit(id, new Set()));
  return [...out];
}

/**
 * Whether a unit answers for the units named: it is one of them, a member of one of their groups, or (a report by a
 * body the plan names only as a group, "các phòng chuyên môn") that group itself or a group inside one of them.
 */
export function answersFor(plan: Plan, ids: readonly string[], unitId: string): boolean {
  if (expandUnits(plan, ids).includes(unitId)) return true;
  // A class of persons ("Kiểm sát viên") works in every unit: its task is each unit's, for its own staff.
  if (ids.some((id) => isPersonClass(findUnit(plan, id))) && hasOwnStaff(findUnit(plan, unitId))) return true;
  if (!findGroup(plan, unitId)) return false;
  const seen = new Set<string>();
  const visit = (id: string): boolean => {
    if (id === unitId) return true;
    if (seen.has(id)) return false;
    seen.add(id);
    return findGroup(plan, id)?.members.some(visit) ?? false;
  };
  return ids.some(visit);
}

export interface Responsibility {
  lead: string[];
  support: string[];
}

/** The units (groups expanded) that lead and that support an item. A unit that leads is not listed as support too. */
export function unitsResponsibleFor(plan: Plan, item: TaskItem): Responsibility {
  const lead = expandUnits(plan, item.lead);
  const support = expandUnits(plan, item.support).filter((id) => !lead.includes(id));
  return { lead, support };
}

export interface RoleFilter {
  lead?: boolean;
  support?: boolean;
}

/**
 * The items a unit answers for, directly or through a group it belongs to, in plan order.
 * The department (a unit of kind "department", SNV) answers for every item.
 */
export function itemsOfUnit(plan: Plan, unitId: string, roles: RoleFilter = {}): TaskItem[] {
  const { lead = true, support = true } = roles;
  const unit = findUnit(plan, unitId);
  if (!unit && findGroup(plan, unitId))
    throw new AppError('plan-group-not-unit', {
      vi: `"${unitId}" là một nhóm đơn vị; hãy chọn một đơn vị cụ thể.`,
      en: `"${unitId}" is a group of units; choose a single unit.`,
    });
  if (!unit) throw unknownUnit(unitId);
  if (unit.kind === 'department') return lead || support ? [...plan.items] : [];
  return plan.items.filter((item) => {
    const responsible = unitsResponsibleFor(plan, item);
    return (lead && responsible.lead.includes(unitId)) || (support && responsible.support.includes(unitId));
  });
}
