/**
 * "2. Công khai, minh bạch trong hoạt động — Văn phòng Sở chủ trì; các phòng, đơn vị trực thuộc thực hiện" (or after a
 * colon, "4. Thực hiện quy tắc ứng xử …: Phòng Tổ chức cán bộ chủ trì; …"): a numbered part whose heading line gives, after
 * its title, who is responsible for all its tasks. The separator is a dash with spaces or a colon, never a hyphen, which
 * bodies' names hold themselves ("Phòng Kế hoạch - Tài chính").
 */
import { isBodyName } from './body-names';

const SEPARATOR = /\s+[—–]\s+|:\s*/gu;
/** Each ";" clause: bodies, then their role ("chủ trì", "thực hiện", "phối hợp"), maybe "phối hợp với" more bodies. */
const ROLE_CLAUSE = /^(\S.{2,200}?)\s(?:chủ trì|thực hiện|phối hợp)(?:,?\s+phối hợp(?:\s+với)?\s+([^;]{3,200}))?$/u;

/** A verb in lower case among the names: "các đơn vị báo cáo kết quả thực hiện" is a sentence, not bodies and a role. */
const DOING = /\s(?:báo cáo|gửi|triển khai|xây dựng|kiểm tra|tổ chức|theo dõi|tham mưu|căn cứ|có trách nhiệm)(?![\p{L}\p{N}])/u;

/** The heading's title and its responsibility clause; null when its line gives none. */
export function headingRoles(body: string): { title: string; units: string } | null {
  for (const m of body.matchAll(SEPARATOR)) {
    const title = body.slice(0, m.index).trim();
    const units = body.slice(m.index + m[0].length).replace(/[.\s]+$/u, '').trim();
    if (title.length < 3 || units === '' || /[()]/u.test(units)) continue;
    const clauses = units.split(';').map((clause) => clause.trim());
    const bodiesOnly = (clause: string) => {
      const m = ROLE_CLAUSE.exec(clause);
      return m !== null && isBodyName(m[1]!) && !DOING.test(m[1]!) && (m[2] === undefined || isBodyName(m[2]));
    };
    if (clauses.every(bodiesOnly)) return { title, units };
  }
  return null;
}
