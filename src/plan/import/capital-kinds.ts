/**
 * "các Xí nghiệp, Chi nhánh thủy lợi": a company or an agency names a group by listing kinds of body in capitals, bare
 * but the last, which carries the qualifier all share. The list is one group, and each member is named by its kind and
 * that qualifier before its own name ("Xí nghiệp Thủy lợi Krông Búk", "Chi nhánh thủy lợi Ea Súp").
 */

const CAPITAL_KIND = '(?:Xí nghiệp|Chi nhánh|Phòng|Ban|Trung tâm|Trạm|Đội|Khoa|Hạt|Chi cục|Nhà máy)';
/** "các Xí nghiệp, Trạm": bare kinds in capitals, waiting for the qualifier of the kind after them. */
const BARE_KINDS = new RegExp(`^(?:[Cc]ác\\s+)?${CAPITAL_KIND}(?:,\\s*${CAPITAL_KIND})*$`, 'u');
/** "Chi nhánh thủy lợi", "Trạm, Chi nhánh thủy lợi": the kinds after a comma, the last with a qualifier in lower case (not
 * a name of its own, "Ban Quản lý dự án"). Bare kinds alone ("các Chi nhánh, Xí nghiệp") are a list the plan may name
 * as one (collective-names), not this. */
const KINDS_THEN_QUALIFIER = new RegExp(`^(?:${CAPITAL_KIND},\\s*)*${CAPITAL_KIND}\\s+\\p{Ll}[^,;]*?(?:$|[,;]|\\s+và\\s)`, 'u');
const KIND_LIST = new RegExp(`^[Cc]ác\\s+(${CAPITAL_KIND}(?:,\\s*${CAPITAL_KIND})+)\\s+(\\p{Ll}[^,;]*)$`, 'u');

/** Whether the rest of a list, after a comma, goes on with the bare kinds before it as one group. */
export const sharesQualifier = (before: string, rest: string): boolean => BARE_KINDS.test(before.trim()) && KINDS_THEN_QUALIFIER.test(rest.trim());

/** How each member of such a group is named before its own name: "các Xí nghiệp, Chi nhánh thủy lợi" → "Xí nghiệp thủy
 * lợi", "Chi nhánh thủy lợi"; none for another name. */
export function memberSpellings(group: string): string[] {
  const m = KIND_LIST.exec(group.trim());
  return m ? m[1]!.split(/\s*,\s*/u).map((kind) => `${kind} ${m[2]}`) : [];
}
