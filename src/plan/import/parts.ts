/**
 * The plan's parts: the Roman part that holds the tasks, the one that organises the work, and the parts numbered with the
 * word "Phần" ("PHẦN II. NHIỆM VỤ, GIẢI PHÁP") read as Roman parts.
 */
import type { DocumentModel, Paragraph } from '../../document/model';
import { foldForCompare } from '../../text';
import { capitalGroup } from './capital-groups';
import { fromRoman } from '../../text/roman-numerals';

export const ROMAN = /^[IVX]+\.$/;

export const plain = (p: Paragraph) => foldForCompare(p.text);
export const strip = (text: string) => text.replace(/^[\s*_+]+|[\s*_]+$/g, '').trim();

/** A Roman part that is not one of tasks: money, reports, aims, assessment, the organisation of the work. */
export const NOT_TASK_PART = /kinh phí|chế độ (thông tin,? )?báo cáo|tổ chức thực hiện|phân công|mục (đích|tiêu)|yêu cầu|căn cứ|đánh giá|tình hình|kết quả|điều khoản|hiệu lực/u;

/** A part named by a PCTN topic the tasks belong to: leadership, publicity, prevention, detection. */
const TOPIC_PART = /^(?:công tác )?(?:lãnh đạo, chỉ đạo|tuyên truyền|phòng ngừa|các biện pháp phòng ngừa|phát hiện)/u;

/**
 * "A. NHIỆM VỤ CHUNG", "B. NHIỆM VỤ CỤ THỂ" (its Roman parts under it), "C. TỔ CHỨC THỰC HIỆN": parts lettered in
 * capitals above the Roman ones, in order from "A", titled in capitals. None when the plan does not number so.
 */
function letteredParts(paragraphs: readonly Paragraph[]): Paragraph[] {
  const firstRoman = paragraphs.find((p) => p.label !== null && ROMAN.test(p.label) && p.table === null)?.index ?? paragraphs.length;
  const run: Paragraph[] = [];
  for (const p of paragraphs) {
    const m = /^\s*([A-ZĐ])\.\s+(\S.*)$/u.exec(p.text);
    if (!m || p.table !== null || /\p{Ll}/u.test(m[2]!)) continue;
    if (m[1] !== 'ABCDĐEG'[run.length]) continue;
    run.push(p);
  }
  return run.length >= 2 && run[0]!.index < firstRoman ? run : [];
}

/**
 * "II. NHIỆM VỤ, GIẢI PHÁP" over "A. CÁC NHIỆM VỤ CHUNG", then "I. Công tác lãnh đạo …", "II. Công tác tuyên truyền …",
 * then "B. CÁC NHIỆM VỤ TRỌNG TÂM" over "I.", "II.", … again: Roman numerals that restart from "I." under a capital-lettered
 * group inside a Roman part are a level below that letter, not parts of the plan. By paragraph, each such numeral in lower
 * case, as the ids write it ("II.a.i"). The run ends at a numeral that does not go on from the one before it (the plan's
 * next part, "III. TỔ CHỨC THỰC HIỆN" after "VI."), or at a part that is not one of tasks.
 */
export function innerRomans(paragraphs: readonly Paragraph[]): Map<number, string> {
  const inner = new Map<number, string>();
  let outer = false;
  let letter: string | null = null;
  let last = 0;
  for (const p of paragraphs) {
    if (p.table !== null || p.text.trim() === '') continue;
    if (p.label !== null && ROMAN.test(p.label)) {
      const numeral = p.label.replace(/\.$/u, '');
      if (letter !== null && fromRoman(numeral) === last + 1 && !NOT_TASK_PART.test(plain(p))) {
        inner.set(p.index, numeral.toLowerCase());
        last += 1;
        continue;
      }
      outer = true;
      letter = null;
      last = 0;
      continue;
    }
    const group: { letter: string } | null = outer && (p.label === null || /^[A-ZĐ]\.$/u.test(p.label)) ? capitalGroup(strip(p.text), letter) : null;
    if (group) {
      letter = group.letter;
      last = 0;
    }
  }
  return inner;
}

/**
 * The Roman part that holds the tasks ("II. Nhiệm vụ, giải pháp ..."), and the paragraphs of the one that organises
 * the work ("III. Tổ chức thực hiện"), outside tables.
 */
