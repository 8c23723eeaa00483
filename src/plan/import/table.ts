/**
 * A plan whose tasks are assigned in a table ("Phụ lục: Danh mục nhiệm vụ": STT | Nội dung / Nhiệm vụ | Cơ quan chủ
 * trì | Cơ quan phối hợp | Thời gian | Sản phẩm), with group rows ("I" | "CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO"). Item ids are the
 * group numeral and the row's STT ("II.3"), as the plan numbers them.
 */
import type { DocumentModel } from '../../document/model';
import { foldForCompare } from '../../text';
import type { ImportDoubt, ImportedHeading, ImportedItem } from './outline';
import { placesNamedBy } from './assignments';
import { citedPart, citedPlaces } from './cited-places';
import { gridColumnsOf, gridMarksOf, gridRaw, type GridColumns } from './month-grid';
import { namesOwnDoer } from './prose-lines';
import { gridNamesUnits, gridUnits } from './unit-grid';
import { splitDoerCell } from './doer-cell';
import { pairedRolesHeader, splitPairedRoles, type RoleOrder } from './paired-roles-cell';
import { resolveSameAsAbove, type RowCells } from './same-as-above';
import { appendixHeadingBefore } from './appendix-heading';

/** A group row's number and title in its first cell: "1. Công tác lãnh đạo, chỉ đạo", "II. CÔNG KHAI, MINH BẠCH". */
const GROUP_IN_FIRST_CELL = /^([IVX]+|\d+|[A-HJ-UW-ZĐ])[.)]\s+(\p{L}.{3,})$/u;

/** "| a) Công khai dự toán … | Văn phòng Sở (TH) | Năm 2027" under "5 | Thực hiện công khai, minh bạch …:": a lettered
 * part of the numbered row above, its letter written at the head of its task cell, its number cell left empty. */
const LETTER_IN_TASK = /^\**\s*([a-zđ])\)\s*\**\s*/u;

/** "Nội dung công việc | Phân công thực hiện" with no number column: each task numbered at the head of its own cell,
 * "1. Quán triệt, triển khai …", straight through the groups. */
const NUMBER_IN_TASK = /^\**\s*(\d+)[.)]\s*\**\s+(?=\p{L})/u;

/** "Ghi chú: Phối hợp Ban đại diện cha mẹ học sinh": a note that opens with "phối hợp" names bodies that help with the
 * task; any other note ("Theo kế hoạch dạy học của tổ") names none. */
const partnersInNote = (note: string): string => /^phối hợp(?:\s+với)?\s*:?\s+(\S.*)$/iu.exec(note.replace(/\*/g, '').replace(/\s*\n\s*/g, '; ').trim())?.[1]?.replace(/[.;,\s]+$/u, '') ?? '';

/** A group's title in capitals: "CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO". */
const isCapitals = (text: string): boolean => {
  const letters = text.replace(/\*/g, '').replace(/[^\p{L}]/gu, '');
  return letters.length >= 6 && letters === letters.toUpperCase();
};

type Column = 'stt' | 'task' | 'lead' | 'support' | 'timing' | 'product' | 'note';

/** The table's columns; `roles`: a column for each body, headed by its name ("VP | P.CSDT | P.TG"), its cells marked;
 * `byUnit`: the lead column names the unit a group of rows belongs to ("Khoa, phòng"), written in the group's first row;
 * `paired`: the lead column gives the supporting bodies too, after a slash ("Chủ trì / Phối hợp"). */
type Columns = Partial<Record<Column, number>> & { roles?: { at: number; body: string }[]; byUnit?: boolean; grid?: GridColumns; paired?: RoleOrder };

/** A column of units with no word of leading: "Khoa, phòng", "Đơn vị", "Phòng, ban", "Bộ phận". */
const UNIT_COLUMN = /^(?:khoa, phòng(?:, ban)?|phòng, (?:ban|khoa)|(?:cơ quan, )?đơn vị(?:, bộ phận)?|bộ phận|phòng, ban, đơn vị)$/u;

/** A body's part in a role matrix: "CT" (chủ trì), "PH" (phối hợp), written out, or a cross for the body that does it. */
const ROLE_MARK = /^(?:(ct|chủ trì|x)|(ph|phối hợp))$/u;
const roleMark = (cell: string) => ROLE_MARK.exec(foldForCompare(cell.replace(/[*.()]/g, '')).trim());

