/**
 * "IV. TIẾN ĐỘ THỰC HIỆN" after the tasks: a part that gives their times by their places, one line a time —
 * "- Quý I/2027: các nội dung tại điểm 1.1, 1.2, 2.3.", "- Khi có yêu cầu: nội dung tại gạch đầu dòng thứ ba điểm 2.1.",
 * "- Thường xuyên trong năm: các nội dung còn lại." (every task no other line names).
 */
import type { Paragraph } from '../../document/model';
import type { TimingPart } from '../schema';
import { foldForCompare } from '../../text';
import { numbersIn } from './assignments';
import { strip } from './parts';
import { readTiming } from './timing';

export interface PlacedTime {
  /** The line as written, without its bullet. */
  raw: string;
  parts: TimingPart[];
  /** The tasks' numbers it names ("1.1", "2.1.3"). */
  places: string[];
  /** Whether it names "các nội dung còn lại", the tasks no other line names. */
  rest: boolean;
}

const TITLE = /^(?:tiến độ|thời gian|lộ trình)(?:\s+(?:và|,)\s*(?:tiến độ|thời gian|lộ trình))?(?:\s+thực hiện)?(?:\s+các nhiệm vụ)?$/u;
const REST = /(?:các\s+)?(?:nội dung|nhiệm vụ|công việc)\s+còn lại/u;

/** The lines of the plan's timing part, each with the places it names; none when the plan has no such part. */
export function readTimingPart(paragraphs: readonly Paragraph[], romans: readonly Paragraph[], partEnd: (index: number) => number, year: number): PlacedTime[] {
  const part = romans.find((p) => TITLE.test(foldForCompare(strip(p.body)).replace(/[.:]+$/u, '')));
  if (!part) return [];
  const out: PlacedTime[] = [];
  for (const p of paragraphs.slice(part.index + 1, partEnd(part.index))) {
    if (p.table !== null) continue;
    const raw = strip(p.text).replace(/^[-+•]\s*/u, '').replace(/\/\.$/u, '.');
    const m = /^([^:]{3,120}):\s*(.+)$/u.exec(raw);
    if (!m) continue;
    const [, time, what] = m;
    const places = numbersIn(what!);
    const rest = REST.test(foldForCompare(what!));
    if (places.length === 0 && !rest) continue;
    const read = readTiming(time!, year);
    if (read.doubt) continue;
    // ("nội dung tại điểm 2.5; hoàn thành việc kê khai … trước ngày 31/12/2027": a deadline said after the places.)
    const deadlines = what!.split(/;\s*/u).slice(1).flatMap((clause) => readTiming(clause, year).parts.filter((t) => t.kind === 'deadline'));
    out.push({ raw, parts: [...read.parts, ...deadlines], places, rest });
  }
  return out;
}

/** The line that times a task (`id`, in the task part `part`): the one naming its place most closely, else the one for
 * the rest when no line names it; null for none. */
export function timeOf(lines: readonly PlacedTime[], id: string, part: string): PlacedTime | null {
  let best: { line: PlacedTime; depth: number } | null = null;
  for (const line of lines) {
    for (const place of line.places) {
      const full = /^[IVX]+\./u.test(place) ? place : `${part}.${place}`;
      const depth = full.split('.').length;
      if ((id === full || id.startsWith(`${full}.`)) && depth > (best?.depth ?? 0)) best = { line, depth };
    }
  }
  return best?.line ?? lines.find((line) => line.rest) ?? null;
}
