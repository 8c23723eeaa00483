/** Turns a host's raw paragraphs into the document model: labels, levels, locators and the outline. */
import type { DocumentModel, NoteText, Paragraph, RawParagraph } from './model';
import { readLabel } from './label';
import { decideLevel } from './heading';
import { buildOutline } from './outline';
import { textHash } from './hash';

/** A paragraph with no style, numbering, formatting or table: what a host fills in for plain text. */
export const PLAIN_PARAGRAPH: Readonly<Omit<RawParagraph, 'text'>> = {
  listLabel: null,
  listLevel: null,
  styleId: null,
  styleName: null,
  builtInHeading: null,
  outlineLevel: null,
  bold: false,
  allCaps: false,
  italic: false,
  alignment: null,
  table: null,
};

export function toParagraph(raw: RawParagraph, index: number): Paragraph {
  const reading = readLabel(raw.text, raw.listLabel);
  const decision = decideLevel(raw, reading);
  // The fields spelled out: a spread followed by new properties is many times slower in V8, and this runs once per
  // paragraph of every document read. Optional fields are added only when set, so JSON output stays the same.
  const paragraph: Paragraph = {
    text: raw.text,
    listLabel: raw.listLabel,
    listLevel: raw.listLevel,
    styleId: raw.styleId,
    styleName: raw.styleName,
    builtInHeading: raw.builtInHeading,
    outlineLevel: raw.outlineLevel,
    bold: raw.bold,
    allCaps: raw.allCaps,
    italic: raw.italic,
    alignment: raw.alignment,
    table: raw.table,
    index,
    locator: { index, textHash: textHash(raw.text) },
    label: reading.label,
    body: reading.body,
    level: decision.level,
    headingSource: decision.headingSource,
  };
  if (raw.font !== undefined) paragraph.font = raw.font;
  if (raw.legacyFont !== undefined || raw.tag !== undefined) {
    return { ...raw, ...paragraph, ...(raw.legacyFont !== undefined ? { legacyFont: raw.legacyFont } : {}), ...(raw.tag !== undefined ? { tag: raw.tag } : {}) };
  }
  return paragraph;
}

export function toDocumentModel(
  raw: RawParagraph[],
  source: DocumentModel['source'],
  extras?: { notes?: NoteText[]; warnings?: DocumentModel['warnings']; page?: DocumentModel['page'] },
): DocumentModel {
  const paragraphs = raw.map(toParagraph);
  return {
    source,
    paragraphs,
    outline: buildOutline(paragraphs),
    notes: extras?.notes ?? [],
    warnings: extras?.warnings ?? [],
    ...(extras?.page ? { page: extras.page } : {}),
  };
}
