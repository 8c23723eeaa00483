/**
 * A table block in Word, queued in the caller's batch (no sync): borders (none for the borderless header and
 * signature blocks of Nghị định 30/2020/NĐ-CP), column widths from widthsPct, and cells laid out line by line when
 * the block gives their paragraphs, each with its own runs, format, rule and content control, as the .docx writer
 * does. All of it is WordApi 1.3 (Table.getBorder, Table.getCell, TableCell.body, TableCell.columnWidth,
 * Table.alignment). A plain table (cells as runs only) gets its text through insertTable's values and a bold header
 * row, as before.
 */
import type { Block, CellParagraph } from '../compose/blocks';
import { placeholderTitle, wrapParagraph } from './content-control';
import { applyFormat, POINTS_PER_MM, queueRuns, runsText, setFont, wordText, type InsertFont } from './paragraph-format';
import { queueRule } from './rule-line';

export type TableBlock = Extract<Block, { kind: 'table' }>;
/** Whatever a table is inserted after: all three take insertTable "After". */
export type TableCursor = Word.Paragraph | Word.Table | Word.ContentControl;

/** Each side separately: "All" as one location is not honoured the same by every Word. */
const BORDER_SIDES = ['Top', 'Left', 'Bottom', 'Right', 'InsideHorizontal', 'InsideVertical'] as const;
const A4_WIDTH_MM = 210;
/** The .docx writer's visible borders: single, black, 0.5 pt (w:sz="4"). */
const VISIBLE_BORDER = { type: 'Single', color: '#000000', widthPt: 0.5 } as const;

export interface TableShape {
  rowCount: number;
  columnCount: number;
  /** insertTable's values: a cell laid out line by line starts empty. */
  values: string[][];
  /** Per row and column, the cell's paragraphs when the block lays it out, else null. */
  laidOut: (readonly CellParagraph[] | null)[][];
}

export function tableShape(block: TableBlock): TableShape {
  const paragraphs = block.paragraphs ?? [];
  const rowCount = Math.max(block.rows.length, paragraphs.length);
  const columnCount = Math.max(1, ...block.rows.map((row) => row.length), ...paragraphs.map((row) => row.length));
  const laidOut = Array.from({ length: rowCount }, (_, r) =>
    Array.from({ length: columnCount }, (_, c) => {
      const cell = paragraphs[r]?.[c];
      return cell && cell.length > 0 ? cell : null;
    }),
  );
  const values = laidOut.map((row, r) => row.map((cell, c) => (cell ? '' : wordText(runsText(block.rows[r]?.[c] ?? [])))));
  return { rowCount, columnCount, values, laidOut };
}

/** The text width of an A4 page with these margins, millimetres: what widthsPct are of. */
export function textWidthMmOf(setup: Extract<Block, { kind: 'pageSetup' }>): number {
  return A4_WIDTH_MM - setup.marginsMm.left - setup.marginsMm.right;
}

/** Column widths in points: each column its percentage of the text width (missing ones share equally), as the .docx writer does. */
export function columnWidthsPt(widthsPct: readonly number[], columnCount: number, textWidthMm: number): number[] {
  return Array.from({ length: columnCount }, (_, i) => {
    const pct = widthsPct[i];
    const share = pct !== undefined && Number.isFinite(pct) && pct > 0 ? pct : 100 / columnCount;
    return (textWidthMm * share * POINTS_PER_MM) / 100;
  });
}

function queueBorders(table: Word.Table, visible: boolean): void {
  for (const side of BORDER_SIDES) {
    const border = table.getBorder(side);
    if (visible) {
      border.type = VISIBLE_BORDER.type;
      border.color = VISIBLE_BORDER.color;
      border.width = VISIBLE_BORDER.widthPt;
    } else {
      border.type = 'None';
    }
  }
}

/** The cell's lines in order: the first into the cell's own (empty) paragraph, each next one after the last. */
function queueCell(cell: Word.TableCell, paragraphs: readonly CellParagraph[], font: InsertFont): void {
  let cursor: Word.Paragraph | Word.ContentControl | null = null;
  for (const line of paragraphs) {
    const paragraph: Word.Paragraph = cursor === null ? cell.body.paragraphs.getFirst() : cursor.insertParagraph('', 'After');
    paragraph.styleBuiltIn = 'Normal';
    if (line.format?.rule) queueRule(paragraph, line.format.rule, line.format, font);
    else {
      setFont(paragraph.font, font, false, false);
      queueRuns(paragraph, line.runs);
      applyFormat(paragraph, line.format);
    }
    cursor = line.tag ? wrapParagraph(paragraph, line.tag, placeholderTitle(line.alias), 'Tags') : paragraph;
  }
}

/** Inserts the table after the cursor; returns it (the next block goes after it). */
export function queueTable(cursor: TableCursor, block: TableBlock, font: InsertFont, textWidthMm: number): Word.Table {
  const shape = tableShape(block);
  const table: Word.Table = cursor.insertTable(shape.rowCount, shape.columnCount, 'After', shape.values);
  // The table-wide font first: set after the cells' runs, it would flatten their bold and sizes.
  table.font.name = font.name;
  table.font.size = font.sizePt;
  table.font.color = '#000000';
  table.font.bold = false;
  table.font.italic = false;
  table.alignment = 'Centered';
  queueBorders(table, block.borders);

  const layOut = shape.laidOut.some((row) => row.some((cell) => cell !== null));
  if (!layOut) {
    table.headerRowCount = 1;
    table.rows.getFirst().font.bold = true;
  }
  if (block.widthsPct) {
    columnWidthsPt(block.widthsPct, shape.columnCount, textWidthMm).forEach((width, c) => {
      table.getCell(0, c).columnWidth = width;
    });
  }
  shape.laidOut.forEach((row, r) =>
    row.forEach((paragraphs, c) => {
      if (paragraphs) queueCell(table.getCell(r, c), paragraphs, font);
    }),
  );
  return table;
}