export function parts(paragraphs: readonly Paragraph[]) {
  const inner = innerRomans(paragraphs);
  const romans = paragraphs.filter((p) => p.label !== null && ROMAN.test(p.label) && p.table === null && !inner.has(p.index));
  const lettered = letteredParts(paragraphs);
  // A lettered part that is not one of tasks ("C. TỔ CHỨC THỰC HIỆN") ends the Roman part before it.
  const ends = [...romans, ...lettered.filter((p) => NOT_TASK_PART.test(plain(p)))].sort((a, b) => a.index - b.index);
  /** Where the part opening at `index` ends: the next part's heading, or the document's end. */
  const partEnd = (index: number) => ends.find((p) => p.index > index)?.index ?? paragraphs.length;
  // (A plan whose tasks open with a part named by its topic, "II. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO; TUYÊN TRUYỀN …", before "III.
  // CÁC GIẢI PHÁP …": that part is the first of the tasks.)
  const named = romans.find((p) => /nhiệm vụ|giải pháp|nội dung/.test(plain(p))) ?? null;
  const topicFirst = named ? romans.find((p) => p.index < named.index && TOPIC_PART.test(foldForCompare(strip(p.body))) && !NOT_TASK_PART.test(plain(p))) : undefined;
  // "B. NỘI DUNG THỰC HIỆN" over "I. CÔNG TÁC LÃNH ĐẠO …", "II. …", "III. …": the lettered part of the tasks holds them
  // in its Roman parts, whatever each is titled, the first opening them.
  const underLetter = lettered
    .filter((p) => /nhiệm vụ|giải pháp|nội dung/.test(plain(p)) && !NOT_TASK_PART.test(plain(p)))
    .map((letter) => romans.find((p) => p.index > letter.index && p.index < (lettered.find((l) => l.index > letter.index)?.index ?? paragraphs.length)))
    .find((p) => p !== undefined && !NOT_TASK_PART.test(plain(p)));
  // ("II. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO …", "III. CÁC BIỆN PHÁP PHÒNG NGỪA …", "IV. KIỂM TRA, GIÁM SÁT …" with no part named
  // for the tasks: the parts named by their topic are the tasks, the first opening them.)
  const topicOnly = lettered.length === 0 ? romans.find((p) => TOPIC_PART.test(foldForCompare(strip(p.body))) && !NOT_TASK_PART.test(plain(p))) : undefined;
  const tasks = topicFirst ?? named ?? underLetter ?? topicOnly ?? null;
  // ("III. PHÂN CÔNG THỰC HIỆN", "IV. PHÂN CÔNG TRÁCH NHIỆM": who does what and the reports, as "Tổ chức thực hiện" is.
  // "II. NHIỆM VỤ VÀ PHÂN CÔNG TỔ CHỨC THỰC HIỆN" then "III. TỔ CHỨC THỰC HIỆN": the part of its own, not the tasks'.)
  const organisation =
    romans.find((p) => p !== tasks && /tổ chức thực hiện/.test(plain(p))) ?? romans.find((p) => /tổ chức thực hiện/.test(plain(p))) ?? romans.find((p) => p !== tasks && /phân công (thực hiện|nhiệm vụ|trách nhiệm)/.test(plain(p))) ?? lettered.find((p) => /tổ chức thực hiện/.test(plain(p))) ?? null;
  // A part of its own for the reports ("III. CHẾ ĐỘ BÁO CÁO") belongs with the organisation of the work.
  const reporting = romans.find((p) => p !== organisation && /chế độ (thông tin,? )?báo cáo/.test(plain(p))) ?? null;
  const partText = (part: Paragraph | null) =>
    part
      ? paragraphs
          .slice(part.index + 1, partEnd(part.index))
          .filter((p) => p.text.trim() !== '' && p.table === null)
          .map((p) => ({ paragraph: p.index, text: strip(p.text) }))
      : [];
  const organisationText = [...partText(organisation), ...partText(reporting)];
  return { romans, inner, tasks, organisation, organisationText, partEnd };
}

/** "thứ nhất" … "thứ sáu" as the Roman numeral a part is numbered by. */
const ORDINAL_PART: Record<string, string> = { 'nhất': 'I', 'hai': 'II', 'ba': 'III', 'tư': 'IV', 'năm': 'V', 'sáu': 'VI' };

/**
 * "PHẦN II. NHIỆM VỤ, GIẢI PHÁP", "Phần thứ hai: …": a part numbered with the word "Phần" is the plan's Roman part, as
 * "II. NHIỆM VỤ, GIẢI PHÁP" is (the reader gives it no label, the word first).
 */
export function withPartLabels(model: DocumentModel): DocumentModel {
  let changed = false;
  const paragraphs = model.paragraphs.map((p) => {
    if (p.label !== null || p.table !== null) return p;
    const m = /^\s*phần\s+(?:thứ\s+(nhất|hai|ba|tư|năm|sáu)|([IVX]+))\s*[.:\-–]?\s+(\S.*)$/iu.exec(p.text);
    const roman = m ? (m[2]?.toUpperCase() ?? ORDINAL_PART[m[1]!.toLowerCase()]) : undefined;
    if (!m || !roman) return p;
    changed = true;
    return { ...p, label: `${roman}.`, body: m[3]!, level: 1 };
  });
  return changed ? { ...model, paragraphs } : model;
}
