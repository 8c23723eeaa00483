/**
 * "3.4. Thực hiện nghiêm Quy tắc ứng xử …" with no block of its own, then "3.5. …" and its "Đơn vị chủ trì: …",
 * "Đơn vị phối hợp: …", "Thời gian thực hiện: …" lines: as with bullets, a block is for every numbered task since the
 * previous block under the same heading, not only the one it follows.
 */
import type { ImportedItem } from './outline-types';
import { closesWithDoers, INLINE_TIMING, saysOwn } from './prose-lines';
import type { ProseState } from './prose-state';

/** A task the plan numbers itself under its heading ("II.3.4" under "II.3"), with its number. */
function numberOf(item: ImportedItem): number | null {
  const own = /^(.+)\.(\d+)$/u.exec(item.id);
  return own && own[1] === item.section ? Number(own[2]) : null;
}

/** Whether a task says its own time in its sentence: "…; ban hành kế hoạch trong quý I/2027", "… . Thời gian: …". */
const timesItself = (item: ImportedItem) => saysOwn(item.text, 'time') || INLINE_TIMING.test(item.text.split('\n')[0] ?? '') || /thời (?:gian|hạn)[^.;:]{0,20}:/iu.test(item.text);

/**
 * The numbered tasks just before `base`'s one task, one number apart each, that no block has reached, for a block
 * that names units (`unitsLine`) and the lines after it; a time line alone is only its own task's.
 */
export function numberedRun(s: ProseState, base: readonly ImportedItem[], unitsLine: boolean): ImportedItem[] {
  if (base.length !== 1) return [];
  const last = base[0]!;
  let number = numberOf(last);
  if (number === null || !(unitsLine || s.blockItems.includes(last))) return [];
  const run: ImportedItem[] = [];
  for (let at = s.items.indexOf(last) - 1; at >= 0; at -= 1) {
    const item = s.items[at]!;
    // (The lines of the same block after its first have already reached it.)
    const reached = s.blockItems.includes(last) && s.blockItems.includes(item);
    const untouched = item.unitsRaw === null && item.timingRaw === null && !saysOwn(item.text, 'units') && !timesItself(item) && !closesWithDoers(item.text);
    if (item.section !== last.section || numberOf(item) !== number - 1 || !(reached || untouched)) break;
    run.unshift(item);
    number -= 1;
  }
  return run;
}
