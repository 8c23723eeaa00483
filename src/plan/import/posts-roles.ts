/**
 * A sentence giving a part's tasks out to posts and classes of persons, each with its role, as a court, a procuracy or a
 * school writes it under its tasks: "Phó Chánh án phụ trách chỉ đạo; Tổ Hành chính - Tư pháp, Kế toán thực hiện; các
 * Thẩm phán, Thư ký phối hợp." Each ";" clause is names, what qualifies them ("được phân công giải quyết vụ việc",
 * "thuộc diện phải kê khai"), then their act: one that works with the doers ("phối hợp …") or follows their work ("theo
 * dõi, đôn đốc", "kiểm tra, nhắc nhở") supports; a leader's post that only directs ("Phó Chánh án phụ trách chỉ đạo", see
 * directors.ts) is no doer where others do the work; any other act leads.
 */
import { opensBody } from './body-names';
import { isDirectingPost } from './directors';
import type { UnitsLine } from './units-line';

/** Posts held by one person and classes of persons named as a task's doers. */
const PERSONS = String.raw`(?:[Pp]hó\s+)?(?:Chánh án|Viện trưởng|Hiệu trưởng|Thủ trưởng|Kế toán|Thủ quỹ|Thẩm phán|Thư ký|Thẩm tra viên|Kiểm sát viên|Kiểm tra viên|Chấp hành viên|Điều tra viên|Thanh tra viên|Hội thẩm nhân dân)`;
const STAFF = String.raw`(?:công chức|viên chức|cán bộ|người lao động|nhân viên|giáo viên)`;
const PERSON = new RegExp(String.raw`^(?:[Cc]ác\s+)?(?:${PERSONS}|${STAFF})(?![\p{L}\p{N}])`, 'u');

/** The first act after the names. */
const ACT = /\s(?:(?:thường xuyên|trực tiếp)\s+)?(?:chủ trì|thực hiện|tham mưu|phối hợp|chỉ đạo|theo dõi|đôn đốc|kiểm tra|nhắc nhở|giám sát|hướng dẫn|tổng hợp|quyết định|giúp)(?![\p{L}\p{N}])/u;
/** Words that say which of the persons named, not what they do. */
const QUALIFIER = /\s+(?:được\s+(?:phân công|giao)|thuộc diện|có liên quan)(?![\p{L}\p{N}]).*$/u;
const HELPS = /^(?:thường xuyên\s+)?(?:phối hợp|(?:giúp\s+\p{Lu}[^,;]*?\s+)?(?:theo dõi|đôn đốc|kiểm tra|nhắc nhở|giám sát)(?![\p{L}\p{N}]))/u;
/** "Y chủ trì, phối hợp với Z": a clause naming its partners, which the units line reader reads. */
const PARTNERED = /phối hợp\s+(?:với|cùng)(?![\p{L}\p{N}])/u;
/** Names of one class side by side ("Thẩm phán, Thư ký, Thẩm tra viên") are one group of persons. */
const JUDICIAL = new RegExp(String.raw`^(?:[Cc]ác\s+)?${PERSONS}(?:\s+T[oò][àa] án)?$`, 'u');

const isPerson = (name: string) => PERSON.test(name);
/** A post or a class of persons and nothing after it. */
const WHOLE_PERSON = new RegExp(String.raw`^(?:[Cc]ác\s+)?(?:${PERSONS}(?:\s+T[oò][àa] án)?|${STAFF})$`, 'u');

/** "Chánh án, Phó Chánh án, các Thẩm phán, Thư ký, Thẩm tra viên và Kế toán" → the posts one by one, the run of classes of
 * judicial staff as one group, the staff as one group. */
function namesOf(words: string): string[] | null {
  const pieces = words.split(/\s*,\s*|\s+và\s+/u).map((piece) => piece.trim());
  if (pieces.some((piece) => !isPerson(piece) && !opensBody(piece))) return null;
  const single = /^(?:[Pp]hó\s+)?(?:Chánh án|Viện trưởng|Hiệu trưởng|Thủ trưởng|Kế toán|Thủ quỹ)(?![\p{L}\p{N}])/u;
  const kindOf = (piece: string) => (single.test(piece) || !isPerson(piece) ? 'own' : JUDICIAL.test(piece) ? 'judicial' : new RegExp(`^(?:các\\s+)?${STAFF}$`, 'u').test(piece) ? 'staff' : 'own');
  const names: { kind: string; name: string }[] = [];
  for (const piece of pieces) {
    const kind = kindOf(piece);
    const last = names.at(-1);
    if (last && kind !== 'own' && last.kind === kind) last.name += `, ${piece}`;
    else names.push({ kind, name: piece });
  }
  return names.map((entry) => entry.name);
}

/** A sentence's subject made of posts and classes of persons only, "Các Thẩm phán, Thư ký Tòa án được phân công …": the
 * names as the roles above group them; null when a body is among them. */
export function personsNamed(subject: string): string[] | null {
  // ("… Thư ký Tòa án khi được phân công tiến hành tố tụng": when, which of them.)
  const words = subject.replace(QUALIFIER, '').replace(/\s+khi(?![\p{L}\p{N}]).*$/u, '').trim();
  return words.split(/\s*,\s*|\s+và\s+/u).every((piece) => WHOLE_PERSON.test(piece)) ? namesOf(words) : null;
}

/** The roles of the sentence, or null when a clause does not read as names and an act, or none names a post or a class
 * of persons (a line of bodies, which the units line reader reads). */
export function postsRoles(raw: string): UnitsLine | null {
  const sentence = raw.replace(/\.\s+(?:thời (?:gian|hạn)|tiến độ)[^]*$/iu, '').replace(/\.\s*$/u, '').trim();
  const clauses = sentence.split(/\s*;\s*/u);
  if (!clauses.some((clause) => isPerson(clause)) || PARTNERED.test(sentence)) return null;
  const lead: string[] = [];
  const support: string[] = [];
  const directing: string[] = [];
  for (const clause of clauses) {
    const act = ACT.exec(clause);
    if (!act || !/^(?:\p{Lu}|các\s)/u.test(clause)) return null;
    const names = namesOf(clause.slice(0, act.index).replace(QUALIFIER, ''));
    if (!names) return null;
    const what = clause.slice(act.index).trim();
    // ("Hiệu trưởng chỉ đạo, Tổ Văn phòng thực hiện, Công đoàn phối hợp": roles at commas, which the units line reads.)
    if (/,\s*\p{Lu}/u.test(what)) return null;
    const role = HELPS.test(what) ? support : isDirectingPost(clause) ? directing : lead;
    for (const name of names) if (![...lead, ...support, ...directing].includes(name)) role.push(name);
  }
  if (lead.length === 0) return directing.length > 0 ? { lead: directing, support } : null;
  return { lead, support };
}
