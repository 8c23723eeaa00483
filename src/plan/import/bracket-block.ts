import type { Paragraph } from '../../document/model';
import type { ProseState } from './prose-state';
import { strip } from './parts';
import { INLINE_TIMING, namesOwnDoer, saysOwn, unitsAndTime } from './prose-lines';

/**
 * "(Phòng Tổng hợp chủ trì, các Đội phối hợp; thời gian: thường xuyên)" as a paragraph of its own after a run of
 * bullets: their block, in brackets; a bullet that says its own units or time, or opens with its doer, keeps them.
 */
export function applyBracketBlock(s: ProseState, p: Paragraph): boolean {
  const label = p.label;
  const block = /^\(([^()]{3,240})\)\s*\.?$/u.exec(strip(p.text))?.[1];
  if (!(block && label === null && s.pending.length > 0 && (saysOwn(`(${block})`, 'units') || saysOwn(`(${block})`, 'time')))) return false;
  const [units, time] = unitsAndTime(block);
  for (const item of s.pending) {
    const namesDoer = namesOwnDoer(item.text);
    if (units && item.unitsRaw === null && !saysOwn(item.text, 'units') && !namesDoer) item.unitsRaw = units;
    // ("- Đội QLTT số 3 thực hiện thí điểm …, báo cáo kết quả trước ngày 30/11/2026": its own doer, its own time.)
    if (time && item.timingRaw === null && !saysOwn(item.text, 'time') && !(namesDoer && INLINE_TIMING.test(item.text))) item.timingRaw = time;
  }
  s.pending = [];
  s.unitsGiven = false;
  s.afterBlock = true;
  return true;
}
