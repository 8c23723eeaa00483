/**
 * "Phòng Bồi thường, GPMB": a name whose own words after its comma are written as their initials. A list reads the
 * capitals after the comma as another body; where the plan spells the name out elsewhere ("Phòng Bồi thường, giải
 * phóng mặt bằng"), the two parts are that one body, under its full name. So is a group whose kinds share one name,
 * "các Đội, HQCK" where the plan writes "các Đội, Hải quan cửa khẩu (HQCK)", when the name spelled out is one.
 */
import { stripAccents } from '../../text';
import { splitBodies } from './split-bodies';

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const initials = (words: string) => stripAccents(words).toUpperCase().split(/\s+/u).map((w) => w.charAt(0)).join('');

/** The words the plan writes after "`name`, " whose initials are `short` ("GPMB" → "giải phóng mặt bằng"), if it does. */
function spelledTail(name: string, short: string, paragraphs: readonly string[]): string | null {
  // (The name as a list's first entry or inside a sentence: "Các Đội" and "các Đội".)
  const written = `[${name.charAt(0).toUpperCase()}${name.charAt(0).toLowerCase()}]${escaped(name.slice(1))}`;
  const words = new RegExp(`(?<![\\p{L}])${written},\\s+(\\p{L}+(?:\\s+\\p{Ll}+){${short.length - 1}})(?![\\p{L}])`, 'u');
  for (const text of paragraphs) {
    const tail = words.exec(text)?.[1];
    if (tail && initials(tail) === stripAccents(short).toUpperCase()) return tail;
  }
  return null;
}

/** The list with each such pair made one name: ["Phòng Bồi thường", "GPMB", "các chi nhánh"] → ["Phòng Bồi thường,
 * giải phóng mặt bằng", "các chi nhánh"]. */
export function rejoinAbbreviatedTails(names: readonly string[], paragraphs: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < names.length; i += 1) {
    const name = names[i]!;
    const next = names[i + 1]?.trim() ?? '';
    const tail = /^[A-ZĐ]{2,8}$/u.test(next) ? spelledTail(name.trim(), next, paragraphs) : null;
    // ("Phòng Tổng hợp, Trung tâm kiểm định (TTKĐ)": two bodies spelled out as well.)
    if (tail && splitBodies(`${name.trim()}, ${tail}`).length === 1) {
      out.push(`${name.trim()}, ${tail}`);
      i += 1;
    } else out.push(name);
  }
  return out;
}
