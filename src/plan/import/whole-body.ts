/**
 * "Toàn Đài", "Toàn Sở", "Toàn cơ quan" written as a task's doer: the issuing body as a whole, that is every body of it
 * the plan names (its phòng, its units, its groups), each of which reports on the task as a member.
 */
import type { Unit } from '../schema';
import { nameKey } from './name-key';

const key = nameKey;

/** Whether a doer's name is "Toàn" and the issuer's own head word(s) ("Toàn Đài" of "Đài Khí tượng Thủy văn tỉnh …"). */
export function isWholeBody(name: string, issuer: Pick<Unit, 'name' | 'shortName' | 'aliases'>): boolean {
  const rest = /^toàn\s+(.+)$/u.exec(key(name))?.[1];
  if (!rest) return false;
  return /^(?:cơ quan|đơn vị)$/u.test(rest) || [issuer.name, issuer.shortName ?? '', ...issuer.aliases].some((n) => key(n) === rest || key(n).startsWith(`${rest} `));
}

/** Each whole-body doer made a group of every other body of the plan's own (not the issuer, not outside bodies). */
export function wholeBodyGroups(units: readonly Unit[], issuer: Unit): { name: string; members: string[]; collective: false }[] {
  const wholes = units.filter((u) => u !== issuer && u.kind !== 'external' && u.kind !== 'department' && isWholeBody(u.name, issuer));
  const members = units.filter((u) => u !== issuer && !wholes.includes(u) && (u.kind === 'division' || u.kind === 'affiliate' || u.kind === 'group')).map((u) => u.name);
  if (members.length === 0) return [];
  for (const whole of wholes) whole.kind = 'group';
  return wholes.map((whole) => ({ name: whole.name, members, collective: false }));
}
