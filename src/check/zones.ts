/**
 * Which part of the report each paragraph belongs to. Only the results parts count as reporting on a task: the
 * opening "Thực hiện ... như sau:", phương hướng / nhiệm vụ kỳ tới and kiến nghị / đề xuất do not.
 */
import { ITEM_HEADING_TAG } from '../document/tags';
import type { PreparedDocument, PreparedParagraph } from './prepare';

export type Zone = 'header' | 'title' | 'opening' | 'results' | 'detection' | 'assessment' | 'direction' | 'proposals' | 'closing';

export const RESULT_ZONES: ReadonlySet<Zone> = new Set<Zone>(['results', 'detection', 'assessment']);

export interface Zoning {
  zones: Zone[];
  /** Index of the "BÁO CÁO" line, or -1. */
  typeLine: number;
  /** Indices of the title (trích yếu) paragraphs. */
  title: number[];
  /** Index of each paragraph's nearest heading of each level (1..3), for context. */
  headings: (number | null)[][];
}

// ("Chương trình học kỳ II": a school's next term.)
const DIRECTION = /phương hướng|(nhiệm vụ|kế hoạch|giải pháp|chương trình)[^.;:]*(kỳ tới|quý tới|tháng tới|quý sau|thời gian tới|sắp tới|tiếp theo|trọng tâm|cuối năm|quý (i|ii|iii|iv)\b|6 tháng cuối|năm tới|kỳ sau|học kỳ (i|ii)\b)/;
const PLAN_YEAR = /(nhiệm vụ|kế hoạch|giải pháp)[^.;:]*?năm (20\d\d)/g;
// ("VI. ĐỀ NGHỊ": a heading that opens with the request.)
const PROPOSALS = /kiến nghị|đề xuất|^đề nghị/;
// Petitions received or recommendations followed up, a task's topic: "Tiếp nhận kiến nghị, phản ánh", "Thực hiện kết
// luận, kiến nghị thanh tra", "giải quyết đơn kiến nghị".
const PETITIONS = /(tiếp nhận|tiếp thu|giải quyết|xử lý|chuyển|theo dõi|thực hiện|kết luận,?)\s+(các\s+)?(đơn,?\s+)?(thư,?\s+)?kiến nghị|kiến nghị,\s*phản ánh|phản ánh,\s*kiến nghị|kiến nghị (của (cử tri|nhân dân|công dân)|thanh tra|kiểm toán|sau thanh tra)/;
const ASSESSMENT = /đánh giá|ưu điểm|hạn chế|tồn tại|nguyên nhân|khó khăn, vướng mắc|bài học/;
const DETECTION = /phát hiện|xử lý (hành vi |vụ việc |các vụ việc )?tham nhũng|thu hồi tài sản/;

/** Whether words name what comes next. A year counts only when it is after the report's own: "Kế hoạch PCTN năm 2023
 * của Ban" in a 2023 report is this year's plan, carried out; "nhiệm vụ năm 2024" is the next. */
function namesDirection(key: string, year: number | null): boolean {
  if (DIRECTION.test(key)) return true;
  for (const m of key.matchAll(PLAN_YEAR)) if (year === null || Number(m[2]) > year) return true;
  return false;
}

/** The kind of part a heading opens, from its words; null when it says nothing about it (a task heading). */
export function headingZone(key: string, year: number | null = null): Zone | null {
  const results = /kết quả|tình hình thực hiện/.test(key);
  // "Phát hiện, kiến nghị xử lý" opens what was found and the sanctions asked for, not the report's proposals.
  if (/^phát hiện/.test(key)) return 'detection';
  if (namesDirection(key, year) && !/^kết quả/.test(key)) return 'direction';
  if (PROPOSALS.test(key) && !results && !PETITIONS.test(key)) return 'proposals';
  // "Kết quả phát hiện, xử lý tham nhũng" opens the detection part, not the prevention results.
  if (DETECTION.test(key) && !/phòng ngừa|lãnh đạo|chỉ đạo/.test(key)) return 'detection';
  if (results) return 'results';
  if (ASSESSMENT.test(key)) return 'assessment';
  return null;
}

/** A heading that is only a period's name: "quý iv/2023", "năm 2024", "6 tháng cuối năm 2023". */
const BARE_PERIOD = /^(quý (i|ii|iii|iv)|6 tháng (đầu|cuối) năm|9 tháng|năm)\s*(\/|năm)?\s*20\d\d\s*:?$/;

const isTypeLine = (p: PreparedParagraph) => /^báo cáo$/.test(p.key);
const isOpening = (key: string) => /^(kính gửi|thực hiện|căn cứ|theo (kế hoạch|công văn|chỉ đạo|yêu cầu|hướng dẫn))/.test(key) || /như sau:?$/.test(key);
const isClosing = (key: string) => /^trên đây là (báo cáo|kết quả)|^nơi nhận/.test(key);
const APPENDIX = /^phụ lục\b/;
// "Kế hoạch đề ra các nhiệm vụ giao Văn phòng chủ trì như sau:": the list after it recites the plan, not what was done.
const RECITES_PLAN = /kế hoạch[^.;]*(đề ra|giao|xác định|đặt ra|gồm)[^.;]*(nhiệm vụ|nội dung)[^.;]*:$/;
const recitesPlan = (key: string) => RECITES_PLAN.test(key) && !/kết quả|đã (thực hiện|triển khai)/.test(key);
const NAMES_RESULTS = /kết quả|tình hình thực hiện/;

/** "Phụ lục: KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ …" (or "PHỤ LỤC" over such a title line), wherever the report puts it,
 * after the proposals or after the signature: the results the body refers to, set out task by task. */
