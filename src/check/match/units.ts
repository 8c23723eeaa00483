/**
 * The pieces of a report that can report on a task: a paragraph of a results part, or a whole table row (the task
 * in one cell, its results in another). Each carries the words of the headings above it as context.
 */
import type { ActorOf } from './other-actor';
import type { PreparedDocument, PreparedParagraph } from '../prepare';
import { ITEM_HEADING_TAG } from '../../document/tags';
import { headingZone, RESULT_ZONES, type Zone, type Zoning } from '../zones';
import type { Act } from '../data/clause-markers';
import { clauseFeatures, clausesOf, framingAt, type Clause, type FramingKind } from './clauses';
import { citedItem } from './cited-place';

/** A stretch of report text scored against the plan's items: a whole paragraph or row, or one clause of it. */
export interface ScoredText {
  zone: Zone;
  /** feature → position; positions of different paragraphs of a row are far apart */
  features: Map<string, number>;
  /** Features of the headings above the unit (levels 1 to 3) and of the lead-in sentence of its list. */
  context: Set<string>;
  /** The headings' and lead-in's text (normalized), for a short clause's cue phrases. */
  contextKey: string;
  /** Features of the nearest heading above, when it names a task rather than a part, and of the list's lead-in: the
   * topic the text speaks under, read as its own words at a lower weight. */
  topic: ReadonlySet<string>;
  topicKey: string;
  /** Features of the cell that names the task, in a table with a "Nhiệm vụ" / "Nội dung" column. */
  taskFeatures: ReadonlySet<string>;
  /** Normalized text, for phrase checks. */
  key: string;
  /** Features said only where they frame a result (an authority cited, a training's topic, ...). */
  framed: ReadonlyMap<string, FramingKind>;
  /** Features said in clauses that tell what an inspection found in another body (all of them when inspectedAll). */
  inspected: ReadonlySet<string>;
  inspectedAll: boolean;
  /** Another body inspected the author (in this clause, or any clause of the paragraph). */
  inspectedHere: boolean;
  /** Every clause tells of attending another body's event. */
  attended: boolean;
  /** What the text says was done: advise, guide, inspect, issue, follow up. */
  acts: Set<Act>;
  /** What the whole paragraph or row it belongs to says was done (a clause's passage; the text's own acts otherwise). */
  passageActs: ReadonlySet<Act>;
  /** Syllables and codes. */
  words: number;
  /** The text as written, for showing a clause that credited a task. */
  text: string;
}

export interface EvidenceUnit extends ScoredText {
  /** Paragraph indices the unit is made of. */
  paragraphs: number[];
  /** The paragraph to select when the user clicks the evidence. */
  anchor: number;
  /** The unit's clauses when it has more than one; each may report a task of its own (computed on demand). */
  clauses: () => ScoredText[];
  /** Its clauses say different things about who did what (acts, inspection, framing): each reading may differ. */
  mixed: boolean;
  /** A table row's task cell ("Nhiệm vụ" column) read on its own: it names the task the row reports. */
  taskCell: ScoredText | null;
  /** The task cell's parts when it names several ("Chỉ thị 10/CT-TTg; kỷ luật, kỷ cương"), each read on its own. */
  taskCellParts: () => ScoredText[];
  /**
   * The task whose heading the add-in itself wrote above the unit (a template, "Chèn mục", a consolidated draft tag
   * it "pctn:item:ID"): what is written under it reports that task, in whatever words.
   */
  taggedItem: string | null;
}


const NO_PARTS = (): ScoredText[] => [];

/** A header cell naming the inspections a table lists, and one naming the bodies inspected. */
const INSPECTIONS_COLUMN = /^(?:(?:tên |nội dung )?cuộc |nội dung )?(?:thanh tra|kiểm tra)(?:,? (?:thanh tra|kiểm tra))?$/;
const BODY_COLUMN = /^(?:đơn vị|cơ quan|nơi|đối tượng)(?: được (?:thanh tra|kiểm tra)(?:,? (?:thanh tra|kiểm tra))?)?$/;

interface ParagraphReading {
  p: PreparedParagraph;
  offset: number;
  clauses: Clause[];
}

/** A paragraph opening with what an inspection found: "Kết quả:", "Kết quả kiểm tra:", "Qua thanh tra, …". */
const FINDINGS_OPENER = /^\W*(kết quả(?: (?:thanh|kiểm) tra)?\s*:|qua (?:thanh|kiểm) tra\b)/u;

