/** The plan's groups of units with their members: those the plan lists, joint groups of two, bodies named by one head
 * word, the whole issuing body. */
import type { DocumentModel } from '../../document/model';
import type { Plan } from '../schema';
import type { ImportedOutline } from './outline';
import { headGroups } from './head-groups';
import { wholeBodyGroups } from './whole-body';
import type { ListedGroup } from './listed-groups';
import type { UnitRegistry } from './unit-registry';
import { nameKey as key } from './name-key';

/**
 * "Các phòng, đơn vị" (or "các phòng chuyên môn, đơn vị") where the plan also names "các phòng chuyên môn" and "các đơn
 * vị sự nghiệp" as groups of their own is both of them: a group, as the plan writes it, whose members are those two.
 * A plan without both, or one that defines the joint name as a short form, keeps it as one group of its kinds.
 */
export function jointGroups(units: Map<string, Plan['units'][number]>, defined: ReadonlySet<string>): ListedGroup[] {
  const joints: ListedGroup[] = [];
  const all = [...new Set(units.values())];
  for (const joint of all) {
    // A joint group the plan names as one ("... (sau đây gọi chung là các phòng, đơn vị)") stays one.
    if ([joint.name, ...joint.aliases].some((n) => defined.has(key(n)))) continue;
    const m = /^các (phòng|ban|khoa)(?: chuyên môn(?:, nghiệp vụ)?)?, (đơn vị|phòng|ban|khoa)(?:\s|$)/u.exec(key(joint.name));
    if (joint.kind !== 'group' || !m) continue;
    // Of several such groups, the one the plan addresses as a whole: "các đơn vị trực thuộc", not "các đơn vị được
    // thanh tra".
    const part = (kind: string) => {
      const named = all.filter((u) => u !== joint && u.kind === 'group' && key(u.name).startsWith(`các ${kind} `));
      const whole = named.filter((u) => new RegExp(`^các ${kind} ((trực )?thuộc|sự nghiệp|chuyên môn)(\\s|$)`, 'u').test(key(u.name)));
      return named.length > 1 ? whole : named;
    };
    const first = part(m[1]!);
    const second = part(m[2]!);
    if (first.length !== 1 || second.length !== 1) continue;
    joints.push({ name: joint.name, members: [first[0]!.name, second[0]!.name], collective: false });
  }
  return joints;
}

export function planGroups(model: DocumentModel, outline: ImportedOutline, items: Plan['items'], { units, unitOf, sameBody }: UnitRegistry, listed: readonly ListedGroup[], joints: readonly ListedGroup[], issuer: string): Plan['groups'] {
  // "các Đội", "các Hải quan cửa khẩu", where the plan does not list them: its bodies named with those words.
  const all = [...new Set(units.values())];
  const unlisted = all.filter((u) => u.kind === 'group' && ![...listed, ...joints].some((g) => sameBody(key(g.name), key(u.name)))).map((u) => u.name);
  const bodies = all.filter((u) => u.kind !== 'group' && u.id !== issuer).map((u) => u.name);
  const byHead = headGroups(unlisted, bodies, model.paragraphs.map((p) => p.text)).map((g) => ({ ...g, collective: false }));
  // (Read before the groups leave the units.)
  const partHelperIds = new Map(outline.items.map((i) => [i.id, new Set((i.partHelpers ?? []).map((name) => unitOf(name)))]));
  const wholeBody = wholeBodyGroups(all, all.find((u) => u.id === issuer)!, model.paragraphs.map((p) => p.text));
  const groups = groupsWithMembers([...listed, ...joints, ...byHead, ...wholeBody], units, sameBody, unitOf, issuer);
  // ("(các phòng, các Phòng Giao dịch)" leading a task of a part that "Văn phòng … phối hợp thực hiện": the lead's own
  // members do not help it as well. A task's own helpers stay: "Các phòng chủ trì; Văn phòng phối hợp".)
  const membersOf = new Map(groups.map((g) => [g.id, g.members]));
  for (const item of items) {
    const within = new Set(item.lead.flatMap((id) => membersOf.get(id) ?? []));
    const fromPart = partHelperIds.get(item.id) ?? new Set<string>();
    const inLead = (id: string) => within.has(id) || (membersOf.get(id)?.every((m) => within.has(m)) ?? false);
    if (within.size > 0) item.support = item.support.filter((id) => !fromPart.has(id) || !inLead(id));
  }
  return groups;
}

/**
 * A group the tasks name whose members the plan lists is a group of those bodies (plan.groups), not every body of its
 * kind: "các phòng chuyên môn" of a phường are its three phòng, "các phòng, đơn vị thuộc Sở" what the plan listed.
 * Taken out of the units.
 */
function groupsWithMembers(
  listed: readonly ListedGroup[],
  units: Map<string, Plan['units'][number]>,
  sameBody: (a: string, b: string) => boolean,
  unitOf: (written: string) => string,
  issuer: string,
): Plan['groups'] {
  const groups = new Map<Plan['units'][number], Set<string>>();
  for (const { name, members } of listed) {
    const k = key(name);
    const unit = units.get(k) ?? [...units.entries()].find(([other]) => sameBody(other, k))?.[1];
    if (!unit || unit.kind !== 'group') continue;
    const ids = members.map((m) => unitOf(m)).filter((id) => id !== unit.id && id !== issuer);
    if (ids.length === 0) continue;
    groups.set(unit, new Set([...(groups.get(unit) ?? []), ...ids]));
  }
  for (const [k, unit] of [...units.entries()]) if (groups.has(unit)) units.delete(k);
  return [...groups].map(([unit, members]) => ({ id: unit.id, name: unit.name, aliases: unit.aliases, members: [...members] }));
}
