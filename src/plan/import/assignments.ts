/**
 * The organisation part assigning the tasks by their numbers, one paragraph a unit: "1. Phòng Tổ chức cán bộ: chủ trì
 * thực hiện các nhiệm vụ tại mục 1.1.3, 1.3, 2.5 Phần II; phối hợp thực hiện nhiệm vụ tại mục 2.3.3, 3.4." A number names
 * a task ("1.1.3") or a heading, and then every task under it ("2.5").
 */
import type { ImportedItem } from './outline';

export interface UnitAssignment {
  unit: string;
  /** The numbers it leads, each with the units that lead it with it ("cùng Trưởng các phòng nghiệp vụ thực hiện …"). */
  lead: { number: string; partners: string[] }[];
  support: string[];
}

/** "mục 1.1.3, 1.3, 2.5", "nhiệm vụ tại mục 3.1 và 3.2", "các tiết 2.1, 2.2": the numbers named. */
const NUMBERS = /(?:mục|tiết|điểm|nhiệm vụ(?: số)?)\s+((?:\d+(?:\.\d+)*)(?:\s*(?:,|và)\s*\d+(?:\.\d+)*)*)(?!\.?\d)/giu;
/** The unit before the colon: a body's name or its head's title, not a label ("Chế độ báo cáo:"). */
const UNIT_HEAD = /^(?:\d+\.\s*|[a-zđ]\)\s*|[-+]\s*)?([^:;]{3,160}?)\s*:\s*(.+)$/u;
const HEAD_TITLE = /^(?:giám đốc|trưởng|chánh|thủ trưởng|người đứng đầu)\s+(?=\p{L})/iu;
const NOT_A_UNIT = /^(?:chế độ|thời gian|kinh phí|nội dung|trách nhiệm|lưu ý|yêu cầu)/iu;

function numbersIn(clause: string): string[] {
  return [...clause.matchAll(NUMBERS)].flatMap((m) => m[1]!.split(/\s*(?:,|và)\s*/u)).map((n) => n.trim()).filter(Boolean);
}

const bodyName = (name: string) => name.replace(HEAD_TITLE, '').trim();

/** Each paragraph that assigns numbered tasks to the unit it opens with; the others are left out. */
export function readUnitAssignments(paragraphs: readonly string[]): UnitAssignment[] {
  const out: UnitAssignment[] = [];
  for (const paragraph of paragraphs) {
    const m = UNIT_HEAD.exec(paragraph.trim());
    if (!m || NOT_A_UNIT.test(m[1]!)) continue;
    const assignment: UnitAssignment = { unit: bodyName(m[1]!), lead: [], support: [] };
    for (const clause of m[2]!.split(/;\s*/u)) {
      const numbers = numbersIn(clause);
      if (numbers.length === 0 || !/chủ trì|thực hiện|phối hợp/iu.test(clause)) continue;
      if (/phối hợp/iu.test(clause) && !/chủ trì/iu.test(clause)) {
        assignment.support.push(...numbers);
        continue;
      }
      // "cùng Trưởng các phòng nghiệp vụ thực hiện các nhiệm vụ tại mục 2.3.2": those it names lead them with it.
      const together = /^\s*cùng\s+(?:với\s+)?(.+?)\s+(?:chủ trì\s+)?thực hiện\b/iu.exec(clause)?.[1];
      const partners = together ? together.split(/\s*,\s*|\s+và\s+/u).map(bodyName) : [];
      assignment.lead.push(...numbers.map((number) => ({ number, partners })));
    }
    if (assignment.lead.length + assignment.support.length > 0) out.push(assignment);
  }
  return out;
}

/**
 * The units line of every task that says none of its own, from the assignments that name it or a heading over it:
 * "Chủ trì: Văn phòng; phối hợp: Phòng Tổ chức cán bộ". `part` is the task part's numeral ("II").
 */
export function applyUnitAssignments(items: ImportedItem[], assignments: readonly UnitAssignment[], part: string, namesItsOwn: (item: ImportedItem) => boolean): void {
  if (assignments.length === 0) return;
  const covers = (number: string, item: ImportedItem) => item.id === `${part}.${number}` || item.id.startsWith(`${part}.${number}.`);
  for (const item of items) {
    if (item.unitsRaw !== null || namesItsOwn(item)) continue;
    const lead: string[] = [];
    const support: string[] = [];
    for (const a of assignments) {
      const leads = a.lead.filter(({ number }) => covers(number, item));
      if (leads.length > 0) lead.push(...leads.flatMap(({ partners }) => partners), a.unit);
      else if (a.support.some((n) => covers(n, item))) support.push(a.unit);
    }
    const uniqueLead = [...new Set(lead)];
    const uniqueSupport = [...new Set(support)].filter((u) => !uniqueLead.includes(u));
    if (uniqueLead.length > 0) item.unitsRaw = uniqueSupport.length > 0 ? `Chủ trì: ${uniqueLead.join(', ')}; phối hợp: ${uniqueSupport.join(', ')}` : uniqueLead.join(', ');
    else if (uniqueSupport.length > 0) item.unitsRaw = `Phối hợp: ${uniqueSupport.join(', ')}`;
  }
}
