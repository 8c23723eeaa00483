/**
 * The blocks "Chèn mục" inserts for a missing plan item: a heading in the document's own style and a placeholder
 * line for the results. Pure: the pane hands the blocks to the host.
 */
import { PLACEHOLDER_TAG, type Block } from './blocks';
import { headingLevelAfter, nextHeadingLabel } from './next-heading';
import { RESULTS_PLACEHOLDER } from './data/report-text';
import type { DocumentModel } from '../document/model';
import type { Plan } from '../plan/schema';
import type { ItemStatus } from '../check/types';

export interface ItemHeadingInsert {
  blocks: Block[];
  /** The heading as it will read in the document. */
  headingText: string;
}

/** A heading one level below the heading the item goes under (2 or 3), numbered to continue the document. */
export function itemHeadingBlocks(plan: Plan, status: ItemStatus, document: DocumentModel): ItemHeadingInsert {
  const item = plan.items.find((candidate) => candidate.id === status.id);
  const title = item?.title ?? status.title;
  const afterIndex = status.insertAfter?.index ?? null;
  const level = Math.max(2, headingLevelAfter(document, afterIndex));
  const label = nextHeadingLabel(document, afterIndex, level);
  return {
    blocks: [
      { kind: 'heading', level, label, text: title, itemId: status.id },
      { kind: 'placeholder', text: RESULTS_PLACEHOLDER, tag: `${PLACEHOLDER_TAG}:${status.id}` },
    ],
    headingText: label ? `${label} ${title}` : title,
  };
}