function readParagraph(p: PreparedParagraph, zone: Zone, offset: number, actorOf: ActorOf | null, reportYear: number | null): ParagraphReading {
  return { p, offset, clauses: clausesOf(p.tokens, p.masked, { detection: zone === 'detection', authority: !p.paragraph.table, actorOf, reportYear }) };
}

const NONE: ReadonlySet<string> = new Set();
const NO_FRAMING: ReadonlyMap<string, FramingKind> = new Map();
type Base = Pick<ScoredText, 'zone' | 'context' | 'contextKey' | 'topic' | 'topicKey' | 'taskFeatures'>;

/** The clause of a reading that holds a token position. */
function clauseAt(reading: ParagraphReading, position: number): Clause {
  const { clauses } = reading;
  for (const c of clauses) if (position < c.end) return c;
  return clauses[clauses.length - 1]!;
}

/** The unit's view of its paragraphs: a feature keeps its first position, and is framed or inspected when it is so
 * where it is said first. Clauses are scored on their own only when the unit has several. */
function assemble(readings: ParagraphReading[], base: Base, key: string, text: string): { whole: ScoredText; clauses: () => ScoredText[]; mixed: boolean } {
  let features: Map<string, number>;
  if (readings.length === 1) features = readings[0]!.p.features;
  else {
    features = new Map();
    for (const r of readings) for (const [f, at] of r.p.features) if (!features.has(f)) features.set(f, at + r.offset);
  }
  const framing = readings.some((r) => r.clauses.some((c) => c.spans.length > 0));
  const inspecting = readings.some((r) => r.clauses.some((c) => c.inspection));
  const framed = framing ? new Map<string, FramingKind>() : NO_FRAMING;
  const inspected = inspecting ? new Set<string>() : NONE;
  if (framing || inspecting) {
    for (const [f, at] of features) {
      const reading = readings.length === 1 ? readings[0]! : (readings.find((r) => r.offset === Math.floor(at / ROW_CELL_GAP) * ROW_CELL_GAP) ?? readings[0]!);
      const local = at - reading.offset;
      const clause = clauseAt(reading, local);
      const kind = framing ? framingAt(clause, local) : undefined;
      if (kind) (framed as Map<string, FramingKind>).set(f, kind);
      if (clause.inspection) (inspected as Set<string>).add(f);
    }
  }
  const acts = new Set<Act>();
  let words = 0;
  for (const r of readings) for (const c of r.clauses) {
    for (const act of c.acts) acts.add(act);
    words += c.words;
  }
  const count = readings.reduce((n, r) => n + r.clauses.length, 0);
  // Read when asked, not kept: the matcher asks once per unit, and a long report's clauses would otherwise stay in memory
  // for the whole check.
  const clauses = (): ScoredText[] => {
    if (count < 2) return [];
    // A clause of two words or fewer (a row's number, a unit's name) reports nothing on its own.
    return readings.flatMap((r) =>
      r.clauses.filter((c) => c.words > 2).map((c): ScoredText => {
        const own = clauseFeatures(r.p.tokens, r.p.masked, c, r.offset);
        const first = r.p.tokens[c.start];
        const last = r.p.tokens[c.end - 1];
        const clauseKey = first && last ? r.p.normalized.text.slice(first.start, last.end).trim() : '';
        const clauseText = first && last ? r.p.paragraph.text.slice(first.original.start, last.original.end).trim() : '';
        return { zone: base.zone, context: base.context, contextKey: base.contextKey, topic: base.topic, topicKey: base.topicKey, taskFeatures: base.taskFeatures, text: clauseText, features: own.features, framed: own.framed, inspected: NONE, inspectedAll: c.inspection, inspectedHere: c.inspectedHere, attended: c.attended, acts: c.acts, passageActs: acts, words: c.words, key: clauseKey };
      }),
    );
  };
  const single = count === 1 ? readings[0]!.clauses[0]! : null;
  const all = readings.flatMap((r) => r.clauses);
  const actsKey = (c: Clause) => [...c.acts].sort().join(',');
  const firstActs = count > 1 && !framing ? actsKey(all[0]!) : '';
  const mixed = count > 1 && (framing || all.some((c) => c.inspection !== all[0]!.inspection || c.attended !== all[0]!.attended || actsKey(c) !== firstActs));
  return {
    mixed,
    whole: { zone: base.zone, context: base.context, contextKey: base.contextKey, topic: base.topic, topicKey: base.topicKey, taskFeatures: base.taskFeatures, text, features, framed, inspected: single ? NONE : inspected, inspectedAll: single?.inspection ?? false, inspectedHere: all.some((c) => c.inspectedHere), attended: all.every((c) => c.attended), acts, passageActs: acts, words, key },
    clauses,
  };
}

