/**
 * "Phân công thực hiện" in a table with no time column: a sentence that names the doers, then says when —
 * "Phòng Kế hoạch - Tài chính chủ trì, phối hợp với Phòng Hành chính - Tổng hợp tham mưu; hoàn thành trong quý I/2027.",
 * "Các phòng, chi nhánh thực hiện thường xuyên.", "Các chi nhánh thực hiện; gửi kế hoạch về Trung tâm trước ngày 31/01/2027.".
 */
import { opensBody } from './body-names';
import { INLINE_TIMING } from './prose-lines';

export interface DoerCell {
  doers: string;
  time: string | null;
}

/** A doer's act in lower case, after its name: "Phòng Hành chính - Tổng hợp tham mưu Giám đốc tổ chức kiểm tra …". */
const ACT = /\s+(?:tham mưu|tiếp nhận|triển khai|tổ chức|thực hiện)(?=[\s,]|$)/u;

/** "Phòng X tham mưu Giám đốc tổ chức kiểm tra …" → "Phòng X thực hiện": the body and that it acts, not what it does
 * (whose words would read as names: "Giám đốc"). A clause that gives roles ("chủ trì", "phối hợp") is kept whole. */
function doerOf(clause: string): string {
  const act = ACT.exec(clause);
  const body = act ? clause.slice(0, act.index).replace(/^(?:giao|phân công)\s+/iu, '') : '';
  if (!act || /chủ trì|phối hợp/u.test(clause) || !opensBody(body)) return clause;
  return `${body} thực hiện`;
}

/** The cell's doers and the time that closes it, as written (null when it says none). */
export function splitDoerCell(cell: string): DoerCell {
  const said = splitTime(cell);
  return { doers: said.doers.split(/\s*;\s*/u).map(doerOf).join('; '), time: said.time };
}

function splitTime(cell: string): DoerCell {
  const text = cell.normalize('NFC').trim().replace(/\.$/u, '');
  const clauses = text.split(/\s*;\s*/u);
  const last = clauses.at(-1)!;
  const times = [...last.matchAll(new RegExp(INLINE_TIMING.source, 'giu'))];
  const closing = times.at(-1);
  // (Only a time that closes the sentence: "… kiểm tra tối thiểu 02 chi nhánh trong năm; hoàn thành …" keeps its first.)
  if (!closing || closing.index! + closing[0].length !== last.length) return { doers: text, time: null };
  const before = last.slice(0, closing.index).trim();
  // ("báo cáo kết quả trước ngày 30/11/2027": an act in lower case with no doer's verb, not a body however it opens.)
  const act = /^\p{Ll}/u.test(last) && !/(?:^|\s)(?:chủ trì|phối hợp|thực hiện|tham mưu|tổ chức)(?:\s|,|$)/iu.test(last);
  if (clauses.length > 1 && (act || !opensBody(last))) {
    // "hoàn thành trong tháng 01/2027", "ban hành trong quý I/2027, thực hiện trong năm 2027": the clause is the time;
    // "gửi kế hoạch về Trung tâm … trước ngày 31/01/2027": an act of its own, its time the words that close it.
    const own = times.length > 1 || /^(?:(?:hoàn thành|thực hiện|tổ chức)\s*)?$/iu.test(before);
    return { doers: clauses.slice(0, -1).join('; '), time: own ? last : closing[0].trim() };
  }
  // "Các phòng, chi nhánh thực hiện thường xuyên": the doers' act, then its time.
  if (!opensBody(last) || !/(?:^|\s)(?:thực hiện|tổ chức|tham mưu|phối hợp)$/iu.test(before)) return { doers: text, time: null };
  return { doers: [...clauses.slice(0, -1), before].join('; '), time: closing[0].trim() };
}
