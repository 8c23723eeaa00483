/**
 * Queues host-neutral blocks as Word paragraphs after an anchor, all in the caller's batch (no sync here).
 * Each block goes after the last one inserted (chaining), never repeatedly after the same anchor, which would
 * reverse them. Only insert* calls with "After" and property sets on the new objects: nothing is deleted,
 * cleared or replaced. Every inserted paragraph gets its style, font and formatting set explicitly, because a new
 * paragraph otherwise takes those of the one before it (a heading, a list item, bold text), as Enter does.
 */
import { TAG_PREFIX, type Alignment, type Block, type ParagraphFormat, type TextRun } from '../compose/blocks';
import type { InsertAnchor } from './insert-anchor';

export interface InsertFont {
  name: string;
  sizePt: number;
}

/** Nghị định 30/2020/NĐ-CP, Phụ lục I: Times New Roman, 13–14 pt, black. */
export const DEFAULT_INSERT_FONT: InsertFont = { name: 'Times New Roman', sizePt: 14 };

export const PLACEHOLDER_TITLE = 'Nội dung cần điền';
export const CITATION_TITLE = 'Trích dẫn văn bản';

export const placeholderTag = (block: { tag: string }): string => (block.tag.trim() !== '' ? block.tag : `${TAG_PREFIX}:placeholder`);
export const citationTag = (registryId: string): string => `${TAG_PREFIX}:citation:${registryId}`;

type ContentBlock = Exclude<Block, { kind: 'pageSetup' }>;
/** Whatever the next block is inserted after: all three take insertParagraph/insertTable "After". */
type Cursor = Word.Paragraph | Word.Table | Word.ContentControl;

const HEADING_STYLES = ['Heading1', 'Heading2', 'Heading3'] as const;
const ALIGNMENTS: Record<Alignment, 'Left' | 'Centered' | 'Right' | 'Justified'> = {
  left: 'Left',
  center: 'Centered',
  right: 'Right',
  justify: 'Justified',
};
/** Nghị định 30/2020/NĐ-CP, Phụ lục I: body text justified. */
const DEFAULT_ALIGNMENT: Alignment = 'justify';
const POINTS_PER_MM = 72 / 25.4;
/** Word's line spacing is in points; single spacing is 12. */
const SINGLE_LINE_POINTS = 12;

/** A line break inside a paragraph is Word's vertical tab; "\n" or "\r" would start new paragraphs. */
const wordText = (text: string): string => text.replace(/\r\n|\r|\n/g, '\v');

const runsText = (runs: readonly TextRun[]): string => runs.map((run) => run.text).join('');

function setFont(font: Word.Font, base: InsertFont, bold: boolean, italic: boolean): void {
  font.name = base.name;
  font.size = base.sizePt;
  font.color = '#000000';
  font.bold = bold;
  font.italic = italic;
}

/** Alignment is always set: a new paragraph would otherwise take the centring of a title before it. */
function applyFormat(paragraph: Word.Paragraph, format: ParagraphFormat | undefined): void {
  paragraph.alignment = ALIGNMENTS[format?.alignment ?? DEFAULT_ALIGNMENT];
  if (!format) return;
  if (format.firstLineIndentMm !== undefined) paragraph.firstLineIndent = format.firstLineIndentMm * POINTS_PER_MM;
  if (format.spaceAfterPt !== undefined) paragraph.spaceAfter = format.spaceAfterPt;
  if (format.lineSpacing !== undefined) paragraph.lineSpacing = format.lineSpacing * SINGLE_LINE_POINTS;
}

function tableValues(rows: readonly TextRun[][][]): string[][] {
  const columns = Math.max(1, ...rows.map((row) => row.length));
  return rows.map((row) => Array.from({ length: columns }, (_, i) => wordText(runsText(row[i] ?? []))));
}

/** Queues the blocks; returns the first inserted paragraph (a table's first cell), or null when nothing was. */
export function queueBlocks(anchor: InsertAnchor, blocks: readonly ContentBlock[], font: InsertFont): Word.Paragraph | null {
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
    const control = paragraph.insertContentControl();
    control.tag = tag;
    control.title = title;
    control.appearance = appearance;
    // The next block goes after the control, not inside it.
    cursor = control;
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
        setFont(paragraph.font, font, false, false);
        for (const run of block.runs) {
          if (run.text === '') continue;
          const range = paragraph.insertText(wordText(run.text), 'End');
          range.font.bold = run.bold === true;
          range.font.italic = run.italic === true;
          range.font.underline = run.underline ? 'Single' : 'None';
          if (run.size !== undefined) range.font.size = run.size;
        }
        applyFormat(paragraph, block.format);
        first ??= paragraph;
        break;
      }
      case 'placeholder': {
        const paragraph = nextParagraph(block.text, 'Normal');
        setFont(paragraph.font, font, false, true);
        applyFormat(paragraph, block.format);
        first ??= paragraph;
        wrap(paragraph, placeholderTag(block), PLACEHOLDER_TITLE, 'Tags');
        break;
      }
      case 'citation': {
        const paragraph = nextParagraph(block.text, 'Normal');
        setFont(paragraph.font, font, false, false);
        applyFormat(paragraph, undefined);
        first ??= paragraph;
        wrap(paragraph, citationTag(block.registryId), CITATION_TITLE, 'BoundingBox');
        break;
      }
      case 'table': {
        if (block.rows.length === 0) break;
        // Two tables next to each other merge into one in Word: keep an empty paragraph between them.
        if (afterTable) {
          const separator = nextParagraph('', 'Normal');
          setFont(separator.font, font, false, false);
          applyFormat(separator, undefined);
        }
        const values = tableValues(block.rows);
        const table: Word.Table = cursor.insertTable(values.length, values[0]?.length ?? 1, 'After', values);
        table.font.name = font.name;
        table.font.size = font.sizePt;
        table.font.color = '#000000';
        table.font.bold = false;
        table.font.italic = false;
        table.headerRowCount = 1;
        table.rows.getFirst().font.bold = true;
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
