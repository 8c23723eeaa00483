/**
 * The blocks "Chèn mục" inserts for a missing plan item: a heading in the document's own style and a placeholder
 * line for the results. Pure: the pane hands the blocks to the host.
 */
import type { Block } from '../../compose/blocks';
import type { DocumentModel, Paragraph } from '../../document/model';
import type { Plan } from '../../plan/schema';
import type { ItemStatus } from '../../check/types';
import { firstLabelLike, nextLabel } from './next-label';

export const RESULTS_PLACEHOLDER = 'Kết quả thực hiện: ...';
export const PLACEHOLDER_TAG = 'pctn:placeholder';

const isHeading = (p: Paragraph | undefined): p is Paragraph & { level: number } => p !== undefined && p.headingSource !== null && p.level !== null;

/** Level 2 or 3: one below the heading the item goes under (level 2 when the document has no heading before it). */
export function headingLevelAt(document: DocumentModel, afterIndex: number | null): number {
  for (let i = afterIndex ?? document.paragraphs.length - 1; i >= 0; i -= 1) {
    const paragraph = document.paragraphs[i];
    if (isHeading(paragraph)) return Math.min(3, Math.max(2, paragraph.level + 1));
  }
  return 2;
}

/**
 * The label for a new heading at `level` after paragraph `afterIndex`: the next one after the previous sibling's
 * typed label, or the first of the style the document types at that level; null when the document does not type
 * its numbering there (Word's list numbering or no labels).
 */
export function headingLabelAt(document: DocumentModel, afterIndex: number | null, level: number): string | null {
  const paragraphs = document.paragraphs;
  for (let i = afterIndex ?? paragraphs.length - 1; i >= 0; i -= 1) {
    const paragraph = paragraphs[i];
    if (!isHeading(paragraph)) continue;
    if (paragraph.level < level) break;
    if (paragraph.level === level) {
      if (paragraph.label === null || paragraph.listLabel !== null) return null;
      return nextLabel(paragraph.label);
    }
  }
  const typed = paragraphs.find((p) => isHeading(p) && p.level === level && p.label !== null && p.listLabel === null);
  return typed?.label ? firstLabelLike(typed.label) : null;
}

export interface ItemHeadingInsert {
  blocks: Block[];
  /** The heading as it will read in the document. */
  headingText: string;
}

export function itemHeadingBlocks(plan: Plan, status: ItemStatus, document: DocumentModel): ItemHeadingInsert {
  const item = plan.items.find((candidate) => candidate.id === status.id);
  const title = item?.title ?? status.title;
  const afterIndex = status.insertAfter?.index ?? null;
  const level = headingLevelAt(document, afterIndex);
  const label = headingLabelAt(document, afterIndex, level);
  return {
    blocks: [
      { kind: 'heading', level, label, text: title, itemId: status.id },
      { kind: 'placeholder', text: RESULTS_PLACEHOLDER, tag: PLACEHOLDER_TAG },
    ],
    headingText: label ? `${label} ${title}` : title,
  };
}
