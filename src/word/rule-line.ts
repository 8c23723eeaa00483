/**
 * The short solid rules of Nghị định 30/2020/NĐ-CP (under the issuing unit, the motto and the subject line) in Word.
 *
 * The .docx writer draws them as a bottom border on an empty paragraph. Word's API cannot do that at WordApi 1.3:
 * Paragraph.borders is WordApiDesktop 1.3 only, and its collection has no per-side access without loading it (a sync).
 * So the rule is typed: a centred run of underscores "_" in Times New Roman, whose underscore is exactly half an em
 * wide and joins its neighbours into one continuous line (box-drawing "─" is missing from many fonts and sits at
 * mid-height). The count is chosen for the width the block asks for. Honest limits: the line sits a text line below
 * the text above (not 1 mm under it as a border would), and the paragraph reads as "_____" to anyone copying it.
 */
import type { ParagraphFormat } from '../compose/blocks';
import { POINTS_PER_MM, type InsertFont } from './paragraph-format';

export const RULE_CHARACTER = '_';
/** Small enough to keep the line close to the text above and about as thin (≈0.5 pt) as the .docx border. */
export const RULE_FONT_SIZE_PT = 10;
/** Times New Roman's underscore advance: 1024 of 2048 units. */
const UNDERSCORE_EM = 0.5;
const MIN_CHARACTERS = 3;

/** The underscores that print about `widthMm` wide at RULE_FONT_SIZE_PT. */
export function ruleText(widthMm: number): string {
  const characterMm = (UNDERSCORE_EM * RULE_FONT_SIZE_PT) / POINTS_PER_MM;
  const count = Number.isFinite(widthMm) ? Math.round(widthMm / characterMm) : MIN_CHARACTERS;
  return RULE_CHARACTER.repeat(Math.max(MIN_CHARACTERS, count));
}

/** Fills an empty, new paragraph with the rule: centred, single-spaced, only the space after that the format asks. */
export function queueRule(paragraph: Word.Paragraph, rule: { widthMm: number }, format: ParagraphFormat, font: InsertFont): void {
  // The paragraph mark's size sets the line's height; the run's, the underscores'.
  const markFont = paragraph.font;
  markFont.name = font.name;
  markFont.color = '#000000';
  markFont.bold = false;
  markFont.italic = false;
  markFont.underline = 'None';
  markFont.size = RULE_FONT_SIZE_PT;
  const line = paragraph.insertText(ruleText(rule.widthMm), 'End');
  line.font.size = RULE_FONT_SIZE_PT;
  line.font.bold = false;
  paragraph.alignment = 'Centered';
  paragraph.firstLineIndent = 0;
  paragraph.spaceBefore = 0;
  paragraph.spaceAfter = format.spaceAfterPt ?? 0;
  paragraph.lineSpacing = 12;
}
