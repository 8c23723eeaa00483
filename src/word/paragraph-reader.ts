/**
 * Reads the body's paragraphs in a fixed number of round trips, however long the document is:
 *   sync 1: the paragraphs with named properties only (and, on WordApi 1.6, whether there are tracked deletions);
 *   sync 2: for the paragraphs that need it, queued all at once (correlated objects): the list label
 *           (listItemOrNullObject), the table cell (parentTableCellOrNullObject) and the text with tracked
 *           deletions left out (getReviewedText, WordApi 1.4). Skipped when nothing needs it.
 * With `pageSize`, the same two syncs run per page of `top/skip` paragraphs, with a yield to the UI between pages.
 */
import type { WordReadCapabilities } from './capabilities';
import { normalizeBreaks } from './word-style';

export type ReadDetail = 'full' | 'text';

export interface ParagraphReading {
  /** The paragraph's proxy, valid only inside the current Word.run. */
  paragraph: Word.Paragraph;
  /** The text as the reader sees it: list label, a space, then the text; tracked deletions left out when possible. */
  text: string;
  listLabel: string | null;
  listLevel: number | null;
  /** Row, cell and width (points) of the innermost table cell, when the paragraph is in a table (detail 'full' only). */
  cell: { row: number; cell: number; width: number | null } | null;
}

export interface ParagraphPaging {
  /** Paragraphs per page; absent or 0: the whole body in one page. */
  pageSize?: number;
  /** Called after each page with the number of paragraphs read so far. */
  onProgress?: (paragraphsRead: number) => void;
  /** Lets the task pane repaint between pages; defaults to a zero-delay timer. */
  yieldToUi?: () => Promise<void>;
}

export interface BodyReading {
  paragraphs: ParagraphReading[];
  /** True when tracked deletions are known to be left out of the text (or known to be absent). */
  trackedDeletionsHandled: boolean;
}

/** The leaf properties loaded in sync 1; Office.js is asked for nothing else. */
export function paragraphProperties(detail: ReadDetail, capabilities: WordReadCapabilities): string[] {
  if (detail === 'text') return ['text', 'isListItem'];
  const properties = [
    'text',
    'style',
    'styleBuiltIn',
    'outlineLevel',
    'isListItem',
    'tableNestingLevel',
    'alignment',
    'font/bold',
    'font/italic',
    // Nghị định 30's typeface and size (WordApi 1.1); Word gives null or "" where the paragraph mixes them.
    'font/name',
    'font/size',
  ];
  if (capabilities.allCaps) properties.push('font/allCaps');
  return properties;
}

/**
 * Between Word's list label and the text. Word's API does not give the numbering's suffix (tab, space or nothing);
 * the .docx reader uses the real suffix, a tab by default. The label is read apart either way (readLabel).
 */
export const LIST_LABEL_SEPARATOR = ' ';

const nextTick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

interface Pending {
  paragraph: Word.Paragraph;
  listItem: Word.ListItem | null;
  tableCell: Word.TableCell | null;
  reviewedText: OfficeExtension.ClientResult<string> | null;
}

/** Sync 2 of a page: everything per paragraph, queued in one batch. */
async function readDetails(
  context: Word.RequestContext,
  items: Word.Paragraph[],
  detail: ReadDetail,
  useReviewedText: boolean,
): Promise<ParagraphReading[]> {
  let queued = 0;
  const pending: Pending[] = items.map((paragraph) => {
    let listItem: Word.ListItem | null = null;
    let tableCell: Word.TableCell | null = null;
    let reviewedText: OfficeExtension.ClientResult<string> | null = null;
    if (paragraph.isListItem) {
      listItem = paragraph.listItemOrNullObject;
      listItem.load('listString, level');
      queued++;
    }
    if (detail === 'full' && paragraph.tableNestingLevel > 0) {
      tableCell = paragraph.parentTableCellOrNullObject;
      // (The width places a cell merged across columns on the table's grid: Word gives its place in the row only.)
      tableCell.load('rowIndex, cellIndex, columnWidth');
      queued++;
    }
    if (useReviewedText) {
      reviewedText = paragraph.getReviewedText('Current');
      queued++;
    }
    return { paragraph, listItem, tableCell, reviewedText };
  });
  if (queued > 0) await context.sync();

  return pending.map(({ paragraph, listItem, tableCell, reviewedText }) => {
    const wordText = normalizeBreaks(reviewedText ? reviewedText.value : paragraph.text);
    const numbered = listItem !== null && !listItem.isNullObject && listItem.listString !== '';
    const listLabel = numbered && listItem ? listItem.listString : null;
    return {
      paragraph,
      text: listLabel !== null ? `${listLabel}${LIST_LABEL_SEPARATOR}${wordText}` : wordText,
      listLabel,
      listLevel: numbered && listItem ? listItem.level : null,
      cell:
        tableCell && !tableCell.isNullObject
          ? { row: tableCell.rowIndex, cell: tableCell.cellIndex, width: typeof tableCell.columnWidth === 'number' && tableCell.columnWidth > 0 ? tableCell.columnWidth : null }
          : null,
    };
  });
}

export async function readBodyParagraphs(
  context: Word.RequestContext,
  capabilities: WordReadCapabilities,
  detail: ReadDetail,
  paging: ParagraphPaging = {},
): Promise<BodyReading> {
  const body = context.document.body;
  const select = paragraphProperties(detail, capabilities).join(', ');
  const pageSize = paging.pageSize && paging.pageSize > 0 ? Math.floor(paging.pageSize) : 0;
  const readings: ParagraphReading[] = [];

  let trackedChanges: Word.TrackedChangeCollection | null = null;
  let useReviewedText = capabilities.reviewedText;
  for (let skip = 0; ; skip += pageSize) {
    const collection = body.paragraphs;
    if (pageSize > 0) collection.load({ select, top: pageSize, skip });
    else collection.load(select.split(', ').map((path) => `items/${path}`).join(', '));
    if (skip === 0 && capabilities.trackedChanges) {
      trackedChanges = body.getTrackedChanges();
      trackedChanges.load('items/type');
    }
    await context.sync();

    if (skip === 0 && trackedChanges) {
      useReviewedText = capabilities.reviewedText && trackedChanges.items.some((change) => change.type === 'Deleted');
    }
    const items = collection.items;
    readings.push(...(await readDetails(context, items, detail, useReviewedText)));
    paging.onProgress?.(readings.length);

    if (pageSize === 0 || items.length < pageSize) break;
    await (paging.yieldToUi ?? nextTick)();
  }
  return { paragraphs: readings, trackedDeletionsHandled: capabilities.reviewedText };
}
