/**
 * A Party or mass-organisation body heads its documents with the committee that acts for it: "BCH HỘI LHPN TỈNH TUYÊN
 * QUANG", "BAN THƯỜNG VỤ HUYỆN ỦY …", "BAN CHẤP HÀNH ĐOÀN TỈNH …". The issuer is the body; the committee's line stays one
 * of its names (its own reports head themselves so). The body's name is spelled out as the plan spells its short forms
 * ("Hội Liên hiệp Phụ nữ (LHPN) tỉnh" → "Hội Liên hiệp Phụ nữ tỉnh Tuyên Quang"), and the name without its place
 * ("Hội LHPN tỉnh") is how the plan and the reports write it.
 */
import { capitalInitials } from './name-key';

const COMMITTEE = /^(?:BCH|BTV|BAN CHẤP HÀNH|BAN THƯỜNG VỤ)\s+(.+)$/u;
const LEVELS = 'tỉnh|thành phố|huyện|quận|thị xã|xã|phường|đặc khu';
const LEVEL = new RegExp(`^(?:${LEVELS})$`, 'u');
const PLACE_AFTER_LEVEL = new RegExp(`^(.+?\\s(?:${LEVELS}))\\s\\p{Lu}.*$`, 'u');
/** The bodies that act through a committee: an association, the youth union, a Party committee, the Front. */
const COMMITTEE_BODY = /^(HỘI|ĐOÀN|ĐẢNG (?:ỦY|UỶ|BỘ)|(?:TỈNH|THÀNH|HUYỆN|QUẬN|THỊ) (?:ỦY|UỶ)|ỦY BAN MẶT TRẬN|ỦY BAN MTTQ|CÔNG ĐOÀN|LIÊN ĐOÀN)(?:\s|$)/u;

/** The body a committee's header line names, in the header's capitals; null when the line is not a committee's. */
export function bodyOfCommittee(line: string): string | null {
  const body = COMMITTEE.exec(line.normalize('NFC').replace(/\s+/gu, ' ').trim())?.[1];
  return body && COMMITTEE_BODY.test(body) ? body : null;
}

const isAcronym = (word: string): boolean => word.length >= 2 && !/[AĂÂEÊIOÔƠUƯYÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ]/u.test(word);

/** "HỘI LHPN TỈNH TUYÊN QUANG" → "Hội LHPN tỉnh Tuyên Quang": the kind in lower case, an acronym kept, the place's name
 * capitalised after its level; an association's own name after "Hội" opens with a capital ("Hội Nông dân tỉnh …"). */
export function casedName(capitals: string): string {
  const words = capitals.normalize('NFC').trim().split(/\s+/u);
  const out: string[] = [];
  let place = false;
  for (const [i, word] of words.entries()) {
    const lower = word.toLocaleLowerCase('vi');
    const two = i > 0 ? `${out[i - 1]!.toLocaleLowerCase('vi')} ${lower}` : '';
    if (isAcronym(word)) out.push(word);
    // ("Hội Nông dân", "Hội Cựu chiến binh": an association's own name opens with a capital after "Hội".)
    else if (i === 0 || place || (i === 1 && out[0] === 'Hội')) out.push(lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1));
    else out.push(lower);
    if (LEVEL.test(lower) || LEVEL.test(two)) place = true;
  }
  return out.join(' ');
}

/** An acronym in the name spelled out where the plan gives it in brackets after its words: "Liên hiệp Phụ nữ (LHPN)". */
export function spelledOut(name: string, texts: readonly string[]): string {
  return name.replace(/(?<![\p{L}])(\p{Lu}{2,6})(?![\p{L}])/gu, (acronym) => {
    for (const text of texts) {
      const at = text.indexOf(`(${acronym})`);
      if (at < 0) continue;
      const words = text.slice(0, at).trim().split(/\s+/u).slice(-acronym.length).join(' ');
      if (words.split(' ').length === acronym.length && capitalInitials(words) === acronym) return words;
    }
    return acronym;
  });
}

/** The committee as a sentence writes it: "BAN THƯỜNG VỤ" → "Ban Thường vụ"; "BCH", "BTV" as they are. */
export function casedCommittee(capitals: string): string {
  const words = casedName(capitals).split(' ');
  return words.length === 3 ? `${words[0]} ${words[1]!.charAt(0).toLocaleUpperCase('vi')}${words[1]!.slice(1)} ${words[2]}` : words.join(' ');
}

/** The name without the place after its level: "Hội LHPN tỉnh Tuyên Quang" → "Hội LHPN tỉnh". */
export function withoutPlace(name: string): string | null {
  const m = PLACE_AFTER_LEVEL.exec(name);
  return m ? m[1]! : null;
}
