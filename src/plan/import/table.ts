/**
 * A plan whose tasks are assigned in a table ("Phụ lục: Danh mục nhiệm vụ": STT | Nội dung / Nhiệm vụ | Cơ quan chủ
 * trì | Cơ quan phối hợp | Thời gian | Sản phẩm), with group rows ("I" | "CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO"). Item ids are the
 * group numeral and the row's STT ("II.3"), as the plan numbers them.
 */
import type { DocumentModel } from '../../document/model';
import { foldForCompare } from '../../text';
import type { ImportDoubt, ImportedHeading, ImportedItem } from './outline';

type Column = 'stt' | 'task' | 'lead' | 'support' | 'timing' | 'product';

const COLUMN_NAMES: [Column, RegExp][] = [
  ['stt', /^(stt|tt|số thứ tự)$/],
  ['lead', /chủ trì|đơn vị thực hiện|cơ quan thực hiện/],
  ['support', /phối hợp/],
  ['timing', /thời gian|thời hạn/],
  ['product', /sản phẩm|kết quả/],
  ['task', /nội dung|nhiệm vụ|công việc/],
];

interface Row {
  cells: string[];
  paragraph: number;
}

function tablesOf(model: DocumentModel): Row[][] {
  const tables = new Map<number, Map<number, Row>>();
  for (const p of model.paragraphs) {
    if (!p.table) continue;
    const rows = tables.get(p.table.table) ?? new Map<number, Row>();
    const row = rows.get(p.table.row) ?? { cells: [], paragraph: p.index };
    row.cells[p.table.cell] = row.cells[p.table.cell] ? `${row.cells[p.table.cell]}\n${p.text.trim()}` : p.text.trim();
    rows.set(p.table.row, row);
    tables.set(p.table.table, rows);
  }
  return [...tables.values()].map((rows) => [...rows.values()].map((row) => ({ ...row, cells: Array.from(row.cells, (c) => c ?? '') })));
}

function columnsOf(header: Row): Partial<Record<Column, number>> | null {
  const columns: Partial<Record<Column, number>> = {};
  header.cells.forEach((cell, i) => {
    const key = foldForCompare(cell);
    const column = COLUMN_NAMES.find(([name, pattern]) => columns[name] === undefined && pattern.test(key))?.[0];
    if (column) columns[column] = i;
  });
  return columns.task !== undefined && columns.lead !== undefined ? columns : null;
}

export function readTaskTables(model: DocumentModel): { headings: ImportedHeading[]; items: ImportedItem[]; doubts: ImportDoubt[] } | null {
  for (const rows of tablesOf(model)) {
    const headerIndex = rows.findIndex((row) => columnsOf(row) !== null);
    if (headerIndex < 0) continue;
    const columns = columnsOf(rows[headerIndex]!)!;
    const headings: ImportedHeading[] = [];
    const items: ImportedItem[] = [];
    const doubts: ImportDoubt[] = [];
    let group: string | null = null;
    const cell = (row: Row, column: Column) => (columns[column] === undefined ? '' : (row.cells[columns[column]!] ?? '').trim());
    for (const row of rows.slice(headerIndex + 1)) {
      const stt = (columns.stt === undefined ? row.cells[0] ?? '' : cell(row, 'stt')).replace(/\.$/, '').trim();
      if (/^[IVX]+$/.test(stt)) {
        group = stt;
        const title = row.cells.filter((c, i) => i !== (columns.stt ?? 0) && c.trim() !== '')[0] ?? '';
        headings.push({ id: stt, label: `${stt}.`, level: 1, title: title.trim(), paragraph: row.paragraph });
        continue;
      }
      if (!/^\d+$/.test(stt)) {
        if (row.cells.some((c) => c.trim() !== '')) doubts.push({ paragraph: row.paragraph, vi: `Dòng bảng không có số thứ tự: "${row.cells.join(' | ').slice(0, 60)}".`, en: `A table row without a number: "${row.cells.join(' | ').slice(0, 60)}".` });
        continue;
      }
      const id = group ? `${group}.${stt}` : stt;
      if (!group) doubts.push({ paragraph: row.paragraph, item: id, vi: `${id}: dòng nhiệm vụ trước mọi dòng nhóm (I, II, ...).`, en: `${id}: a task row before any group row (I, II, ...).` });
      const lead = cell(row, 'lead');
      items.push({
        id,
        section: group ?? '',
        text: cell(row, 'task'),
        unitsRaw: lead || null,
        supportRaw: cell(row, 'support') || null,
        timingRaw: cell(row, 'timing') || null,
        productRaw: cell(row, 'product') || null,
        paragraph: row.paragraph,
        lead: [],
        support: [],
      });
      if (!lead) doubts.push({ paragraph: row.paragraph, item: id, vi: `${id}: ô "Cơ quan chủ trì" trống.`, en: `${id}: the lead body cell is empty.` });
    }
    if (items.length > 0) return { headings, items, doubts };
  }
  return null;
}
