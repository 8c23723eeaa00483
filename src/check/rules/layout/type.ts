/** The body's typeface and size: Times New Roman (Unicode, TCVN 6909:2001), 13–14 pt. */
import type { Analysis } from '../../analyze';
import type { Rule } from '../../rule';
import type { ParagraphFormatChange } from '../../types';
import { clamp, layoutFinding } from './finding';

const BODY_ZONES = new Set(['opening', 'results', 'detection', 'assessment', 'direction', 'proposals']);

type BodyType = { name: string | null; sizePt: number | null; first: number } | null;

/** Both rules read the body's type once per analysis. */
const bodyTypes = new WeakMap<Analysis, BodyType>();
function bodyType(analysis: Analysis): BodyType {
  if (!bodyTypes.has(analysis)) bodyTypes.set(analysis, readBodyType(analysis));
  return bodyTypes.get(analysis)!;
}

/** The font name and size most of the body's running text is in, each null when unknown. */
function readBodyType({ prepared, zoning }: Analysis): BodyType {
  const names = new Map<string, number>();
  const sizes = new Map<number, number>();
  let first = -1;
  prepared.paragraphs.forEach(({ paragraph }, i) => {
    if (!BODY_ZONES.has(zoning.zones[i]!) || paragraph.table || paragraph.headingSource !== null || !paragraph.font) return;
    const length = paragraph.text.trim().length;
    if (length < 20) return;
    if (first < 0) first = i;
    if (paragraph.font.name) names.set(paragraph.font.name, (names.get(paragraph.font.name) ?? 0) + length);
    if (paragraph.font.sizePt) sizes.set(paragraph.font.sizePt, (sizes.get(paragraph.font.sizePt) ?? 0) + length);
  });
  if (first < 0) return null;
  const most = <T>(m: Map<T, number>): T | null => [...m].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  return { name: most(names), sizePt: most(sizes), first };
}

const TIMES = 'Times New Roman';

/** Every paragraph set in another typeface, to Times New Roman (the header and tables too: one typeface throughout). */
function fontChanges({ prepared }: Analysis): ParagraphFormatChange[] {
  return prepared.paragraphs
    .filter(({ paragraph }) => paragraph.font?.name && paragraph.font.name.trim().toLowerCase() !== TIMES.toLowerCase() && paragraph.text.trim() !== '')
    .map(({ paragraph }) => ({ locator: paragraph.locator, font: { name: TIMES } }));
}

/** The body's running text outside 13–14 pt, to the nearest of them. */
function sizeChanges({ prepared, zoning }: Analysis): ParagraphFormatChange[] {
  return prepared.paragraphs
    .filter(({ paragraph }, i) => BODY_ZONES.has(zoning.zones[i]!) && !paragraph.table && paragraph.headingSource === null && paragraph.font?.sizePt && (paragraph.font.sizePt < 13 || paragraph.font.sizePt > 14))
    .map(({ paragraph }) => ({ locator: paragraph.locator, font: { sizePt: clamp(paragraph.font!.sizePt!, 13, 14) } }));
}

/** Running-text paragraphs of the body (as the body's type is read) that break the rule, when most of the body keeps it. */
function outliers({ prepared, zoning }: Analysis, breaks: (font: NonNullable<Analysis['prepared']['paragraphs'][number]['paragraph']['font']>) => boolean): number[] {
  const out: number[] = [];
  prepared.paragraphs.forEach(({ paragraph }, i) => {
    if (!BODY_ZONES.has(zoning.zones[i]!) || paragraph.table || paragraph.headingSource !== null || !paragraph.font || paragraph.text.trim().length < 20) return;
    if (breaks(paragraph.font)) out.push(i);
  });
  return out;
}

/** "đoạn 7, 12, 18" (at most five, then "…"). */
const paragraphList = (indices: number[], analysis: Analysis, word: string) => {
  const shown = indices.slice(0, 5).map((i) => analysis.prepared.paragraphs[i]!.paragraph.index + 1);
  return `${word} ${shown.join(', ')}${indices.length > 5 ? ', …' : ''}`;
};

