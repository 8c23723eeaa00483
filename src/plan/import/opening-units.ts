/**
 * "(Phòng Đào tạo chủ trì, các khoa phối hợp) Rà soát, công khai …": a task that opens with the bodies doing it in a
 * bracket, before its act. The bracket is the task's units line; the act after it is the task.
 */
import { opensBody } from './body-names';

/** "(Phòng Tổ chức - Hành chính, sau đây gọi là Phòng TCHC)": the name; the short form it defines is read elsewhere. */
const SHORT_FORM = /\s*,\s*sau đây\s+(?:được\s+)?(?:viết tắt|gọi tắt|gọi)(?:\s+là)?\s*[^,;]*$/iu;

export function openingUnits(text: string): { units: string; rest: string } | null {
  const m = /^\(([^()]{3,200})\)\s+(?=\p{Lu})/u.exec(text);
  if (!m) return null;
  const units = m[1]!.replace(SHORT_FORM, '').trim();
  // A body's name first, and nothing about when.
  if (!opensBody(units) || /thời gian|thực hiện\s*:|\d{4}/iu.test(units)) return null;
  return { units, rest: text.slice(m[0].length) };
}
