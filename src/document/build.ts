/** Turns a host's raw paragraphs into the document model: labels, levels, locators and the outline. */
import type { DocumentModel, NoteText, Paragraph, RawParagraph } from './model';
import { readLabel } from './label';
import { decideLevel } from './heading';
import { buildOutline } from './outline';
import { textHash } from './hash';

export function toParagraph(raw: RawParagraph, index: number): Paragraph {
  const reading = readLabel(raw.text, raw.listLabel);
  const decision = decideLevel(raw, reading);
  return {
    ...raw,
    index,
    locator: { index, textHash: textHash(raw.text) },
    label: reading.label,
    body: reading.body,
    level: decision.level,
    headingSource: decision.headingSource,
  };
}

export function toDocumentModel(
  raw: RawParagraph[],
  source: DocumentModel['source'],
  extras?: { notes?: NoteText[]; warnings?: DocumentModel['warnings'] },
): DocumentModel {
  const paragraphs = raw.map(toParagraph);
  return {
    source,
    paragraphs,
    outline: buildOutline(paragraphs),
    notes: extras?.notes ?? [],
    warnings: extras?.warnings ?? [],
  };
}