function opensResultsAppendix(ps: readonly PreparedParagraph[], i: number): boolean {
  if (!APPENDIX.test(ps[i]!.key) || ps[i]!.paragraph.table) return false;
  if (NAMES_RESULTS.test(ps[i]!.key)) return true;
  for (let k = i + 1; k < ps.length && k <= i + 3; k += 1) {
    if (ps[k]!.key === '') continue;
    return !ps[k]!.paragraph.table && NAMES_RESULTS.test(ps[k]!.key);
  }
  return false;
}

/** A paragraph that opens a part inline ("Kiến nghị: ...", "Phương hướng thời gian tới:") without being a heading. */
function leadInZone(key: string, year: number | null): Zone | null {
  const lead = /^([^:]{3,60}):/.exec(key)?.[1];
  if (!lead) return null;
  return headingZone(lead, year);
}

/** The year the title (trích yếu) names, when it names one. */
function titleYear(doc: PreparedDocument, title: readonly number[]): number | null {
  for (const i of title) {
    const m = /năm (20\d\d)/.exec(doc.paragraphs[i]!.key);
    if (m) return Number(m[1]);
  }
  return null;
}

export function zoneDocument(doc: PreparedDocument): Zoning {
  const ps = doc.paragraphs;
  const zones: Zone[] = new Array<Zone>(ps.length).fill('results');
  const headings: (number | null)[][] = ps.map(() => [null, null, null]);

  const typeLine = ps.findIndex((p, i) => i < 40 && isTypeLine(p));
  const title: number[] = [];
  let start = 0;
  if (typeLine >= 0) {
    for (let i = 0; i < typeLine; i += 1) zones[i] = 'header';
    zones[typeLine] = 'title';
    for (let i = typeLine + 1; i < ps.length && i <= typeLine + 3; i += 1) {
      const p = ps[i]!;
      if (p.key === '' || p.paragraph.level !== null || isOpening(p.key)) break;
      if (title.length > 0 && !p.paragraph.bold) break;
      zones[i] = 'title';
      title.push(i);
    }
    start = (title.at(-1) ?? typeLine) + 1;
  } else {
    for (let i = 0; i < ps.length && i < 12; i += 1) {
      const p = ps[i]!;
      if (p.paragraph.table && /^(số|cộng hòa|độc lập|ủy ban|ubnd|sở nội vụ)/.test(p.key)) zones[i] = 'header';
    }
  }

  const year = titleYear(doc, title);
  let current: Zone = 'results';
  const headingZones: (Zone | null)[] = [null, null, null, null];
  let seenHeading = false;
  let seenAssessment = false;
  let closed = false;
  let reciting = false;
  for (let i = start; i < ps.length; i += 1) {
    const p = ps[i]!;
    const level = p.paragraph.headingSource && p.paragraph.level !== null && p.paragraph.level <= 3 && !p.paragraph.table ? p.paragraph.level : null;
    if (opensResultsAppendix(ps, i)) {
      closed = false;
      current = 'results';
      for (let l = 1; l <= 3; l += 1) headingZones[l] = null;
      zones[i] = 'opening';
      carryHeadings(headings, i, null);
      continue;
    }
    if (closed || isClosing(p.key)) {
      closed = true;
      zones[i] = 'closing';
      continue;
    }
    if (level !== null) {
      seenHeading = true;
      // The heading the add-in wrote for a task opens that task's results, whatever its words ("... kế hoạch năm 2023").
      let own = p.paragraph.tag?.startsWith(ITEM_HEADING_TAG) ? 'results' : headingZone(p.bodyKey, year);
      // After the assessment, a part headed only by the next period ("V. QUÝ IV/2023", "NĂM 2024") is what comes next.
      if (own === null && level === 1 && seenAssessment && BARE_PERIOD.test(p.bodyKey)) own = 'direction';
      if (own === 'assessment') seenAssessment = true;
      for (let l = level; l <= 3; l += 1) headingZones[l] = null;
      headingZones[level] = own;
      // A heading further down that names no part inherits its parent's; the top heading of an unnamed part is results.
      const resolved = [1, 2, 3].map((l) => (l <= level ? headingZones[l] : null)).filter((z): z is Zone => z !== null);
      current = resolved.length ? resolved[resolved.length - 1]! : 'results';
      for (let l = level; l <= 3; l += 1) headings[i]![l - 1] = null;
      zones[i] = current;
      carryHeadings(headings, i, level);
      continue;
    }
    carryHeadings(headings, i, null);
    if (reciting && p.paragraph.label !== null && !p.paragraph.table) {
      zones[i] = 'opening';
      continue;
    }
    reciting = !p.paragraph.table && recitesPlan(p.key);
    if (reciting) {
      zones[i] = 'opening';
      continue;
    }
    if (!seenHeading && isOpening(p.key)) {
      zones[i] = 'opening';
      continue;
    }
    const inline = p.paragraph.table ? null : leadInZone(p.key, year);
    if (inline && inline !== 'results') {
      zones[i] = inline;
      continue;
    }
    zones[i] = current;
  }
  return { zones, typeLine, title, headings };
}

/** Records, for paragraph i, the nearest heading of each level above it (i itself when it is a heading). */
function carryHeadings(headings: (number | null)[][], i: number, level: number | null): void {
  const previous = i > 0 ? headings[i - 1]! : [null, null, null];
  const row = headings[i]!;
  for (let l = 1; l <= 3; l += 1) {
    if (level !== null && l === level) row[l - 1] = i;
    else if (level !== null && l > level) row[l - 1] = null;
    else row[l - 1] = previous[l - 1] ?? null;
  }
}
