import { opensBody } from './body-names';
import { splitBodies } from './split-bodies';

/** A name without the bracket after it that lists its members: "Các hội (Hội Nông dân, Hội Cựu chiến binh)" → "Các hội". */
export function withoutMembers(title: string): string {
  const m = /^(.+?)\s*\(([^()]+)\)\s*$/u.exec(title);
  if (!m) return title;
  const members = splitBodies(m[2]!);
  return members.length > 1 && members.every((member) => opensBody(member)) ? m[1]! : title;
}
