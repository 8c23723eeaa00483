/**
 * "Khoa, phòng ghi đầu tiên là đơn vị chủ trì, các khoa, phòng ghi tiếp theo là đơn vị phối hợp": a plan whose task table
 * has one column of doers says under it how to read a cell naming several: the first leads, the others help.
 */
import { foldForCompare } from '../../text';

/** The rule in the plan's words: the body written first leads, those after it (or the rest) help. */
const FIRST_LEADS = /(?:ghi|nêu|viết|đứng)\s+(?:đầu tiên|trước tiên|trước|thứ nhất|đầu)\s+(?:là\s+)?(?:(?:đơn vị|cơ quan|khoa|phòng|bộ phận)\s+)?chủ trì[^.]*?(?:ghi tiếp theo|tiếp theo|sau|còn lại|khác)[^.]*?phối hợp/u;

/** Whether one of the plan's paragraphs says that a doer cell's first body leads and the others help. */
export function firstNamedLeads(texts: readonly string[]): boolean {
  return texts.some((text) => FIRST_LEADS.test(foldForCompare(text)));
}
