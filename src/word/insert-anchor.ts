/**
 * Where inserted blocks go, resolved in the caller's Word.run. Blocks always go AFTER something, so no text is ever
 * replaced or split: after the last paragraph the selection touches (a selection is never replaced, a cursor in the
 * middle of a paragraph does not split it), after a located paragraph, or after the last paragraph of the body.
 * Documented choice: when that paragraph is inside a table, the blocks go after the (outermost) table, never inside
 * the cell. One sync for the cursor and the end; for a locator, the 1–2 syncs of the text read plus that one.
 */
import type { InsertPlace } from '../document/host';
import { findParagraph, type LocateOptions } from './locate';

export type InsertAnchor =
  | { kind: 'paragraph'; paragraph: Word.Paragraph; isListItem: boolean }
  | { kind: 'table'; table: Word.Table };

/** How many table levels are followed outward; a table nested deeper is left at the third level. */
const TABLE_LEVELS = 3;

/** The tables around a paragraph, innermost first, queued as *OrNullObject (resolved at the next sync). */
function queueTables(paragraph: Word.Paragraph): Word.Table[] {
  const tables: Word.Table[] = [];
  let table = paragraph.parentTableOrNullObject;
  for (let level = 0; level < TABLE_LEVELS; level++) {
    table.load('nestingLevel');
    tables.push(table);
    table = table.parentTableOrNullObject;
  }
  return tables;
}

function outermost(tables: Word.Table[]): Word.Table | null {
  const found = tables.filter((table) => !table.isNullObject);
  return found.find((table) => table.nestingLevel === 1) ?? found.at(-1) ?? null;
}

/** The anchor, or null when a locator no longer matches any paragraph. */
export async function resolveAnchor(
  context: Word.RequestContext,
  place: InsertPlace,
  options: LocateOptions,
): Promise<InsertAnchor | null> {
  let paragraph: Word.Paragraph;
  let knownListItem: boolean | null = null;
  if (place.kind === 'after') {
    const found = await findParagraph(context, place.locator, options);
    if (found === null) return null;
    paragraph = found.paragraph;
    knownListItem = found.isListItem;
  } else {
    // A selection always lies in at least one paragraph, and a body always has one.
    const paragraphs = place.kind === 'cursor' ? context.document.getSelection().paragraphs : context.document.body.paragraphs;
    paragraph = paragraphs.getLast();
    paragraph.load('isListItem');
  }
  const tables = queueTables(paragraph);
  await context.sync();
  const table = outermost(tables);
  if (table) return { kind: 'table', table };
  return { kind: 'paragraph', paragraph, isListItem: knownListItem ?? paragraph.isListItem };
}
