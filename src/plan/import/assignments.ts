/**
 * The organisation part assigning the tasks by their numbers, one paragraph a unit: "1. Phòng Tổ chức cán bộ: chủ trì
 * thực hiện các nhiệm vụ tại mục 1.1.3, 1.3, 2.5 Phần II; phối hợp thực hiện nhiệm vụ tại mục 2.3.3, 3.4." A number names
 * a task ("1.1.3") or a heading, and then every task under it ("2.5").
 */
import { POINT_LETTERS } from '../../text/point-letters';
import { isBodyName } from './body-names';
import { withSharedLevels } from './place-lists';
import { partnersIn } from './units-sentence';
import { splitBodies } from './split-bodies';
import { wordPairs } from './units-by-clause';
import type { ImportedItem } from './outline';
import type { PlacedRow } from './table';

export interface UnitAssignment {
  unit: string;
  /** The numbers it leads, each with the units that lead it with it ("cùng Trưởng các phòng nghiệp vụ thực hiện …") and
   * those it leads it with ("chủ trì, phối hợp với Phòng Hậu cần - Kỹ thuật kiểm tra …"), who support it. */
  lead: { number: string; partners: string[]; helpers: string[] }[];
  support: string[];
  /** The words each number was named with ("thực hiện công khai, quản lý các khoản thu, tài trợ"): which of the tasks
   * under a heading the unit has. */
  topics: Map<string, string>;
}

const NUMBER = String.raw`\d+(?:\.(?:\d+|[a-zđ]))*`;
/** "3.1 – 3.3", "3.1 đến 3.3": every task from the first to the last, both included. */
export const NUMBER_OR_RANGE = String.raw`${NUMBER}(?:\s*(?:[–—-]|đến)\s*(?:mục\s+)?${NUMBER})?`;
/** "mục 1.1.3, 1.3, 2.5", "nhiệm vụ tại mục 3.1 và 3.2", "các tiết 2.1, 2.2", "các mục 3.1 – 3.3": the numbers named. */
const NUMBERS = new RegExp(String.raw`(?:mục|tiết|điểm|nhiệm vụ(?: số)?)\s+(${NUMBER_OR_RANGE}(?:\s*(?:,|và)\s*${NUMBER_OR_RANGE})*)(?![\p{L}\p{N}]|\.\d)`, 'giu');
const LETTERS = POINT_LETTERS.join('');

/** The numbers a range spans when its ends differ only in their last part ("3.1 – 3.3", "2.a – 2.c"); else its ends. */
export function spanOf(first: string, last: string): string[] {
  const a = first.split('.');
  const b = last.split('.');
  if (a.length !== b.length || a.slice(0, -1).join('.') !== b.slice(0, -1).join('.')) return [first, last];
  const stem = a.slice(0, -1).map((part) => `${part}.`).join('');
  const [from, to] = [a.at(-1)!, b.at(-1)!];
  if (/^\d+$/.test(from) && /^\d+$/.test(to) && Number(from) < Number(to) && Number(to) - Number(from) <= 30) {
    return Array.from({ length: Number(to) - Number(from) + 1 }, (_, i) => `${stem}${Number(from) + i}`);
  }
  const [i, j] = [LETTERS.indexOf(from), LETTERS.indexOf(to)];
  return i >= 0 && j > i ? [...LETTERS.slice(i, j + 1)].map((letter) => `${stem}${letter}`) : [first, last];
}

/** Each number of a list as written ("1.1, 3.1 – 3.3 và 4"), a range opened into the numbers it spans. */
export function listed(list: string): string[] {
  return list.split(/\s*(?:,|\svà\s)\s*/u).map((n) => n.trim()).filter(Boolean).flatMap((entry) => {
    const range = new RegExp(String.raw`^(${NUMBER})\s*(?:[–—-]|đến)\s*(?:mục\s+)?(${NUMBER})$`, 'u').exec(entry);
    return range ? spanOf(range[1]!, range[2]!) : [entry];
  });
}

