/**
 * A table assigning the tasks by their numbers, one row a unit ("TT | Đơn vị | Nhiệm vụ chủ trì | Nhiệm vụ phối hợp",
 * "STT | Đơn vị | Chủ trì thực hiện nhiệm vụ tại mục | Phối hợp thực hiện nhiệm vụ tại mục"), its cells listing the
 * plan's places however they word them: "1.1, 2.1.a; các mục 3.1 – 3.3", "Toàn bộ mục II.4", "Các nhiệm vụ tại mục 3",
 * "3.2 (kiểm tra hộ tịch, chứng thực tại cấp xã)".
 */
import type { DocumentModel } from '../../document/model';
import { foldForCompare } from '../../text';
import { bodyName, listed, NUMBER_OR_RANGE, type UnitAssignment } from './assignments';
import { splitBodies } from './split-bodies';
import { tablesOf } from './table';

/**
 * A place in a cell, its part written before it or not ("II.4", "2.1.a", "3.1 – 3.3"), with the words in a bracket after
 * it: which of the tasks under it the row means ("3.2 (kiểm tra tổ chức hành nghề công chứng)" is one bullet of 3.2).
 */
const PLACE = new RegExp(String.raw`(?<![\p{L}\p{N}/.])((?:[IVX]+\.)?${NUMBER_OR_RANGE})(?![\p{N}/])(?:\s*\(([^()]*)\))?`, 'gu');

/** The places a cell names, each with the words that narrow it. */
function placesIn(cell: string): { number: string; topic: string | undefined }[] {
  return [...cell.matchAll(PLACE)].flatMap((m) => {
    const topic = m[2]?.trim() || undefined;
    return listed(m[1]!.replace(/\s+/gu, ' ')).map((number) => ({ number, topic }));
  });
}

/** Each row of such tables, as the unit's assignment. */
export function readAssignmentTables(model: DocumentModel): UnitAssignment[] {
  const out: UnitAssignment[] = [];
  for (const { rows } of tablesOf(model)) {
    const header = rows[0]?.cells.map((c) => foldForCompare(c.replace(/\*/g, ''))) ?? [];
    const unitAt = header.findIndex((c) => /^(?:tên )?(?:đơn vị|cơ quan|bộ phận)(?:,? (?:đơn vị|cơ quan|bộ phận))?(?: thực hiện)?$/u.test(c.trim()));
    const leadAt = header.findIndex((c) => /chủ trì/u.test(c) && /mục|nhiệm vụ|nội dung/u.test(c));
    const supportAt = header.findIndex((c) => /phối hợp/u.test(c) && /mục|nhiệm vụ|nội dung/u.test(c));
    if (unitAt < 0 || leadAt < 0) continue;
    for (const row of rows.slice(1)) {
      const name = (row.cells[unitAt] ?? '').replace(/\*/g, '').trim();
      const leads = placesIn(row.cells[leadAt] ?? '');
      const supports = supportAt >= 0 ? placesIn(row.cells[supportAt] ?? '') : [];
      if (!name || leads.length + supports.length === 0) continue;
      const topics = new Map<string, string>();
      for (const { number, topic } of [...leads, ...supports]) if (topic) topics.set(number, `${topics.get(number) ?? ''} ${topic}`.trim());
      out.push({
        unit: bodyName(name),
        lead: leads.map(({ number }) => ({ number, partners: [], helpers: [] })),
        support: supports.map(({ number }) => number),
        topics,
      });
    }
  }
  return out;
}

/**
 * The numbers such tables give out as tasks, where their role columns name the tasks by number ("Chủ trì nhiệm vụ số",
 * "Phối hợp các nhiệm vụ số") and every number they name is a task's plain number ("3", not a place, "2.3"): the plan
 * numbers its tasks, and assigns them whole.
 */
export function tasksNumberedByTable(model: DocumentModel): Set<string> {
  const numbers = new Set<string>();
  for (const { rows } of tablesOf(model)) {
    const header = rows[0]?.cells.map((c) => foldForCompare(c.replace(/\*/g, ''))) ?? [];
    const byNumber = header.flatMap((c, at) => (/chủ trì|phối hợp/u.test(c) && /nhiệm vụ số|số (?:thứ tự )?nhiệm vụ/u.test(c) ? [at] : []));
    if (!byNumber.some((at) => /chủ trì/u.test(header[at]!))) continue;
    const cells = rows.slice(1).flatMap((row) => byNumber.map((at) => row.cells[at] ?? ''));
    const named = cells.flatMap((cell) => placesIn(cell).map(({ number }) => number));
    if (named.length > 0 && named.every((number) => /^\d+$/u.test(number))) for (const number of named) numbers.add(number);
  }
  return numbers;
}

/**
 * The names such tables give a row each that a units line would split ("Các cơ quan chuyên môn, đơn vị thuộc UBND xã"):
 * one row is one body or group, however many kinds its words name, so the name is kept whole.
 */
export function assignmentTableNames(model: DocumentModel): string[] {
  return [...new Set(readAssignmentTables(model).map((a) => a.unit).filter((name) => splitBodies(name).length > 1))];
}
