/**
 * "các phòng, chi nhánh" written where the plan also names "các phòng" and "các chi nhánh" (or "các Chi nhánh Trung tâm
 * … khu vực") as groups of their own: bare kinds after one "các", each kind one of those groups. The joint name is a
 * group, as the plan writes it, whose members are those groups.
 */
import type { Unit } from '../schema';
import { nameKey } from './name-key';

const key = nameKey;

/** The bare kinds of a joint name, in lower case and without a qualifier: "các phòng, chi nhánh" → phòng, chi nhánh. */
function bareKinds(name: string): string[] | null {
  const m = /^các\s+(\p{Ll}+(?:\s\p{Ll}+)?(?:,\s*\p{Ll}+(?:\s\p{Ll}+)?)+)$/u.exec(name.trim());
  return m ? m[1]!.split(/\s*,\s*/u) : null;
}

/** The one other group of that kind: "các chi nhánh" itself, or one the plan names in capitals after its kind
 * ("các Chi nhánh Trung tâm Phát triển quỹ đất khu vực"); none when the plan has no such group, or several. */
function groupOfKind(kind: string, groups: readonly Unit[]): Unit | null {
  const named = (n: string) => key(n).startsWith(`các ${kind} `) && /^\p{Lu}/u.test(n.trim().split(/\s+/u)[kind.split(' ').length + 1] ?? '');
  const found = groups.filter((g) => [g.name, ...g.aliases].some((n) => key(n) === `các ${kind}` || named(n)));
  return found.length === 1 ? found[0]! : null;
}

/** Each such joint group with its kinds' groups, leaving out the names `known` already gives members to. */
export function bareKindJoints(units: readonly Unit[], known: (name: string) => boolean): { name: string; members: string[]; collective: false }[] {
  const groups = [...new Set(units)].filter((u) => u.kind === 'group');
  const out: { name: string; members: string[]; collective: false }[] = [];
  for (const joint of groups) {
    const kinds = bareKinds(key(joint.name));
    if (!kinds || known(joint.name)) continue;
    const parts = kinds.map((kind) => groupOfKind(kind, groups.filter((g) => g !== joint)));
    if (parts.some((part) => part === null) || new Set(parts).size !== parts.length) continue;
    out.push({ name: joint.name, members: parts.map((part) => part!.name), collective: false });
  }
  return out;
}
