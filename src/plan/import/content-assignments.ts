/**
 * The organisation part giving each unit its duties in words, one paragraph a unit: "1. Văn phòng Sở: Chủ trì tham mưu
 * Giám đốc Sở công khai dự toán …; phối hợp với Thanh tra Sở tiếp nhận, xử lý đơn thư …". Each duty clause restates a task
 * in its own words: it goes to the task whose words it repeats best, clearly ahead of the next, and gives it the unit as
 * lead ("chủ trì", a plain verb of doing) or support ("phối hợp với …", following others' work).
 */
import { isBodyName, opensBody } from './body-names';
import { partnersIn } from './units-sentence';
import { splitBodies } from './split-bodies';
import { wordPairs } from './units-by-clause';
import { ROLE_VERBS, beforeActs } from './role-verbs';
import { readUnitsLine } from './units-line';
import { BY_REMIT, NOT_A_UNIT, SUBJECT, UNIT_HEAD, bodyName, namesBodies, numbersIn, sentencesOf, unitsLineOf, type GivenUnits } from './assignments';
import type { ImportedItem } from './outline';
import type { ImportDoubt, ImportedHeading } from './outline-types';

/** A clause of the organisation part naming a task by its content, and what the unit does in it. */
interface ContentClause {
  units: string[];
  role: 'lead' | 'support';
  /** The bodies the clause says the unit works with ("chủ trì, phối hợp với Công đoàn cơ sở tuyên truyền …"). */
  partners: string[];
  topic: string;
  /** The clause as written, and its paragraph (model index), for a doubt. */
  written: string;
  paragraph: number | null;
}

/** "giám sát việc thực hiện Kế hoạch này": the Mặt trận and the unions watch the whole plan from outside it. */
const WATCHES_THE_PLAN = /^giám sát\s+(?:việc\s+)?(?:tổ chức\s+)?thực hiện\s+(?:các nội dung của\s+)?kế hoạch(?:\s+này)?$/iu;
/** "xây dựng, theo dõi, đôn đốc thực hiện Kế hoạch", "Tổ chức thực hiện các nhiệm vụ của Kế hoạch này thuộc phạm vi phụ
 * trách": the plan as a whole (in capitals), no one task of it. ("quán triệt, triển khai Kế hoạch" is a task of its own.) */
const THE_WHOLE_PLAN = /thực hiện\s+(?:các\s+(?:nhiệm vụ|nội dung)\s+(?:của|tại)\s+)?Kế hoạch(?:\s+này)?(?:\s+(?:thuộc|trong)\s+phạm vi[^;]*)?$/u;
/** "thực hiện các nhiệm vụ của đơn vị sự nghiệp trực thuộc nêu tại khoản 5 mục này": the duties of another paragraph of
 * the part, which make the unit one of those bodies, no task of its own. */
const ANOTHER_PARAGRAPH = /(?:nêu|quy định)\s+tại\s+(?:khoản|điểm|mục)\s+\d+[^;]*?\s(?:mục|phần)\s+này/iu;
/** "là đầu mối tiếp nhận, tham mưu xử lý đơn thư …": the body the work comes to, which does it (where "là cơ quan thường
 * trực", "là đầu mối theo dõi, đôn đốc …" say what it stands as). */
const POINT_OF_CONTACT = new RegExp(`^là\\s+(?:đơn vị\\s+)?đầu mối\\s+(?=(?!theo dõi|đôn đốc)(?:${ROLE_VERBS})(?![\\p{L}\\p{N}]))`, 'u');
/** "rà soát, đề xuất danh sách người lao động … gửi Phòng Tổ chức - Hành chính trước ngày 15/3/2027": work handed to a
 * unit of the issuer, who leads the task (not "gửi về Sở", "gửi về Công ty": the issuer itself). */
