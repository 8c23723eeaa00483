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
/** One scale, 13/14 as the reports write it: the header's names and Quốc hiệu 13, Tiêu ngữ and the date line 14. */
export const SIZES = {
  governingBody: 13,
  issuingUnit: 13,
  number: 13,
  nationalTitle: 13,
  motto: 14,
  placeAndDate: 14,
  typeName: 14,
  subject: 14,
  body: 14,
  recipientsLabel: 12,
  recipients: 11,
  signer: 14,
} as const;

/** Left (agency) and right (national title) columns of the header; left (recipients) and right (signer) at the end. */
/**
 * The header is a little wider than the text (106%, centred, as offices lay it out) so that Quốc hiệu at 13 pt fits on
 * one line on the right and most names on the left; longer names break at a word (fitLines).
 */
export const HEADER_COLUMNS_PCT = [44, 62];
/** Word's default cell margins, left and right (0.19 cm each). */
export const CELL_MARGINS_MM = 3.8;
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

/**
 * Words of two syllables common in the names of Vietnamese bodies: a line never breaks between their syllables
 * ("KHEN / THƯỞNG" breaks a word, as "THI ĐUA – / KHEN THƯỞNG" does not).
 */
const TWO_SYLLABLE_WORDS = new Set(
  [
    'hành chính', 'công chức', 'viên chức', 'thanh niên', 'khen thưởng', 'thi đua', 'văn thư', 'lưu trữ', 'cải cách', 'công tác',
    'tôn giáo', 'nội vụ', 'thanh tra', 'văn phòng', 'chuyên môn', 'trực thuộc', 'quảng ngãi', 'nhân dân', 'ủy ban', 'uỷ ban', 'tổ chức',
    'cán bộ', 'dịch vụ', 'việc làm', 'lao động', 'xã hội', 'kế hoạch', 'tài chính', 'đào tạo', 'bồi dưỡng', 'chính quyền', 'xây dựng',
    'người có', 'có công', 'thương binh', 'tư pháp', 'y tế', 'giáo dục', 'kinh tế', 'hạ tầng', 'đô thị', 'văn hóa', 'văn hoá', 'thông tin',
    'bệnh viện', 'đa khoa', 'trung tâm', 'chi cục', 'kiểm soát', 'tài sản', 'thu nhập', 'đơn vị', 'sự nghiệp', 'điều dưỡng', 'chất lượng',
    'thiết bị', 'vật tư', 'kế toán', 'tổng hợp', 'quản lý', 'phục vụ', 'phòng chống', 'tham nhũng', 'tiêu cực',
  ].map((w) => w.toLocaleUpperCase('vi')),
);

/**
 * A name laid out in a column: on one line when it fits, else broken at a word boundary (never between the syllables
 * of a word it knows, never after "VÀ" or "CỦA"), preferring a break after a comma or a dash or before "VÀ", "TỈNH";
 * the two lines balanced when the rest fits, else the first line as full as it can be.
 */
export function fitLines(text: string, widthMm: number, sizePt: number, bold = false): string[] {
  if (textWidthMm(text, sizePt, bold) <= widthMm) return [text];
  const words = text.split(/\s+/);
  const candidates = words.slice(1).map((_, k) => {
    const first = words.slice(0, k + 1).join(' ');
    const second = words.slice(k + 1).join(' ');
    const firstWidth = textWidthMm(first, sizePt, bold);
    const pair = `${words[k]} ${words[k + 1]}`.toLocaleUpperCase('vi');
    return {
      first,
      second,
      firstWidth,
      fits: firstWidth <= widthMm,
      restFits: textWidthMm(second, sizePt, bold) <= widthMm,
      natural: /[,–-]$/.test(first) || /^(VÀ|TỈNH|THÀNH PHỐ|và|tỉnh)(\s|$)/u.test(second),
      bad: /(^|\s)(VÀ|CỦA|và|của)$/u.test(first) || TWO_SYLLABLE_WORDS.has(pair),
      widest: Math.max(firstWidth, textWidthMm(second, sizePt, bold)),
    };
  });
  const rank = (c: (typeof candidates)[number]) => (c.fits ? 0 : 8) + (c.bad ? 4 : 0) + (c.restFits ? 0 : 2) + (c.natural ? 0 : 1);
  const best = [...candidates].sort((a, b) => rank(a) - rank(b) || (a.restFits ? a.widest - b.widest : b.firstWidth - a.firstWidth))[0];
  if (!best) return [text];
  return [best.first, ...fitLines(best.second, widthMm, sizePt, bold)];
}
