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
  /** Space after, points. */
  spaceAfterPt?: number;
  /** Line spacing as a multiple (1, 1.15, 1.5). */
  lineSpacing?: number;
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
      format?: ParagraphFormat;
    }
  | { kind: 'citation'; text: string; registryId: string; form: 'full' | 'short' }
  | { kind: 'table'; rows: TextRun[][][]; borders: boolean; widthsPct?: number[] }
  | {
      kind: 'pageSetup';
      paper: 'A4';
      marginsMm: { top: number; bottom: number; left: number; right: number };
      font: { name: string; sizePt: number };
    };

/** The content-control tag prefix of everything the add-in inserts: "pctn:placeholder", "pctn:citation:<id>". */
export const TAG_PREFIX = 'pctn';
