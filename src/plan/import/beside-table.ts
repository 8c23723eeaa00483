/**
 * Tasks a plan states in prose next to its task table (an appendix). "Các nhiệm vụ cụ thể … được phân công tại Phụ lục
 * kèm theo Kế hoạch này. Ngoài ra, Trung tâm tập trung thực hiện các nội dung sau:" over "- Giám đốc Trung tâm trực
 * tiếp lãnh đạo, chỉ đạo …": the part sends its detailed tasks to the appendix and adds the prose ones to them, so the
 * prose tasks are the plan's tasks as the table's rows are. Without such words the prose of the part only sums up what
 * the appendix details ("1. Tăng cường …" over "Nhiệm vụ cụ thể … được nêu tại Phụ lục"), and the table alone is read.
 */
import type { Paragraph } from '../../document/model';
import { foldForCompare } from '../../text';
import type { ImportedItem } from './outline-types';

/** A paragraph that sends tasks to the appendix ("… được giao tại Phụ lục kèm theo Kế hoạch này"). */
const POINTER = /(?:^|\s)phụ lục(?:\s|$|[.,;:])/u;
/** Words that add what follows or what went before to those tasks: "Ngoài ra", "Bên cạnh đó", "Ngoài các nhiệm vụ …". */
const ADDING = /(?:^|[.;:]\s*)(?:ngoài ra|bên cạnh đó|bên cạnh các nhiệm vụ|ngoài (?:các|những) nhiệm vụ)(?:\s|,|$)/u;

const fold = (text: string) => foldForCompare(text);

/**
 * The prose items of the task part (from `start` to `end`, paragraph indexes) kept next to the table: all of them when a
 * paragraph of the part outside the items points to the appendix and adds the prose tasks to it (in itself or in the
 * paragraph right after it), none otherwise.
 */
export function proseBesideTable(paragraphs: readonly Paragraph[], items: readonly ImportedItem[], start: number, end: number): ImportedItem[] {
  const inPart = items.filter((item) => item.paragraph > start && item.paragraph < end);
  if (inPart.length === 0) return [];
  const taken = new Set(inPart.map((item) => item.paragraph));
  const plainOnes = paragraphs.filter((p) => p.table === null && p.index > start && p.index < end && !taken.has(p.index));
  const adds = plainOnes.some((p) => {
    if (!POINTER.test(fold(p.text))) return false;
    const next = paragraphs[p.index + 1];
    return ADDING.test(fold(p.text)) || (next !== undefined && next.table === null && !taken.has(next.index) && ADDING.test(fold(next.text)));
  });
  return adds ? inPart : [];
}