/** The unit before the colon: a body's name or its head's title, not a label ("Chế độ báo cáo:"). */
export const UNIT_HEAD = /^(?:\d+\.\s*|[a-zđ]\)\s*|[-+]\s*)?([^:;]{3,160}?)\s*:\s*(.+)$/u;
const HEAD_TITLE = /^(?:giám đốc|trưởng|chánh|thủ trưởng|người đứng đầu)\s+(?=\p{L})/iu;
export const NOT_A_UNIT = /^(?:báo cáo|chế độ|thời gian|kinh phí|nội dung|trách nhiệm|lưu ý|yêu cầu)/iu;

const ORDINALS = ['nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];
const ORDINAL = `thứ\\s+(?:${ORDINALS.join('|')})`;
/** A bullet of a section: "gạch đầu dòng", "gạch ngang", "ý". */
const DASH = String.raw`(?:dấu\s+)?(?:gạch đầu dòng|gạch ngang|ý)`;
/** A bullet's place in a bracket after its section: "1", "1–3", "thứ hai". */
const DASH_PLACE = String.raw`(?:\d+(?:\s*[–—-]\s*\d+)?|${ORDINAL})`;
/**
 * "gạch đầu dòng thứ hai điểm a mục 2 phần II", "điểm c, d mục 1 phần II", "mục 1 phần III", "gạch đầu dòng thứ hai,
 * thứ ba mục 3", "gạch đầu dòng thứ ba điểm 2.1": a task placed as a legal text places its parts, smallest first, down to
 * the part's own numeral; read as the ids it names ("II.2.a.2", "II.1.c", "II.1.d", "III.1", "3.2", "3.3", "2.1.3"),
 * which hold their part when it is written. A numbered section may be a "khoản" too: "gạch đầu dòng thứ hai điểm b khoản 2
 * Mục II" ("II.2.b.2").
 * A table column "Nội dung (theo mục II)" places them the other way round, the numbered point as "điểm" and the part as
 * "mục", its bullets in a bracket after it: "Điểm 1, 2 mục II", "Điểm 5 (các gạch đầu dòng 1–3)" ("II.1", "II.2", "5.1",
 * "5.2", "5.3"). Without its part a place needs a dash or a point, else it is a plain number ("mục 3", NUMBERS).
 */
const PLACED = new RegExp(
  String.raw`(?:${DASH}\s+(${ORDINAL}(?:\s*(?:,|và)\s*${ORDINAL})*)\s+(?:(?:của|tại|thuộc)\s+)?)?` +
    String.raw`(?:(?:các\s+)?điểm\s+([a-zđ](?:\s*(?:,|và)\s*[a-zđ])*)\s+(?:(?:của|tại|thuộc)\s+)?)?` +
    String.raw`(?:các\s+)?(?:mục|điểm|khoản)\s+(\d+(?:\.\d+)*(?:\s*(?:,|và)\s*\d+(?:\.\d+)*)*)` +
    String.raw`(?:\s*\(\s*(?:các\s+)?${DASH}\s+(${DASH_PLACE}(?:\s*(?:,|và)\s*${DASH_PLACE})*)\s*\))?` +
    String.raw`(?:\s+(?:(?:của|tại|thuộc)\s+)?(?:phần|mục)\s+([IVX]+)(?![\p{L}\p{N}])|(?![\p{L}\p{N}]|\.\d))`,
  'giu',
);
/** Whether a match of PLACED places a task: it names its part, or a dash or a point of its section. */
const places = (m: RegExpMatchArray | string[]) => Boolean(m[5] || m[1] || m[2] || m[4]);
const withoutPlaces = (clause: string) => clause.replace(PLACED, (...m: string[]) => (places(m) ? ' ' : m[0]!));

/** The bullets' ordinals a list names: "thứ hai, thứ ba" → 2, 3; "1–3" → 1, 2, 3. */
function dashesOf(list: string | undefined): number[] {
  if (!list) return [];
  return [...list.matchAll(new RegExp(String.raw`thứ\s+(${ORDINALS.join('|')})|(\d+)(?:\s*[–—-]\s*(\d+))?`, 'giu'))].flatMap((d) => {
    if (d[1]) return [ORDINALS.indexOf(d[1].toLowerCase()) + 1];
    const [from, to] = [Number(d[2]), Number(d[3] ?? d[2])];
    return to >= from && to - from <= 30 ? Array.from({ length: to - from + 1 }, (_, i) => from + i) : [from];
  });
}

/** "(gạch đầu dòng thứ hai, thứ ba)", "(các gạch đầu dòng 1–3)" opening the text: the bullets a bracket after a place
 * names, by their ordinals (2, 3; 1, 2, 3); none when the text opens otherwise. */
export function bracketedDashes(text: string): number[] {
  const m = new RegExp(String.raw`^\s*\(\s*(?:các\s+)?${DASH}\s+(${DASH_PLACE}(?:\s*(?:,|và)\s*${DASH_PLACE})*)\s*\)`, 'iu').exec(text);
  return dashesOf(m?.[1]);
}

/** The tasks a clause places ("gạch đầu dòng thứ năm điểm c khoản 3 mục II" → "II.3.c.5"), as ids. */
export function placedIn(clause: string): string[] {
  return [...clause.matchAll(PLACED)].filter(places).flatMap((m) => {
    const part = m[5] ? `${m[5].toUpperCase()}.` : '';
    const sections = m[3]!.split(/\s*(?:,|và)\s*/u).map((n) => `${part}${n}`);
    const letters = m[2]?.split(/\s*(?:,|và)\s*/u) ?? [];
    const points = letters.length > 0 ? sections.flatMap((section) => letters.map((letter) => `${section}.${letter}`)) : sections;
    const dashes = [...dashesOf(m[1]), ...dashesOf(m[4])];
    return dashes.length > 0 ? points.flatMap((point) => dashes.map((dash) => `${point}.${dash}`)) : points;
  });
}

/** "từ điểm 11 đến điểm 15": a range that names its noun at both ends, as one range ("điểm 11 đến 15"). */
const withOneNoun = (clause: string) => clause.replace(/(?:(?<![\p{L}\p{N}])từ\s+)?(mục|tiết|điểm)\s+(\d+(?:\.\d+)*)\s+đến\s+\1\s+(?=\d)/giu, '$1 $2 đến ');

/** The tasks' numbers a clause names, by place ("gạch đầu dòng thứ ba điểm 2.1" → "2.1.3") or plainly ("mục 1.1, 1.2"). */
export function numbersIn(text: string): string[] {
  const clause = withSharedLevels(withOneNoun(text));
  const placed = placedIn(clause);
  return [...placed, ...[...withoutPlaces(clause).matchAll(NUMBERS)].flatMap((m) => listed(m[1]!))];
}

/** The tasks a table cell names by their place and nothing else ("Điểm 3 (gạch đầu dòng 3); điểm 4 (gạch đầu dòng 1)",
 * "Điểm 7"), as numbers ("3.3", "4.1", "7"); none for a cell of other words (a task's own text). */
export function placesNamedBy(cell: string): string[] {
  const numbers = numbersIn(cell);
  const rest = withoutPlaces(cell).replace(NUMBERS, ' ').replace(/[;()]/gu, ' ');
  return numbers.length > 0 && ONLY_PLACES.test(rest) ? numbers : [];
}

/** "Giám đốc Trung tâm A" stands for Trung tâm A; "Trưởng các thôn, bản", heads of a group whose title leaves no body's
 * name, as written. */
export const bodyName = (name: string) => {
  const bare = name.replace(HEAD_TITLE, '').trim();
  return bare !== name.trim() && /^các\s/iu.test(bare) && !isBodyName(bare) && isBodyName(name.trim()) ? name.trim() : bare;
};
/** Whether the words before the colon are only bodies' names ("Phòng Tổ chức cán bộ", "Phòng A, Phòng B"), not a
 * sentence ("Các tổ chuyên môn, Tổ Văn phòng báo cáo kết quả … vào cuối mỗi học kỳ"). */
export const namesBodies = (words: string) => {
  const names = splitBodies(bodyName(words));
  return names.length > 0 && (names.every((name) => isBodyName(name)) || bodyName(words) !== words.replace(HEAD_TITLE, '').trim());
};

/** "Các trường THPT thực hiện mục 1.4, 2.8 …": a sentence that opens with the bodies it gives its tasks to, and the rest. */
export const SUBJECT = /^(\S.{2,200}?)\s+((?:chủ trì|thực hiện|phối hợp|chịu trách nhiệm)(?![\p{L}\p{N}]).*)$/su;
/** "Văn phòng, các phòng và Bảo hiểm xã hội cơ sở căn cứ chức năng, nhiệm vụ thực hiện …": the bodies, then on what
 * footing they act. */
export const BY_REMIT = /,?\s+(?:căn cứ|theo|trong phạm vi)\s+(?:vào\s+)?chức năng,\s*nhiệm vụ(?:,\s*quyền hạn)?(?:\s+được giao)?(?:\s+của\s+(?:mình|đơn vị))?\s*,?$/iu;
/** "(mục 2.1, 2.2)", "thực hiện mục 2.4", "theo mục 3.1": a clause's numbers, which are no part of what it is about. */
const REFERENCE = new RegExp(String.raw`\(?\s*(?:theo|tại)?\s*(?:các\s+|toàn bộ\s+)?(?:mục|tiết|điểm)\s+${NUMBER_OR_RANGE}(?:\s*(?:,|và)\s*(?:mục\s+)?${NUMBER_OR_RANGE})*\s*\)?`, 'giu');
/** What is left of a clause that only names places: "mục 5, mục 6 và gạch đầu dòng thứ nhất mục 8 phần II Kế hoạch này". */
const ONLY_PLACES = /^(?:[\s,.]|và|các|nội dung|tại|của|kế hoạch này)*$/iu;
/** "hướng dẫn, kiểm tra việc quản lý các khoản thu … (mục 2.3)": a unit guiding others in a task helps them do it. */
const GUIDES = /^(?:hướng dẫn|đôn đốc)(?:\s*,\s*(?:kiểm tra|đôn đốc|theo dõi|hướng dẫn))*\s/iu;

/** The sentences of an organisation paragraph: "… thực hiện mục 2.4. Chủ trì thực hiện cải cách hành chính …". */
export const sentencesOf = (text: string) => text.split(/(?<=\S\S)\.\s+(?=\p{Lu})/u);

/**
 * Each paragraph that assigns numbered tasks to the unit it opens with ("Phòng Tổ chức cán bộ: chủ trì …"), and each
 * sentence that names the bodies it assigns them to ("Văn phòng Sở, các phòng chuyên môn và các trường THPT thực hiện mục
 * 2.6, 2.11"), in a unit's paragraph or one of its own; the others are left out.
 */
export function readUnitAssignments(paragraphs: readonly string[]): UnitAssignment[] {
  const out: UnitAssignment[] = [];
  for (const paragraph of paragraphs) {
    const m = UNIT_HEAD.exec(paragraph.trim());
    const head = m && !NOT_A_UNIT.test(m[1]!) && namesBodies(m[1]!) ? bodyName(m[1]!) : null;
    // ("Đối với Mặt trận Tổ quốc và các đoàn thể: đề nghị Ủy ban MTTQ …": a label of those the paragraph speaks to, whose
    // sentences name the bodies.)
    const text = head ? m![2]! : paragraph.trim().replace(/^(?:\d+\.\s*|[a-zđ]\)\s*|[-+]\s*)/u, '').replace(/^đối với\s[^:;]{3,160}:\s*/iu, '');
    for (const sentence of sentencesOf(text)) {
      const subject = SUBJECT.exec(sentence.trim());
      // ("đề nghị Ủy ban MTTQ Việt Nam phối hợp với Phòng Văn hóa - Xã hội thực hiện …": a body asked, not charged, does
      // what it is asked to.)
      const bodies = subject ? subject[1]!.replace(BY_REMIT, '').replace(/^đề nghị\s+/iu, '') : null;
      const own = bodies && namesBodies(bodies) ? splitBodies(bodyName(bodies)) : null;
      const units = own ?? (head ? [head] : []);
      if (units.length === 0) continue;
      const { lead, support, topics } = assigned(own ? subject![2]! : sentence);
      if (lead.length + support.length === 0) continue;
      for (const unit of units) out.push({ unit, lead, support, topics });
    }
  }
  return out;
}

