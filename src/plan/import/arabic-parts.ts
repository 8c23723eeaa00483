/**
 * "1. MỤC ĐÍCH, YÊU CẦU", "2. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM", "3. TỔ CHỨC THỰC HIỆN" in a plan with no Roman part: its
 * parts numbered in Arabic numerals, with "2.1.", "2.3.1." below. Read as the Roman parts they stand for ("2." as "II.",
 * "2.3.1." as "3.1." under it), and the ids given back their printed numbers once read ("II.3.1.2" → "2.3.1.2").
 */
import type { DocumentModel } from '../../document/model';
import { foldForCompare } from '../../text';
import { toRoman } from '../../text/roman-numerals';
import type { ImportedOutline } from './outline-types';
import { ROMAN, strip } from './parts';

/** A usual part's title, at its start: aims, tasks, the organisation of the work, money, reports. */
const PART_TITLE = /^(?:các )?(?:mục (?:đích|tiêu)|yêu cầu|nhiệm vụ|giải pháp|nội dung|tổ chức thực hiện|kinh phí|chế độ (?:thông tin,? )?báo cáo|phân công)/u;
const TASK_TITLE = /^(?:các )?(?:nhiệm vụ|giải pháp|nội dung)/u;

/** The Arabic numerals read as parts, by the Roman numeral standing for each ("II" → "2"); empty when the plan has none. */
export type ArabicParts = Map<string, string>;

export function withArabicParts(model: DocumentModel): { model: DocumentModel; parts: ArabicParts } {
  const none = { model, parts: new Map<string, string>() };
  if (model.paragraphs.some((p) => p.table === null && p.label !== null && ROMAN.test(p.label))) return none;
  // The parts in order from "1.", each a short heading with a usual part's title (a task opening "2. Tổ chức thực hiện
  // tốt …" is longer).
  const found: number[] = [];
  for (const p of model.paragraphs) {
    const m = p.table === null && p.label !== null ? /^(\d{1,2})\.$/u.exec(p.label) : null;
    const title = foldForCompare(strip(p.body));
    if (!m || Number(m[1]) !== found.length + 1 || !PART_TITLE.test(title) || title.split(/\s+/u).length > 12) continue;
    found.push(p.index);
  }
  const titles = found.map((at) => foldForCompare(strip(model.paragraphs[at]!.body)));
  if (found.length < 2 || !titles.some((t) => TASK_TITLE.test(t))) return none;
  const parts: ArabicParts = new Map();
  let number: string | null = null;
  const paragraphs = model.paragraphs.map((p) => {
    if (found.includes(p.index)) {
      number = p.label!.replace(/\.$/u, '');
      parts.set(toRoman(Number(number)), number);
      return { ...p, label: `${toRoman(Number(number))}.`, level: 1 };
    }
    // ("2.3.1." under "2.": its part's number dropped, "3.1.", as the reader numbers under a Roman part.)
    const inner = number !== null && p.table === null && p.label !== null && p.label.startsWith(`${number}.`) ? p.label.slice(number.length + 1) : '';
    if (!/^\d+(?:\.\d+)*\.$/u.test(inner)) return p;
    return { ...p, label: inner, level: inner.split('.').length };
  });
  return { model: { ...model, paragraphs }, parts };
}

/** The outline's ids, sections and headings with the parts' printed numbers back ("II.3.1.2" → "2.3.1.2"). */
export function withPrintedParts(outline: ImportedOutline, parts: ArabicParts): ImportedOutline {
  if (parts.size === 0) return outline;
  const printed = (id: string) => {
    const [head, ...rest] = id.split('.');
    const number = parts.get(head!);
    return number === undefined ? id : [number, ...rest].join('.');
  };
  const renamed = new Map<string, string>();
  for (const item of outline.items) {
    renamed.set(item.id, printed(item.id));
    Object.assign(item, { id: printed(item.id), section: printed(item.section) });
  }
  for (const heading of outline.headings) Object.assign(heading, { id: printed(heading.id), label: heading.level === 1 ? `${printed(heading.id)}.` : heading.label });
  for (const doubt of outline.doubts) {
    const id = doubt.item === undefined ? undefined : renamed.get(doubt.item);
    if (id === undefined) continue;
    Object.assign(doubt, { item: id, vi: doubt.vi.split(doubt.item!).join(id), en: doubt.en.split(doubt.item!).join(id) });
  }
  return outline;
}
