/** The plan's tasks with their units: the bodies each names, as units; a task that names none given to the body the
 * plan gives such tasks to, or to everyone. */
import { rejoinAbbreviatedTails } from './abbreviated-tail';
import { foldForCompare } from '../../text';
import type { Plan } from '../schema';
import type { ImportedOutline } from './outline';
import { kindsOfGroup, takesInKinds } from '../group-fit';
import { referencesIn } from './references';
import { opensBody } from './body-names';
import { splitBodies } from './split-bodies';
import { bodiesOfHeads, headsListed } from './head-list';
import { collectivesUnderBoth, gatherSpread, kindsListed } from './collective-spread';
import { unassignedRule } from './unassigned-tasks';
import { wholesByInitials } from './whole-names';
import { keepCollective } from './collective-names';
import type { ListedGroup } from './listed-groups';
import type { KnownNames, UnitRegistry } from './unit-registry';
import { nameKey as key } from './name-key';
import type { AddDoubt } from './outline-types';

/** Where a task reaches: across a territory ("trên địa bàn tỉnh / huyện / xã") or inside the issuing body. */
function scopeOf(text: string): Plan['items'][number]['scope'] {
  const territory = /trên địa bàn (tỉnh|thành phố|huyện|quận|thị xã|xã|phường|đặc khu)/u.exec(foldForCompare(text))?.[1];
  if (!territory) return 'internal';
  if (territory === 'huyện' || territory === 'quận' || territory === 'thị xã') return 'district';
  if (territory === 'xã' || territory === 'phường' || territory === 'đặc khu') return 'commune';
  return 'province';
}

