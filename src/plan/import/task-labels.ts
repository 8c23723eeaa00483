import type { ImportedItem } from './outline-types';

/**
 * "Nhiệm vụ 6. Thực hiện công khai …" under "2.": tasks the plan numbers itself, on across its parts; the id keeps the
 * printed number (II.2.6), as a task table numbered 1..n across its groups does, and the label is not the task's text.
 * Only when every such number is its own and no other task of the part takes the id.
 */
export const TASK_LABEL = /^(?:nhiệm vụ|giải pháp)\s+(?:số\s+)?(\d{1,3})\s*[.:)]\s+/iu;

export function numberByLabel(items: ImportedItem[]): void {
  const LABEL = TASK_LABEL;
  const labelled = items.map((item) => LABEL.exec(item.text));
  const numbers = labelled.flatMap((m) => (m ? [m[1]!] : []));
  if (numbers.length < 2 || new Set(numbers).size !== numbers.length) return;
  const ids = items.map((item, i) => (labelled[i] ? `${item.section}.${Number(labelled[i]![1])}` : item.id));
  if (new Set(ids).size !== ids.length) return;
  items.forEach((item, i) => {
    const m = labelled[i];
    if (!m) return;
    item.id = ids[i]!;
    item.text = item.text.slice(m[0].length);
  });
}