const SENDS_TO_ANOTHER = /\sgửi\s+(?:về\s+)?(?:cho\s+)?(?:Phòng|Văn phòng|Ban|Bộ phận|Tổ|Khoa|Thanh tra)\s+\p{Lu}/u;
/** "thực hiện các kiến nghị của kết luận thanh tra liên quan đến đơn vị": the unit's own share of a task another leads. */
const OWN_SHARE = /\sliên quan đến đơn vị(?:\s+mình)?$/u;
/** "Theo chức năng, nhiệm vụ được giao, chủ trì …": on what footing the unit acts, no part of the duty. */
const REMIT = /^(?:căn cứ|theo|trong phạm vi)\s+(?:vào\s+)?chức năng,\s*nhiệm vụ(?:,\s*quyền hạn)?(?:\s+được giao)?(?:\s+của\s+(?:mình|đơn vị))?\s*,\s*/iu;
/** "Chủ trì tham mưu Giám đốc Sở …", "tham mưu Lãnh đạo Sở …": the role and the head advised, before the duty. */
const LEADS = /^chủ trì\s*,?\s*/iu;
/** "tham mưu Giám đốc Sở …": the head a body advises, no part of what the duty is about. */
const ADVISED = /(tham mưu)\s+(?:cho\s+)?(?:(?:Phó\s+)?(?:Giám đốc|Chủ tịch|Thủ trưởng|Viện trưởng|Chánh án)(?:\s+\p{Lu}\p{Ll}*)*|Lãnh đạo(?:\s+\p{Lu}\p{Ll}*)+|Ban Giám đốc)(?=\s)/gu;
/** The acts an act of a list opens with ("tham mưu xây dựng", "tổ chức thực hiện"): what it does, not what about. */
const OPENING_ACTS = new RegExp(`^(?:(?:${ROLE_VERBS})(?![\\p{L}\\p{N}])\\s*(?:,\\s*)?)+`, 'u');
/** Where a clause's acts part: at " và", or at a comma an act follows ("công khai …, rà soát Quy chế …"); not at the commas
 * of a list of things ("Quy tắc ứng xử, nội quy, kỷ luật lao động", "tham nhũng, tiêu cực"). */
const ACT_JOINT = new RegExp(`\\s*,\\s*(?=(?:${ROLE_VERBS})(?![\\p{L}\\p{N}]))|\\s+và\\s+`, 'u');
/** "theo dõi, đôn đốc các đơn vị sự nghiệp trực thuộc xây dựng …": a unit following other bodies' work helps them do it. */
const FOLLOWS_OTHERS = /^(?:theo dõi|đôn đốc|hướng dẫn)(?:\s*,\s*(?:theo dõi|đôn đốc|hướng dẫn|nhắc nhở|kiểm tra))*\s+(.*)$/iu;

/** "1. Văn phòng Sở: chủ trì …", or with no colon, "1. Ban Xây dựng Đảng Đảng ủy chủ trì tham mưu …" (the unit's name up to
 * its first act): the unit and its duties. */
function unitAndDuties(text: string, withoutColon: boolean): [string, string] | null {
  const m = UNIT_HEAD.exec(text);
  if (m) return [m[1]!, m[2]!];
  if (!withoutColon) return null;
  // (Only names before the act: "Văn phòng tổng hợp, tham mưu Chánh án …" does a thing first; "Các ban, đơn vị báo cáo kết
  // quả thực hiện …" is the reporting, no duty.)
  const numbered = /^\d+\.\s*(\p{Lu}.*)$/u.exec(text)?.[1];
  const name = numbered ? beforeActs(numbered) : undefined;
  if (!numbered || name === numbered || /,\s*$|\s(?:báo cáo|gửi)(?![\p{L}\p{N}])/u.test(name!) || !splitBodies(name!).every((body) => isBodyName(body))) return null;
  return [name!, numbered.slice(name!.length).trim()];
}

function contentClauses(paragraphs: readonly { paragraph: number | null; text: string }[], withoutColon: boolean): ContentClause[] {
  const out: ContentClause[] = [];
  for (const { paragraph, text } of paragraphs) {
    const m = unitAndDuties(text.trim(), withoutColon);
    if (!m || NOT_A_UNIT.test(m[0]) || !namesBodies(m[0])) continue;
    // "Đề nghị Công đoàn Công ty: phối hợp …; giám sát …": a body outside the plan's line of command is asked, not
    // charged; it helps in what it is asked to do, unless it is asked to lead ("chủ trì").
    const asked = /^đề nghị\s+(?=\S)/iu.exec(m[0]);
    const head = bodyName(m[0].slice(asked?.[0].length ?? 0));
    // ("… . Phòng Quản lý ngân sách chủ trì tham mưu phân bổ …; phối hợp với Phòng Đầu tư …": a sentence that opens with
    // bodies of its own gives its duties to them.)
    for (const sentence of sentencesOf(m[1])) {
      const subject = SUBJECT.exec(sentence.trim());
      const bodies = subject ? subject[1]!.replace(BY_REMIT, '') : null;
      const own = bodies && namesBodies(bodies) ? splitBodies(bodyName(bodies)) : null;
      const units = own ?? [head];
      for (const written of (own ? subject![2]! : sentence).split(/;\s*/u)) {
        const clause = written.trim().replace(/[.\s]+$/u, '').replace(REMIT, '').replace(POINT_OF_CONTACT, '');
        // (A clause naming its task's number is the number's: readUnitAssignments. "là đầu mối theo dõi, đôn đốc …", "là cơ
        // quan thường trực …", "giám sát việc thực hiện Kế hoạch này": what the unit stands as through the plan, not one
        // of its tasks.)
        if (numbersIn(clause).length > 0 || /^là\s/iu.test(clause) || WATCHES_THE_PLAN.test(clause) || THE_WHOLE_PLAN.test(clause) || ANOTHER_PARAGRAPH.test(clause)) continue;
        const base = { units, written: clause, paragraph };
        // "chủ trì, phối hợp với Công đoàn cơ sở tuyên truyền, phổ biến …": the unit leads, the body it names supports.
        if (/^chủ trì,?\s*phối hợp với\s/iu.test(clause)) {
          out.push({ ...base, role: 'lead', partners: partnersIn(clause), topic: clause });
          continue;
        }
        const supports = /^phối hợp(?:\s+(?:với|cùng)\s+(.*)|\s+(.*))$/iu.exec(clause);
        if (supports) {
          out.push({ ...base, role: 'support', partners: [], topic: supports[1] ?? supports[2]! });
          continue;
        }
        const follows = FOLLOWS_OTHERS.exec(clause);
        if (follows && opensBody(follows[1]!)) {
          out.push({ ...base, role: 'support', partners: [], topic: follows[1]! });
          continue;
        }
        const helps = SENDS_TO_ANOTHER.test(clause) || OWN_SHARE.test(clause);
        out.push({ ...base, role: (asked || helps) && !LEADS.test(clause) ? 'support' : 'lead', partners: [], topic: clause.replace(LEADS, '').replace(ADVISED, '$1') });
      }
    }
  }
  return out;
}

