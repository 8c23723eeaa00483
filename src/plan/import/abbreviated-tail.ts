/**
 * "Phòng Bồi thường, GPMB": a name whose own words after its comma are written as their initials. A list reads the
 * capitals after the comma as another body; where the plan spells the name out elsewhere ("Phòng Bồi thường, giải
 * phóng mặt bằng"), the two parts are that one body, under its full name.
 */
import { stripAccents } from '../../text';

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const initials = (words: string) => stripAccents(words).toUpperCase().split(/\s+/u).map((w) => w.charAt(0)).join('');

/** The words the plan writes after "`name`, " whose initials are `short` ("GPMB" → "giải phóng mặt bằng"), if it does. */
function spelledTail(name: string, short: string, paragraphs: readonly string[]): string | null {
  const words = new RegExp(`(?<![\\p{L}])${escaped(name)},\\s+(\\p{Ll}+(?:\\s+\\p{Ll}+){${short.length - 1}})(?![\\p{L}])`, 'u');
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
    if (tail) {
      out.push(`${name.trim()}, ${tail}`);
      i += 1;
    } else out.push(name);
  }
  return out;
}
