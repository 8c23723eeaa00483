/**
 * A table cell's paragraphs read as one units line, each paragraph a part of it: "Văn phòng" over "Trung tâm PTHT" is two
 * bodies; "- Chủ trì: Ban Tổ chức - Kiểm tra" over "- Phối hợp: Văn phòng, các ban, đơn vị" is "Chủ trì: …; Phối hợp: …".
 * A dash or plus that opens a paragraph marks it as a line of the list, as a plan marks its bullets: it is no part of
 * what the line says.
 */

/** "- ", "+ ", "– ", "• " opening a line (a hyphen inside a name, "Ban Tổ chức - Kiểm tra", stands after words). */
const LINE_MARK = /^[-+–—•]\s+/u;

/** The cell's paragraphs joined by "; ", each without its bullet mark. */
export function cellLine(cell: string): string {
  return cell
    .split(/\s*\n\s*/u)
    .map((line) => line.replace(LINE_MARK, ''))
    .join('; ');
}
