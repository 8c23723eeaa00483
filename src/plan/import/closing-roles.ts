/**
 * A task's closing sentence giving it out by roles, then saying when: "… . Giao Văn phòng tham mưu, các bộ phận nghiệp
 * vụ phối hợp thực hiện; hoàn thành trong quý II/2027.", "… . Bộ phận Tổng hợp chủ trì, Kiểm sát viên được phân công
 * thực hiện khi có đơn, thư." Each name before "chủ trì", "tham mưu" or "thực hiện" leads, each before "phối hợp"
 * supports; the words left that are a time are the task's time. A closing "Lãnh đạo phụ trách: đồng chí …" names the
 * person who oversees the task, no body doing it.
 */
import { opensBody } from './body-names';
import { splitBodies } from './split-bodies';
import { readTiming } from './timing';

export interface ClosingRoles {
  lead: string[];
  support: string[];
  time: string | null;
}

/** Names, then what the body does before its role ("Văn phòng theo dõi, tham mưu …"), then the role. */
const ROLE = /^(.{2,160}?)\s+(?:(?:theo dõi|hướng dẫn|đôn đốc)\s*,\s*)*(chủ trì|tham mưu|thực hiện|phối hợp)(?![\p{L}\p{N}])/u;
const OVERSEER = /^(?:Lãnh đạo|Người|Đồng chí|Đ\/c) (?:phụ trách|theo dõi|chỉ đạo)\s*:/u;
/** Posts that do a task's work themselves. */
const POST_TITLES = String.raw`(?:Viện trưởng|Chánh án|Kiểm sát viên|Thẩm phán|Thư ký|Chấp hành viên|Điều tra viên|Thanh tra viên|Kiểm tra viên|Hiệu trưởng)`;
/** A post named in capitals does the work as a body does: "Kiểm sát viên", "Phó Viện trưởng", "Thẩm phán". */
const POST = new RegExp(String.raw`^(?:các\s+)?(?:Phó\s+)?(?:${POST_TITLES}|Giám đốc|Chủ tịch|Trưởng\s+\p{Lu})`, 'u');
/** More roles of one body after its first: "chủ trì tham mưu", "tham mưu thực hiện", "chủ trì tổ chức thực hiện". */
const AND_ROLES = /^(?:\s+(?:tổ chức\s+)?(?:thực hiện|tham mưu|chủ trì))+(?![\p{L}\p{N}])/u;
const FOLLOWS = /^(.{2,120}?)\s+(?:theo dõi|đôn đốc|hướng dẫn)(?![\p{L}\p{N}])/u;
const POST_NAME = String.raw`(?:các\s+)?(?:Phó\s+)?${POST_TITLES}`;
/** Posts, then their own act in lower case: "Viện trưởng, Phó Viện trưởng xem xét, …". */
const POSTS_ACTING = new RegExp(String.raw`^((?:${POST_NAME}(?:\s*,\s*|\s+và\s+))*${POST_NAME})\s+\p{Ll}`, 'u');
/** ("X chủ trì, phối hợp với Y thực hiện" names its partner as the units line reads it; so does "X chủ trì, phối hợp Y và
 * các đơn vị liên quan thực hiện", the partner straight after "phối hợp".) */
const PARTNERED = /phối hợp\s+(?:với|cùng)|chủ trì\s*,\s*phối hợp\s+(?=\p{Lu}|các\s)|(?:^|\s)cùng\s+với\s|\(\s*(?:chủ trì|phối hợp)\s*\)/iu;

/** The head a body advises: "Viện trưởng", "Giám đốc Sở", "Lãnh đạo Viện". */
const ADVISED = /^\s+(?:(?:Phó\s+)?(?:Viện trưởng|Chánh án|Giám đốc|Chủ tịch|Hiệu trưởng|Thủ trưởng)(?:\s+\p{Lu}\p{Ll}*)*|Lãnh đạo(?:\s+\p{Lu}\p{Ll}*)+)(?=\s+\p{Ll})/u;

const isDoer = (name: string) => opensBody(name) || POST.test(name);

/** The names before a role: a list split where the next name opens in a capital ("Lãnh đạo Viện, Kiểm sát viên"), a
 * name's own lower-case words kept ("Bộ phận Kiểm sát giải quyết các vụ, việc dân sự, hành chính"). */
