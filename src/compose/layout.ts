/**
 * Nghị định 30/2020/NĐ-CP, Phụ lục I, as numbers (domain notes §2.2): A4, margins, Times New Roman, the size of each
 * element, body indent and spacing, the widths of the two header columns.
 */
import { PLACEHOLDER_TAG, type Block, type ParagraphFormat } from './blocks';
import { CONTENT_ALIAS, CONTENT_PLACEHOLDER } from './data/report-text';

export const ND30_PAGE: Extract<Block, { kind: 'pageSetup' }> = {
  kind: 'pageSetup',
  paper: 'A4',
  marginsMm: { top: 20, bottom: 20, left: 30, right: 15 },
  font: { name: 'Times New Roman', sizePt: 14 },
  pageNumbers: true,
};

export const TEXT_WIDTH_MM = 210 - ND30_PAGE.marginsMm.left - ND30_PAGE.marginsMm.right;

/** One scale for the whole document (12 / 13 / 13 for the header, 14 for the body). */
export const SIZES = {
  governingBody: 12,
  issuingUnit: 13,
  number: 13,
  nationalTitle: 12,
  motto: 13,
  placeAndDate: 14,
  typeName: 14,
  subject: 14,
  body: 14,
  recipientsLabel: 12,
  recipients: 11,
  signer: 14,
} as const;

/** Left (agency) and right (national title) columns of the header; left (recipients) and right (signer) at the end. */
export const HEADER_COLUMNS_PCT = [40, 60];
export const SIGNATURE_COLUMNS_PCT = [45, 55];

export const BODY_FORMAT: ParagraphFormat = { alignment: 'justify', firstLineIndentMm: 12.7, spaceAfterPt: 6, lineSpacing: 1.15 };
export const HEADING_FORMAT: ParagraphFormat = { alignment: 'justify', firstLineIndentMm: 12.7, spaceBeforePt: 6, spaceAfterPt: 6, keepWithNext: true };
export const CENTRED: ParagraphFormat = { alignment: 'center', spaceAfterPt: 0, lineSpacing: 1 };

/**
 * Rough printed width of a line of Times New Roman, millimetres: enough to size the short rules (a third to a half
 * of the text above, the motto's as long as the motto) without measuring fonts.
 */
export function textWidthMm(text: string, sizePt: number, bold = false): number {
  const em = (sizePt * 25.4) / 72;
  let width = 0;
  for (const ch of text) {
    if (ch === ' ') width += 0.25;
    else if (/[-,.:;()]/.test(ch)) width += 0.3;
    else if (/\p{Lu}/u.test(ch)) width += bold ? 0.72 : 0.68;
    else width += bold ? 0.5 : 0.46;
  }
  return width * em;
}

/** A body paragraph of plain text, laid out as Nghị định 30 asks. */
export const bodyBlock = (text: string, italic?: boolean): Block => ({
  kind: 'paragraph',
  runs: [italic === undefined ? { text } : { text, italic }],
  format: BODY_FORMAT,
});

/** A heading of the report or plan outline; `itemId` marks the plan task it stands for. */
export const headingBlock = (level: number, label: string | null, text: string, itemId?: string): Block => ({
  kind: 'heading',
  level,
  label,
  text,
  format: HEADING_FORMAT,
  ...(itemId ? { itemId } : {}),
});

/** The placeholder line the user replaces with content ("Nội dung: ..."): never counted as a result. */
export const contentPlaceholderBlock = (): Block => ({ kind: 'placeholder', text: CONTENT_PLACEHOLDER, tag: PLACEHOLDER_TAG, alias: CONTENT_ALIAS, format: BODY_FORMAT });