/** "gửi về Công ty (qua Phòng Tổ chức - Hành chính)": the body a paper goes through, not what the task is about. */
const THROUGH = /\(\s*qua\s+[^()]*\)/gu;

/** The task a piece of words repeats best, at least `least` word pairs and more than any other task; or, when two or more
 * tasks share the most, those tasks. */
function bestTask(words: string, tasks: readonly ImportedItem[], pairsOf: Map<ImportedItem, Set<string>>, least: number): { task: ImportedItem | null; tied: ImportedItem[] } {
  const topic = wordPairs(words);
  const scored = tasks.map((item) => ({ item, n: [...topic].filter((p) => pairsOf.get(item)!.has(p)).length })).sort((a, b) => b.n - a.n);
  const best = scored[0];
  if (!best || best.n < least) return { task: null, tied: [] };
  if (best.n > (scored[1]?.n ?? 0)) return { task: best.item, tied: [] };
  return { task: null, tied: scored.filter((s) => s.n === best.n).map((s) => s.item) };
}

/**
 * When most tasks say no units of their own, each duty clause goes to the task whose words (its title and text) it shares
 * the most word pairs with (two at least, and more than any other task); and each act of a clause that lists several
 * ("tổ chức tuyên truyền, phổ biến pháp luật … và quản trị chuyên mục …") to the task it repeats by three pairs or more,
 * clearly ahead, two of them past its opening acts. The tasks that say none get the units so found. Returns a doubt for
 * each clause that restates two tasks as much as each other.
 */
export function applyContentAssignments(
  items: ImportedItem[],
  headings: readonly ImportedHeading[],
  paragraphs: readonly { paragraph: number | null; text: string }[],
  sayNone: readonly ImportedItem[],
  given: GivenUnits = new Map(),
): ImportDoubt[] {
  if (sayNone.length === 0 || sayNone.length * 2 < items.length) return [];
  return matchDuties(items, headings, contentClauses(paragraphs, false), sayNone, new Set(sayNone), given, false);
}

/**
 * When most tasks name their doers and a few are left with none ("- Xử lý nghiêm minh tổ chức đảng, đảng viên vi phạm …"
 * under tasks closing "(Ủy ban Kiểm tra Đảng ủy chủ trì, …)"), a duty clause may restate any task: every task competes
 * for it, by the words few tasks share, and only a task left with no body takes the units of a clause it wins (three
 * pairs at least, or one thing of a list it names: "thực hiện công khai, minh bạch, chuyển đổi vị trí công tác, …").
 * A duty paragraph may name its unit without a colon: "1. Ban Xây dựng Đảng Đảng ủy chủ trì tham mưu …".
 */
export function fillUnassigned(items: ImportedItem[], headings: readonly ImportedHeading[], paragraphs: readonly { paragraph: number | null; text: string }[]): ImportDoubt[] {
  const left = items.filter((item) => item.lead.length === 0 && item.support.length === 0);
  if (left.length === 0 || left.length * 2 >= items.length) return [];
  const doubts = matchDuties(items, headings, contentClauses(paragraphs, true), items, new Set(left), new Map(), true);
  for (const item of left) if (item.unitsRaw !== null) Object.assign(item, readUnitsLine(item.unitsRaw));
  return doubts;
}

