/** A units line that gives the tasks above it out clause by clause: by each task's topic, or by its place. */
import { foldForCompare } from '../../text';
import { opensBody } from './body-names';

/**
 * A units line that splits the work of the tasks above it by what each body does: "Văn phòng chủ trì việc kê khai, công
 * khai bản kê khai; Thanh tra chủ trì việc xác minh tài sản, thu nhập; các đơn vị phối hợp thực hiện" → the clauses with
 * their topics, and the clauses for every task ("các đơn vị phối hợp thực hiện"); null unless two clauses have a topic.
 */
export function unitsByTopic(line: string): { topics: { units: string; topic: string }[]; common: string[] } | null {
  const { own: topics, common } = clausesOfLine(line, (clause) => {
    // ("Văn phòng cơ quan chủ trì thực hiện nội dung công khai tài chính, tài sản; Ban Phong trào chủ trì công khai các
    // nguồn vận động, các quỹ": the topic after the role, with or without "việc".)
    const m = /^(.{3,80}?)\s+(chủ trì|thực hiện)\s+(?:việc\s+|(?:thực hiện\s+)?(?:nội dung\s+)?(?=\p{Ll}))(.{3,})$/u.exec(clause);
    const topic = m?.[3];
    if (!m || !topic || !opensBody(m[1]!) || /^(phối hợp|tham mưu|theo dõi|hướng dẫn|đôn đốc|tổng hợp|thường xuyên|trong|trước|từ|hằng|hàng|khi)(?![\p{L}\p{N}])/u.test(topic) || topic.split(/\s+/u).length < 3) return null;
    return { units: `${m[1]} ${m[2]}`, topic };
  });
  return topics.length >= 2 ? { topics, common } : null;
}

/** A units line's clauses (at ";"): those `read` gives a task of their own to, and the others, for every task. */
function clausesOfLine<T>(line: string, read: (clause: string) => T | null): { own: T[]; common: string[] } {
  const own: T[] = [];
  const common: string[] = [];
  for (const written of line.replace(/[.\s]+$/u, '').split(/\s*;\s*/u)) {
    const clause = written.trim();
    const reading = read(clause);
    if (reading) own.push(reading);
    else common.push(clause);
  }
  return { own, common };
}

const ORDINALS: Record<string, number> = { nhất: 1, hai: 2, ba: 3, tư: 4, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10 };

/**
 * A units line that gives the tasks above it out by their place: "Giao Phòng Kế toán - Tài vụ chủ trì nội dung thứ nhất;
 * Phòng Tổ chức - Hành chính chủ trì nội dung thứ hai; …; các Chi nhánh phối hợp" → the line for the task at `place`
 * (1 for the first): its clause with the clauses for every task; null unless two clauses name a place, or none names this.
 */
export function unitsByPlace(line: string, place: number): string | null {
  const { own: placed, common } = clausesOfLine(line.replace(/^giao\s+/iu, ''), (clause) => {
    const m = /^(.{3,80}?)\s+(chủ trì|thực hiện)\s+(?:nội dung|ý|gạch đầu dòng|nhiệm vụ)\s+thứ\s+(\p{L}+|\d+)(?![\p{L}\p{N}])(.*)$/u.exec(clause);
    // ("Văn phòng (nội dung gạch đầu dòng thứ nhất); Phòng 15 (nội dung gạch đầu dòng thứ hai)": the place in a bracket
    // after the body, which does that bullet.)
    const b = m ? null : /^(.{3,80}?)\s*\(\s*(?:(chủ trì|thực hiện)\s+)?(?:(?:nội dung|ý)\s+)?(?:nội dung|ý|gạch đầu dòng|nhiệm vụ)\s+thứ\s+(\p{L}+|\d+)\s*\)(.*)$/u.exec(clause);
    const place = m ?? b;
    const n = place ? Number(place[3]) || ORDINALS[place[3]!.toLowerCase()] : undefined;
    // ("… chủ trì nội dung thứ hai, các Phòng giao dịch phối hợp": the bodies that help with it, after the comma.)
    return place && n && opensBody(place[1]!) ? { units: `${place[1]}${place[2] ? ` ${place[2]}` : ''}${/^\s*,/u.test(place[4]!) ? place[4] : ''}`, place: n } : null;
  });
  if (placed.length < 2) return null;
  const own = placed.filter((c) => c.place === place).map((c) => c.units);
  return own.length > 0 ? [...own, ...common].join('; ') : null;
}

/** The pairs of neighbouring words of a text, folded: what two wordings of one task share ("kê khai", "khai tài"). */
export function wordPairs(text: string): Set<string> {
  const words = foldForCompare(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return new Set(words.slice(1).map((w, i) => `${words[i]} ${w}`));
}

/** The units line for one task: the clause whose topic shares the most word pairs with its text, with the common
 * clauses; null when no topic is the task's more than the others'. */
export function clauseForTask(split: { topics: readonly { units: string; topic: string }[]; common: readonly string[] }, task: string): string | null {
  const own = wordPairs(task);
  const scored = split.topics.map((c) => ({ c, n: [...wordPairs(c.topic)].filter((p) => own.has(p)).length })).sort((a, b) => b.n - a.n);
  if (!(scored[0]!.n > 0 && scored[0]!.n > (scored[1]?.n ?? 0))) return null;
  return [scored[0]!.c.units, ...split.common].join('; ');
}

/** The overseeing acts a body's clause may close with, and a task open with: "theo dõi, kiểm tra". */
const WATCH_ACT = '(?:theo dõi|đôn đốc|nhắc nhở|kiểm tra|giám sát|hướng dẫn)';
const WATCH_CLAUSE = new RegExp(`^(.{3,80}?)\\s+(${WATCH_ACT}(?:\\s*(?:,|và)\\s*${WATCH_ACT})*)$`, 'u');
const OPENING_WATCH = new RegExp(`^${WATCH_ACT}(?:\\s*(?:,|và)\\s*${WATCH_ACT})*(?![\\p{L}\\p{N}])`, 'u');

/**
 * "Các phòng thuộc Văn phòng; Phòng HC-TC-QT theo dõi, kiểm tra." under two bullets, the second opening "Theo dõi, nhắc
 * nhở, kiểm tra việc chấp hành …": the body named with the acts a bullet opens with does that bullet, the other bodies the
 * other bullets. The line for `task` (one of `tasks`), or null when the line does not split so.
 */
export function unitsByActs(line: string, tasks: readonly string[], task: string): string | null {
  const { own: watching, common } = clausesOfLine(line, (clause) => {
    const m = WATCH_CLAUSE.exec(clause);
    if (!m || !opensBody(m[1]!)) return null;
    const acts = foldForCompare(m[2]!).split(/\s*,\s*|\s+và\s+/u).filter(Boolean);
    // (The one bullet opening with every act the clause names.)
    const opening = (text: string) => OPENING_WATCH.exec(foldForCompare(text.trim()))?.[0] ?? '';
    const doing = tasks.filter((t) => acts.every((act) => opening(t).includes(act)));
    return doing.length === 1 ? { body: m[1]!.trim(), task: doing[0]! } : null;
  });
  if (watching.length === 0 || common.length === 0 || watching.length + 1 > tasks.length) return null;
  const mine = watching.filter((w) => w.task === task);
  return mine.length > 0 ? mine.map((w) => w.body).join('; ') : common.join('; ');
}