export function planItems(outline: ImportedOutline, { units, unitOf }: UnitRegistry, { shortForms, collectives, wholes, listed }: KnownNames, issuer: string, doubt: AddDoubt, texts: readonly string[]): Plan['items'] {
  // "P.TCHC, P.KTTĐ" in a cell: a list of the plan's short forms, each a body (a name of its own would not be split).
  const names = (list: readonly string[]) => list.flatMap((name) => {
    // "Phòng Nghiệp vụ 1, 2, 3", "Viện kiểm sát khu vực 1, 2 và 3": one body each, numbered in a series.
    const series = /^(\p{Lu}.*?\s)(\d{1,2})((?:\s*,\s*\d{1,2})*)(?:\s*(?:,|và)\s*(\d{1,2}))$/u.exec(name.trim());
    if (series && opensBody(series[1]!.trim())) {
      const numbers = [series[2]!, ...series[3]!.split(',').map((n) => n.trim()).filter(Boolean), series[4]!];
      return numbers.map((n) => `${series[1]}${n}`);
    }
    const parts = name.split(/\s*,\s*/u);
    const known = (part: string) => shortForms.has(key(part)) || collectives.some((c) => key(c) === key(part));
    // ("PA04, PC03" beside "Phòng Cảnh sát kinh tế (PC03)": a code the plan does not spell out is a body's code as well.)
    const code = (part: string) => /^[A-ZĐ]{1,4}\d{1,3}$/u.test(part);
    return parts.length > 1 && parts.every((part) => known(part) || code(part)) && parts.some(known) ? parts : [name];
  });
  // ("Văn phòng Sở, các phòng chuyên môn và các đơn vị sự nghiệp (gọi chung là các phòng, đơn vị thuộc Sở)": "các phòng
  // chuyên môn, các đơn vị sự nghiệp" leave the Văn phòng out; only a whole the plan made of one group per kind is spread.)
  // (So is a group the plan lists by name whose name lists kinds, "các phòng, Ban thuộc Bảo tàng (Phòng A, …, Ban B)".)
  const namedByKinds = (g: ListedGroup) => !g.collective && kindsListed(g.name).length > 1 && kindsListed(g.name).every((kind) => g.members.some((m) => key(m).startsWith(`${kind} `)));
  const spreadable = [...listed.filter((g) => (g.collective && g.members.length === kindsListed(g.name).length && g.members.every((m) => /^các\s/iu.test(m))) || namedByKinds(g)), ...collectivesUnderBoth(texts)];
  const items: Plan['items'] = outline.items.map((item) => {
    const raw = item.unitsRaw ?? item.text;
    const lead = [...new Set(gatherSpread(keepCollective(wholesByInitials(names(rejoinAbbreviatedTails(item.lead, texts)), raw, wholes), raw, wholes), spreadable).map((n) => unitOf(n)))];
    const title = item.title ?? (item.text.split(/[.;\n]/)[0]!.trim().slice(0, 110) || item.id);
    const ordinal = Number(item.id.split('.').at(-1));
    return {
      id: item.id,
      section: item.section,
      ordinal: Number.isFinite(ordinal) && ordinal > 0 ? ordinal : 1,
      title,
      text: item.text || title,
      lead,
      support: [...new Set(gatherSpread(keepCollective(wholesByInitials(names(rejoinAbbreviatedTails(item.support, texts)), raw, wholes), raw, wholes), spreadable).map((n) => unitOf(n)))].filter((id) => !lead.includes(id)),
      unitsRaw: item.unitsRaw ?? item.text.slice(0, 200) ?? title,
      scope: scopeOf(item.text),
      ...(item.productRaw ? { product: item.productRaw } : {}),
      timing: { raw: item.timingRaw ?? 'Không ghi thời gian', parts: item.timing ?? [{ kind: 'unstated' }] },
      references: referencesIn(item.text),
    };
  });
  for (const { members, collective } of listed) if (!collective) for (const name of members) unitOf(name);
  expandHeadLists(items, units);
  // A task that names no body is everyone's: every group the plan addresses ("các phòng", "các đơn vị trực thuộc"),
  // or, in a plan that names no group, the issuing body.
  // Groups of bodies that report (not "các cơ quan báo chí", not "các sở, ngành liên quan").
  const addressed = [...new Set(units.values())].filter((u) => u.kind === 'group' && kindsOfGroup(u.name).length > 0 && !/liên quan/u.test(u.name));
  // ("các khoa" beside "các khoa, phòng, trung tâm": the wider group takes it in.)
  const everyone = addressed.filter((group) => !addressed.some((other) => other !== group && takesInKinds(other.name, group.name))).map((u) => u.id);
  const unassigned = unassignedRule(outline.organisation.map((p) => p.text));
  for (const item of items) {
    if (item.lead.length > 0) continue;
    if (unassigned) {
      const bodies = splitBodies(unassigned.bodies).map((name) => unitOf(name));
      if (unassigned.advises) item.support.push(...bodies.filter((id) => id !== issuer));
      item.lead.push(...(unassigned.advises ? [issuer] : bodies));
      const helpers = unassigned.helpers ? splitBodies(unassigned.helpers).map((name) => unitOf(name)) : [];
      item.support.push(...helpers.filter((id) => !item.lead.includes(id) && !item.support.includes(id)));
      continue;
    }
    item.lead.push(...(everyone.length ? everyone : [issuer]));
    const source = outline.items.find((i) => i.id === item.id);
    const names = item.lead.map((id) => [...units.values()].find((u) => u.id === id)?.name ?? id).join('; ');
    doubt(`${item.id}: nhiệm vụ không nêu đơn vị; tạm giao cho tất cả (${names}).`, `${item.id}: the task names no body; it is given to all (${names}).`, source?.paragraph ?? null, item.id);
  }
  return items;
}

/** "các Tổ, Trạm có liên quan phối hợp": the bodies the heads stand for help, not the task's lead; the group so written
 * leaves the units where no task names it any more. */
function expandHeadLists(items: Plan['items'], units: Map<string, Plan['units'][number]>): void {
  const all = [...new Set(units.values())];
  const expanded = new Set<string>();
  for (const item of items) {
    for (const role of ['lead', 'support'] as const) {
      item[role] = item[role].flatMap((id) => {
        const unit = all.find((u) => u.id === id);
        const heads = unit?.kind === 'group' ? headsListed(unit.name) : null;
        const ids = heads ? bodiesOfHeads(heads, all, id) : null;
        if (!ids) return [id];
        expanded.add(id);
        return ids.filter((other) => role === 'lead' || !item.lead.includes(other));
      });
      item[role] = [...new Set(item[role])];
    }
  }
  for (const id of expanded) {
    if (items.some((item) => item.lead.includes(id) || item.support.includes(id))) continue;
    for (const [k, unit] of [...units]) if (unit.id === id) units.delete(k);
  }
}
