/**
 * The locator of a paragraph inserted in the current batch, queued in the same batch (no extra sync): its index is
 * the number of paragraphs from the start of the body through it (one load of a cheap leaf property per paragraph
 * before it), and its hash is of the text as the reader sees it (list label included), as read-document.ts gives it.
 */
import type { Locator } from '../document/model';
import { textHash } from '../document/hash';
import { LIST_LABEL_SEPARATOR } from './paragraph-reader';
import { normalizeBreaks } from './word-style';

export function queueLocatorOf(context: Word.RequestContext, paragraph: Word.Paragraph): () => Locator {
  const throughParagraph = context.document.body.getRange('Start').expandTo(paragraph.getRange('Whole')).paragraphs;
  throughParagraph.load('items/isListItem');
  paragraph.load('text');
  const listItem = paragraph.listItemOrNullObject;
  listItem.load('listString');
  return () => {
    const label = !listItem.isNullObject && listItem.listString !== '' ? listItem.listString : null;
    const text = normalizeBreaks(paragraph.text);
    return {
      index: throughParagraph.items.length - 1,
      textHash: textHash(label !== null ? `${label}${LIST_LABEL_SEPARATOR}${text}` : text),
    };
  };
}
