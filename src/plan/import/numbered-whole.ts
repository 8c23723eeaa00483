/**
 * A plan that gives its tasks out by their numbers in a table whose columns say so ("TT | Cơ quan, đơn vị | Chủ trì
 * nhiệm vụ số | Phối hợp nhiệm vụ số"): the number is the task, the unit of the plan's assignment. A numbered task whose
 * "- " lines follow it ("3. Tuyên truyền, phổ biến … bằng các hình thức phù hợp:" over "- Lồng ghép …;", "- Đăng tải …;")
 * is then one task, its lines its content (they are given out with it, by its number), not tasks of their own.
 * (A table naming places, "Chủ trì thực hiện (mục)", "2.3", names a section whose bullets stay its tasks.)
 */
import type { Paragraph } from '../../document/model';
import { strip } from './parts';
import type { ImportedOutline } from './outline-types';

const DASH = /^[-–•]$/u;

/**
 * Joins the "- " lines under each task the table names by its number (`numbers`, "3") back into that task (II.3), where
 * they are lines and nothing else: no heading under it, no number naming one of them ("3.2", in `named`), no units or
 * time of one line's own that the others lack.
 */
export function keepNumberedTasksWhole(outline: ImportedOutline, paragraphs: readonly Paragraph[], numbers: ReadonlySet<string>, part: string, named: readonly string[]): void {
  for (const number of numbers) {
    const id = `${part}.${number}`;
    const heading = outline.headings.find((h) => h.id === id);
    if (!heading || outline.headings.some((h) => h.id.startsWith(`${id}.`))) continue;
    if (named.some((n) => n.startsWith(`${number}.`) || n.startsWith(`${id}.`))) continue;
    const lines = outline.items.filter((item) => item.section === id);
    const at = lines.length > 0 ? outline.items.indexOf(lines[0]!) : -1;
    if (at < 0 || outline.items[at + lines.length - 1] !== lines.at(-1) || !lines.every((item) => DASH.test(paragraphs[item.paragraph]?.label ?? ''))) continue;
    // (The lines follow the task's own paragraph: nothing of its own between them.)
    if (paragraphs.slice(heading.paragraph + 1, lines[0]!.paragraph).some((p) => p.text.trim() !== '')) continue;
    if (new Set(lines.map((item) => item.unitsRaw)).size > 1 || new Set(lines.map((item) => item.timingRaw)).size > 1) continue;
    const opening = strip(paragraphs[heading.paragraph]!.body);
    const task = {
      id,
      section: id.split('.').slice(0, -1).join('.'),
      text: [opening, ...lines.map((item) => `- ${item.text}`)].join('\n'),
      unitsRaw: lines[0]!.unitsRaw,
      timingRaw: lines[0]!.timingRaw,
      paragraph: heading.paragraph,
      lead: [],
      support: [],
    };
    outline.items.splice(at, lines.length, task);
    outline.headings.splice(outline.headings.indexOf(heading), 1);
    const ids = new Set(lines.map((item) => item.id));
    outline.doubts = outline.doubts.filter((doubt) => doubt.item === undefined || !ids.has(doubt.item));
  }
}
