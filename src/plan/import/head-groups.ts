/**
 * "các Đội", "các Hải quan cửa khẩu": a group a plan writes as "các" and a body's capitalised head words stands for the
 * plan's bodies named with those words ("Đội Tổng hợp", "Đội Nghiệp vụ"; "Hải quan cửa khẩu quốc tế Lao Bảo"). A body
 * named by the same words for another place counts too where the plan names it only in a task's text ("… quốc tế Lao
 * Bảo, Hải quan cửa khẩu quốc tế La Lay").
 */
import { kindsOfGroup } from '../group-fit';
import { nameKey } from './name-key';

const key = nameKey;

export interface HeadGroup {
  name: string;
  members: string[];
}

/** "các Hải quan cửa khẩu" → "Hải quan cửa khẩu": the head words, opening with a capital; or one word in lower case that
 * names no kind the groups know ("các ban" of a newsroom, its "Ban Thời sự", "Ban Chuyên đề"; not "các phòng"). */
const headOf = (group: string): string | null => {
  const capital = /^các\s+(\p{Lu}\p{Ll}*(?:\s+\p{L}+){0,4})$/u.exec(group.trim())?.[1];
  if (capital) return capital;
  const word = /^các\s+(\p{Ll}+)$/u.exec(group.trim())?.[1];
  return word && kindsOfGroup(group).length === 0 ? word : null;
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** "Hải quan cửa khẩu quốc tế Lao Bảo" after "Hải quan cửa khẩu": the words between ("quốc tế") and the place ("Lao Bảo"). */
function placeNamed(name: string, head: string): string | null {
  const rest = name.slice(head.length).trim();
  const m = /^((?:\p{Ll}+\s+){0,3})\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*)*$/u.exec(rest);
  return m ? m[1]!.trim() : null;
}

/**
 * The members of each such group: the bodies whose names open with its head words, and the bodies the text names the
 * way one of them is named (the head, the same words between, another place). A group of fewer than two is left as it
 * is: one body does not make the plan's "các".
 */
export function headGroups(groups: readonly string[], bodies: readonly string[], paragraphs: readonly string[]): HeadGroup[] {
  const found: HeadGroup[] = [];
  for (const group of groups) {
    const head = headOf(group);
    if (!head) continue;
    const members = bodies.filter((b) => key(b).startsWith(`${key(head)} `) && key(b).split(' ').length > key(head).split(' ').length);
    for (const between of new Set(members.map((m) => placeNamed(m, head)).filter((b): b is string => b !== null))) {
      const sibling = new RegExp(`(?<![\\p{L}])${escape(head)}\\s+${between ? `${escape(between)}\\s+` : ''}\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*)*`, 'gu');
      for (const p of paragraphs) for (const m of p.matchAll(sibling)) if (!members.some((x) => key(x) === key(m[0]))) members.push(m[0]);
    }
    if (members.length >= 2) found.push({ name: group, members });
  }
  return found;
}
