/**
 * Queues host-neutral blocks as Word paragraphs after an anchor, all in the caller's batch (no sync here).
 * Each block goes after the last one inserted (chaining), never repeatedly after the same anchor, which would
 * reverse them. Only insert* calls with "After" and property sets on the new objects: nothing is deleted,
 * cleared or replaced. Every inserted paragraph gets its style, font and formatting set explicitly, because a new
 * paragraph otherwise takes those of the one before it (a heading, a list item, bold text), as Enter does.
 * Tables are laid out in insert-table.ts, the decree's short rules in rule-line.ts.
 */
import type { Block } from '../compose/blocks';
import { TEXT_WIDTH_MM } from '../compose/layout';
import { CITATION_TITLE, citationTag, placeholderTag, placeholderTitle, wrapParagraph } from './content-control';
import type { InsertAnchor } from './insert-anchor';
import { queueTable } from './insert-table';
import { applyFormat, queueRuns, setFont, wordText, type InsertFont } from './paragraph-format';
import { queueRule } from './rule-line';

export type { InsertFont } from './paragraph-format';
export { CITATION_TITLE, PLACEHOLDER_TITLE, citationTag, placeholderTag } from './content-control';

/** Nghị định 30/2020/NĐ-CP, Phụ lục I: Times New Roman, 13–14 pt, black. */
export const DEFAULT_INSERT_FONT: InsertFont = { name: 'Times New Roman', sizePt: 14 };

export interface QueueOptions {
  /** The width tables' widthsPct are of, millimetres: the page's text width (A4 with the decree's margins by default). */
  textWidthMm?: number;
}

type ContentBlock = Exclude<Block, { kind: 'pageSetup' }>;
/** Whatever the next block is inserted after: all three take insertParagraph/insertTable "After". */
type Cursor = Word.Paragraph | Word.Table | Word.ContentControl;

const HEADING_STYLES = ['Heading1', 'Heading2', 'Heading3'] as const;

/** Queues the blocks; returns the first inserted paragraph (a table's first cell), or null when nothing was. */
export function queueBlocks(anchor: InsertAnchor, blocks: readonly ContentBlock[], font: InsertFont, options: QueueOptions = {}): Word.Paragraph | null {
  const textWidthMm = options.textWidthMm ?? TEXT_WIDTH_MM;
  let cursor: Cursor = anchor.kind === 'paragraph' ? anchor.paragraph : anchor.table;
  let afterTable = anchor.kind === 'table';
  // After a list item, the first new paragraph would continue the list.
  let leaveList = anchor.kind === 'paragraph' && anchor.isListItem;
  let first: Word.Paragraph | null = null;

  const nextParagraph = (text: string, style: 'Normal' | (typeof HEADING_STYLES)[number]): Word.Paragraph => {
    const paragraph: Word.Paragraph = cursor.insertParagraph(wordText(text), 'After');
    if (leaveList) paragraph.detachFromList();
    leaveList = false;
    paragraph.styleBuiltIn = style;
    cursor = paragraph;
    afterTable = false;
    return paragraph;
  };
  const wrap = (paragraph: Word.Paragraph, tag: string, title: string, appearance: 'Tags' | 'BoundingBox'): void => {
    // The next block goes after the control, not inside it.
    cursor = wrapParagraph(paragraph, tag, title, appearance);
  };

  for (const block of blocks) {
    switch (block.kind) {
      case 'heading': {
        const level = Math.min(3, Math.max(1, Math.round(block.level)));
        const text = block.label ? `${block.label} ${block.text}` : block.text;
        const paragraph = nextParagraph(text, HEADING_STYLES[level - 1] ?? 'Heading1');
        setFont(paragraph.font, font, true, level === 3);
        applyFormat(paragraph, block.format);
        first ??= paragraph;
        break;
      }
      case 'paragraph': {
        const paragraph = nextParagraph('', 'Normal');
        if (block.format?.rule) queueRule(paragraph, block.format.rule, block.format, font);
        else {
          setFont(paragraph.font, font, false, false);
          queueRuns(paragraph, block.runs);
          applyFormat(paragraph, block.format);
        }
        first ??= paragraph;
        break;
      }
      case 'placeholder': {
        const paragraph = nextParagraph(block.text, 'Normal');
        setFont(paragraph.font, font, false, true);
        applyFormat(paragraph, block.format);
        first ??= paragraph;
        wrap(paragraph, placeholderTag(block), placeholderTitle(block.alias), 'Tags');
        break;
      }
      case 'citation': {
        const paragraph = nextParagraph(block.text, 'Normal');
        setFont(paragraph.font, font, false, false);
        applyFormat(paragraph, block.format);
        first ??= paragraph;
        wrap(paragraph, citationTag(block.registryId), CITATION_TITLE, 'BoundingBox');
        break;
      }
      case 'table': {
        if (block.rows.length === 0 && (block.paragraphs?.length ?? 0) === 0) break;
        // Two tables next to each other merge into one in Word: keep an empty paragraph between them.
        if (afterTable) {
          const separator = nextParagraph('', 'Normal');
          setFont(separator.font, font, false, false);
          applyFormat(separator, undefined);
        }
        const table = queueTable(cursor, block, font, textWidthMm);
        first ??= table.getRange('Whole').paragraphs.getFirst();
        cursor = table;
        afterTable = true;
        leaveList = false;
        break;
      }
    }
  }
  return first;
}
