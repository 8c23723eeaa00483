/** Nơi nhận: "Nơi nhận:" in bold italics, one "- " entry per recipient ending with ";", the last "- Lưu: ..." (the
 * archive copy). */
import { foldForCompare } from '../../../text';
import type { Bilingual } from '../../../errors/app-error';
import type { Rule } from '../../rule';
import { layoutFinding } from './finding';

/** The lines under "Nơi nhận:" (in its cell, when it is in a table) are recipients without dashes: each ends with ";"
 * but the last, a "Lưu" line. */
function undashedRecipients(next: readonly { text: string; table: { table: number; cell: number } | null }[], head: { table: { table: number; cell: number } | null }): boolean {
  const lines: string[] = [];
  for (const p of next) {
    if (head.table && (!p.table || p.table.table !== head.table.table || p.table.cell !== head.table.cell)) break;
    const text = p.text.trim();
    if (text === '') {
      if (lines.length > 0) break;
      continue;
    }
    lines.push(foldForCompare(text));
    if (/^lưu\s*:/u.test(lines.at(-1)!)) break;
  }
  return lines.length >= 2 && /^lưu\s*:/u.test(lines.at(-1)!) && lines.slice(0, -1).every((line) => /;$/.test(line));
}

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
      // A list typed as one paragraph with line breaks is read line by line.
      const lines = p.text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
      if (lines.length === 0) continue;
      if (!/^[-–+•]/.test(lines[0]!)) break;
      entries.push(...lines.filter((line) => /^[-–+•]/.test(line)));
    }
    const problems: Bilingual[] = [];
    if (!head.bold || !head.italic) problems.push({ vi: '"Nơi nhận:" in đậm, nghiêng', en: '"Nơi nhận:" in bold italics' });
    // "Như trên;" / "Lưu: PKT.": recipients typed without their dashes; saying so is what the writer can act on.
    const undashed = entries.length === 0 && undashedRecipients(ps.slice(start + 1, start + 12).map((p) => p.paragraph), head);
    if (undashed) problems.push({ vi: 'mỗi nơi nhận, kể cả dòng "Lưu", mở đầu bằng gạch ngang ("- ")', en: 'each recipient, the "Lưu" line too, begins with a dash ("- ")' });
    const last = entries.at(-1);
    // "Lưu: VT, <drafting unit>" for a body's documents; a division's internal report often files it itself ("Lưu: VP").
    if (!undashed && (!last || !/^-\s*lưu\b/.test(foldForCompare(last)))) problems.push({ vi: 'dòng cuối là "- Lưu: VT, ..." (bản lưu)', en: 'the last line is "- Lưu: VT, ..." (the archive copy)' });
    // Each recipient but the archive copy ends with ";" ("- Thanh tra Sở;"): a "," or "." there, or nothing, is a slip.
    // A lead-in to a sub-list ends with ":"; "..." is a blank form's placeholder.
    const misended = entries.slice(0, -1).filter((entry) => !/[;:]$/.test(entry) && !/(\.\.\.|…)$/.test(entry));
    if (misended.length > 0) {
      const mark = misended[0]!.slice(-1);
      const what = /[,.]/.test(mark) ? { vi: `không phải "${mark}"`, en: `not "${mark}"` } : { vi: 'dòng thiếu dấu', en: 'a line has no mark' };
      problems.push({ vi: `mỗi nơi nhận kết thúc bằng dấu chấm phẩy (";"), ${what.vi} (${misended.length} dòng)`, en: `each recipient ends with ";", ${what.en} (${misended.length} line(s))` });
    }
    // The archive copy closes the list: "- Lưu: VT, ...".
    if (last && /^-\s*lưu\b/.test(foldForCompare(last)) && /[;,]$/.test(last)) problems.push({ vi: `dòng "Lưu" cuối cùng kết thúc bằng dấu chấm ("."), không phải "${last.slice(-1)}"`, en: `the last "Lưu" line ends with ".", not "${last.slice(-1)}"` });
    if (problems.length === 0) return [];
    const fix = head.bold && head.italic ? null : { kind: 'paragraphs' as const, changes: [{ locator: head.locator, font: { bold: true, italic: true } }] };
    return [layoutFinding('layout-recipients', { vi: `Nơi nhận: ${problems.map((x) => x.vi).join('; ')}`, en: `Recipients: ${problems.map((x) => x.en).join('; ')}` }, head.locator, 'warning', fix)];
  },
};
