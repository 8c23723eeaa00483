/** Lines after the lettered or numbered points of a part that say who does each point, and when. */
import type { Paragraph } from '../../document/model';
import { partOf, type ProseState } from './prose-state';
import type { TaskSpan } from './prose-lookahead';
import { isPointsSentence, readPointsSentence } from './points';
import { strip } from './parts';
import { pointTimes, POINTS_BLOCK_LABEL, readPointsBlock } from './points-block';
import { INLINE_TIMING, keepsOwnTime } from './prose-lines';
import { closeHeading } from './prose-tasks';

/**
 * "Giao nhiệm vụ:" over "- Phòng TC-HC chủ trì các nội dung tại điểm a, c; phối hợp thực hiện điểm b.", "- …", then
 * "Thời gian: Thường xuyên." closing a part of lettered points: who does each point, and the time of every point that
 * says none of its own; the lines are no tasks.
 */
export function applyPointsBlock(s: ProseState, span: TaskSpan, p: Paragraph, i: number): number | null {
  const label = p.label;
  const pointsBlock = label === null && s.path.letter !== null && POINTS_BLOCK_LABEL.test(strip(p.text)) ? readPointsBlock(span.ps, i, span.tasksEnd) : null;
  if (!pointsBlock) return null;
  closeHeading(s);
  const part = [partOf(s), s.path.arabic, s.path.sub].filter(Boolean).join('.');
  const points = s.items.filter((item) => item.section.startsWith(`${part}.`) && /^[a-zđ]$/u.test(item.section.slice(part.length + 1)));
  const letters = [...new Set(points.map((item) => item.section.slice(part.length + 1)))];
  // Each task by its place under its point, "a.2" ("gạch đầu dòng thứ hai điểm a"); "điểm a" names them all.
  const keyOf = new Map(points.map((item) => [item, `${item.section.slice(part.length + 1)}.${points.filter((other) => other.section === item.section).indexOf(item) + 1}`]));
  const assigned = readPointsSentence(pointsBlock.sentence, [...keyOf.values()]);
  const times = pointsBlock.time ? pointTimes(pointsBlock.time, letters) : new Map<string, string>();
  for (const item of points) {
    const letter = item.section.slice(part.length + 1);
    const units = assigned?.get(keyOf.get(item)!)?.units;
    if (units && item.unitsRaw === null) item.unitsRaw = units;
    const time = times.get(letter);
    if (time && item.timingRaw === null && !keepsOwnTime(item.text) && !INLINE_TIMING.test(item.text.split('\n')[0] ?? '')) item.timingRaw = time;
  }
  s.pointLeaves = [];
  s.pending = [];
  s.blockItems = [];
  s.unitsGiven = false;
  s.afterBlock = true;
  return pointsBlock.last;
}

/**
 * "Văn phòng Ban chủ trì thực hiện điểm a; Phòng Quản lý đầu tư chủ trì thực hiện điểm b; thời gian: thường xuyên."
 * after the lettered points of a part: who does each point, and when.
 * (So does "Phòng Tổ chức cán bộ chủ trì thực hiện nội dung tại tiết 1.1, 1.2; …" after numbered tasks "1.1.", "1.2.".)
 */
export function applyPointsSentence(s: ProseState, p: Paragraph): boolean {
  const label = p.label;
  const leafPoint = s.headingText !== null && ((!s.headingText.task && /\.[a-zđ]$/u.test(s.headingText.section)) || (s.headingText.task !== null && /\.\d+\.\d+$/u.test(s.headingText.section)));
  if (!(label === null && s.headingText && s.ordinal === 0 && s.headingText.text.length === 0 && leafPoint && isPointsSentence(strip(p.text)))) return false;
  closeHeading(s);
  const points = readPointsSentence(strip(p.text), s.pointLeaves.map((leaf) => leaf.key));
  if (points) {
    for (const { item, key } of s.pointLeaves) {
      const assigned = points.get(key);
      if (assigned?.units && item.unitsRaw === null) item.unitsRaw = assigned.units;
      if (assigned?.time && item.timingRaw === null) item.timingRaw = assigned.time;
    }
    s.pointLeaves = [];
    s.pending = [];
    s.afterBlock = true;
    return true;
  }
  return false;
}
