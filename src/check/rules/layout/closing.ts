/** Nơi nhận: "Nơi nhận:" in bold italics, one "- " entry per recipient ending with ";", the last "- Lưu: ..." (the
 * archive copy). */
import { foldForCompare } from '../../../text';
import type { Bilingual } from '../../../errors/app-error';
import type { Rule } from '../../rule';
import { layoutFinding } from './finding';

export const layoutRecipients: Rule = {
  id: 'layout-recipients',
  severity: 'warning',
  description: { vi: 'Nơi nhận chưa đúng thể thức.', en: 'The recipients block is not in the required form.' },
  check: ({ prepared, parts }) => {
    const start = parts.recipients.locator?.index;
    if (start === undefined) return [];
    const ps = prepared.paragraphs;
    const head = ps[start]!.paragraph;
    const entries: string[] = [];
    for (let i = start + 1; i < ps.length && entries.length < 30; i += 1) {
      const p = ps[i]!.paragraph;
      if (head.table && (!p.table || p.table.table !== head.table.table || p.table.cell !== head.table.cell)) break;
      const text = p.text.trim();
      if (text === '') continue;
      if (!/^[-–+•]/.test(text)) break;
      entries.push(text);
    }
    const problems: Bilingual[] = [];
    if (!head.bold || !head.italic) problems.push({ vi: '"Nơi nhận:" in đậm, nghiêng', en: '"Nơi nhận:" in bold italics' });
    const last = entries.at(-1);
    // "Lưu: VT, <drafting unit>" for a body's documents; a division's internal report often files it itself ("Lưu: VP").
    if (!last || !/^-\s*lưu\b/.test(foldForCompare(last))) problems.push({ vi: 'dòng cuối là "- Lưu: VT, ..." (bản lưu)', en: 'the last line is "- Lưu: VT, ..." (the archive copy)' });
    // Each recipient but the archive copy ends with ";" ("- Thanh tra Sở;"): a "," or "." there is a slip.
    const misended = entries.slice(0, -1).filter((entry) => /[,.]$/.test(entry) && !/\.\.\.$/.test(entry));
    if (misended.length > 0) problems.push({ vi: `mỗi nơi nhận kết thúc bằng dấu chấm phẩy (";"), không phải "${misended[0]!.slice(-1)}" (${misended.length} dòng)`, en: `each recipient ends with ";", not "${misended[0]!.slice(-1)}" (${misended.length} line(s))` });
    if (problems.length === 0) return [];
    const fix = head.bold && head.italic ? null : { kind: 'paragraphs' as const, changes: [{ locator: head.locator, font: { bold: true, italic: true } }] };
    return [layoutFinding('layout-recipients', { vi: `Nơi nhận: ${problems.map((x) => x.vi).join('; ')}`, en: `Recipients: ${problems.map((x) => x.en).join('; ')}` }, head.locator, 'warning', fix)];
  },
};
