export type {
  Alignment,
  DocumentModel,
  HeadingSource,
  Locator,
  NoteText,
  OutlineNode,
  Paragraph,
  RawParagraph,
  TablePosition,
} from './model';
export { toDocumentModel, toParagraph, PLAIN_PARAGRAPH } from './build';
export { readLabel, labelLevel } from './label';
export type { LabelReading } from './label';
export { buildOutline, formatOutline, headingTitle } from './outline';
export { textHash } from './hash';
