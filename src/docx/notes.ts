/** word/footnotes.xml and word/endnotes.xml, read apart from the body. */
import type { NoteText } from '../document/model';
import type { BodyReader } from './body';
import { attr, childrenOf, rootElement, tagOf, type XmlNode } from './xml';

const SEPARATOR_TYPES = new Set(['separator', 'continuationSeparator', 'continuationNotice']);

export function readNotes(nodes: XmlNode[] | null, kind: NoteText['kind'], makeReader: () => BodyReader): NoteText[] {
  const root = nodes ? rootElement(nodes, kind === 'footnote' ? 'w:footnotes' : 'w:endnotes') : undefined;
  if (!root) return [];
  const notes: NoteText[] = [];
  for (const node of childrenOf(root)) {
    if (tagOf(node) !== `w:${kind}`) continue;
    const type = attr(node, 'w:type');
    if (type !== undefined && SEPARATOR_TYPES.has(type)) continue;
    const reader = makeReader();
    reader.readBlocks(childrenOf(node), null);
    reader.finish();
    const text = reader.paragraphs.map((paragraph) => paragraph.text).join('\n').trim();
    if (text !== '') notes.push({ kind, id: attr(node, 'w:id') ?? '', text });
  }
  return notes;
}