const COLUMN_NAMES: [Column, RegExp][] = [
  ['stt', /^(stt|tt|số thứ tự)$/],
  // ("Phân công thực hiện": a cell of labelled lines, "Chủ trì: Văn phòng Sở" over "Phối hợp: …".)
  // ("Đơn vị, cá nhân thực hiện": a school's or an office's plan gives tasks to persons, "Hiệu trưởng", as well as units.)
  // ("Khoa, phòng thực hiện", "Phòng, ban thực hiện": the kinds of unit a hospital or an office is made of, each row's own.)
  ['lead', /chủ trì|(?<!\p{L})(?:đơn vị|cơ quan|bộ phận|cá nhân|người|khoa|phòng|ban)(?:,\s*(?:đơn vị|cơ quan|bộ phận|cá nhân|người|khoa|phòng|ban))* thực hiện|^phân công/u],
  ['support', /phối hợp/],
  ['timing', /thời gian|thời hạn|tiến độ|thời điểm/],
  ['product', /sản phẩm|kết quả/],
  ['task', /nội dung|nhiệm vụ|công việc/],
  ['note', /^ghi chú$/],
];

export interface Row {
  cells: string[];
  paragraph: number;
}

export interface Table {
  number: number;
  rows: Row[];
  /** The table's last paragraph (model index). */
  end: number;
}

/** The document's tables, row by row, each cell's paragraphs joined by line breaks. */
export function tablesOf(model: DocumentModel): Table[] {
  const tables = new Map<number, { rows: Map<number, Row>; end: number }>();
  for (const p of model.paragraphs) {
    if (!p.table) continue;
    const table = tables.get(p.table.table) ?? { rows: new Map<number, Row>(), end: p.index };
    const row = table.rows.get(p.table.row) ?? { cells: [], paragraph: p.index };
    // By grid column where the host gives it: a header cell merged across "Chủ trì | Phối hợp" keeps the columns after it
    // in line with the rows below.
    const at = p.table.column ?? p.table.cell;
    row.cells[at] = row.cells[at] ? `${row.cells[at]}\n${p.text.trim()}` : p.text.trim();
    table.rows.set(p.table.row, row);
    table.end = p.index;
    tables.set(p.table.table, table);
  }
  return [...tables].map(([number, { rows, end }]) => ({ number, end, rows: [...rows.values()].map((row) => ({ ...row, cells: Array.from(row.cells, (c) => c ?? '') })) }));
}

/** A row assigning the tasks it names by their place: "Điểm 3 (gạch đầu dòng 1) | Thẩm phán | Văn phòng | Thường xuyên". */
export interface PlacedRow {
  /** The places as numbers: "3.1", "II.1", "7". */
  places: string[];
  lead: string;
  support: string;
  timing: string;
  /** The table has a column of its own for the bodies that help. */
  supportColumn: boolean;
  paragraph: number;
}

/**
 * "Nội dung (theo mục II) | Chủ trì | Phối hợp | Thời gian" whose content cells only name the tasks written in prose
 * above by their place ("Điểm 1, 2 mục II", "Điểm 5 (các gạch đầu dòng 1–3)"): a table of who does them and when, not a
 * list of tasks. Its rows, or null for a table of another kind.
 */
function placedRowsOf(rows: readonly Row[]): PlacedRow[] | null {
  const headerIndex = rows.findIndex((row, at) => columnsOf(row, rows.slice(at + 1)) !== null);
  if (headerIndex < 0) return null;
  const columns = columnsOf(rows[headerIndex]!, rows.slice(headerIndex + 1))!;
  if (columns.lead === undefined || columns.byUnit) return null;
  const cell = (row: Row, at: number | undefined) => (at === undefined ? '' : (row.cells[at] ?? '').replace(/\*/g, '').trim());
  const roles = (row: Row) => (columns.paired ? splitPairedRoles(cell(row, columns.lead), columns.paired) : { lead: cell(row, columns.lead), support: cell(row, columns.support) });
  const body = rows.slice(headerIndex + 1).filter((row) => cell(row, columns.task) !== '');
  const part = citedPart(cell(rows[headerIndex]!, columns.task));
  const placesOf = (text: string) => {
    const named = placesNamedBy(text);
    return named.length > 0 || part === null ? named : citedPlaces(text, part);
  };
  const placed = body.map((row) => ({
    places: placesOf(cell(row, columns.task)),
    ...roles(row),
    timing: cell(row, columns.timing),
    supportColumn: columns.support !== undefined || columns.paired !== undefined,
    paragraph: row.paragraph,
  }));
  return placed.length >= 2 && placed.every((row) => row.places.length > 0) ? placed : null;
}

