/**
 * A doers' bracket that gives each body its share: "(Văn phòng Đảng ủy đối với các cơ quan Đảng; Ủy ban nhân dân xã đối
 * với các cơ quan chính quyền)", "(Ban Xây dựng Đảng chủ trì, phối hợp Văn phòng Đảng ủy; Ủy ban nhân dân xã đối với công
 * chức thuộc thẩm quyền quản lý)". A body named with the part it answers for does that part itself: it leads. What
 * follows "đối với" says for whom, not who.
 */
import { opensBody } from './body-names';

const SHARE = /^(\s*)([^;]{3,120}?)\s+đối với\s+[^;]*$/u;

/** The bracket's text with each "X đối với …" part read as "X chủ trì"; any other part as written. */
export function sharesAsLeads(bracket: string): string {
  return bracket
    .split(';')
    .map((part) => {
      const m = SHARE.exec(part);
      if (!m || /chủ trì|phối hợp|thực hiện/iu.test(m[2]!) || !/^\p{Lu}/u.test(m[2]!) || !opensBody(m[2]!)) return part;
      return `${m[1]}${m[2]} chủ trì`;
    })
    .join(';');
}
