import { opensBody } from './body-names';
import { isJointOffice } from './split-bodies';

/**
 * The body's name at the end of the words before a definition: without the list's number ("1. Văn phòng Sở"), and
 * after "gồm", "là" or "và" when a body's name opens there ("các đơn vị trực thuộc gồm Chi cục ...", "... và Trung tâm
 * Khuyến công"); a "và" inside a name ("Trung tâm Khuyến công và Tư vấn ...") stays.
 */
export function bodyName(words: string): string {
  const text = words.replace(/^\s*(?:\d+(?:\.\d+)*\.|[a-zđ]\)|[-+•])\s*/u, '').trim();
  let best = text;
  for (const m of text.matchAll(/(?:^|\s)(?:bao gồm|gồm|là|và)\s+/gu)) {
    const rest = text.slice(m.index + m[0].length);
    if (m[0].trim() === 'và' && isJointOffice(text.slice(0, m.index), rest)) continue;
    if (opensBody(rest) && /^\p{Lu}|^các\s/u.test(rest)) {
      best = rest;
      break;
    }
  }
  return best.trim();
}