/** The rows of every table assigning the prose tasks by their place. */
export function placedAssignments(model: DocumentModel): PlacedRow[] {
  return tablesOf(model).flatMap(({ rows }) => placedRowsOf(rows) ?? []);
}

/** Only empty paragraphs (or none) stand between two paragraphs. */
function adjoining(model: DocumentModel, from: number, to: number): boolean {
  return model.paragraphs.slice(from + 1, to).every((p) => p.text.trim() === '' || (p.table !== null && /^[-|:\s]*$/.test(p.text)));
}

/**
 * "TT | Nội dung nhiệm vụ | VP | P.CSDT | P.TG | TTr | Thời gian" with "CT" or "PH" under each body: the columns named by
 * no field whose cells below hold only role marks. Two of them at least: one such column is a field the reader does not
 * know.
 */
function roleColumns(header: Row, below: readonly Row[], named: Columns): { at: number; body: string }[] {
  // (The month grid's crosses mark times, not bodies.)
  const taken = new Set([...Object.values(named), ...(named.grid?.periods.map((p) => p.at) ?? [])]);
  const roles = header.cells.flatMap((cell, at) => {
    // ("Quý I | Quý II | …" with a cross in the quarters a task is done: times, not bodies.)
    if (taken.has(at) || !/\p{L}/u.test(cell) || /^(?:quý|tháng|năm|tuần|đợt|kỳ|lần|6 tháng|9 tháng)(?![\p{L}])/u.test(foldForCompare(cell.replace(/\*/g, '').trim()))) return [];
    const marks = below.map((row) => (row.cells[at] ?? '').trim()).filter(Boolean);
    return marks.length > 0 && marks.every((mark) => roleMark(mark)) ? [{ at, body: cell.replace(/\*/g, '').replace(/\s+/g, ' ').trim() }] : [];
  });
  return roles.length >= 2 ? roles : [];
}

function columnsOf(header: Row, below: readonly Row[] = []): Columns | null {
  // "STT | Đơn vị được kiểm tra | Nội dung kiểm tra | Thời gian | Đơn vị chủ trì": a schedule of the inspections one task
  // plans, each row a body to visit, not a list of tasks.
  if (header.cells.some((cell) => /(?:được|bị) (?:thanh tra|kiểm tra|giám sát)|^đối tượng (?:thanh tra|kiểm tra|giám sát)/u.test(foldForCompare(cell)))) return null;
  // A row numbered in its first cell is a task or a group, whatever words its task cell holds ("… đưa nội dung PCTN vào").
  if (/^\**\s*(?:\d+(?:\.\d+)*|[IVX]+)[.)]?\s*\**$/u.test((header.cells[0] ?? '').trim())) return null;
  const columns: Columns = {};
  header.cells.forEach((cell, i) => {
    const paired = columns.lead === undefined && columns.support === undefined ? pairedRolesHeader(cell) : null;
    if (paired) {
      Object.assign(columns, { lead: i, paired });
      return;
    }
    const key = foldForCompare(cell);
    const column = COLUMN_NAMES.find(([name, pattern]) => columns[name] === undefined && pattern.test(key))?.[0];
    if (column) columns[column] = i;
  });
  if (columns.task !== undefined && columns.lead === undefined && columns.support === undefined) {
    // "STT | Khoa, phòng | Nhiệm vụ | Thời gian": the tasks grouped by the unit that does them.
    const unit = header.cells.findIndex((cell, i) => !Object.values(columns).includes(i) && UNIT_COLUMN.test(foldForCompare(cell.replace(/\*/g, '')).trim()));
    if (unit >= 0) Object.assign(columns, { lead: unit, byUnit: true });
  }
  // "T1 | T2 | … | T12 | Ghi chú" with a cross in the months a task is done: its time, where no column gives one.
  const grid = columns.timing === undefined ? gridColumnsOf(header.cells) : null;
  if (grid) columns.grid = grid;
  // "Quý I | … | Quý IV" with "VP", "P.KHTC, VP" in the quarters a task is done: the grid names its bodies too.
  if (grid && columns.task !== undefined && columns.lead === undefined && columns.support === undefined && gridNamesUnits(below, grid)) grid.byUnit = true;
  else if (columns.task !== undefined && columns.lead === undefined && columns.support === undefined) {
    const roles = roleColumns(header, below, columns);
    if (roles.length > 0) columns.roles = roles;
  }
  return columns.task !== undefined && (columns.lead !== undefined || columns.roles !== undefined || grid?.byUnit) ? columns : null;
}

