/** Blocks → the playground's paragraphs (insert), and its paragraphs → blocks (download as .docx). */
import { PLACEHOLDER_TAG, type Block, type TextRun } from '../../compose/blocks';
import { PLAIN_PARAGRAPH as PLAIN } from '../../document/build';
import type { PlaygroundParagraph } from './types';

const joinRuns = (runs: readonly TextRun[]) => runs.map((run) => run.text).join('');
const allOf = (runs: readonly TextRun[], key: 'bold' | 'italic') => runs.some((r) => r.text.trim() !== '') && runs.every((r) => r.text.trim() === '' || r[key] === true);

/**
 * The paragraphs a host shows for the blocks. `nextId` hands out ids; `nextTable` a table number not yet used
 * (read() renumbers tables in document order).
 */
export function blocksToParagraphs(blocks: readonly Block[], nextId: () => number, nextTable: () => number): PlaygroundParagraph[] {
  const out: PlaygroundParagraph[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case 'heading': {
        const level = Math.min(3, Math.max(1, Math.round(block.level)));
        const text = block.label ? `${block.label} ${block.text}` : block.text;
        out.push({
          ...PLAIN,
          id: nextId(),
          text,
          styleId: `Heading${level}`,
          styleName: `heading ${level}`,
          builtInHeading: level,
          outlineLevel: level,
          bold: true,
          alignment: block.format?.alignment ?? null,
          inserted: true,
        });
        break;
      }
      case 'paragraph':
        out.push({
          ...PLAIN,
          id: nextId(),
          text: joinRuns(block.runs),
          runs: block.runs,
          bold: allOf(block.runs, 'bold'),
          italic: allOf(block.runs, 'italic'),
          alignment: block.format?.alignment ?? null,
          inserted: true,
        });
        break;
      case 'placeholder':
        out.push({ ...PLAIN, id: nextId(), text: block.text, italic: true, alignment: block.format?.alignment ?? null, inserted: true, placeholder: true, tag: block.tag });
        break;
      case 'citation':
        out.push({ ...PLAIN, id: nextId(), text: block.text, inserted: true });
        break;
      case 'table': {
        const table = nextTable();
        block.rows.forEach((row, rowIndex) =>
          row.forEach((cell, cellIndex) =>
            out.push({
              ...PLAIN,
              id: nextId(),
              text: joinRuns(cell),
              runs: cell,
              bold: allOf(cell, 'bold'),
              table: { table, row: rowIndex, cell: cellIndex, depth: 1 },
              inserted: true,
            }),
          ),
        );
        break;
      }
      case 'pageSetup':
        break;
    }
  }
  return out;
}

function runsOf(paragraph: PlaygroundParagraph): TextRun[] {
  if (paragraph.runs) return paragraph.runs;
  return [{ text: paragraph.text, bold: paragraph.bold || undefined, italic: paragraph.italic || undefined }];
}

/** The document as blocks, for the .docx writer: headings keep their level, tables their cells. */
export function paragraphsToBlocks(paragraphs: readonly PlaygroundParagraph[]): Block[] {
  const blocks: Block[] = [];
  let table: { key: number; rows: TextRun[][][] } | null = null;
  for (const paragraph of paragraphs) {
    if (paragraph.table) {
      const { table: key, row, cell } = paragraph.table;
      if (!table || table.key !== key) {
        table = { key, rows: [] };
        blocks.push({ kind: 'table', rows: table.rows, borders: true });
      }
      const cells = (table.rows[row] ??= []);
      cells[cell] = [...(cells[cell] ?? []), ...runsOf(paragraph)];
      continue;
    }
    table = null;
    const alignment = paragraph.alignment ?? undefined;
    const format = alignment ? { alignment } : undefined;
    const level = paragraph.builtInHeading;
    if (paragraph.placeholder) {
      blocks.push({ kind: 'placeholder', text: paragraph.text, tag: paragraph.tag ?? PLACEHOLDER_TAG, ...(format ? { format } : {}) });
    } else if (level !== null && level >= 1 && level <= 3) {
      blocks.push({ kind: 'heading', level, label: null, text: paragraph.text, ...(format ? { format } : {}) });
    } else {
      blocks.push({ kind: 'paragraph', runs: runsOf(paragraph), ...(format ? { format } : {}) });
    }
  }
  // Sparse rows (a cell that held no paragraph) become empty cells.
  for (const block of blocks) {
    if (block.kind === 'table') block.rows.forEach((row, i) => (block.rows[i] = Array.from(row ?? [], (cell) => cell ?? [])));
  }
  return blocks;
}
