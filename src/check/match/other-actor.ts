/**
 * A clause whose subject is another unit of the plan ("Phòng Kế toán nhà nước đã phối hợp các ngân hàng thương mại …" in
 * the Phòng Kiểm soát chi's report): that unit's act, not the author's. Only where the author is one known unit: in the
 * department's consolidated report every unit's act is the department's.
 */
import { foldForCompare } from '../../text';
import type { Token } from '../../text';
import type { Plan } from '../../plan/schema';
import { answersFor } from '../../plan/units';
import { TEXT_SUFFIXES, unitKeys } from '../context/unit';

/** Who a unit name in the text stands for: the author (or a group it belongs to), another unit, or nobody known. */
export type ActorOf = (name: string) => 'author' | 'other' | null;

/** Each key running text may name a unit by, and the first unit that has it: built once per plan (plans are not changed
 * in place). */
const textKeys = new WeakMap<Plan, Map<string, string>>();

function unitsByTextKey(plan: Plan): Map<string, string> {
  let byKey = textKeys.get(plan);
  if (!byKey) {
    byKey = new Map();
    for (const unit of plan.units) for (const key of unitKeys(unit, TEXT_SUFFIXES)) if (!byKey.has(key)) byKey.set(key, unit.id);
    textKeys.set(plan, byKey);
  }
  return byKey;
}

/** The reading of names for a report by `authorId`; null where every unit's act may be the author's. */
export function actorReader(plan: Plan, authorId: string | null): ActorOf | null {
  const author = plan.units.find((u) => u.id === authorId);
  if (!author || author.kind === 'department' || author.kind === 'group') return null;
  const byKey = unitsByTextKey(plan);
  return (name) => {
    const id = byKey.get(foldForCompare(name));
    if (id === undefined) return null;
    if (id === author.id || answersFor(plan, [id], author.id)) return 'author';
    const kind = plan.units.find((u) => u.id === id)?.kind;
    // Higher bodies are read elsewhere; "Sở đã tổ chức …" takes in the author's own share.
    return kind === 'division' || kind === 'affiliate' ? 'other' : null;
  };
}

/** The first word of what a subject did: "đã", "phối hợp", "chủ trì", "tổ chức", "ban hành" …. */
const ACTING = new Set(['đã', 'phối', 'chủ', 'tổ', 'ban', 'thực', 'triển', 'tiến', 'tham', 'kiểm', 'thanh', 'hướng', 'theo', 'tiếp', 'xây', 'rà', 'công', 'cập', 'cử', 'lập', 'ký', 'trình']);

/** The clause words[start, end) opens (after list marks and a date) with names of other units and goes on to what they did. */
export function otherUnitActs(tokens: readonly Token[], masked: readonly [number, number][], words: readonly string[], start: number, end: number, actorOf: ActorOf): boolean {
  let k = start;
  // A run-in topic ("Về thanh toán không dùng tiền mặt:") stands before the subject.
  if (words[k] === 'về') {
    const colon = words.indexOf(':', k);
    if (colon > k && colon < Math.min(end, k + 12)) k = colon + 1;
  }
  while (k < end && (words[k] === '-' || words[k] === '+' || words[k] === ',' || words[k] === 'ngày' || /^\d/.test(words[k]!))) k += 1;
  if (words[k] !== '·') return false;
  const names: string[] = [];
  while (k < end) {
    const span = masked.find(([s, e]) => tokens[k]!.start >= s && tokens[k]!.end <= e);
    if (span) {
      const parts: string[] = [];
      while (k < end && tokens[k]!.start >= span[0] && tokens[k]!.end <= span[1]) parts.push(tokens[k++]!.text);
      names.push(parts.join(' '));
    } else if (words[k] === ',' || words[k] === 'và') k += 1;
    else break;
  }
  const next = tokens[k];
  if (next === undefined || k >= end || !ACTING.has(next.text)) return false;
  return names.length > 0 && names.every((name) => actorOf(name) === 'other');
}

/** The clause opens by citing another unit's report ("Theo báo cáo của Văn phòng Sở, …"): what follows is that unit's
 * result, repeated, not the author's. */
export function citesOthersReport(tokens: readonly Token[], masked: readonly [number, number][], words: readonly string[], start: number, end: number, actorOf: ActorOf): boolean {
  let k = start;
  while (k < end && (words[k] === '-' || words[k] === '+')) k += 1;
  if (words[k] !== 'theo' || words[k + 1] !== 'báo' || words[k + 2] !== 'cáo' || words[k + 3] !== 'của') return false;
  k += 4;
  const span = masked.find(([s, e]) => tokens[k] !== undefined && tokens[k]!.start >= s && tokens[k]!.end <= e);
  if (!span) return false;
  const parts: string[] = [];
  while (k < end && tokens[k]!.start >= span[0] && tokens[k]!.end <= span[1]) parts.push(tokens[k++]!.text);
  return actorOf(parts.join(' ')) === 'other';
}