/** A unit from its whole reading and where it stands, field by field (a spread of the reading is slow in long reports). */
function evidenceUnit(w: ScoredText, at: Omit<EvidenceUnit, keyof ScoredText>): EvidenceUnit {
  return {
    zone: w.zone, features: w.features, context: w.context, contextKey: w.contextKey, topic: w.topic, topicKey: w.topicKey, taskFeatures: w.taskFeatures,
    key: w.key, framed: w.framed, inspected: w.inspected, inspectedAll: w.inspectedAll, inspectedHere: w.inspectedHere, attended: w.attended, acts: w.acts, passageActs: w.passageActs, words: w.words, text: w.text,
    paragraphs: at.paragraphs, anchor: at.anchor, clauses: at.clauses, mixed: at.mixed, taskCell: at.taskCell, taskCellParts: at.taskCellParts, taggedItem: at.taggedItem,
  };
}

/** Positions of different cells of a row are this far apart, so that no pair spans two cells. */
const ROW_CELL_GAP = 100000;

/** A sentence that opens a list: "Về kê khai tài sản, thu nhập:". Its words are the topic of the items below it. */
function isLeadIn(p: PreparedParagraph): boolean {
  if (p.paragraph.table || !/:\s*$/.test(p.key)) return false;
  let spaces = 0;
  for (let k = 0; k < p.key.length && spaces < 30; k += 1) if (p.key.charCodeAt(k) === 32) spaces += 1;
  return spaces < 30;
}

function isHeaderRow(doc: PreparedDocument, indices: number[]): boolean {
  return indices.every((i) => {
    const p = doc.paragraphs[i]!;
    return p.paragraph.text.trim().length <= 40 && (p.paragraph.bold || /^(tt|stt|nội dung|nhiệm vụ|kết quả|đơn vị|ghi chú|thời gian)/.test(p.key));
  });
}

/** A line the add-in inserted for the user to fill, or one still unfilled: "Kết quả thực hiện: ...". Not a result. */
export function isPlaceholder(p: PreparedDocument['paragraphs'][number]): boolean {
  return (p.paragraph.tag?.startsWith('pctn:placeholder') ?? false) || /^[^:]{0,40}:\s*(\.{2,}|…)\s*$/.test(p.key);
}

/** A body that gives only a status under its heading ("Đang thực hiện.", "Đang triển khai theo kế hoạch."): nothing done
 * is said. */
const STATUS_CELL = /^(?:chưa|đang|tiếp tục) (?:thực hiện|triển khai)\s*[.;]?$/;
const NOT_THE_AUTHORS = /^(?:[-+•]\s*)?không thuộc (?:phạm vi )?(?:nhiệm vụ|chức năng|phạm vi báo cáo)/;
const STATUS_ONLY = /^(?:[-+•]\s*)?(?:đang|tiếp tục) (?:thực hiện|triển khai)(?: theo kế hoạch)?\s*[.;]?$/;

