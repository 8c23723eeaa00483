/**
 * The pieces of a report that can report on a task: a paragraph of a results part, or a whole table row (the task
 * in one cell, its results in another). Each carries the words of the headings above it as context.
 */
import type { PreparedDocument } from '../prepare';
import { RESULT_ZONES, type Zone, type Zoning } from '../zones';

export interface EvidenceUnit {
  /** Paragraph indices the unit is made of. */
  paragraphs: number[];
  /** The paragraph to select when the user clicks the evidence. */
  anchor: number;
  zone: Zone;
  /** feature → position; positions of different paragraphs of a row are far apart */
  features: Map<string, number>;
  /** Features of the headings above the unit (levels 1 to 3). */
  context: Set<string>;
  /** Features of the cell that names the task, in a table with a "Nhiệm vụ" / "Nội dung" column. */
  taskFeatures: Set<string>;
  /** Normalized text of the unit, for phrase checks. */
  key: string;
  text: string;
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
  const contextOf = (i: number): Set<string> => {
    const context = new Set<string>();
    for (const h of zoning.headings[i] ?? []) if (h !== null && h !== i) for (const f of ps[h]!.features.keys()) context.add(f);
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
        const features = new Map<string, number>();
        for (const [n, k] of row.entries()) for (const [f, position] of ps[k]!.features) if (!features.has(f)) features.set(f, n * 100000 + position);
        units.push({
          paragraphs: row,
          anchor: row.find((k) => ps[k]!.key.length > 0) ?? i,
          zone,
          features,
          context: contextOf(i),
          taskFeatures,
          key: row.map((k) => ps[k]!.key).join(' | '),
          text: row.map((k) => ps[k]!.paragraph.text.trim()).filter(Boolean).join(' | '),
        });
      }
      i = j;
      continue;
    }
    if (RESULT_ZONES.has(zone) && !isHeading(i) && p.key.length > 0 && !isPlaceholder(p)) {
      units.push({ paragraphs: [i], anchor: i, zone, features: p.features, context: contextOf(i), taskFeatures: new Set(), key: p.key, text: p.paragraph.text.trim() });
    }
    i += 1;
  }
  return units;
}