function namesOf(subject: string): string[] | null {
  const names: string[] = [];
  const pieces = subject.split(/(,\s*|\s+và\s+)/u);
  for (let k = 0; k < pieces.length; k += 2) {
    const piece = pieces[k]!;
    if (names.length > 0 && !/^(?:\p{Lu}|các\s)/u.test(piece)) names[names.length - 1] += `${pieces[k - 1]}${piece}`;
    else names.push(piece.trim());
  }
  // ("Phòng Xây dựng và kiểm tra văn bản quy phạm pháp luật (sau đây viết tắt là Phòng XD&KTVB)": the name, not its note.)
  for (const [k, name] of names.entries()) names[k] = name.replace(/\s*\([^()]*\)/gu, '').trim();
  if (names.length > 0 && names.every(isDoer)) return names;
  const bodies = splitBodies(subject);
  return bodies.length > 0 && bodies.every(isDoer) ? bodies : null;
}

const isTime = (words: string) => words !== '' && readTiming(words, 2000).doubt === null;

/** The words left after the roles that say when: "theo lĩnh vực được giao, thường xuyên trong năm" → "thường xuyên trong
 * năm" (what is done before the time is no part of it). */
function timeIn(words: string): string | null {
  const parts = words.split(/\s*,\s*/u);
  while (parts.length > 1 && !isTime(parts[0]!)) parts.shift();
  const time = parts.join(', ');
  return isTime(time) ? time : null;
}

/** The roles and time of a task's closing sentence, or null when its last sentence does not open with a body and its
 * role. */
export function closingRoles(text: string): ClosingRoles | null {
  const sentences = (text.split('\n')[0] ?? '').split(/(?<=\.)\s+(?=\p{Lu})/u);
  while (sentences.length > 1 && OVERSEER.test(sentences.at(-1)!)) sentences.pop();
  if (sentences.length < 2) return null;
  const last = sentences.at(-1)!.replace(/^Giao\s+(?=\p{Lu}|các\s)/u, '').replace(/\.\s*$/u, '');
  if (PARTNERED.test(last)) return null;
  const lead: string[] = [];
  const support: string[] = [];
  const times: string[] = [];
  for (const [k, clause] of last.split(/\s*;\s*/u).entries()) {
    let rest = clause;
    let assigned = false;
    for (let m = ROLE.exec(rest); m; m = ROLE.exec(rest)) {
      const names = namesOf(m[1]!);
      if (!names) break;
      for (const name of names) if (![...lead, ...support].includes(name)) (m[2] === 'phối hợp' ? support : lead).push(name);
      assigned = true;
      // ("Văn phòng Sở chủ trì tham mưu, …", "Văn phòng tham mưu Viện trưởng ban hành …": more roles of the same body,
      // whom it advises; neither a doer nor a time.)
      rest = rest.slice(m[0].length).replace(AND_ROLES, '').replace(ADVISED, '');
      // ("…, các bộ phận nghiệp vụ phối hợp thực hiện": the next body and its role after a comma.)
      const next = /^\s*,\s*(.+)$/u.exec(rest)?.[1];
      if (next === undefined || !ROLE.test(next) || !namesOf(ROLE.exec(next)![1]!)) break;
      rest = next;
    }
    if (k === 0 && !assigned) return null;
    // ("…; Viện trưởng, Phó Viện trưởng xem xét, quyết định khi phát sinh": posts doing an act of their own lead it.)
    const posts = assigned ? null : POSTS_ACTING.exec(clause)?.[1];
    for (const name of posts ? namesOf(posts) ?? [] : []) if (![...lead, ...support].includes(name)) lead.push(name);
    // ("…; Phòng Nghiệp vụ Y theo dõi, đôn đốc.": a body that follows the others' work supports it.)
    const follower = assigned ? null : FOLLOWS.exec(clause);
    const followers = follower ? namesOf(follower[1]!) : null;
    if (followers) {
      for (const name of followers) if (![...lead, ...support].includes(name)) support.push(name);
      continue;
    }
    // (A clause of its own that is a time is the time whole: "Viện trưởng, Phó Viện trưởng xem xét, quyết định khi phát sinh".)
    const left = assigned ? timeIn(rest.replace(/^[\s,]+/u, '').trim()) : isTime(clause) ? clause : null;
    if (left) times.push(left);
  }
  return lead.length > 0 ? { lead, support, time: times.length > 0 ? times.join('; ') : null } : null;
}
