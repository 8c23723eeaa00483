/**
 * The header block: the issuing body in capitals and bold, "Số: 12/BC-XXX" (a Party document's "Số 12-BC/XXX"), the Quốc hiệu in capitals and bold
 * (12–13 pt), the Tiêu ngữ "Độc lập - Tự do - Hạnh phúc" (hyphens with spaces, bold, 13–14 pt), and the place-date
 * line in italics with the zeros Nghị định 30 asks for ("ngày 05 tháng 3 năm 2023", "ngày 15 tháng 01 năm 2023").
 */
import { foldForCompare } from '../../../text';
import type { Paragraph } from '../../../document/model';
import type { Bilingual } from '../../../errors/app-error';
import type { Analysis } from '../../analyze';
import type { Rule } from '../../rule';
import type { Finding, ParagraphFormatChange } from '../../types';
import { clamp, layoutFinding } from './finding';
import { HD36, PARTY_REPORT_NUMBER } from '../../context/party-document';
import { HD29_TWDTN, MASS_ORGANISATION_REPORT_NUMBER } from '../../context/mass-organisation-document';

const HEAD = 200;

function headerParagraphs({ prepared, zoning }: Analysis): Paragraph[] {
  const end = zoning.typeLine >= 0 ? zoning.typeLine : Math.min(prepared.paragraphs.length, 12);
  return prepared.paragraphs.slice(0, end).map((p) => p.paragraph);
}

const plain = (p: Paragraph) => foldForCompare(p.text.slice(0, HEAD));
const sized = (p: Paragraph, low: number, high: number) => !p.font?.sizePt || (p.font.sizePt >= low && p.font.sizePt <= high);

function one(rule: string, problems: Bilingual[], paragraph: Paragraph, changes: ParagraphFormatChange[] = []): Finding[] {
  if (problems.length === 0) return [];
  const fix = changes.length ? { kind: 'paragraphs' as const, changes } : null;
  return [layoutFinding(rule, { vi: problems.map((x) => x.vi).join('; '), en: problems.map((x) => x.en).join('; ') }, paragraph.locator, 'warning', fix)];
}

/** Bold, and the size brought inside [low, high], where the paragraph lacks them; null when it has both. */
function boldSized(p: Paragraph, low: number, high: number): ParagraphFormatChange | null {
  const font: ParagraphFormatChange['font'] = {};
  if (!p.bold) font.bold = true;
  if (!sized(p, low, high)) font.sizePt = clamp(p.font!.sizePt!, low, high);
  return Object.keys(font).length ? { locator: p.locator, font } : null;
}

export const layoutNationalTitle: Rule = {
  id: 'layout-national-title',
  severity: 'warning',
  description: { vi: 'Quốc hiệu, Tiêu ngữ chưa đúng thể thức.', en: 'The national title or motto is not in the required form.' },
  check: (analysis) => {
    // The Quốc hiệu and the Tiêu ngữ are often one paragraph of two lines (a line break between them): each line is
    // judged on its own; a size is judged only where the line has its paragraph to itself.
    const lines = headerParagraphs(analysis).flatMap((p) => p.text.split('\n').map((line) => ({ p, line: line.trim(), alone: !p.text.trim().includes('\n') })));
    const titleLine = lines.find((l) => foldForCompare(l.line.slice(0, HEAD)).includes('cộng hòa xã hội chủ nghĩa việt nam'));
    const mottoLine = lines.find((l) => /^độc lập\s*[-–—‐]\s*tự do\s*[-–—‐]\s*hạnh phúc/.test(foldForCompare(l.line.slice(0, HEAD))));
    const title = titleLine?.p;
    const motto = mottoLine?.p;
    const problems: Bilingual[] = [];
    if (titleLine && title) {
      const text = titleLine.line;
      if (text !== text.toUpperCase()) problems.push({ vi: `Quốc hiệu phải viết in hoa: “${text}”`, en: `The national title must be in capitals: “${text}”` });
      if (!title.bold) problems.push({ vi: 'Quốc hiệu phải in đậm', en: 'The national title must be bold' });
      if (titleLine.alone && !sized(title, 12, 13)) problems.push({ vi: `Quốc hiệu cỡ chữ ${title.font!.sizePt}, cần 12–13`, en: `The national title is ${title.font!.sizePt} pt; 12–13 pt is required` });
    }
    if (mottoLine && motto) {
      const text = mottoLine.line.normalize('NFC').replace(/\s+/g, ' ');
      if (text !== 'Độc lập - Tự do - Hạnh phúc') problems.push({ vi: `Tiêu ngữ viết là “Độc lập - Tự do - Hạnh phúc” (chữ cái đầu viết hoa, gạch nối có cách chữ), không phải “${text}”`, en: `The motto is written “Độc lập - Tự do - Hạnh phúc” (initial capitals, spaced hyphens), not “${text}”` });
      if (!motto.bold && motto !== title) problems.push({ vi: 'Tiêu ngữ phải in đậm', en: 'The motto must be bold' });
      if (mottoLine.alone && !sized(motto, 13, 14)) problems.push({ vi: `Tiêu ngữ cỡ chữ ${motto.font!.sizePt}, cần 13–14`, en: `The motto is ${motto.font!.sizePt} pt; 13–14 pt is required` });
    }
    // Case and wording are the writer's to change; bold and size the add-in can set without touching the text.
    const changes = [titleLine?.alone && title && boldSized(title, 12, 13), mottoLine?.alone && motto && boldSized(motto, 13, 14)].filter((c): c is ParagraphFormatChange => !!c);
    return title ? one('layout-national-title', problems, title, changes) : motto ? one('layout-national-title', problems, motto, changes) : [];
  },
};

