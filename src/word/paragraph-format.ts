/**
 * Paragraph and run formatting of inserted paragraphs, as property sets queued on the new objects (no sync here).
 * Everything used exists at WordApi 1.1 (Paragraph.alignment, firstLineIndent, spaceBefore, spaceAfter, lineSpacing;
 * Font). "Keep with next" has no Paragraph property at any WordApi set (only Style.paragraphFormat, 1.5): headings get
 * it from Word's built-in heading styles, other paragraphs go without (layout-notes.ts tells the user).
 */
import type { Alignment, ParagraphFormat, TextRun } from '../compose/blocks';

export interface InsertFont {
  name: string;
  sizePt: number;
}

const ALIGNMENTS: Record<Alignment, 'Left' | 'Centered' | 'Right' | 'Justified'> = {
  left: 'Left',
  center: 'Centered',
  right: 'Right',
  justify: 'Justified',
};
/** Nghị định 30/2020/NĐ-CP, Phụ lục I: body text justified. */
const DEFAULT_ALIGNMENT: Alignment = 'justify';
export const POINTS_PER_MM = 72 / 25.4;
/** Word's line spacing is in points; single spacing is 12. */
const SINGLE_LINE_POINTS = 12;

/**
 * What a laid-out paragraph gets for the fields its format leaves out: the .docx writer's document defaults
 * (src/docx/write.ts: no space before, 6 pt after, 1.15 lines, no first-line indent), so that both hosts lay a
 * template out alike. They are set explicitly because a new paragraph otherwise takes them from the one before it.
 */
const LAID_OUT_DEFAULTS = { spaceBeforePt: 0, spaceAfterPt: 6, lineSpacing: 1.15, firstLineIndentMm: 0 } as const;

/** A line break inside a paragraph is Word's vertical tab; "\n" or "\r" would start new paragraphs. */
export const wordText = (text: string): string => text.replace(/\r\n|\r|\n/g, '\v');

export const runsText = (runs: readonly TextRun[]): string => runs.map((run) => run.text).join('');

export function setFont(font: Word.Font, base: InsertFont, bold: boolean, italic: boolean): void {
  font.name = base.name;
  font.size = base.sizePt;
  font.color = '#000000';
  font.bold = bold;
  font.italic = italic;
}

/**
 * Alignment is always set: a new paragraph would otherwise take the centring of a title before it. A paragraph with
 * a format gets all of its spacing and indent set (defaults above for what the format leaves out); one without keeps
 * the document's own (a single citation inserted into the user's text).
 */
export function applyFormat(paragraph: Word.Paragraph, format: ParagraphFormat | undefined): void {
  paragraph.alignment = ALIGNMENTS[format?.alignment ?? DEFAULT_ALIGNMENT];
  if (!format) return;
  paragraph.firstLineIndent = (format.firstLineIndentMm ?? LAID_OUT_DEFAULTS.firstLineIndentMm) * POINTS_PER_MM;
  paragraph.spaceBefore = format.spaceBeforePt ?? LAID_OUT_DEFAULTS.spaceBeforePt;
  paragraph.spaceAfter = format.spaceAfterPt ?? LAID_OUT_DEFAULTS.spaceAfterPt;
  paragraph.lineSpacing = (format.lineSpacing ?? LAID_OUT_DEFAULTS.lineSpacing) * SINGLE_LINE_POINTS;
}

/** The runs, each at the end of the (empty) paragraph with its own bold, italic, underline and size. */
export function queueRuns(paragraph: Word.Paragraph, runs: readonly TextRun[]): void {
  for (const run of runs) {
    if (run.text === '') continue;
    const range = paragraph.insertText(wordText(run.text), 'End');
    range.font.bold = run.bold === true;
    range.font.italic = run.italic === true;
    range.font.underline = run.underline ? 'Single' : 'None';
    if (run.size !== undefined) range.font.size = run.size;
  }
}
