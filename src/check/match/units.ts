/**
 * The pieces of a report that can report on a task: a paragraph of a results part, or a whole table row (the task
 * in one cell, its results in another). Each carries the words of the headings above it as context.
 */
import type { PreparedDocument, PreparedParagraph } from '../prepare';
import { RESULT_ZONES, type Zone, type Zoning } from '../zones';
import type { Act } from '../data/clause-markers';
import { clausesOf, type Clause, type FramingKind } from './clauses';

/** A stretch of report text scored against the plan's items: a whole paragraph or row, or one clause of it. */
export interface ScoredText {
  zone: Zone;
  /** feature → position; positions of different paragraphs of a row are far apart */
  features: Map<string, number>;
  /** Features of the headings above the unit (levels 1 to 3) and of the lead-in sentence of its list. */
  context: Set<string>;
  /** Features of the cell that names the task, in a table with a "Nhiệm vụ" / "Nội dung" column. */
  taskFeatures: Set<string>;
  /** Normalized text, for phrase checks. */
  key: string;
  /** Features said only where they frame a result (an authority cited, a training's topic, ...). */
  framed: Map<string, FramingKind>;
  /** Features said in clauses that tell what an inspection found in another body. */
  inspected: Set<string>;
  /** What the text says was done: advise, guide, inspect, issue, follow up. */
  acts: Set<Act>;
  /** Syllables and codes. */
  words: number;
}

export interface EvidenceUnit extends ScoredText {
  /** Paragraph indices the unit is made of. */
  paragraphs: number[];
  /** The paragraph to select when the user clicks the evidence. */
  anchor: number;
  text: string;
  /** The unit's clauses when it has more than one; each may report a task of its own. */
  clauses: ScoredText[];
}

/** One paragraph's clauses, with feature positions shifted by `offset` (rows keep their cells apart). */
function paragraphClauses(p: PreparedParagraph, zone: Zone, offset: number): { clause: Clause; key: string }[] {
  return clausesOf(p.tokens, p.masked, zone === 'detection', !p.paragraph.table).map((clause) => {
    const first = p.tokens[clause.start];
    const last = p.tokens[clause.end - 1];
    const key = first && last ? p.normalized.text.slice(first.start, last.end).trim() : '';
    if (offset) for (const [f, at] of clause.features) clause.features.set(f, at + offset);
    return { clause, key };
  });
}

/** Merges clauses into the unit's view: a feature keeps its first position, is framed or inspected only if it is
 * wherever it is said first. */
function assemble(parts: { clause: Clause; key: string }[], base: Omit<ScoredText, 'features' | 'framed' | 'inspected' | 'acts' | 'words' | 'key'>, key: string): { whole: ScoredText; clauses: ScoredText[] } {
  const features = new Map<string, number>();
  const framed = new Map<string, FramingKind>();
  const inspected = new Set<string>();
  const acts = new Set<Act>();
  let words = 0;
  const clauses: ScoredText[] = [];
  for (const { clause, key: clauseKey } of parts) {
    for (const [f, at] of clause.features) {
      if (features.has(f)) {
        if (!clause.framed.has(f)) framed.delete(f);
        if (!clause.inspection) inspected.delete(f);
        continue;
      }
      features.set(f, at);
      const kind = clause.framed.get(f);
      if (kind) framed.set(f, kind);
      if (clause.inspection) inspected.add(f);
    }
    for (const act of clause.acts) acts.add(act);
    words += clause.words;
    const clauseInspected = clause.inspection ? new Set(clause.features.keys()) : new Set<string>();
    clauses.push({ ...base, features: clause.features, framed: clause.framed, inspected: clauseInspected, acts: clause.acts, words: clause.words, key: clauseKey });
  }
  return { whole: { ...base, features, framed, inspected, acts, words, key }, clauses: clauses.length > 1 ? clauses : [] };
}

/** A sentence that opens a list: "Về kê khai tài sản, thu nhập:". Its words are the topic of the items below it. */
function isLeadIn(p: PreparedParagraph): boolean {
  return !p.paragraph.table && /:\s*$/.test(p.key) && p.key.split(' ').length <= 30;
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

export function evidenceUnits(doc: PreparedDocument, zoning: Zoning): EvidenceUnit[] {
  const units: EvidenceUnit[] = [];
  const ps = doc.paragraphs;
  let leadIn: number | null = null;
  const contextOf = (i: number): Set<string> => {
    const context = new Set<string>();
    for (const h of zoning.headings[i] ?? []) if (h !== null && h !== i) for (const f of ps[h]!.features.keys()) context.add(f);
    if (leadIn !== null) for (const f of ps[leadIn]!.features.keys()) context.add(f);
    return context;
  };
  const isHeading = (i: number) => {
    const p = ps[i]!.paragraph;
    return p.headingSource !== null && p.level !== null && p.level <= 3 && !p.table;
  };
  // Column that names the task, per table, read from its header row.
  const taskColumn = new Map<number, number>();
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
        const column = row.find((k) => /^(nhiệm vụ|nội dung|công việc|tên nhiệm vụ)/.test(ps[k]!.key));
        if (column !== undefined) taskColumn.set(table.table, ps[column]!.paragraph.table!.cell);
      } else if (RESULT_ZONES.has(zone)) {
        const column = taskColumn.get(table.table);
        const taskFeatures = new Set(row.filter((k) => column !== undefined && ps[k]!.paragraph.table?.cell === column).flatMap((k) => [...ps[k]!.features.keys()]));
        const parts = row.flatMap((k, n) => paragraphClauses(ps[k]!, zone, n * 100000));
        const { whole, clauses } = assemble(parts, { zone, context: contextOf(i), taskFeatures }, row.map((k) => ps[k]!.key).join(' | '));
        units.push({
          ...whole,
          paragraphs: row,
          anchor: row.find((k) => ps[k]!.key.length > 0) ?? i,
          text: row.map((k) => ps[k]!.paragraph.text.trim()).filter(Boolean).join(' | '),
          clauses,
        });
      }
      leadIn = null;
      i = j;
      continue;
    }
    if (isHeading(i)) leadIn = null;
    else if (RESULT_ZONES.has(zone) && p.key.length > 0 && !isPlaceholder(p)) {
      const { whole, clauses } = assemble(paragraphClauses(p, zone, 0), { zone, context: contextOf(i), taskFeatures: new Set() }, p.key);
      units.push({ ...whole, paragraphs: [i], anchor: i, text: p.paragraph.text.trim(), clauses });
      if (isLeadIn(p)) leadIn = i;
    }
    i += 1;
  }
  return units;
}