export function evidenceUnits(doc: PreparedDocument, zoning: Zoning, actorOf: ActorOf | null = null, reportYear: number | null = null): EvidenceUnit[] {
  const units: EvidenceUnit[] = [];
  const ps = doc.paragraphs;
  let leadIn: number | null = null;
  // Paragraphs under the same headings and lead-in share one context.
  const contexts = new Map<string, Pick<ScoredText, 'context' | 'contextKey' | 'topic' | 'topicKey'>>();
  const contextOf = (i: number): Pick<ScoredText, 'context' | 'contextKey' | 'topic' | 'topicKey'> => {
    const cacheKey = `${(zoning.headings[i] ?? []).map((h) => (h === i ? 'self' : String(h))).join(',')}|${leadIn}`;
    let found = contexts.get(cacheKey);
    if (!found) contexts.set(cacheKey, (found = buildContext(i)));
    return found;
  };
  // A heading the add-in inserted with its placeholder and nobody has filled yet stands over nothing: the paragraphs
  // after the placeholder belong to the task before it.
  const stub = (h: number | null | undefined) => h !== null && h !== undefined && ps[h + 1] !== undefined && (ps[h + 1]!.paragraph.tag?.startsWith('pctn:placeholder') ?? false);
  const buildContext = (i: number): Pick<ScoredText, 'context' | 'contextKey' | 'topic' | 'topicKey'> => {
    const context = new Set<string>();
    const keys: string[] = [];
    const levels = (zoning.headings[i] ?? []).map((h) => (stub(h) ? null : h));
    const sources = [...levels.filter((h): h is number => h !== null && h !== i), ...(leadIn !== null ? [leadIn] : [])];
    for (const h of sources) {
      for (const f of ps[h]!.features.keys()) context.add(f);
      keys.push(ps[h]!.key);
    }
    // The nearest heading gives the topic when it names a task rather than a part ("II. Kết quả thực hiện các biện
    // pháp phòng ngừa" stands above every task; "4. Chuyển đổi vị trí công tác" above a few).
    const nearest = [levels[2], levels[1], levels[0]].find((h): h is number => h !== null && h !== undefined && h !== i);
    const named = nearest !== undefined && zoning.zones[nearest] === 'results' && headingZone(ps[nearest]!.bodyKey) === null;
    const topicSources = [...(named ? [nearest] : []), ...(leadIn !== null ? [leadIn] : [])];
    const topic = new Set<string>();
    for (const h of topicSources) for (const f of ps[h]!.features.keys()) topic.add(f);
    return { context, contextKey: keys.join(' | '), topic, topicKey: topicSources.map((h) => ps[h]!.key).join(' | ') };
  };
  const taggedItemOf = (i: number): string | null => {
    const levels = zoning.headings[i] ?? [];
    const nearest = [levels[2], levels[1], levels[0]].find((h): h is number => h !== null && h !== undefined && h !== i);
    // An inserted heading nobody filled yet (its placeholder follows it) stands over nothing.
    const tag = nearest === undefined || stub(nearest) ? undefined : ps[nearest]!.paragraph.tag;
    if (tag?.startsWith(ITEM_HEADING_TAG)) return tag.slice(ITEM_HEADING_TAG.length);
    return ps[i]!.paragraph.table ? null : citedItem(ps[i]!.key);
  };
  const isHeading = (i: number) => {
    const p = ps[i]!.paragraph;
    return p.headingSource !== null && p.level !== null && p.level <= 3 && !p.table;
  };
  // Column that names the task, per table, read from its header row.
  const taskColumn = new Map<number, number>();
  // Tables that copy the plan's tasks beside their results ("Nhiệm vụ theo Kế hoạch | Kết quả thực hiện | Ghi chú"): a
  // row that says nothing but its number and the task (result and notes left empty) reports nothing.
  const resultTables = new Set<number>();
  // Tables of inspections ("Cuộc thanh tra, kiểm tra | Đơn vị | Kết quả"): the column naming each inspection.
  const inspectionColumn = new Map<number, number>();
  // Tables of figures ("Nội dung | Đơn vị tính | Số liệu | Ghi chú"): the columns of figures and of their units.
  const figureColumns = new Map<number, { figures: Set<number>; measures: Set<number> }>();
  // A row of figures that are all nought, with no note ("Người đứng đầu bị xử lý trách nhiệm | Người | 0"), says
  // nothing happened: the stock zero of a table, not a result.
  const onlyNoughts = (row: readonly number[], table: number) => {
    const columns = figureColumns.get(table);
    if (!columns) return false;
    let figures = 0;
    for (const k of row) {
      const cell = ps[k]!.paragraph.table!.cell;
      const key = ps[k]!.key;
      if (cell === taskColumn.get(table) || columns.measures.has(cell) || (cell === 0 && /^[\w.)]{0,4}$/u.test(key))) continue;
      if (columns.figures.has(cell)) {
        if (!/^0+(\s*\/\s*0+)*$/.test(key)) return false;
        figures += 1;
      } else if (key !== '' && key !== '-') return false;
    }
    return figures > 0;
  };
  // A result cell that gives only a status ("Chưa thực hiện", "Đang triển khai") with no reason or figure is left empty too.
  const resultLeftEmpty = (row: readonly number[], table: number) =>
    resultTables.has(table) && row.every((k) => ps[k]!.paragraph.table?.cell === taskColumn.get(table) || /^[\w.)]{0,4}$/u.test(ps[k]!.key) || STATUS_CELL.test(ps[k]!.key));
  // A row whose result says the task is not the author's ("Không thuộc nhiệm vụ của đơn vị", "Không thuộc chức năng")
  // reports nothing on it: a checklist's way of passing a task by.
  const notTheAuthors = (row: readonly number[], table: number) =>
    row.some((k) => ps[k]!.paragraph.table?.cell !== taskColumn.get(table) && NOT_THE_AUTHORS.test(ps[k]!.key));
  let afterInspection = false;
  let i = 0;
  while (i < ps.length) {
    const p = ps[i]!;
    const zone = zoning.zones[i]!;
    const table = p.paragraph.table;
    if (table) {
      const row: number[] = [];
      let j = i;
      while (j < ps.length && ps[j]!.paragraph.table?.table === table.table && ps[j]!.paragraph.table?.row === table.row) row.push(j++);
      if (isHeaderRow(doc, row)) {
        const column = row.find((k) => /^(nhiệm vụ|nội dung|công việc|tên nhiệm vụ|chỉ tiêu)/.test(ps[k]!.key));
        if (column !== undefined) taskColumn.set(table.table, ps[column]!.paragraph.table!.cell);
        const result = row.find((k) => /^(kết quả|tình hình thực hiện)/.test(ps[k]!.key));
        if (column !== undefined && result !== undefined) resultTables.add(table.table);
        const inspection = row.find((k) => INSPECTIONS_COLUMN.test(ps[k]!.key));
        if (inspection !== undefined && row.some((k) => BODY_COLUMN.test(ps[k]!.key))) inspectionColumn.set(table.table, ps[inspection]!.paragraph.table!.cell);
        const figures = new Set(row.filter((k) => /^(số liệu|số lượng|tổng số)/.test(ps[k]!.key)).map((k) => ps[k]!.paragraph.table!.cell));
        const measures = new Set(row.filter((k) => /^đơn vị tính/.test(ps[k]!.key)).map((k) => ps[k]!.paragraph.table!.cell));
        if (column !== undefined && figures.size > 0) figureColumns.set(table.table, { figures, measures });
      } else if (RESULT_ZONES.has(zone) && !resultLeftEmpty(row, table.table) && !onlyNoughts(row, table.table) && !notTheAuthors(row, table.table)) {
        const column = taskColumn.get(table.table);
        const taskFeatures = new Set(row.filter((k) => column !== undefined && ps[k]!.paragraph.table?.cell === column).flatMap((k) => [...ps[k]!.features.keys()]));
        const readings = row.map((k, n) => readParagraph(ps[k]!, zone, n * ROW_CELL_GAP, actorOf, reportYear));
        const inspectionCell = inspectionColumn.get(table.table);
        // A table of the author's inspections, body by body: what the other cells say is what each inspection found.
        if (inspectionCell !== undefined) for (const r of readings) if (r.p.paragraph.table?.cell !== inspectionCell) for (const c of r.clauses) c.inspection = true;
        const text = row.map((k) => ps[k]!.paragraph.text.trim()).filter(Boolean).join(' | ');
        const context = contextOf(i);
        const { whole, clauses, mixed } = assemble(readings, { zone, ...context, taskFeatures }, row.map((k) => ps[k]!.key).join(' | '), text);
        // The task cell read on its own, from the readings the row already made.
        const cells = readings.filter((r) => column !== undefined && r.p.paragraph.table?.cell === column && r.p.key.length > 0);
        const cell = cells.length ? assemble(cells, { zone, ...context, topic: NONE, topicKey: '', taskFeatures: NONE }, cells.map((r) => r.p.key).join(' '), '') : null;
        const taskCellParts = cell ? cell.clauses : NO_PARTS;
        units.push(evidenceUnit(whole, { paragraphs: row, anchor: row.find((k) => ps[k]!.key.length > 0) ?? i, clauses, mixed, taskCell: cell?.whole ?? null, taskCellParts, taggedItem: taggedItemOf(i) }));
      }
      leadIn = null;
      i = j;
      continue;
    }
    if (isHeading(i)) {
      leadIn = null;
      afterInspection = false;
    }
    else if (RESULT_ZONES.has(zone) && p.key.length > 0 && !isPlaceholder(p) && !STATUS_ONLY.test(p.key)) {
      const reading = readParagraph(p, zone, 0, actorOf, reportYear);
      // "Kết quả: UBND huyện ban hành KH chuyển đổi … chưa công khai" after a paragraph on the author's inspection of that
      // body: what the inspection found.
      if (afterInspection && FINDINGS_OPENER.test(p.key)) for (const c of reading.clauses) c.inspection = true;
      afterInspection = reading.clauses.some((c) => c.inspection && c.acts.has('inspect'));
      const { whole, clauses, mixed } = assemble([reading], { zone, ...contextOf(i), taskFeatures: NONE }, p.key, p.paragraph.text.trim());
      units.push(evidenceUnit(whole, { paragraphs: [i], anchor: i, clauses, mixed, taskCell: null, taskCellParts: NO_PARTS, taggedItem: taggedItemOf(i) }));
      if (isLeadIn(p)) leadIn = i;
    }
    i += 1;
  }
  return units;
}
