/**
 * A director "in charge" written as a task's doer in the plan of a body headed by a Giám đốc (a Trung tâm, a hospital,
 * a Ban Quản lý, a company): "Phó Giám đốc phụ trách", "Phó Giám đốc phụ trách chuyên môn". The post names no body of
 * its own: the issuer does the task through the director in charge of it.
 */

/** Kinds of issuer whose head is its Giám đốc. */
const DIRECTED = /^(?:trung tâm|bệnh viện|ban quản lý|kho bạc|bảo hiểm|công ty)$/u;

/** The pattern of those posts (names as nameKey folds them) for an issuer of that kind, or null. */
export function directorPosts(kind: string): string | null {
  return DIRECTED.test(kind) ? `(?:phó )?giám đốc(?: ${kind})? phụ trách(?: \\p{L}+(?: \\p{L}+){0,4})?` : null;
}
