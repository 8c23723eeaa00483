/**
 * "Giao nhiệm vụ:" (or "Phân công:", "Phân công thực hiện:", "Giao:", "Trách nhiệm thực hiện:") closing a numbered part,
 * over "- " lines that give its lettered points out: "- Phòng Tổ chức - Hành chính chủ trì các nội dung tại điểm a, c;
 * phối hợp thực hiện điểm b.", "- Hạt Kiểm lâm Vườn quốc gia chủ trì điểm b.", "- Văn phòng Sở: chủ trì nội dung tại
 * gạch đầu dòng thứ hai điểm a; phối hợp điểm c;". The lines are no tasks: together they are one points sentence
 * (./points.ts) saying who leads and who helps with each point.
 */
import type { Paragraph } from '../../document/model';
import { plain, strip } from './parts';
import { placeDashes } from './points';
import { afterColon, TIMING_LINE } from './prose-lines';
import { opensBody } from './body-names';

/** The label alone on its line, the lines under it giving the points out. */
export const POINTS_BLOCK_LABEL = /^(?:giao nhiệm vụ|giao|phân công(?: thực hiện| nhiệm vụ)?|trách nhiệm thực hiện)\s*:\s*$/iu;

const LABEL = String.raw`(?:[a-zđ](?:\.\d+)*|\d+(?:\.\d+)+)(?![\p{L}\p{N}]|\.\d)`;
/** "điểm a, c", "các nội dung tại điểm b", "nội dung a, b", "tiết 1.2", "điểm a.2, điểm g" (bullets placed by ./points.ts). */
const NAMED = new RegExp(String.raw`(?:điểm|nội dung|tiết|mục)\s+(${LABEL}(?:\s*(?:,|và)\s*(?:điểm\s+)?${LABEL})*)`, 'iu');
const REST = /(?:các|những)\s+(?:điểm|nội dung)\s+còn lại/iu;
const ALL = /toàn bộ\s+(?:(?:các\s+)?nội dung\s+)?(?:(?:của|tại|trong)\s+)?(?:mục|phần)\s+này|(?:các|những)\s+(?:nội dung|điểm)\s+(?:trên|nêu trên|tại mục này)/iu;
/** The role a clause gives its bodies; "phối hợp với Phòng X thực hiện điểm a" helps the point's lead, named elsewhere. */
const ROLE = /(?:^|\s)(chủ trì|phối hợp|tổ chức thực hiện|thực hiện)(?![\p{L}\p{N}])/iu;
/** "Văn phòng Sở: chủ trì …; phối hợp …": the bodies named once before a colon, each clause after it their duty. */
const NAMED_FIRST = /^([^:;]{3,200}?)\s*:\s*(\S.*)$/su;
/** The duty a clause after the colon opens with; any other ("hướng dẫn, theo dõi các đơn vị thực hiện điểm c", "cung cấp
 * tài liệu để Văn phòng Sở đăng tải theo điểm b") is help to the point's lead, not the work itself. */
const DUTY = /^(chủ trì|phối hợp|(?:tổ chức\s+)?(?:thực hiện|triển khai)|tham mưu)(?![\p{L}\p{N}])/iu;

/** The clauses of such a line, written "bodies role điểm x, y" (or for the rest, or for the whole part). */
function pointClause(subject: string, verb: string, rest: string): string | null {
  const named = NAMED.exec(rest);
  if (named) return `${subject} ${verb} điểm ${named[1]}`;
  if (REST.test(rest)) return `các nội dung còn lại do ${subject} ${verb}`;
  if (ALL.test(rest)) return `các nội dung trên do ${subject} ${verb}`;
  return null;
}

/** A line naming its bodies before a colon: each clause's duty by the verb it opens with. */
function namedFirstClauses(subject: string, duties: string): string[] {
  const clauses: string[] = [];
  for (const written of duties.split(/;\s*/u)) {
    const clause = written.trim().replace(/[.\s]+$/u, '');
    const duty = DUTY.exec(clause)?.[1]?.toLowerCase() ?? 'phối hợp';
    const verb = duty === 'chủ trì' || duty === 'phối hợp' ? duty : 'thực hiện';
    const point = pointClause(subject, verb, clause);
    if (point) clauses.push(point);
  }
  return clauses;
}