/** The numbers one unit's sentence gives it to lead and to support, and the words each was named with. */
function assigned(sentence: string): Pick<UnitAssignment, 'lead' | 'support' | 'topics'> {
  const lead: UnitAssignment['lead'] = [];
  const support: string[] = [];
  const topics = new Map<string, string>();
  // The act of the clause before, which a clause of places alone goes on with.
  let previous: string | null = null;
  for (const clause of sentence.split(/;\s*/u)) {
    const numbers = numbersIn(clause);
    // ("phối hợp với công chức Văn phòng - Thống kê thực hiện mục 2": the partner's name says nothing of which task.)
    const topic = clause.replace(PLACED, ' ').replace(REFERENCE, ' ').replace(/\(\s*\)|\b(?:theo|tại)\s*$/gu, ' ').replace(/(phối hợp)\s+với\s+.+?\s+(?=thực hiện(?![\p{L}\p{N}]))/iu, '$1 ').trim();
    // ("tham mưu thực hiện các nội dung tại mục 1, mục 2 phần II; gạch đầu dòng thứ hai, thứ ba mục 3; mục 5 …": a
    // clause that is only places goes on with the act of the clause before it.)
    const goesOn: boolean = previous !== null && numbers.length > 0 && ONLY_PLACES.test(topic);
    if (!goesOn) previous = null;
    // ("Các trường THPT: xây dựng kế hoạch … (mục 1.2); tuyên truyền trong đơn vị (mục 1.3)": in the unit's own
    // paragraph, a clause that names an act and a task's number gives the unit that task, role word or not.)
    const closing = /\(\s*(?:mục|tiết|điểm)\s+[\d.,\s và]+\)\s*[.,]?\s*$/u.test(clause) || new RegExp(String.raw`\(\s*(?:${PLACED.source})\s*\)\s*[.,]?\s*$`, 'iu').test(clause);
    if (numbers.length === 0 || !(/chủ trì|thực hiện|phối hợp|chịu trách nhiệm/iu.test(clause) || closing || goesOn)) continue;
    const act: string = goesOn && previous !== null ? previous : clause;
    for (const number of numbers) topics.set(number, `${topics.get(number) ?? ''} ${goesOn ? '' : topic}`.trim());
    if ((/phối hợp/iu.test(act) || GUIDES.test(act.trim())) && !/chủ trì/iu.test(act)) {
      support.push(...numbers);
      previous = act;
      continue;
    }
    previous = act;
    // "cùng Trưởng các phòng nghiệp vụ thực hiện các nhiệm vụ tại mục 2.3.2": those it names lead them with it.
    const together = /^\s*cùng\s+(?:với\s+)?(.+?)\s+(?:chủ trì\s+)?thực hiện\b/iu.exec(act)?.[1];
    const partners = together ? together.split(/\s*,\s*|\s+và\s+/u).map(bodyName) : [];
    const helpers = /^\s*chủ trì\s*,?\s*phối hợp với\s/iu.test(act) ? partnersIn(act) : [];
    lead.push(...numbers.map((number) => ({ number, partners, helpers })));
  }
  return { lead, support, topics };
}

