/**
 * What the add-in inserts, as host-neutral blocks: each host (Word, the playground, a .docx writer) turns them into
 * its own paragraphs. Nothing here replaces or deletes text: blocks are only ever inserted.
 */

export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Points. */
  size?: number;
}

export type Alignment = 'left' | 'center' | 'right' | 'justify';

export interface ParagraphFormat {
  alignment?: Alignment;
  /** First-line indent, millimetres. */
  firstLineIndentMm?: number;
  /** Space before, points. */
  spaceBeforePt?: number;
  /** Space after, points. */
  spaceAfterPt?: number;
  /** Line spacing as a multiple (1, 1.15, 1.5). */
  lineSpacing?: number;
  /** Keep with the next paragraph (a heading, the signer's title above the name). */
  keepWithNext?: boolean;
  /**
   * The paragraph is a short solid line this wide, centred in its column (Nghị định 30/2020/NĐ-CP, Phụ lục I: the
   * rules under the issuing agency, the motto and the subject line). Its text, if any, is not shown. Hosts that cannot
   * draw it show an empty line.
   */
  rule?: { widthMm: number };
}

/** One paragraph of a table cell, when a cell needs more than one line with its own format (the header blocks). */
export interface CellParagraph {
  runs: TextRun[];
  format?: ParagraphFormat;
  /** Wrap the paragraph in a content control with this tag ("pctn:placeholder") where the host can. */
  tag?: string;
  /** The content control's title as Word shows it. */
  alias?: string;
}

export type Block =
  | {
      kind: 'heading';
      /** Outline level 1–3 ("I.", "1.", "a)"); hosts map it to the built-in Heading 1–3 style or to bold typed text. */
      level: number;
      /** The label as typed ("II.", "3.", "đ)"), or null when the host's own numbering supplies it. */
      label: string | null;
      text: string;
      format?: ParagraphFormat;
      /** The plan item the heading stands for, so that a later check can tell it was inserted. */
      itemId?: string;
    }
  | { kind: 'paragraph'; runs: TextRun[]; format?: ParagraphFormat }
  | {
      /** Text the user must replace ("Kết quả thực hiện: ..."); hosts wrap it in a tagged content control where they can. */
      kind: 'placeholder';
      text: string;
      tag: string;
      /** The content control's title ("Kết quả thực hiện"). */
      alias?: string;
      format?: ParagraphFormat;
    }
  | { kind: 'citation'; text: string; registryId: string; form: 'full' | 'short' | 'basis'; format?: ParagraphFormat }
  | {
      kind: 'table';
      /** Each cell's runs (a cell's lines joined by "\n"): what every host can show. */
      rows: TextRun[][][];
      borders: boolean;
      widthsPct?: number[];
      /**
       * The same cells as paragraphs with their own format, for hosts that lay cells out line by line (the .docx
       * writer): the two-column header and signature blocks of Nghị định 30/2020/NĐ-CP.
       */
      paragraphs?: CellParagraph[][][];
    }
  | {
      kind: 'pageSetup';
      paper: 'A4';
      marginsMm: { top: number; bottom: number; left: number; right: number };
      font: { name: string; sizePt: number };
      /** Page numbers centred in the top margin, not on the first page (Nghị định 30/2020/NĐ-CP, Phụ lục I). */
      pageNumbers?: boolean;
    };

/** The content-control tag prefix of everything the add-in inserts: "pctn:placeholder", "pctn:citation:<id>". */
export const TAG_PREFIX = 'pctn';
export const PLACEHOLDER_TAG = `${TAG_PREFIX}:placeholder`;
export const citationTag = (registryId: string): string => `${TAG_PREFIX}:citation:${registryId}`;

/** Table cells as paragraphs → the plain runs every host can show (lines joined by "\n"). */
export function cellRuns(cell: readonly CellParagraph[]): TextRun[] {
  const runs: TextRun[] = [];
  cell.forEach((paragraph, i) => {
    if (paragraph.format?.rule) return;
    if (i > 0 && runs.length > 0) runs.push({ text: '\n' });
    runs.push(...paragraph.runs.map((run) => ({ ...run })));
  });
  return runs;
}