/**
 * One "- " line as clauses of a points sentence, each "bodies role điểm x, y" (the words after the points, "đối với nội
 * dung tuyên truyền tại các xã vùng đệm", narrow the work and name no one); a clause that names no body goes on with the
 * one before it ("…; phối hợp thực hiện điểm b"). Null when the line names no points or no bodies.
 */
export function blockLineClauses(line: string): string[] | null {
  const text = placeDashes(line.replace(/\s*\([^()]*\)/gu, ''));
  const first = NAMED_FIRST.exec(text);
  if (first && !ROLE.test(first[1]!) && opensBody(first[1]!)) {
    const clauses = namedFirstClauses(first[1]!.trim(), first[2]!);
    return clauses.length > 0 ? clauses : null;
  }
  const clauses: string[] = [];
  let subject = '';
  for (const written of text.split(/;\s*/u)) {
    const clause = written.trim().replace(/[.\s]+$/u, '');
    const role = ROLE.exec(clause);
    if (!role) continue;
    subject = clause.slice(0, role.index).trim() || subject;
    const rest = clause.slice(role.index + role[0].length);
    const verb = /chủ trì|phối hợp/iu.test(role[1]!) ? role[1]!.toLowerCase() : 'thực hiện';
    if (!opensBody(subject)) return null;
    const point = pointClause(subject, verb, rest);
    if (point) clauses.push(point);
  }
  return clauses.length > 0 ? clauses : null;
}

/**
 * The time line's time for each point: "Thường xuyên; đột xuất khi có yêu cầu." for all of them, or by point, "điểm c
 * hoàn thành trong quý I/2027, các điểm còn lại thực hiện thường xuyên" (a part naming no point is for the points no
 * other part names).
 */
export function pointTimes(time: string, letters: readonly string[]): Map<string, string> {
  const parts = time.split(/[;,]\s*(?=(?:riêng\s+)?(?:(?:các|những)\s+)?(?:điểm|nội dung)\s)/iu).map((part) => part.trim().replace(/[.;,\s]+$/u, ''));
  const own = parts.map((part) => {
    const named = NAMED.exec(part);
    return named ? named[1]!.split(/\s*(?:,|và)\s*(?:điểm\s+)?/u).map((l) => l.toLowerCase()) : [];
  });
  if (own.every((list) => list.length === 0)) return new Map(letters.map((l) => [l, time]));
  const named = new Set(own.flat());
  const out = new Map<string, string>();
  parts.forEach((part, i) => {
    for (const letter of own[i]!.length > 0 ? own[i]! : letters.filter((l) => !named.has(l))) if (letters.includes(letter) && !out.has(letter)) out.set(letter, part);
  });
  return out;
}

const BULLET = new Set(['-', '–', '•', '+']);

/**
 * The block whose label stands at `at`: its lines as one points sentence, the time line right after them ("Thời gian:
 * Thường xuyên trong năm 2027.") as written, and the last paragraph it takes. Null when no line under the label gives
 * points out.
 */
export function readPointsBlock(ps: readonly Paragraph[], at: number, end: number): { sentence: string; time: string | null; last: number } | null {
  const clauses: string[] = [];
  let time: string | null = null;
  let last = at;
  for (let j = at + 1; j < end; j += 1) {
    const p = ps[j]!;
    if (p.text.trim() === '') continue;
    if (time === null && TIMING_LINE.test(strip(plain(p)))) {
      time = afterColon(p.text);
      last = j;
      continue;
    }
    const line = p.label !== null && BULLET.has(p.label) && time === null ? blockLineClauses(strip(p.body)) : null;
    if (!line) break;
    clauses.push(...line);
    last = j;
  }
  return clauses.length > 0 ? { sentence: clauses.join('; '), time, last } : null;
}