/** The units line the bodies found make, as a plan writes one ("Chủ trì: A, B; phối hợp: C"), or null for none. */
export function unitsLineOf(lead: readonly string[], support: readonly string[]): string | null {
  const leads = [...new Set(lead)];
  const supports = [...new Set(support)].filter((u) => !leads.includes(u));
  if (leads.length === 0) return supports.length > 0 ? `Phối hợp: ${supports.join(', ')}` : null;
  return supports.length > 0 ? `Chủ trì: ${leads.join(', ')}; phối hợp: ${supports.join(', ')}` : leads.join(', ');
}

/** The units the organisation part gives a task, by role. */
export type GivenUnits = Map<ImportedItem, { lead: string[]; support: string[] }>;

/**
 * The units line of every task that says none of its own, from the assignments that name it or a heading over it:
 * "Chủ trì: Văn phòng; phối hợp: Phòng Tổ chức cán bộ". `part` is the task part's numeral ("II"). Returns the units so
 * given, by task.
 */
export function applyUnitAssignments(items: ImportedItem[], assignments: readonly UnitAssignment[], part: string, namesItsOwn: (item: ImportedItem) => boolean): GivenUnits {
  const given: GivenUnits = new Map();
  if (assignments.length === 0) return given;
  // ("III.1": a number that names its own part, "mục 1 phần III".)
  const idOf = (number: string) => (/^[IVX]+\./u.test(number) ? number : `${part}.${number}`);
  const under = (number: string, item: ImportedItem) => item.id === idOf(number) || item.id.startsWith(`${idOf(number)}.`);
  const covers = (a: UnitAssignment, number: string, item: ImportedItem) => under(number, item) && topicHolds(a.topics.get(number), item, items.filter((other) => under(number, other)));
  for (const item of items) {
    if (item.unitsRaw !== null || namesItsOwn(item)) continue;
    const lead: string[] = [];
    const support: string[] = [];
    for (const a of assignments) {
      const leads = a.lead.filter(({ number }) => covers(a, number, item));
      if (leads.length > 0) {
        lead.push(...leads.flatMap(({ partners }) => partners), a.unit);
        support.push(...leads.flatMap(({ helpers }) => helpers));
      }
      else if (a.support.some((n) => covers(a, n, item))) support.push(a.unit);
    }
    item.unitsRaw = unitsLineOf(lead, support);
    if (item.unitsRaw) given.set(item, { lead, support });
  }
  return given;
}

