/** word/footnotes.xml and word/endnotes.xml, read apart from the body. */
import type { NoteText } from '../document/model';
import type { BodyReader } from './body';
import { attr, childElements, rootElement, type XmlElement } from './xml';

const SEPARATOR_TYPES = new Set(['separator', 'continuationSeparator', 'continuationNotice']);

export function readNotes(part: XmlElement | null, kind: NoteText['kind'], makeReader: () => BodyReader): NoteText[] {
  const root = rootElement(part, kind === 'footnote' ? 'w:footnotes' : 'w:endnotes');
  if (!root) return [];
  const notes: NoteText[] = [];
  const tag = `w:${kind}`;
  for (const node of childElements(root)) {
    if (node.name !== tag) continue;
    const type = attr(node, 'w:type');
    if (type !== undefined && SEPARATOR_TYPES.has(type)) continue;
    const reader = makeReader();
    reader.readBlocks(node.firstChild, null);
    reader.finish();
    const text = reader.paragraphs.map((paragraph) => paragraph.text).join('\n').trim();
    if (text !== '') notes.push({ kind, id: attr(node, 'w:id') ?? '', text });
  }
  return notes;
}
