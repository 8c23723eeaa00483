/**
 * The document model every host produces (Word, .docx on disk, the playground) and the engine reads.
 * Hosts fill RawParagraph; toDocumentModel (./build.ts) adds the heading levels and the outline.
 */

/** Where a paragraph is, in a form a host can resolve back to its place (never a live Word range). */
export interface Locator {
  /** Position among the body's paragraphs, in document order, counting from 0 (table cells included). */
  index: number;
  /** A short hash of the paragraph's text as read, so that a host can tell whether the document changed since. */
  textHash: string;
}

export interface TablePosition {
  /** Which table of the body, counting from 0. */
  table: number;
  row: number;
  cell: number;
  /** The grid column the cell starts at, where the host knows it (a cell merged across columns takes several); else
   * the cell's place in its row. */
  column?: number;
  /** Nesting depth: 1 for a table in the body, 2 for a table inside a cell. */
  depth: number;
}

export type Alignment = 'left' | 'center' | 'right' | 'justify';

/** One paragraph as a host reads it. */
export interface RawParagraph {
  /** The text as the reader sees it, the list label included ("I. KẾT QUẢ ..."), tracked deletions left out. */
  text: string;
  /** The list label on its own when Word's numbering makes it ("I.", "1.", "a)", "-"); null for typed labels. */
  listLabel: string | null;
  /** The list level (0-based) of Word's numbering, when the paragraph is a list item. */
  listLevel: number | null;
  styleId: string | null;
  /** The style's name, in English for built-in styles ("heading 1"); localized ids stay in styleId. */
  styleName: string | null;
  /** 1–9 when the paragraph has a built-in heading style (Heading1 ... Heading9), else null. */
  builtInHeading: number | null;
  /** 1–9 from the paragraph's or its style's outline level; null for body text. */
  outlineLevel: number | null;
  /** True when all visible text is bold (or all caps, or italic). */
  bold: boolean;
  allCaps: boolean;
  italic: boolean;
  alignment: Alignment | null;
  table: TablePosition | null;
  /**
   * Set when runs of the paragraph are typed in a pre-Unicode Vietnamese font (".VnTime", "VNI-Times"): the
   * first such font. Added by the .docx reader so the text layer can convert or warn.
   */
  legacyFont?: string;
  /**
   * The tag of the content control the paragraph stands in, when the add-in put it there ("pctn:placeholder",
   * "pctn:heading:II.3.a.3"): the checker knows an inserted placeholder is not a result.
   */
  tag?: string;
  /**
   * The font and size most of the paragraph's visible text is in, resolved through styles; null where the host
   * cannot tell (a theme font, no size anywhere). Absent when the host does not read formatting.
   */
  font?: { name: string | null; sizePt: number | null };
}

export type HeadingSource = 'style' | 'outlineLevel' | 'numbering' | 'typedLabel' | 'boldCaps';

export interface Paragraph extends RawParagraph {
  index: number;
  locator: Locator;
  /** The label as the reader sees it, typed or from numbering ("II.", "3.", "đ)", "-", "+"), or null. */
  label: string | null;
  /** The text without its label. */
  body: string;
  /** The outline level the paragraph takes (1 = "I.", 2 = "1.", 3 = "a)", 4 = "-", 5 = "+"); null for body text. */
  level: number | null;
  /** Whether the paragraph is a heading of the outline (levels 1–3 and bold or styled), and why. */
  headingSource: HeadingSource | null;
}

export interface OutlineNode {
  paragraph: number;
  level: number;
  label: string | null;
  title: string;
  children: OutlineNode[];
}

export interface NoteText {
  kind: 'footnote' | 'endnote';
  id: string;
  text: string;
}

export interface DocumentModel {
  source: { host: 'docx' | 'word' | 'playground'; name?: string };
  paragraphs: Paragraph[];
  /** The tree of headings. */
  outline: OutlineNode[];
  /** Footnotes and endnotes, read apart from the body. */
  notes: NoteText[];
  /** Things the reader noticed: legacy encodings converted, unsupported parts skipped. */
  warnings: { code: string; vi: string; en: string }[];
  /** The page of the (last) section, when the host can read it. */
  page?: PageLayout;
}

export interface PageLayout {
  widthMm: number;
  heightMm: number;
  marginsMm: { top: number; bottom: number; left: number; right: number };
  /** How many sections the document has, when the host can tell (the page above is the last one's). */
  sections?: number;
}
