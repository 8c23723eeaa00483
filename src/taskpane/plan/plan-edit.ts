/** Edits of a plan under review: pure functions that return a new plan and leave the old one as it was. */
import type { Plan } from '../../plan/schema';

/** A unit or a group: both can lead or support a task, and both have a name and aliases. */
export interface PlanUnit {
  id: string;
  name: string;
  aliases: readonly string[];
  kind: Plan['units'][number]['kind'];
  members?: readonly string[];
}

export function planUnits(plan: Plan): PlanUnit[] {
  return [
    ...plan.units.map((u) => ({ id: u.id, name: u.name, aliases: u.aliases, kind: u.kind })),
    ...plan.groups.map((g) => ({ id: g.id, name: g.name, aliases: g.aliases, kind: 'group' as const, members: g.members })),
  ];
}

export function unitName(plan: Plan, id: string): string {
  return plan.units.find((u) => u.id === id)?.name ?? plan.groups.find((g) => g.id === id)?.name ?? id;
}

/** Changes a unit's (or a group's) name and aliases; the name is kept as typed, so that an empty one can be shown as a problem. */
export function editUnit(plan: Plan, id: string, change: { name?: string; aliases?: readonly string[] }): Plan {
  const apply = <T extends { id: string; name: string; aliases: string[] }>(entry: T): T =>
    entry.id !== id ? entry : { ...entry, ...(change.name !== undefined ? { name: change.name } : {}), ...(change.aliases ? { aliases: [...change.aliases] } : {}) };
  return { ...plan, units: plan.units.map(apply), groups: plan.groups.map(apply) };
}

/**
 * Aliases as the user types them: one per line; a single line may list them with commas. Lines keep their commas, so
 * that "Phòng Công chức, viên chức" stays one name. Blanks and repeats are dropped.
 */
export function parseAliases(text: string): string[] {
  const lines = text.split(/\r?\n/);
  const parts = lines.filter((line) => line.trim()).length > 1 ? lines : text.split(',');
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of parts) {
    const alias = part.trim().replace(/\s+/g, ' ');
    const key = alias.toLocaleLowerCase('vi');
    if (!alias || seen.has(key)) continue;
    seen.add(key);
    out.push(alias);
  }
  return out;
}

/** How aliases are shown for editing: one per line, the form that keeps a comma inside a name. */
export const formatAliases = (aliases: readonly string[]): string => aliases.join('\n');

export type Role = 'lead' | 'support';

/**
 * Sets the lead or support units of a task. A unit has one role per task, so taking it as lead removes it from
 * support and the other way round. A lead list cannot become empty: that edit is refused (returns null).
 */
export function setItemUnits(plan: Plan, itemId: string, role: Role, ids: readonly string[]): Plan | null {
  const item = plan.items.find((i) => i.id === itemId);
  if (!item) return null;
  const chosen = [...new Set(ids)];
  const lead = role === 'lead' ? chosen : item.lead.filter((id) => !chosen.includes(id));
  const support = role === 'support' ? chosen : item.support.filter((id) => !chosen.includes(id));
  if (lead.length === 0) return null;
  return { ...plan, items: plan.items.map((i) => (i.id === itemId ? { ...i, lead, support } : i)) };
}

export interface DayMonth {
  day: number;
  month: number;
}

/**
 * A due day as the user types it: "05/6", "5/6", "05/06" (day and month; a year is not asked for, the plan's year is
 * meant). Blank means no day. Anything else, or a day the month does not have, is `invalid`.
 */
export function parseDayMonth(text: string): DayMonth | null | 'invalid' {
  const t = text.trim();
  if (!t) return null;
  const m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})$/.exec(t);
  if (!m) return 'invalid';
  const day = Number(m[1]);
  const month = Number(m[2]);
  // 2024 is a leap year: 29/02 is a day some years have.
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(2024, month, 0)).getUTCDate()) return 'invalid';
  return { day, month };
}

/** How a due day is shown for editing, with Nghị định 30's zero for days under 10 and months 1 and 2: "05/6", "10/02". */
export const formatDayMonth = (d: DayMonth | undefined): string =>
  d ? `${String(d.day).padStart(2, '0')}/${d.month <= 2 ? String(d.month).padStart(2, '0') : d.month}` : '';

/** Sets (or clears, with null) a period's due day at the receiving body, or the issuing body's own report day. */
export function setPeriodDue(plan: Plan, code: string, which: 'due' | 'issuerDue', value: DayMonth | null): Plan {
  const periods = plan.reporting.periods.map((p) => {
    if (p.code !== code) return p;
    const { [which]: _old, ...rest } = p;
    return value ? { ...rest, [which]: value } : rest;
  });
  return { ...plan, reporting: { ...plan.reporting, periods } };
}

/** The plan as it is saved: names trimmed (an edit may leave spaces around them). */
export function tidyPlan(plan: Plan): Plan {
  const tidy = <T extends { name: string }>(entry: T): T => ({ ...entry, name: entry.name.trim().replace(/\s+/g, ' ') });
  return { ...plan, units: plan.units.map(tidy), groups: plan.groups.map(tidy) };
}