/** Fonts of symbols, not of text. */
const SYMBOL_FONT = /^(symbol|wingdings|webdings)/i;

export const layoutFont: Rule = {
  id: 'layout-font',
  severity: 'warning',
  description: { vi: 'Phông chữ của văn bản không phải Times New Roman.', en: 'The body font is not Times New Roman.' },
  check: (analysis) => {
    const type = bodyType(analysis);
    if (!type?.name) return [];
    if (type.name.trim().toLowerCase() === 'times new roman') {
      // Most of the body is right, but a few paragraphs (pasted from elsewhere) are in another typeface.
      const other = outliers(analysis, (font) => !!font.name && font.name.trim().toLowerCase() !== TIMES.toLowerCase() && !SYMBOL_FONT.test(font.name.trim()));
      if (other.length === 0) return [];
      const names = [...new Set(other.map((i) => analysis.prepared.paragraphs[i]!.paragraph.font!.name!))].join(', ');
      const locator = analysis.prepared.paragraphs[other[0]!]!.paragraph.locator;
      return [
        layoutFinding(
          'layout-font',
          { vi: `${other.length} đoạn dùng phông ${names} (${paragraphList(other, analysis, 'đoạn')}), cần phông Times New Roman như phần còn lại`, en: `${other.length} paragraph(s) set in ${names} (${paragraphList(other, analysis, 'paragraph')}); Times New Roman is required, as in the rest` },
          locator,
          'warning',
          fixOf(fontChanges(analysis)),
        ),
      ];
    }
    const locator = analysis.prepared.paragraphs[type.first]!.paragraph.locator;
    return [layoutFinding('layout-font', { vi: `Văn bản dùng phông ${type.name}, cần phông Times New Roman (bộ mã Unicode, TCVN 6909:2001)`, en: `The text is set in ${type.name}; Times New Roman (Unicode, TCVN 6909:2001) is required` }, locator, 'warning', fixOf(fontChanges(analysis)))];
  },
};

const fixOf = (changes: ParagraphFormatChange[]) => (changes.length ? { kind: 'paragraphs' as const, changes } : null);

export const layoutBodySize: Rule = {
  id: 'layout-body-size',
  severity: 'warning',
  description: { vi: 'Cỡ chữ phần nội dung ngoài 13–14.', en: 'The body text size is outside 13–14 pt.' },
  check: (analysis) => {
    const type = bodyType(analysis);
    if (!type?.sizePt) return [];
    if (type.sizePt >= 13 && type.sizePt <= 14) {
      // Most of the body is right; a part of it (two paragraphs or more: one small note is common) is not.
      const other = outliers(analysis, (font) => !!font.sizePt && (font.sizePt < 13 || font.sizePt > 14));
      if (other.length < 2) return [];
      const sizes = [...new Set(other.map((i) => analysis.prepared.paragraphs[i]!.paragraph.font!.sizePt!))].map((n) => String(n).replace('.', ',')).join(', ');
      const locator = analysis.prepared.paragraphs[other[0]!]!.paragraph.locator;
      return [
        layoutFinding(
          'layout-body-size',
          { vi: `${other.length} đoạn nội dung cỡ chữ ${sizes} (${paragraphList(other, analysis, 'đoạn')}), cần cỡ 13 đến 14 như phần còn lại`, en: `${other.length} body paragraph(s) in ${sizes.replace(/,/g, '.')} pt (${paragraphList(other, analysis, 'paragraph')}); 13 to 14 pt is required, as in the rest` },
          locator,
          'warning',
          fixOf(sizeChanges(analysis)),
        ),
      ];
    }
    const locator = analysis.prepared.paragraphs[type.first]!.paragraph.locator;
    const size = String(type.sizePt).replace('.', ',');
    return [layoutFinding('layout-body-size', { vi: `Phần nội dung cỡ chữ ${size}, cần cỡ 13 đến 14`, en: `The body text is ${type.sizePt} pt; 13 to 14 pt is required` }, locator, 'warning', fixOf(sizeChanges(analysis)))];
  },
};