/** "1. Công tác lãnh đạo, chỉ đạo … | | | |": a group row written across the table, its number and title in its first cell
 * and the other cells empty: [number, title]. */
function spanningGroup(row: Row, sttColumn: number): RegExpExecArray | null {
  if (row.cells.some((c, i) => i !== sttColumn && c.replace(/\*/g, '').trim() !== '')) return null;
  return GROUP_IN_FIRST_CELL.exec((row.cells[sttColumn] ?? '').replace(/^\*+|\*+$/g, '').replace(/\.$/, '').trim());
}

/** A header's second row naming the parts of a merged "Đơn vị thực hiện" cell: "| | Chủ trì | Phối hợp | |". */
function subHeaderColumns(row: Row): Partial<Record<Column, number>> | null {
  const columns: Partial<Record<Column, number>> = {};
  let other = false;
  row.cells.forEach((cell, i) => {
    const key = foldForCompare(cell).replace(/[*:.]/g, '').trim();
    if (key === '') return;
    if (/^((đơn vị|cơ quan) )?chủ trì$/u.test(key)) columns.lead = i;
    else if (/^((đơn vị|cơ quan) )?phối hợp$/u.test(key)) columns.support = i;
    else other = true;
  });
  return !other && columns.lead !== undefined ? columns : null;
}

/**
 * `sectionOf`: the heading a table stands under when it stands among the prose tasks ("II.3"), or null for a table of
 * its own (an appendix). Group rows are Roman numerals (I, II) or letters (a), b)); a table among the prose numbers its
 * rows under that heading and group ("II.3.a.1"). Every task table of the plan is read.
 */
