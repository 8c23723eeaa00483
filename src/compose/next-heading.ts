/**
 * One heading numbered to continue the document: after "II." comes "III.", after "3." comes "4.", after "d)" comes
 * "đ)". When the document numbers that level with Word's automatic list numbering, the heading gets no typed label
 * (the host's numbering supplies it).
 */
import type { DocumentModel, Paragraph } from '../document/model';
import type { Block } from './blocks';
import { firstLabelLike, labelFor, nextLabel } from './labels';

const isHeading = (p: Paragraph | undefined): p is Paragraph & { level: number } => p !== undefined && p.headingSource !== null && p.level !== null && p.table === null;

/** The label a new heading at `level` takes after paragraph `afterIndex` (null: after the last paragraph). */
export function nextHeadingLabel(document: DocumentModel, afterIndex: number | null, level: number): string | null {
  const paragraphs = document.paragraphs;
  const start = Math.min(afterIndex ?? paragraphs.length - 1, paragraphs.length - 1);
  for (let i = start; i >= 0; i -= 1) {
    const paragraph = paragraphs[i];
    if (!isHeading(paragraph)) continue;
    if (paragraph.level < level) break;
    if (paragraph.level > level) continue;
    if (paragraph.listLabel !== null) return null;
    if (paragraph.label === null) return null;
    return nextLabel(paragraph.label);
  }
  // The first heading of this level under its parent: the style the document uses at this level, else the standard one.
  const sameLevel = paragraphs.filter((p) => isHeading(p) && p.level === level);
  if (sameLevel.some((p) => p.listLabel !== null)) return null;
  const typed = sameLevel.find((p) => p.label !== null);
  if (typed?.label) return firstLabelLike(typed.label) ?? labelFor(level, 1);
  // Headings at this level written without numbers: the new one has none either. No heading yet: the standard label.
  return sameLevel.length > 0 ? null : labelFor(level, 1);
}

/**
 * A heading block at `level` (1–3) with `title`, numbered to continue the document's sequence at the paragraph the
 * cursor is in (`cursorParagraphIndex`, null for the end of the document).
 */
export function nextHeading(document: DocumentModel, cursorParagraphIndex: number | null, level: number, title: string, itemId?: string): Extract<Block, { kind: 'heading' }> {
  const clamped = Math.min(3, Math.max(1, Math.round(level)));
  const label = nextHeadingLabel(document, cursorParagraphIndex, clamped);
  return { kind: 'heading', level: clamped, label, text: title, ...(itemId ? { itemId } : {}) };
}

/** The level a heading inserted after paragraph `afterIndex` most likely takes: one below the nearest heading (2 or 3). */
export function headingLevelAfter(document: DocumentModel, afterIndex: number | null): number {
  const paragraphs = document.paragraphs;
  for (let i = Math.min(afterIndex ?? paragraphs.length - 1, paragraphs.length - 1); i >= 0; i -= 1) {
    const paragraph = paragraphs[i];
    if (isHeading(paragraph)) return Math.min(3, Math.max(2, paragraph.level + 1));
  }
  return 1;
}
