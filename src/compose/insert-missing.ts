/**
 * What "insert every missing task" adds to a report: for each required task it does not report, the task's heading
 * and a marked placeholder for the results (placeholders never count as results), at the task's place in the outline.
 * Tasks that go to the same place follow one another in the plan's order, numbered on from each other.
 */
import type { CheckResult } from '../check/types';
import type { DocumentModel } from '../document/model';
import type { Plan } from '../plan/schema';
import type { Block } from './blocks';
import { itemHeadingBlocks } from './item-heading';
import { nextLabel } from './labels';

export interface MissingItemInsert {
  /** The paragraph to insert after (model index), null for the end of the document. */
  afterParagraph: number | null;
  blocks: Block[];
  itemIds: string[];
}

export function missingItemInserts(plan: Plan, result: CheckResult, document: DocumentModel): MissingItemInsert[] {
  const order = new Map(plan.items.map((item, i) => [item.id, i]));
  const missing = result.items.filter((item) => item.required && !item.addressed).sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  const groups = new Map<number | null, MissingItemInsert>();
  for (const item of missing) {
    const after = item.insertAfter?.index ?? null;
    const group = groups.get(after) ?? { afterParagraph: after, blocks: [], itemIds: [] };
    const { blocks } = itemHeadingBlocks(plan, item, document);
    const previous = group.blocks.filter((b): b is Extract<Block, { kind: 'heading' }> => b.kind === 'heading').at(-1);
    const [heading, ...rest] = blocks;
    if (previous && heading?.kind === 'heading') {
      group.blocks.push({ ...heading, label: previous.label ? nextLabel(previous.label) : heading.label }, ...rest);
    } else group.blocks.push(...blocks);
    group.itemIds.push(item.id);
    groups.set(after, group);
  }
  return [...groups.values()];
}
