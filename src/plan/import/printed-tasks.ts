/** Tasks the plan numbers itself in brackets, "(1)" … "(18)", and the "Giao …" sentences that give them out. */
import type { Paragraph } from '../../document/model';
import type { ProseState } from './prose-state';
import { strip } from './parts';
import { readAssignSentence } from './assign-sentence';
import { closeHeading, startTask } from './prose-tasks';

const PRINTED_NUMBER = /^\((\d{1,3})\)\s+(?=\p{Lu})/u;

/**
 * "(1) Tổ chức quán triệt …", "(2) …" on to "(18)" across the parts: tasks the plan numbers itself in brackets, each
 * its own (a sentence after one gives out that one only); the id keeps the printed number (II.2.5).
 */
export function readPrintedTask(s: ProseState, p: Paragraph, i: number): boolean {
  const label = p.label;
  const printed = label === null ? PRINTED_NUMBER.exec(strip(p.text)) : null;
  if (!(printed && Number(printed[1]) === s.printedLast + 1)) return false;
  s.printedLast += 1;
  // (The words between the heading and its first such task open them: "… tập trung vào các nội dung sau:".)
  if (s.headingText && s.ordinal === 0 && !s.headingText.task) s.headingText = null;
  else closeHeading(s);
  s.pending = [];
  s.unitsGiven = false;
  s.ordinal = s.printedLast - 1;
  // ("(5) Công khai … . Giao Phòng Hành chính - Tổng hợp thực hiện thường xuyên.": the task gives itself out.)
  const sentences = strip(p.text).slice(printed[0].length).split(/(?<=\.)\s+(?=(?:Giao|Phân công)\s)/u);
  const own = sentences.length > 1 ? readAssignSentence(sentences.at(-1)!) : null;
  startTask(s, own ? sentences.slice(0, -1).join(' ') : sentences.join(' '), i);
  if (own) {
    Object.assign(s.items.at(-1)!, { unitsRaw: own.units, timingRaw: own.time });
    s.pending = [];
    s.afterBlock = true;
  }
  return true;
}

/**
 * "Giao Phòng X chủ trì, phối hợp Phòng Y thực hiện; hoàn thành trong quý I/2027." after such a task: its doers and time.
 */
export function applyGivenSentence(s: ProseState, p: Paragraph): boolean {
  const label = p.label;
  const given = label === null && s.printedLast > 0 && s.pending.length > 0 ? readAssignSentence(strip(p.text)) : null;
  if (!given) return false;
  for (const item of s.pending) {
    item.unitsRaw ??= given.units;
    item.timingRaw ??= given.time;
  }
  s.pending = [];
  s.afterBlock = true;
  return true;
}
