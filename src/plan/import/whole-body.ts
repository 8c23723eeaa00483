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

/**
 * "Đơn vị chủ trì: Các đơn vị theo chức năng, nhiệm vụ": a bare "các đơn vị", in a plan that neither names a narrower
 * group of đơn vị ("các đơn vị trường học") nor makes it the short form of one ("… sau đây gọi chung là các đơn vị"),
 * is every body of the issuer's the plan names, each doing its share.
 */
function isEveryUnit(unit: Unit, units: readonly Unit[], texts: readonly string[]): boolean {
  const bare = unit.kind === 'group' && key(unit.name) === 'các đơn vị' && unit.aliases.every((a) => key(a) === 'các đơn vị');
  const narrower = units.some((u) => u !== unit && key(u.name).startsWith('các đơn vị '));
  return bare && !narrower && !texts.some((text) => /gọi (?:chung|tắt) là các đơn vị(?![\p{L}\p{N}]|\s+\p{L})/iu.test(text));
}

/** Each whole-body doer made a group of every other body of the plan's own (not the issuer, not outside bodies). */
export function wholeBodyGroups(units: readonly Unit[], issuer: Unit, texts: readonly string[] = []): { name: string; members: string[]; collective: false }[] {
  const wholes = units.filter((u) => u !== issuer && u.kind !== 'external' && u.kind !== 'department' && (isWholeBody(u.name, issuer) || isEveryUnit(u, units, texts)));
  const members = units.filter((u) => u !== issuer && !wholes.includes(u) && (u.kind === 'division' || u.kind === 'affiliate' || u.kind === 'group')).map((u) => u.name);
  if (members.length === 0) return [];
  for (const whole of wholes) whole.kind = 'group';
  return wholes.map((whole) => ({ name: whole.name, members, collective: false }));
}