export function readTaskTables(
  model: DocumentModel,
  sectionOf: (tableNumber: number) => string | null = () => null,
  tasksPart: { id: string; title: string; paragraph: number } | null = null,
): { headings: ImportedHeading[]; items: ImportedItem[]; doubts: ImportDoubt[] } | null {
  const headings: ImportedHeading[] = [];
  const items: ImportedItem[] = [];
  const doubts: ImportDoubt[] = [];
  // A task table cut into pieces (by empty paragraphs, or one table a row when pasted): a piece with no header row right
  // after one with the same cells goes on with its columns, its heading and its group.
  type Piece = { end: number; width: number; columns: Columns; within: string | null; group: string | null; topGroup: string | null; unit: string };
  let previous = null as Piece | null;
  // Capital-lettered groups with no task part to stand under are numbered by their place: A → 1, B → 2, … Đ in its turn.
  let capitalGroups = 0;
  for (const { number, rows, end } of tablesOf(model)) {
    const headerIndex = rows.findIndex((row, at) => columnsOf(row, rows.slice(at + 1)) !== null);
    const continues = headerIndex < 0 && previous !== null && rows.length > 0 && rows[0]!.cells.length === previous.width && adjoining(model, previous.end, rows[0]!.paragraph);
    // (A table that only names the prose tasks by their place gives them their bodies and times: placedAssignments.)
    if (headerIndex >= 0 && placedRowsOf(rows) !== null) {
      previous = null;
      continue;
    }
    if (headerIndex < 0 && !continues) {
      // a table of separators or of layout sits between two pieces without cutting them
      const separators = rows.every((row) => row.cells.every((c) => /^[-|:\s]*$/.test(c)));
      previous = previous !== null && separators ? { ...previous, end } : null;
      continue;
    }
    const columns = continues ? previous!.columns : columnsOf(rows[headerIndex]!, rows.slice(headerIndex + 1))!;
    // "Đơn vị thực hiện" over a second header row "Chủ trì | Phối hợp": the second row says which column is which.
    const subHeader = continues ? null : rows[headerIndex + 1];
    const subColumns = subHeader ? subHeaderColumns(subHeader) : null;
    if (subColumns) Object.assign(columns, subColumns);
    // Group rows in Roman numerals (I, II, …) number the tasks themselves ("I.1"), wherever the table stands: a table
    // in section II with groups I–V is the plan's task list, not part II of it ("II.I.1" is no id).
    const romanGroups = rows.slice(headerIndex + 1).some((row) => {
      const first = (row.cells[columns.stt ?? 0] ?? '').replace(/\*/g, '').trim();
      return /^[IVX]+\.?$/.test(first) || /^[IVX]+$/.test(spanningGroup(row, columns.stt ?? 0)?.[1] ?? '');
    });
    const within = continues ? previous!.within : romanGroups ? null : sectionOf(number);
    let group: string | null = continues ? previous!.group : null;
    // ("Phụ lục II" over a table numbered 1, 2, … with no group rows: the appendix's number is the rows' group, 2.1, ….)
    const appendix = continues || within || rows.length === 0 ? null : appendixHeadingBefore(model, rows[0]!.paragraph);
    /** The Roman or capital-lettered group the rows stand in, over its numbered parts. */
    let topGroup: string | null = continues ? previous!.topGroup : null;
    /** In a table by unit, the unit of the rows under its first (the cell merged down, read empty). */
    let unit = continues ? previous!.unit : '';
    // A role matrix's row names its bodies as a lead cell would: "VP (chủ trì); P.CSDT (phối hợp)".
    const roles = (row: Row) =>
      (columns.roles ?? []).flatMap(({ at, body }) => {
        const mark = roleMark(row.cells[at] ?? '');
        return mark ? [`${body} (${mark[1] ? 'chủ trì' : 'phối hợp'})`] : [];
      }).join('; ');
    const numberInTask =
      columns.stt === undefined && columns.task === 0 && rows.slice(headerIndex + 1).filter((row) => NUMBER_IN_TASK.test(row.cells[0] ?? '') && (row.cells[columns.lead!] ?? '').trim()).length >= 2;
    const paired = (row: Row, column: 'lead' | 'support') => splitPairedRoles((row.cells[columns.lead!] ?? '').trim(), columns.paired!)[column];
    const cell = (row: Row, column: Column) =>
      columns.grid?.byUnit && (column === 'lead' || column === 'support')
        ? gridUnits(row.cells, columns.grid)[column].join(', ')
        : column === 'lead' && columns.roles
        ? roles(row)
        : columns.paired && (column === 'lead' || column === 'support')
          ? paired(row, column)
          : columns[column] === undefined
            ? ''
            : column === 'task' && numberInTask
              ? (row.cells[columns.task!] ?? '').trim().replace(NUMBER_IN_TASK, '')
              : (row.cells[columns[column]!] ?? '').trim();
    const sttOf = (row: Row) =>
      (numberInTask ? (NUMBER_IN_TASK.exec(row.cells[0] ?? '')?.[1] ?? row.cells[0] ?? '') : columns.stt === undefined ? row.cells[0] ?? '' : cell(row, 'stt'))
        .replace(/^\*+|\*+$/g, '')
        .replace(/\.$/, '')
        .trim();
    const body = rows.slice(headerIndex + (subColumns ? 2 : 1));
    // "3.1" under heading "3." (II.3) already carries the heading's number: it is II.3.1, not II.3.3.1 — unless the
    // table numbers its own groups 1, 2, … so that "3.1" is the first row of its group 3.
    const head = within?.split('.').at(-1);
    const headIsGroupRow = head !== undefined && body.some((row) => sttOf(row) === head && !cell(row, 'lead') && !cell(row, 'timing'));
    const inWithin = (stt: string) => (head && !headIsGroupRow && stt.startsWith(`${head}.`) && stt.length > head.length + 1 ? stt.slice(head.length + 1) : stt);
    const path = (...parts: (string | null)[]) => [within, ...parts.map((p) => (p === null ? p : inWithin(p)))].filter(Boolean).join('.');
    const width = (continues ? previous!.width : rows[headerIndex]!.cells.length);
    // "1 | CÔNG TÁC LÃNH ĐẠO" over "1.1", "1.2": a number that later rows extend is a group.
    // (Only task rows extend: "2.1 | Công khai …" with no body and no time is itself a group, and "2" under it a task.)
    // Under Roman groups each group numbers its parts afresh ("I" over "1", "1.1"; "II" over "1", "1.1"): a number is
    // extended within its own Roman group, so "2" in group III is a task when only group I has a "2.1".
    const romanOf = (row: Row) => /^[IVX]+$/.exec(spanningGroup(row, columns.stt ?? 0)?.[1] ?? sttOf(row))?.[0] ?? null;
    const romanAt: string[] = [];
    body.reduce((roman, row) => {
      const now = romanOf(row) ?? roman;
      romanAt.push(now);
      return now;
    }, continues && /^[IVX]+$/.test(previous!.topGroup ?? '') ? previous!.topGroup! : '');
    const extended = new Set(
      body.flatMap((row, at) => {
        const n = sttOf(row);
        return (cell(row, 'lead') || cell(row, 'timing')) && /^\d+(\.\d+)+$/.test(n) ? [`${romanAt[at]}|${n.slice(0, n.lastIndexOf('.'))}`] : [];
      }),
    );
    /** The last task row's lead and the group it stands in. */
    let above: { section: string; lead: string } | null = null;
    /** The last task row's cells, resolved: what a cell saying "Như trên" repeats. */
    let rowAbove: RowCells | null = null;
    /** A task row: its cells as the task's fields, and a doubt when its lead cell is empty. */
    /** The row the last task was read from: a row under it with only words in its task cell goes on with its text. */
    let taskRow: Row | null = null;
    const firstItem = items.length;
    const addTask = (row: Row, id: string, section: string, text = cell(row, 'task')) => {
      taskRow = row;
      if (columns.byUnit) unit = cell(row, 'lead') || unit;
      const written = resolveSameAsAbove({ lead: columns.byUnit ? unit : cell(row, 'lead'), support: cell(row, 'support'), timing: cell(row, 'timing') }, rowAbove);
      rowAbove = written;
      const own = written.lead;
      // "Văn phòng" over II.1 and II.2, its cell merged down (w:vMerge, read empty) or left empty below its first row: a
      // task row with no lead but its time or helpers given is led by the row above it in its group.
      const merged = !own && above !== null && above.section === section && (written.timing !== '' || written.support !== '') && !namesOwnDoer(text);
      const lead = merged ? above!.lead : own;
      above = lead ? { section, lead } : null;
      // (A row with neither marks nor note keeps to what its words say of its time.)
      const marks = columns.grid ? gridMarksOf(row.cells, columns.grid) : null;
      const grid = marks && gridRaw(marks) ? marks : null;
      // ("Phân công thực hiện" with no time column: the sentence closes with the time.)
      const said = columns.timing === undefined && !grid && !columns.roles && !columns.byUnit && lead ? splitDoerCell(lead) : null;
      items.push({
        id,
        section,
        text,
        unitsRaw: (said ? said.doers : lead) || null,
        supportRaw: [written.support, partnersInNote(cell(row, 'note'))].filter(Boolean).join('; ') || null,
        supportColumn: columns.support !== undefined || columns.paired !== undefined || columns.grid?.byUnit === true,
        timingRaw: grid ? gridRaw(grid) : cell(row, 'timing') || said?.time || null,
        ...(!grid && written.timing !== cell(row, 'timing') ? { timingAsAbove: written.timing } : {}),
        ...(grid ? { grid } : {}),
        productRaw: cell(row, 'product') || null,
        paragraph: row.paragraph,
        lead: [],
        support: [],
        ...(within ? { withinProse: true } : {}),
      });
      if (!lead) doubts.push({ paragraph: row.paragraph, item: id, vi: `${id}: ô "Cơ quan chủ trì" trống.`, en: `${id}: the lead body cell is empty.` });
      if (merged) doubts.push({ paragraph: row.paragraph, item: id, vi: `${id}: ô "Cơ quan chủ trì" trống, hiểu là gộp với dòng trên ("${lead}").`, en: `${id}: the lead body cell is empty, read as merged with the row above ("${lead}").` });
    };
    // "Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian" with no number column and no number in the rows: a row
    // with only its task cell filled is a group (its title), the rows under it its tasks, numbered by their place.
    const unnumbered = columns.stt === undefined && columns.task === 0 && body.every((row) => !/^\s*\**\s*(?:\d+(?:\.\d+)*|[IVX]+|[a-zđA-ZĐ])[.)]?(?:\s|$)/u.test(row.cells[0] ?? ''));
    // (Only a row with a body or a time: a task cell's "a)" with neither goes on the row above.)
    const letterInTask = (row: Row) =>
      sttOf(row) === '' && (cell(row, 'lead') || cell(row, 'timing')) ? (LETTER_IN_TASK.exec(cell(row, 'task'))?.[1] ?? '') : '';
    let placeInGroup = 0;
    let groupsByPlace = continues && previous!.group !== null ? Number(previous!.group.split('.').at(-1)) || 0 : 0;
    for (const [at, row] of body.entries()) {
      if (unnumbered) {
        const task = cell(row, 'task').replace(/^\*+|\*+$/g, '').trim();
        const filled = cell(row, 'lead') || cell(row, 'support') || cell(row, 'timing');
        if (!task) continue;
        if (!filled) {
          groupsByPlace += 1;
          placeInGroup = 0;
          group = String(groupsByPlace);
          headings.push({ id: path(group), label: `${group}.`, level: (within ? within.split('.').length : 0) + 1, title: task.split('\n')[0]!, paragraph: row.paragraph });
          continue;
        }
        placeInGroup += 1;
        const id = path(group, String(placeInGroup));
        addTask(row, id, path(group) || '');
        continue;
      }
      // The row's other cells with words in them; a group row's first is its title.
      const texts = row.cells.filter((c, i) => i !== (columns.stt ?? 0) && c.replace(/\*/g, '').trim() !== '');
      const spanning = spanningGroup(row, columns.stt ?? 0);
      const stt = spanning ? spanning[1]! : sttOf(row) || letterInTask(row);
      const letter = /^([a-zđ])\)?$/u.exec(stt)?.[1];
      const title = spanning ? spanning[2]!.trim() : (texts[0] ?? '').replace(/^\*+|\*+$/g, '').trim();
      if (extended.has(`${romanAt[at]}|${stt}`)) {
        // ("I" over "1. Công tác lãnh đạo, chỉ đạo" over "1.1": the part of group I is I.1, its rows I.1.1.)
        const underRoman = romanAt[at] !== '' && topGroup === romanAt[at];
        if (underRoman) group = `${topGroup}.${stt}`;
        const id = underRoman ? group! : path(stt);
        headings.push({ id, label: `${stt}.`, level: (within ? within.split('.').length : 0) + (underRoman ? id : stt).split('.').length, title, paragraph: row.paragraph });
        continue;
      }
      const nested = /^(\d+(?:\.\d+)*)\.(\d+)$/.exec(stt);
      // "2.1 | Công khai, minh bạch … | | |" over rows "1", "2", …: a group numbered as the heading's sub-part, its rows
      // numbered from 1 (under heading "2." the group is "2.1", its rows "II.2.1.1").
      if (nested && texts.length === 1 && !cell(row, 'lead') && !cell(row, 'timing')) {
        const own = inWithin(stt);
        group = own;
        headings.push({ id: path(own), label: `${stt}.`, level: (within ? within.split('.').length : 0) + 1, title, paragraph: row.paragraph });
        continue;
      }
      if (nested) {
        // "1.2": the second task of group 1, numbered by the plan itself; under Roman group II's part "1", II.1.2.
        const id = topGroup !== null && group === `${topGroup}.${nested[1]}` && /^[IVX]+$/.test(topGroup) ? path(topGroup, stt) : path(stt);
        addTask(row, id, id.slice(0, id.lastIndexOf('.')));
        continue;
      }
      // "a | Công khai, minh bạch … | Phòng Hậu cần | Phòng Tham mưu | Thường xuyên" under group row "1": a lettered row with
      // a lead or a time is a task, numbered as a lettered task of the prose is ("III.1.a.1").
      if (letter && (cell(row, 'lead') || cell(row, 'timing'))) {
        const section = path(group, letter);
        const text = cell(row, 'task').replace(LETTER_IN_TASK, '');
        headings.push({ id: section, label: `${letter})`, level: section.split('.').length, title: text.split('\n')[0]!.replace(/:$/, ''), paragraph: row.paragraph });
        addTask(row, `${section}.1`, section, text);
        continue;
      }
      // "A | CÔNG TÁC LÃNH ĐẠO": a group lettered in capitals keeps its letter (the plan's own) under the heading the table
      // stands in ("II.a.1"); an appendix table's, under the part of the plan that gives the tasks ("II. Nhiệm vụ …, chi
      // tiết tại Phụ lục": II.a.1); with no such part, it is numbered by its place (A → 1), as ids begin with a number.
      // ("Đ | CÔNG TÁC THÔNG TIN, BÁO CÁO" after "D": a letter of its own, "đ", not a second "d".)
      const lettered = /^[A-HJ-UW-ZĐ]$/u.test(stt);
      if (lettered && !within && tasksPart && !headings.some((h) => h.id === tasksPart.id)) headings.push({ id: tasksPart.id, label: `${tasksPart.id}.`, level: 1, title: tasksPart.title, paragraph: tasksPart.paragraph });
      const capital = lettered ? (within ? stt.toLowerCase() : tasksPart ? `${tasksPart.id}.${stt.toLowerCase()}` : String(++capitalGroups)) : null;
      // "1. | CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO | | |": a numbered row with a title in capitals and no body or time is a group.
      // So is one whose title is in plain case when the rows under it are lettered ("1 | Công tác lãnh đạo …" over "a", "b").
      const next = body[at + 1];
      const overLetters = next !== undefined && /^[a-zđ]\)?$/u.test(sttOf(next) || letterInTask(next));
      const numberedGroup = /^\d+$/.test(stt) && ((texts.length === 1 && !cell(row, 'lead') && !cell(row, 'timing') && (isCapitals(title) || overLetters)) || spanning !== null);
      if (/^[IVX]+$/.test(stt) || letter || capital || numberedGroup) {
        // "I | CÔNG TÁC LÃNH ĐẠO …" then "1 | Công tác lãnh đạo, chỉ đạo" over "a", "b": the numbered group is a part of the
        // Roman one (I.1, tasks I.1.a.1), as "1" under "II" is II.1, not a second group 1.
        const underRoman = numberedGroup && overLetters && topGroup !== null;
        group = underRoman ? `${topGroup}.${stt}` : (letter ?? capital ?? stt);
        if (/^[IVX]+$/.test(stt) || capital) topGroup = group;
        headings.push({ id: path(group), label: letter ? `${letter})` : `${stt}.`, level: within ? within.split('.').length + 1 : group.split('.').length, title, paragraph: row.paragraph });
        continue;
      }
      // "2.2 | Công khai tiêu chuẩn, định mức …; | Phòng Công tác xã hội | Tổ Kế toán" over " | công khai danh sách đối
      // tượng … | | |": a row with no number and words only in its task cell, going on in lower case, goes on with the task
      // above it (" | Công tác tuyên truyền … | |", in capitals, is a group's title).
      if (stt === '' && at > 0 && body[at - 1] === taskRow && texts.length === 1 && /^\p{Ll}/u.test(cell(row, 'task')) && items.length > firstItem) {
        const task = items[items.length - 1]!;
        task.text = `${task.text}\n${cell(row, 'task')}`;
        taskRow = row;
        continue;
      }
      if (!/^\d+$/.test(stt)) {
        if (row.cells.some((c) => c.trim() !== '')) doubts.push({ paragraph: row.paragraph, vi: `Dòng bảng không có số thứ tự: "${row.cells.join(' | ').slice(0, 60)}".`, en: `A table row without a number: "${row.cells.join(' | ').slice(0, 60)}".` });
        continue;
      }
      // "6 | Công khai kế hoạch đầu tư công … | Phòng Kế hoạch - Tổng hợp" after the lettered parts of "5": a task of the
      // Roman group again (II.6), not of "5".
      if (topGroup !== null && group !== null && group.startsWith(`${topGroup}.`)) group = topGroup;
      if (group === null && appendix && !headings.some((h) => h.id === appendix.number)) {
        group = appendix.number;
        headings.push({ id: group, label: appendix.label, level: 1, title: appendix.title, paragraph: appendix.paragraph });
      }
      const id = path(group, stt);
      if (!group && !within) doubts.push({ paragraph: row.paragraph, item: id, vi: `${id}: dòng nhiệm vụ trước mọi dòng nhóm (I, II, ...).`, en: `${id}: a task row before any group row (I, II, ...).` });
      addTask(row, id, path(group) || '');
    }
    fillGroupTimes(items.slice(firstItem), columns.timing !== undefined && !columns.grid && !continues);
    previous = { end, width, columns, within, group, topGroup, unit };
  }
  return items.length > 0 ? { headings, items, doubts } : null;
}

