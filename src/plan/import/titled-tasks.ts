import type { ImportedHeading, ImportedItem } from './outline-types';
import { ARABIC, SUB } from './prose-lines';

/**
 * "1. Công khai, minh bạch trong hoạt động của Công ty" over its "- Nội dung: …", "- Đơn vị chủ trì: …", "- Thời gian: …"
 * lines: a task numbered by the plan (its id the number), the numbered line its title, not a heading over one task.
 */
export function titledTasks(headings: ImportedHeading[], items: ImportedItem[], contentItems: ReadonlySet<ImportedItem>): void {
  for (const heading of [...headings]) {
    if (!ARABIC.test(heading.label) && !SUB.test(heading.label)) continue;
    const under = items.filter((item) => item.section === heading.id || item.section.startsWith(`${heading.id}.`));
    const item = under[0];
    if (under.length !== 1 || item!.section !== heading.id || !contentItems.has(item!)) continue;
    if (headings.some((h) => h.id.startsWith(`${heading.id}.`))) continue;
    item!.id = heading.id;
    item!.section = heading.id.split('.').slice(0, -1).join('.');
    item!.title = heading.title;
    headings.splice(headings.indexOf(heading), 1);
  }
}
