/**
 * The results part of a report as headings with a "Kết quả thực hiện: ..." line under each: either the plan's own
 * structure, or the outline of Thông tư 02/2021/TT-TTCP with the plan's tasks placed under it. Only the tasks the
 * unit must report on in the period appear (src/check/required.ts decides which).
 */
import { requiredStatus } from '../check/required';
import type { PeriodCode, Plan, PlanHeading, TaskItem } from '../plan/schema';
import { foldForCompare } from '../text';
import { PLACEHOLDER_TAG, type Block } from './blocks';
import { PLAN_RESULTS_PREFIX, RESULTS_ALIAS, RESULTS_PLACEHOLDER } from './data/report-text';
import { TT02_FALLBACK_NODE, TT02_OUTLINE, TT02_PLACEMENT } from './data/tt02-outline';
import { labelFor } from './labels';
import { BODY_FORMAT, headingBlock as heading } from './layout';
import { templatePeriod, templateUnit } from './unit';

export type OutlineStyle = 'plan' | 'tt02';

export interface OutlineOptions {
  unit: string;
  period: PeriodCode;
  style: OutlineStyle;
  /** Tasks to place too though not required of the unit in the period (a consolidated draft: what some unit reported). */
  also?: readonly string[];
}

/** A task the unit follows all year but sums up only in the half-year and year reports (II.3.c.5 "báo cáo 6 tháng, năm"). */
const MONITORING_PLACEHOLDER = 'Kết quả theo dõi trong kỳ: ... (tổng hợp, báo cáo vào kỳ 6 tháng và năm)';

export const resultsPlaceholder = (itemId?: string, monitoring = false): Block => ({
  kind: 'placeholder',
  text: monitoring ? MONITORING_PLACEHOLDER : RESULTS_PLACEHOLDER,
  tag: itemId ? `${PLACEHOLDER_TAG}:${itemId}` : PLACEHOLDER_TAG,
  alias: RESULTS_ALIAS,
  format: BODY_FORMAT,
});


const upper = (text: string) => text.toLocaleUpperCase('vi');
const sameTitle = (a: string, b: string) => foldForCompare(a.replace(/[.:;]+$/, '')) === foldForCompare(b.replace(/[.:;]+$/, ''));

/** The plan's items the unit must report on in the period, in plan order. */
export function requiredItems(plan: Plan, unitId: string, period: PeriodCode): TaskItem[] {
  templateUnit(plan, unitId);
  templatePeriod(plan, period);
  return plan.items.filter((item) => requiredStatus(plan, item, unitId, period).required);
}

/** Item headings one level below their section (at most 3), each with its results line. */
function itemBlocks(items: readonly TaskItem[], sectionLevel: number, sectionTitle: string | null, monitoring: ReadonlySet<string>): Block[] {
  const only = items.length === 1 ? items[0] : undefined;
  // A section whose one task has the section's own title: the section heading stands for it.
  if (only && sectionTitle !== null && sameTitle(only.title, sectionTitle)) return [resultsPlaceholder(only.id, monitoring.has(only.id))];
  const level = Math.min(3, sectionLevel + 1);
  return items.flatMap((item, i) => [heading(level, sectionLevel + 1 <= 3 ? labelFor(level, i + 1) : '-', item.title, item.id), resultsPlaceholder(item.id, monitoring.has(item.id))]);
}

function planStyle(plan: Plan, items: readonly TaskItem[], monitoring: ReadonlySet<string>): Block[] {
  const under = (heading: PlanHeading) => items.filter((item) => item.section === heading.id || item.section.startsWith(`${heading.id}.`));
  const blocks: Block[] = [];
  const counters = [0, 0, 0, 0];
  const tops = plan.headings.filter((h) => h.level === 1 && under(h).length > 0);
  for (const top of tops) {
    counters[1] = (counters[1] ?? 0) + 1;
    counters[2] = 0;
    blocks.push(heading(1, labelFor(1, counters[1]), `${PLAN_RESULTS_PREFIX} ${upper(top.title)}`));
    const own = items.filter((item) => item.section === top.id);
    if (own.length > 0) blocks.push(...itemBlocks(own, 1, null, monitoring));
    for (const section of plan.headings.filter((h) => h.id.startsWith(`${top.id}.`) && h.level > 1 && h.level <= 3)) {
      if (under(section).length === 0) continue;
      const level = section.level;
      counters[level] = (counters[level] ?? 0) + 1;
      for (let deeper = level + 1; deeper < counters.length; deeper += 1) counters[deeper] = 0;
      blocks.push(heading(level, labelFor(level, counters[level] ?? 1), section.title));
      const direct = items.filter((item) => item.section === section.id);
      if (direct.length > 0) blocks.push(...itemBlocks(direct, level, section.title, monitoring));
    }
  }
  return blocks;
}

/** The outline node a task goes under: its own id, then its headings from the nearest up, then the fallback. */
export function tt02NodeOf(item: TaskItem): string {
  const parts = item.id.split('.');
  for (let n = parts.length; n > 0; n -= 1) {
    const node = TT02_PLACEMENT[parts.slice(0, n).join('.')];
    if (node) return node;
  }
  return TT02_FALLBACK_NODE;
}

function tt02Style(items: readonly TaskItem[], monitoring: ReadonlySet<string>): Block[] {
  const blocks: Block[] = [];
  let top = 0;
  let sub = 0;
  const placed = (nodeId: string) => items.filter((item) => tt02NodeOf(item) === nodeId);
  TT02_OUTLINE.forEach((node, i) => {
    if (node.level === 1) {
      top += 1;
      sub = 0;
      blocks.push(heading(1, labelFor(1, top), node.title));
    } else {
      sub += 1;
      blocks.push(heading(2, labelFor(2, sub), node.title));
      const here = placed(node.id);
      blocks.push(...(here.length > 0 ? itemBlocks(here, 2, node.title, monitoring) : [resultsPlaceholder()]));
    }
    // Tasks placed on a part itself come after its numbered sub-parts.
    const next = TT02_OUTLINE[i + 1];
    const topId = node.id.split('.')[0]!;
    if (next === undefined || next.level === 1) {
      const onTop = placed(topId);
      onTop.forEach((item) => {
        sub += 1;
        blocks.push(heading(2, labelFor(2, sub), item.title, item.id), resultsPlaceholder(item.id, monitoring.has(item.id)));
      });
    }
  });
  return blocks;
}

/** The results part of the report: headings numbered from "I." and a results line under each. */
export function reportOutline(plan: Plan, options: OutlineOptions): Block[] {
  const required = new Set(requiredItems(plan, options.unit, options.period).map((item) => item.id));
  // The unit's monitoring tasks summed up only twice a year still have their place in every period's outline.
  const monitoring = new Set(
    plan.items.filter((item) => !required.has(item.id) && requiredStatus(plan, item, options.unit, options.period).reason === 'notInThisPeriod').map((item) => item.id),
  );
  const items = plan.items.filter((item) => required.has(item.id) || monitoring.has(item.id) || options.also?.includes(item.id));
  return options.style === 'plan' ? planStyle(plan, items, monitoring) : tt02Style(items, monitoring);
}