/**
 * "2.1 | Công khai dự toán … | Tổ Kế toán | … | Thường xuyên trong năm 2027" over "2.2", "2.3", … to the group's end with
 * their time cells empty, in a table whose every other task row gives its time: the group's time written once, in its
 * first row (a cell merged down, w:vMerge, reads empty as well), is each row's of the group. A table that leaves times
 * out here and there, or a run of empty cells that does not start under the group's first row, keeps them empty.
 */
function fillGroupTimes(items: ImportedItem[], timeColumn: boolean): void {
  if (!timeColumn) return;
  const groups = new Map<string, ImportedItem[]>();
  for (const item of items) groups.set(item.section, [...(groups.get(item.section) ?? []), item]);
  const filled = (item: ImportedItem) => Boolean(item.timingRaw) || item.timingAsAbove !== undefined;
  const onceOver = (rows: ImportedItem[]) => rows.length > 1 && filled(rows[0]!) && rows.slice(1).every((item) => !filled(item));
  const runs = [...groups.values()].filter(onceOver);
  if (runs.length === 0) return;
  // (Every task row outside those groups gives its time: the table times each row.)
  if (![...groups.values()].filter((rows) => !runs.includes(rows)).every((rows) => rows.every(filled))) return;
  if (![...groups.values()].some((rows) => !runs.includes(rows))) return;
  for (const [first, ...rest] of runs) for (const item of rest) item.timingRaw = first!.timingRaw ?? first!.timingAsAbove!;
}
