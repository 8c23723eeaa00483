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

/** The plan as it is saved: names trimmed (an edit may leave spaces around them). */
export function tidyPlan(plan: Plan): Plan {
  const tidy = <T extends { name: string }>(entry: T): T => ({ ...entry, name: entry.name.trim().replace(/\s+/g, ' ') });
  return { ...plan, units: plan.units.map(tidy), groups: plan.groups.map(tidy) };
}
