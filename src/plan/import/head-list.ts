/**
 * "các Tổ, Trạm có liên quan": a group a task writes as "các" and the capitalised head words of several of the plan's
 * bodies, none a kind the groups know, stands for those bodies: for each head word, the plan's group of that head ("các
 * Trạm Kiểm lâm địa bàn") where it has one, else its bodies named with that word ("Tổ Tổng hợp", "Tổ Kiểm lâm cơ động").
 */
import { kindsOfGroup } from '../group-fit';
import { nameKey } from './name-key';

const key = nameKey;

export interface NamedUnit {
  id: string;
  name: string;
  kind: string;
}

/** "các Tổ, Trạm có liên quan" → ["Tổ", "Trạm"]; null for any other name. */
export function headsListed(name: string): string[] | null {
  const m = /^các\s+(\p{Lu}\p{Ll}*(?:\s*(?:,|và)\s*\p{Lu}\p{Ll}*)+)(?:\s+(?:có\s+)?liên quan)?$/u.exec(name.trim());
  if (!m || kindsOfGroup(name).length > 0) return null;
  return m[1]!.split(/\s*(?:,|\svà\s)\s*/u).map((head) => head.trim());
}

/** The ids the listed heads stand for, or null when a head names none of the plan's bodies. */
export function bodiesOfHeads(heads: readonly string[], units: readonly NamedUnit[], self: string): string[] | null {
  const ids: string[] = [];
  for (const head of heads) {
    const opens = (prefix: string) => (u: NamedUnit) => u.id !== self && key(u.name).startsWith(`${prefix}${key(head)} `);
    const group = units.filter((u) => u.kind === 'group').find(opens('các '));
    const bodies = units.filter((u) => u.kind !== 'group' && u.kind !== 'department').filter(opens(''));
    if (!group && bodies.length === 0) return null;
    ids.push(...(group ? [group.id] : bodies.map((u) => u.id)));
  }
  return ids;
}
