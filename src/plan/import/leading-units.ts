/**
 * Whether a plan's lines of units stand before the tasks they assign rather than after them:
 *
 *   Đơn vị chủ trì: Phòng Hành chính - Tổng hợp; phối hợp: các Phòng, các Chi nhánh
 *   1. Quán triệt, triển khai Kế hoạch này …; thời gian: quý I/2027.
 *   Đơn vị chủ trì (nhiệm vụ 6, 7): Phòng Hành chính - Tổng hợp; …
 *   6. Công khai dự toán …
 *   7. Rà soát, sửa đổi …
 *
 * The plan says so in one of two ways: a line names by number the tasks it is for and the next task bears the first of
 * them; or in every part that has such lines, the first line opens the part (nothing stands between the part's heading
 * and it) and no line closes the part (its last paragraph is a task's).
 */
import type { Paragraph } from '../../document/model';
import { ARABIC } from './prose-lines';

/** "(nhiệm vụ 6, 7)", "(nhiệm vụ 14 và 15)", "(các nhiệm vụ 20 - 21)": the tasks a line is for, by their numbers. */
export const TASKS_NAMED = /\s*\(\s*(?:các\s+)?nhiệm vụ\s+(?:số\s+)?(\d{1,3})(?:\s*(?:,|;|và|-|–|đến)\s*\d{1,3})*\s*\)/iu;

export function unitsLinesLead(
  ps: readonly Paragraph[],
  partStarts: readonly number[],
  end: number,
  isUnitsLine: (p: Paragraph) => boolean,
): boolean {
  const starts = [...partStarts].sort((a, b) => a - b);
  let lines = 0;
  let everyPartOpens = true;
  for (const [n, start] of starts.entries()) {
    const text = ps.slice(start + 1, starts[n + 1] ?? end).filter((p) => p.text.trim() !== '');
    const units = text.filter(isUnitsLine);
    for (const line of units) {
      const named = TASKS_NAMED.exec(line.text)?.[1];
      const next = text.slice(text.indexOf(line) + 1).find((p) => !isUnitsLine(p));
      if (named !== undefined && next?.label && ARABIC.test(next.label) && Number.parseInt(next.label, 10) === Number(named)) return true;
    }
    if (units.length === 0) continue;
    lines += units.length;
    if (!isUnitsLine(text[0]!) || isUnitsLine(text.at(-1)!)) everyPartOpens = false;
  }
  return lines >= 2 && everyPartOpens;
}