function matchDuties(
  items: ImportedItem[],
  headings: readonly ImportedHeading[],
  clauses: readonly ContentClause[],
  rivals: readonly ImportedItem[],
  takers: ReadonlySet<ImportedItem>,
  given: GivenUnits,
  few: boolean,
): ImportDoubt[] {
  if (clauses.length === 0) return [];
  // (Every task that says no units of its own competes for a clause, those the numbers gave units to as well, who get the
  // clause's unit beside them: "Ban CHPTKV: … thực hiện nghiêm việc công khai tài chính, ngân sách tại đơn vị".)
  // ("a) Tuyên truyền, phổ biến … bằng các hình thức phù hợp: lồng ghép …": a lettered task's words before its colon are
  // its heading's title.)
  const ownHeading = (item: ImportedItem) => (items.filter((other) => other.section === item.section).length === 1 ? headings.find((h) => h.id === item.section)?.title ?? '' : '');
  const pairsOf = new Map(rivals.map((item) => [item, new Set([...wordPairs(ownHeading(item)), ...wordPairs(item.title ?? ''), ...wordPairs(item.text.replace(THROUGH, ' '))])]));
  // (Among all the tasks, the words many share, "tham nhũng, tiêu cực", "đối với cán bộ, công chức", tell none.)
  if (few) {
    const tasksWith = new Map<string, number>();
    for (const pairs of pairsOf.values()) for (const pair of pairs) tasksWith.set(pair, (tasksWith.get(pair) ?? 0) + 1);
    for (const pairs of pairsOf.values()) for (const pair of pairs) if (tasksWith.get(pair)! > 2) pairs.delete(pair);
  }
  const open = (item: ImportedItem) => takers.has(item) && (item.unitsRaw === null || given.has(item));
  const found = new Map<ImportedItem, { lead: string[]; support: string[] }>();
  const doubts: ImportDoubt[] = [];
  for (const clause of clauses) {
    const whole = bestTask(clause.topic, rivals, pairsOf, few ? 3 : 2);
    // (Both ways: "kết luận thanh tra, kiểm tra, kiểm toán" is one thing though "kiểm tra" is an act.)
    // (And, among all the tasks, each thing a list names: "thực hiện công khai, minh bạch, chuyển đổi vị trí công tác, …".)
    const pieces = few ? clause.topic.split(/\s*,\s*|\s+và\s+/u) : [];
    const acts = [...new Set([...clause.topic.split(/\s+và\s+/u), ...clause.topic.split(ACT_JOINT), ...pieces])].map((act) => {
      const task = bestTask(act, rivals, pairsOf, 3).task;
      // (Its words after the acts it opens with must name the task too: "tham mưu xây dựng" names no task.)
      const about = wordPairs(act.replace(OPENING_ACTS, ''));
      return task && [...about].filter((p) => pairsOf.get(task)!.has(p)).length >= 2 ? task : null;
    });
    const tasks = new Set([whole.task, ...acts].filter((task): task is ImportedItem => task !== null && open(task)));
    if (tasks.size === 0 && whole.tied.length > 1 && (!few || whole.tied.some(open))) {
      doubts.push({
        paragraph: clause.paragraph,
        vi: `Phần tổ chức thực hiện giao "${clause.written}" cho ${clause.units.join(', ')} nhưng không rõ là nhiệm vụ nào (${whole.tied.map((t) => t.id).join(', ')}).`,
        en: `The organisation part gives "${clause.written}" to ${clause.units.join(', ')} but which task it means is not clear (${whole.tied.map((t) => t.id).join(', ')}).`,
      });
    }
    for (const task of tasks) {
      const entry = found.get(task) ?? { lead: [], support: [] };
      entry[clause.role].push(...clause.units);
      entry.support.push(...clause.partners);
      found.set(task, entry);
    }
  }
  for (const [item, byWords] of found) {
    const before = given.get(item);
    // ("Công an: phối hợp với Văn phòng thực hiện gạch đầu dòng thứ hai khoản 5 Mục II; chủ động … điều tra, xử lý các vụ
    // việc có dấu hiệu tội phạm": a unit the numbers gave this task keeps the role they gave it.)
    const byNumber = new Set([...(before?.lead ?? []), ...(before?.support ?? [])]);
    const lead = byWords.lead.filter((unit) => !byNumber.has(unit));
    const support = byWords.support.filter((unit) => !byNumber.has(unit));
    // (A task the numbers gave only helpers is led by whom its own words name: "Các cơ quan, đơn vị căn cứ Kế hoạch này …".)
    if (before && before.lead.length === 0) item.unitsRaw = unitsLineOf([], [...before.support, ...support]);
    else if (before || lead.length > 0) item.unitsRaw = unitsLineOf([...(before?.lead ?? []), ...lead], [...(before?.support ?? []), ...support]);
  }
  return doubts;
}
