/**
 * Reads the open Word document into the DocumentModel, inside the caller's Word.run. Reads only; writes nothing.
 * Round trips: at most 2 context.sync() calls at default options, whatever the length of the document
 * (see paragraph-reader.ts); with `pageSize`, at most 2 per page. If an optional API that the host claims fails,
 * the read is retried once without the optional APIs.
 */
import type { DocumentModel, RawParagraph, TablePosition } from '../document/model';
import { toDocumentModel } from '../document/build';
import { AppError } from '../errors/app-error';
import {
  officeIsSetSupported,
  readCapabilities,
  usesOptional,
  withoutOptional,
  type IsSetSupported,
  type WordReadCapabilities,
} from './capabilities';
import { readBodyParagraphs, type BodyReading, type ParagraphPaging, type ParagraphReading } from './paragraph-reader';
import { alignmentOf, builtInHeadingLevel, outlineLevelOf, styleNameOf } from './word-style';
import { toWordError, WORD_API_TOO_OLD } from './word-error';

export interface ReadWordOptions extends ParagraphPaging {
  /** The document's name for the model's source; Office.js does not give it for unsaved documents. */
  name?: string;
  /** Defaults to Office.context.requirements.isSetSupported. */
  isSetSupported?: IsSetSupported;
}

type Warning = DocumentModel['warnings'][number];

export const TRACKED_DELETIONS_WARNING: Warning = {
  code: 'word-tracked-deletions-may-be-included',
  vi: 'Bản nháp có thể chứa nội dung đã xóa đang được theo dõi (Track Changes) mà phiên bản Word này không tách ra được: hãy chấp nhận hoặc từ chối các thay đổi trước khi kiểm tra.',
  en: 'Tracked deletions may be included in the text (this version of Word cannot leave them out): accept or reject changes first.',
};

export const OPTIONAL_API_FAILED_WARNING: Warning = {
  code: 'word-optional-api-failed',
  vi: 'Word báo hỗ trợ một số chức năng mới nhưng không thực hiện được; tài liệu đã được đọc lại theo cách cơ bản.',
  en: 'Word reported support for newer features that then failed; the document was read again the basic way.',
};

/** Tables are counted at the top level: a run of paragraphs inside tables is one table (Word merges adjacent tables). */
function tablePositions(readings: ParagraphReading[]): (TablePosition | null)[] {
  let table = -1;
  let previousDepth = 0;
  const positions = readings.map((reading) => {
    const depth = reading.paragraph.tableNestingLevel;
    if (depth > 0 && previousDepth === 0) table++;
    previousDepth = depth;
    if (depth <= 0) return null;
    return { table, row: reading.cell?.row ?? 0, cell: reading.cell?.cell ?? 0, depth } as TablePosition;
  });
  placeOnGrid(positions, readings);
  return positions;
}

/** Points within which two cell edges are the same grid line. */
const GRID_TOLERANCE = 2;

/**
 * The grid column of each top-level cell, from the widths of the cells before it in its row: a header cell merged across
 * "Chủ trì | Phối hợp" is one cell of Word's row but two columns of the grid, as the .docx reader counts them
 * (w:gridSpan). Only rows whose every cell was read count: a cell missing from a row leaves its offsets unknown.
 */
function placeOnGrid(positions: (TablePosition | null)[], readings: ParagraphReading[]): void {
  const tables = new Map<number, Map<number, Map<number, number | null>>>();
  positions.forEach((position, i) => {
    if (!position || position.depth !== 1) return;
    const rows = tables.get(position.table) ?? new Map<number, Map<number, number | null>>();
    const cells = rows.get(position.row) ?? new Map<number, number | null>();
    if (!cells.has(position.cell)) cells.set(position.cell, readings[i]!.cell?.width ?? null);
    rows.set(position.row, cells);
    tables.set(position.table, rows);
  });
  for (const [tableNumber, rows] of tables) {
    const lefts = new Map<number, Map<number, number>>();
    for (const [row, cells] of rows) {
      const indexes = [...cells.keys()].sort((a, b) => a - b);
      if (indexes.some((index, k) => index !== k) || indexes.some((index) => cells.get(index) === null)) continue;
      let left = 0;
      const edges = new Map<number, number>();
      for (const index of indexes) {
        edges.set(index, left);
        left += cells.get(index)!;
      }
      lefts.set(row, edges);
    }
    const lines: number[] = [];
    for (const edges of lefts.values()) for (const left of edges.values()) if (!lines.some((line) => Math.abs(line - left) <= GRID_TOLERANCE)) lines.push(left);
    lines.sort((a, b) => a - b);
    positions.forEach((position) => {
      if (!position || position.depth !== 1 || position.table !== tableNumber) return;
      const left = lefts.get(position.row)?.get(position.cell);
      if (left === undefined) return;
      const column = lines.findIndex((line) => Math.abs(line - left) <= GRID_TOLERANCE);
      if (column >= 0) position.column = column;
    });
  }
}

function toRawParagraphs(readings: ParagraphReading[], capabilities: WordReadCapabilities): RawParagraph[] {
  const tables = tablePositions(readings);
  return readings.map((reading, index) => {
    const { paragraph } = reading;
    const font = paragraph.font;
    return {
      text: reading.text,
      listLabel: reading.listLabel,
      listLevel: reading.listLevel,
      // Office.js gives the (possibly localized) style name, not the style id.
      styleId: paragraph.style === '' ? null : paragraph.style,
      styleName: styleNameOf(paragraph.styleBuiltIn, paragraph.style),
      builtInHeading: builtInHeadingLevel(paragraph.styleBuiltIn),
      outlineLevel: outlineLevelOf(paragraph.outlineLevel),
      // Word gives null for mixed formatting: not bold "as a whole".
      bold: font.bold === true,
      italic: font.italic === true,
      allCaps: capabilities.allCaps && font.allCaps === true,
      alignment: alignmentOf(paragraph.alignment),
      table: tables[index] ?? null,
      font: { name: typeof font.name === 'string' && font.name !== '' ? font.name : null, sizePt: typeof font.size === 'number' && font.size > 0 ? font.size : null },
    };
  });
}

async function readWith(context: Word.RequestContext, capabilities: WordReadCapabilities, options: ReadWordOptions) {
  const reading: BodyReading = await readBodyParagraphs(context, capabilities, 'full', options);
  return { raw: toRawParagraphs(reading.paragraphs, capabilities), trackedDeletionsHandled: reading.trackedDeletionsHandled };
}

export async function readWordDocument(context: Word.RequestContext, options: ReadWordOptions = {}): Promise<DocumentModel> {
  const capabilities = readCapabilities(options.isSetSupported ?? officeIsSetSupported());
  if (!capabilities.core) throw new AppError('word-api-too-old', WORD_API_TOO_OLD);

  const warnings: Warning[] = [];
  let result: Awaited<ReturnType<typeof readWith>>;
  try {
    result = await readWith(context, capabilities, options);
  } catch (error) {
    if (!usesOptional(capabilities)) throw toWordError(error, READ_ACTION);
    warnings.push(OPTIONAL_API_FAILED_WARNING);
    try {
      result = await readWith(context, withoutOptional(capabilities), options);
    } catch (retryError) {
      throw toWordError(retryError, READ_ACTION);
    }
  }
  if (!result.trackedDeletionsHandled) warnings.push(TRACKED_DELETIONS_WARNING);
  return toDocumentModel(result.raw, { host: 'word', ...(options.name ? { name: options.name } : {}) }, { warnings });
}

const READ_ACTION = { vi: 'đọc nội dung tài liệu', en: 'read the document' };
