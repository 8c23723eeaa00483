/**
 * How the head of each member of a group signs, where the plan names that head by the group's own noun: "Trạm trưởng
 * các Trạm KTTV" → "TRẠM TRƯỞNG", "Đội trưởng các Đội" → "ĐỘI TRƯỞNG", "Chi cục trưởng các Chi cục" → "CHI CỤC
 * TRƯỞNG". A member the plan does not name (the report of "Trạm Khí tượng Đông Hà") is then known by its signature.
 * Only a title no other body of the plan has: not the issuer's own, nor one a named body or another group shares.
 */
import type { Unit } from '../schema';
import { foldForCompare } from '../../text';

const END = '(?![\\p{L}\\p{N}])';

/** The group's noun, one or two words after "các": "các Trạm KTTV" → ["trạm"], "các Chi cục" → ["chi", "chi cục"]. */
function nounsOf(name: string): string[] {
  const words = /^các\s+(.+)$/u.exec(foldForCompare(name))?.[1]?.split(/\s+/u) ?? [];
  return [words.slice(0, 1), words.slice(0, 2)].filter((w) => w.length > 0).map((w) => w.join(' '));
}

export function addGroupHeadTitles(units: readonly Unit[], paragraphs: readonly string[], issuerSigns: string | null): void {
  const text = foldForCompare(paragraphs.join('\n'));
  const issuerTitle = issuerSigns ? foldForCompare(issuerSigns) : null;
  const titles = new Map<Unit, string>();
  for (const group of units.filter((u) => u.kind === 'group')) {
    // ("Trạm trưởng các Trạm KTTV": the title right before the group's name, so a title standing alone is not read.)
    const noun = nounsOf(group.name).find((n) => new RegExp(`(?<![\\p{L}\\p{N}])${n} trưởng các ${n}${END}`, 'u').test(text));
    if (noun) titles.set(group, `${noun} trưởng`);
  }
  for (const [group, title] of titles) {
    const noun = title.slice(0, -' trưởng'.length);
    const shared =
      title === issuerTitle ||
      [...titles].some(([other, t]) => other !== group && t === title) ||
      units.some((u) => u.kind !== 'group' && new RegExp(`^${noun}${END}`, 'u').test(foldForCompare(u.name)));
    if (!shared) group.signers = [title.toLocaleUpperCase('vi')];
  }
}