/** "Số: 12/BC-VP". The body's abbreviation may mix cases as bodies register it ("BC-TTr" for a Thanh tra) and join two
 * names with "&" ("BC-CCHC&CTTN", as bodies named "... và ..." often register theirs). */
const STATE_REPORT_NUMBER = /^Số: \d+\/BC-[\p{Lu}\p{N}][\p{L}\p{N}]*(&[\p{Lu}\p{N}][\p{L}\p{N}]*)*(-[\p{Lu}\p{N}][\p{L}\p{N}]*(&[\p{Lu}\p{N}][\p{L}\p{N}]*)*)*$/u;

export const layoutNumber: Rule = {
  id: 'layout-number',
  severity: 'warning',
  description: { vi: 'Số, ký hiệu văn bản chưa đúng dạng "Số: .../BC-..." (văn bản của Đảng: "Số ...-BC/..."; của Đoàn, Hội: "Số: ...-BC/...").', en: 'The number and symbol are not in the form "Số: .../BC-..." (a Party document: "Số ...-BC/..."; a Youth Union or Hội document: "Số: ...-BC/...").' },
  check: (analysis) => {
    const line = headerParagraphs(analysis).find((p) => /^số(?!\p{L})/u.test(plain(p)) && /\d/.test(p.text) && p.text.includes('/'));
    if (!line) return [];
    const text = line.text.trim().normalize('NFC');
    // A Party document writes "Số 04-BC/CB" (Hướng dẫn 36-HD/VPTW): no colon, a hyphen before the type, a slash before
    // the body; the state's "Số: 04/BC-CB" is not its form. One finding for the line, whatever is wrong in it.
    if (analysis.party) {
      if (PARTY_REPORT_NUMBER.test(text)) return [];
      return [layoutFinding('layout-number', { vi: `Văn bản của Đảng ghi số và ký hiệu theo dạng “Số 04-BC/CB” (không có dấu hai chấm sau “Số”; gạch nối giữa số và tên loại BC, gạch chéo trước tên cơ quan ban hành), không phải “${text}”`, en: `A Party document writes its number like “Số 04-BC/CB” (no colon after “Số”; a hyphen between the number and BC, a slash before the issuing body), not “${text}”` }, line.locator, 'warning', null, HD36.number)];
    }
    // A Đoàn or Hội document writes "Số: 27-BC/ĐTN" by its own rules; one written in the state's form is let be. (A Hội's
    // rules could not be read when this was written: its number is judged no further.)
    if (analysis.massOrganisation) {
      if (MASS_ORGANISATION_REPORT_NUMBER.test(text) || STATE_REPORT_NUMBER.test(text) || analysis.massOrganisation.organisation === 'hoi') return [];
      return [layoutFinding('layout-number', { vi: `Văn bản của Đoàn ghi số và ký hiệu theo dạng “Số: 27-BC/ĐTN” (gạch nối giữa số và tên loại BC, gạch chéo trước tên cơ quan ban hành), không phải “${text}”`, en: `A Youth Union document writes its number like “Số: 27-BC/ĐTN” (a hyphen between the number and BC, a slash before the issuing body), not “${text}”` }, line.locator, 'warning', null, HD29_TWDTN)];
    }
    if (STATE_REPORT_NUMBER.test(text)) return [];
    return [layoutFinding('layout-number', { vi: `Số, ký hiệu viết theo dạng “Số: 12/BC-VP” (tên loại báo cáo là BC), không phải “${text}”`, en: `The number is written like “Số: 12/BC-VP” (BC for a report), not “${text}”` }, line.locator)];
  },
};

export const layoutPlaceDate: Rule = {
  id: 'layout-place-date',
  severity: 'warning',
  description: { vi: 'Dòng địa danh, ngày tháng chưa đúng thể thức.', en: 'The place and date line is not in the required form.' },
  check: (analysis) => {
    const line = headerParagraphs(analysis).find((p) => /ngày\s*\S*\s*tháng\s*\S*\s*năm\s*\d{4}/.test(plain(p)));
    if (!line) return [];
    const problems: Bilingual[] = [];
    const m = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u.exec(line.text.normalize('NFC'));
    if (m) {
      const [, day, month] = m as unknown as [string, string, string];
      const d = Number(day);
      const mo = Number(month);
      const rightDay = d < 10 ? `0${d}` : String(d);
      const rightMonth = mo <= 2 ? `0${mo}` : String(mo);
      if (day !== rightDay || month !== rightMonth) {
        problems.push({ vi: `viết “ngày ${rightDay} tháng ${rightMonth}” thay cho “ngày ${day} tháng ${month}” (thêm số 0 trước ngày nhỏ hơn 10 và tháng 1, 2; các tháng khác không thêm)`, en: `write “ngày ${rightDay} tháng ${rightMonth}”, not “ngày ${day} tháng ${month}” (a leading zero for days under 10 and months 1 and 2 only)` });
      }
    }
    if (!line.italic) problems.push({ vi: 'dòng địa danh, ngày tháng phải in nghiêng', en: 'the place and date line must be in italics' });
    if (problems.length === 0) return [];
    const fix = line.italic ? null : { kind: 'paragraphs' as const, changes: [{ locator: line.locator, font: { italic: true } }] };
    return [layoutFinding('layout-place-date', { vi: `Địa danh, ngày tháng: ${problems.map((x) => x.vi).join('; ')}`, en: `Place and date: ${problems.map((x) => x.en).join('; ')}` }, line.locator, 'warning', fix)];
  },
};