/**
 * Whether a heading's number, named with these words, gives the unit this task under it: "thực hiện công khai, quản lý
 * các khoản thu, tài trợ (mục 2.3)" names, act by act, the tasks of 2.3 whose text shares the most word pairs with each
 * act (two at least, and more than any other task shares); the tasks no act names are not the unit's. Words that name
 * none of them (or a number that names one task) give every task under the number.
 */
function topicHolds(topic: string | undefined, item: ImportedItem, tasks: readonly ImportedItem[]): boolean {
  if (!topic || tasks.length < 2) return true;
  const named = new Set<ImportedItem>();
  for (const act of topic.split(/\s*,\s*|\s+và\s+/u)) {
    const pairs = wordPairs(act);
    const scored = tasks.map((task) => ({ task, n: [...wordPairs(task.text)].filter((p) => pairs.has(p)).length })).sort((a, b) => b.n - a.n);
    if (scored[0]!.n >= 2 && scored[0]!.n > scored[1]!.n) named.add(scored[0]!.task);
  }
  return named.size === 0 || named.has(item);
}

/**
 * A table naming the prose tasks by their place ("Điểm 3 (gạch đầu dòng 1) | Thẩm phán | Văn phòng | Thường xuyên")
 * gives each task it names that says no bodies of its own the row's cells, as a task table's row would: who leads, who
 * helps, when. The row that names the task most closely wins ("Điểm 5 (gạch đầu dòng 4)" over "Điểm 5"). `part` is the
 * task part's numeral ("II").
 */
export function applyPlacedRows(items: ImportedItem[], rows: readonly PlacedRow[], part: string): void {
  const idOf = (number: string) => (/^[IVX]+\./u.test(number) ? number : `${part}.${number}`);
  for (const item of items) {
    if (item.unitsRaw !== null || item.supportRaw !== undefined) continue;
    let best: { row: PlacedRow; depth: number } | null = null;
    for (const row of rows) {
      for (const place of row.places.map(idOf)) {
        const depth = place.split('.').length;
        if ((item.id === place || item.id.startsWith(`${place}.`)) && depth > (best?.depth ?? 0)) best = { row, depth };
      }
    }
    if (!best) continue;
    Object.assign(item, { unitsRaw: best.row.lead || null, supportRaw: best.row.support || null, supportColumn: best.row.supportColumn });
    if (!item.timingRaw && best.row.timing) item.timingRaw = best.row.timing;
  }
}
