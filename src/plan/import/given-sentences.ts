/**
 * The "Giao …" (or "Đề nghị …") sentences after a task's own words, each giving it to bodies and often saying when:
 * "… . Giao Sở Tư pháp chủ trì, phối hợp với Thanh tra tỉnh hướng dẫn …; thời gian: Quý I/2027. Giao các cơ quan, đơn
 * vị, địa phương tổ chức tuyên truyền …; thời gian: thường xuyên." Every body given a part of the task leads it (the
 * lead of the first part, then the body the second goes to), those it works with support it, and the times of the
 * parts are the task's times, in their order. A run-in title may stand before the sentence: "Đánh giá …: Giao …".
 */
import { opensBody } from './body-names';
import { nameKey } from './name-key';
import { DATED_INLINE_TIMING } from './prose-lines';
import { ROLE_VERBS } from './role-verbs';
import { splitBodies } from './split-bodies';
import type { UnitsLine } from './units-line';

export interface GivenSentences extends UnitsLine {
  /** How many sentences gave the task out. */
  count: number;
  /** The parts' times joined, or null when none says one. */
  time: string | null;
}

/** Where a sentence giving the task out opens: after a stop or a title's colon, with a body's name. */
const GIVING = /(?<=[.:])\s+(?=(?:Giao|Đề nghị)\s+(?:\p{Lu}|các\s))/u;
const LABELLED_TIME = /\s*[;,.]\s*thời (?:gian|hạn)(?: thực hiện| hoàn thành)?\s*:\s*(.+?)\s*\.?\s*$/iu;
/** (After "Giao" the words up to the act are a body's name: "Giao các cơ quan, đơn vị, địa phương báo cáo kết quả …".) */
const GIVEN_TO = new RegExp(`^(?:Giao|Đề nghị)\\s+(.{3,120}?)\\s+(?<!các )(?:${ROLE_VERBS}|báo cáo|gửi|cung cấp)(?![\\p{L}\\p{N}])`, 'u');

/** The bodies and times of the sentences giving a task out, or null when none does; `read` reads one sentence's bodies. */
export function givenSentences(text: string, read: (sentence: string) => UnitsLine): GivenSentences | null {
  const pieces = (text.split('\n')[0] ?? '').split(GIVING).slice(1);
  const lead: string[] = [];
  const support: string[] = [];
  const times: string[] = [];
  let count = 0;
  for (const piece of pieces) {
    // (The sentence ends at the next stop before a capital: what follows is the task's again.)
    const sentence = piece.split(/(?<=\.)\s+(?=\p{Lu})/u)[0]!;
    const labelled = LABELLED_TIME.exec(sentence);
    const words = labelled ? sentence.slice(0, labelled.index) : sentence.replace(/\.\s*$/u, '');
    let line = read(words);
    if (line.lead.length === 0) {
      const name = GIVEN_TO.exec(words)?.[1];
      if (!name || !opensBody(name)) continue;
      line = { lead: splitBodies(name), support: [] };
    }
    count += 1;
    const named = new Set([...lead, ...support].map(nameKey));
    for (const name of line.lead) if (!named.has(nameKey(name))) lead.push(name);
    for (const name of line.support) if (!named.has(nameKey(name)) && !lead.some((other) => nameKey(other) === nameKey(name))) support.push(name);
    // ("… báo cáo kết quả về Thanh tra tỉnh trước ngày 15/11/2027", "… thực hiện thường xuyên": a part unlabelled says its
    // time in its words; "theo thời hạn ghi trong kết luận" leaves it to another paper.)
    const time = labelled?.[1] ?? DATED_INLINE_TIMING.exec(words)?.[0] ?? /(?<!\p{L})thường xuyên(?!\p{L})/u.exec(words)?.[0];
    if (time) times.push(time.trim());
  }
  return count > 0 ? { lead, support, count, time: times.length > 0 ? times.join('; ') : null } : null;
}
