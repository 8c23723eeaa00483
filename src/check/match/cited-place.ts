/**
 * A paragraph that names its task by the plan's own place, as a legal text is cited: "Nhiệm vụ tại gạch đầu dòng thứ
 * năm điểm c khoản 3 mục II Kế hoạch số 09/KH-SNV: Phòng đã …". The place is the plan's item id ("II.3.c.5") when the
 * plan numbers its items by their headings, as the importer and the 2023 plan do.
 */
import { placedIn } from '../../plan/import/assignments';

/** The citation at the head of a paragraph's key, up to the colon after it. */
const CITATION = /^(?:[-+•]\s*)?(?:(?:các\s+)?(?:nhiệm vụ|nội dung)\s+)?(?:tại|theo)\s+((?:(?:dấu\s+)?gạch đầu dòng|điểm|khoản|mục)\s[^:;]{1,120}?)\s*(?:(?:của\s+)?kế hoạch[^:;]{0,60})?:/u;

/** The one item a paragraph's key cites by place, or null (none, or several). "khoản 3 mục II" is read as the place
 * "mục 3 phần II" the importer reads. */
export function citedItem(key: string): string | null {
  const m = CITATION.exec(key);
  if (!m) return null;
  const place = m[1]!.replace(/\bkhoản\s+(\d+)\s+mục\s+([ivx]+)(?![\p{L}\p{N}])/u, 'mục $1 phần $2');
  const ids = placedIn(place);
  return ids.length === 1 ? ids[0]! : null;
}
