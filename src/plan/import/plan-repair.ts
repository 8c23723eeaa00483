import type { Plan } from '../schema';
import type { AddDoubt } from './outline-types';

/**
 * A plan the importer returns always loads: a task whose heading the outline did not find ("1.2" in an appendix table
 * with no row "1") gets that heading, named by its number and listed as a doubt, rather than the whole import failing.
 */
export function completeOutline(plan: Plan, doubt: AddDoubt): void {
  const known = new Set(plan.headings.map((x) => x.id));
  for (const item of plan.items) {
    const section = item.id.includes('.') ? item.id.slice(0, item.id.lastIndexOf('.')) : item.section;
    if (section && item.section !== section && `${section}.${item.ordinal}` === item.id) item.section = section;
    if (!item.section || known.has(item.section)) continue;
    const parts = item.section.split('.');
    plan.headings.push({ id: item.section, label: `${parts.at(-1)}.`, level: parts.length, title: item.section, paragraphs: [] });
    known.add(item.section);
    doubt(`${item.id}: không thấy đề mục "${item.section}"; đã đặt tạm một đề mục mang số của nó.`, `${item.id}: no heading "${item.section}" found; a heading named by its number stands in.`, null, item.id);
  }
}

/**
 * Ids the reading gave twice (a layout it does not know yet numbers two groups alike): the plan must still load, so a
 * repeated heading is kept once and a repeated task is numbered after the last of its section, each listed as a doubt
 * for the user to look at; nothing is dropped.
 */
export function repairDuplicateIds(plan: Plan, doubt: AddDoubt): void {
  const headingIds = new Set<string>();
  plan.headings = plan.headings.filter((heading) => {
    if (!headingIds.has(heading.id)) return headingIds.add(heading.id);
    doubt(`Đề mục "${heading.id}" có hai lần; giữ lần đầu — xem lại cách đánh số của kế hoạch.`, `Heading "${heading.id}" appears twice; the first is kept — check how the plan is numbered.`);
    return false;
  });
  const itemIds = new Set<string>();
  for (const item of plan.items) {
    if (!itemIds.has(item.id)) {
      itemIds.add(item.id);
      continue;
    }
    const taken = plan.items.filter((other) => other.section === item.section).map((other) => other.ordinal);
    let ordinal = Math.max(...taken) + 1;
    while (itemIds.has(`${item.section}.${ordinal}`)) ordinal += 1;
    const was = item.id;
    item.ordinal = ordinal;
    item.id = `${item.section}.${ordinal}`;
    itemIds.add(item.id);
    doubt(`Mã nhiệm vụ "${was}" có hai lần; nhiệm vụ sau được đánh số lại thành "${item.id}" — xem lại.`, `Task id "${was}" appears twice; the later task is renumbered "${item.id}" — check it.`, null, item.id);
  }
}

/**
 * A task the reading left without a heading or a number of its own ("3" in a table of its own with no group row and no
 * appendix heading over it): the plan must still load, so such tasks are put, in their order, under one stand-in heading
 * numbered after the plan's own top-level numbers, keeping their own number where it is one; each is listed as a doubt.
 */
export function placeUnplacedItems(plan: Plan, doubt: AddDoubt): void {
  const unplaced = plan.items.filter((item) => !item.section || !item.id || !item.id.includes('.'));
  if (unplaced.length === 0) return;
  const tops = new Set([...plan.headings.map((h) => h.id.split('.')[0]!), ...plan.items.filter((item) => !unplaced.includes(item)).map((item) => item.id.split('.')[0]!)]);
  let top = 1;
  while (tops.has(String(top))) top += 1;
  const section = String(top);
  plan.headings.push({ id: section, label: `${section}.`, level: 1, title: 'Nhiệm vụ chưa rõ đề mục', paragraphs: [] });
  const taken = new Set<number>();
  for (const item of unplaced) {
    const own = /^\d+$/.test(item.id) ? Number(item.id) : 0;
    let ordinal = own > 0 && !taken.has(own) ? own : Math.max(0, ...taken) + 1;
    while (taken.has(ordinal)) ordinal += 1;
    taken.add(ordinal);
    const was = item.id;
    item.section = section;
    item.ordinal = ordinal;
    item.id = `${section}.${ordinal}`;
    doubt(
      `Nhiệm vụ "${was || item.title}" không thuộc đề mục nào; đã đặt tạm là "${item.id}" — xem lại cách đánh số của kế hoạch.`,
      `Task "${was || item.title}" stands under no heading; it is numbered "${item.id}" for now — check how the plan is numbered.`,
      null,
      item.id,
    );
  }
}
