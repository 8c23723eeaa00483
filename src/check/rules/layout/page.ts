/** The page: A4, and the margins Nghị định 30 sets (top and bottom 20–25 mm, left 30–35, right 15–20). */
import type { Rule } from '../../rule';
import type { PageLayout } from '../../../document/model';
import type { FormatFix } from '../../types';
import { clamp, layoutFinding } from './finding';

const TOLERANCE_MM = 0.6;
const MARGINS = { top: [20, 25], bottom: [20, 25], left: [30, 35], right: [15, 20] } as const;
const SIDE = { top: ['trên', 'top'], bottom: ['dưới', 'bottom'], left: ['trái', 'left'], right: ['phải', 'right'] } as const;
/** A4, each margin brought to the nearest value Nghị định 30 allows (a margin already inside stays as it is). */
function pageFix(page: PageLayout): FormatFix {
  const m = page.marginsMm;
  const side = (key: keyof typeof MARGINS) => Math.round(clamp(m[key], MARGINS[key][0], MARGINS[key][1]) * 10) / 10;
  return { kind: 'page', paper: 'A4', marginsMm: { top: side('top'), bottom: side('bottom'), left: side('left'), right: side('right') } };
}
const mm = (value: number) => `${Math.round(value * 10) / 10}`.replace('.', ',');

export const layoutPaper: Rule = {
  id: 'layout-paper',
  severity: 'warning',
  description: { vi: 'Khổ giấy không phải A4.', en: 'The paper is not A4.' },
  check: ({ page }) => {
    if (!page) return [];
    const [short, long] = [Math.min(page.widthMm, page.heightMm), Math.max(page.widthMm, page.heightMm)];
    if (Math.abs(short - 210) <= 1 && Math.abs(long - 297) <= 1) {
      // A4 turned landscape for the whole report (one section: not a landscape table or appendix after a break).
      if (page.sections !== 1 || page.widthMm <= page.heightMm) return [];
      return [
        layoutFinding(
          'layout-paper',
          { vi: 'Trang A4 đặt ngang; văn bản trình bày theo chiều dài khổ A4 (trang ngang chỉ dùng cho bảng, phụ lục, sau một ngắt phần)', en: 'The A4 page is landscape; the document is laid out on portrait A4 (landscape only for tables and appendices, after a section break)' },
          null,
          'warning',
          null,
        ),
      ];
    }
    return [layoutFinding('layout-paper', { vi: `Khổ giấy ${mm(page.widthMm)} × ${mm(page.heightMm)} mm, cần A4 (210 × 297 mm)`, en: `The paper is ${mm(page.widthMm)} × ${mm(page.heightMm)} mm; A4 (210 × 297 mm) is required` }, null, 'warning', pageFix(page))];
  },
};

export const layoutMargins: Rule = {
  id: 'layout-margins',
  severity: 'warning',
  description: { vi: 'Lề trang ngoài khoảng Nghị định 30 quy định.', en: 'A page margin is outside the range of Decree 30.' },
  check: ({ page }) => {
    if (!page) return [];
    const wrong = (Object.keys(MARGINS) as (keyof typeof MARGINS)[]).filter((side) => {
      const [low, high] = MARGINS[side];
      const value = page.marginsMm[side];
      return value < low - TOLERANCE_MM || value > high + TOLERANCE_MM;
    });
    if (wrong.length === 0) return [];
    const vi = wrong.map((side) => `lề ${SIDE[side][0]} ${mm(page.marginsMm[side])} mm (cần ${MARGINS[side][0]}–${MARGINS[side][1]})`).join('; ');
    const en = wrong.map((side) => `${SIDE[side][1]} margin ${mm(page.marginsMm[side])} mm (needs ${MARGINS[side][0]}–${MARGINS[side][1]})`).join('; ');
    return [layoutFinding('layout-margins', { vi: `Lề trang chưa đúng: ${vi}`, en: `Page margins: ${en}` }, null, 'warning', pageFix(page))];
  },
};
