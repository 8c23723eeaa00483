/**
 * "Văn phòng và các Phòng Giao dịch phối hợp thực hiện các nội dung tại mục 1." under a part's heading: the bodies that
 * help with every task of the part, said once for all of them (each task's bracket names only its lead).
 */
const PART_SUPPORT = /^(\S.{2,200}?)\s+phối hợp(?:\s+với đơn vị chủ trì)?\s+(?:thực hiện|triển khai)\s+(?:các\s+|toàn bộ\s+)?(?:nội dung|nhiệm vụ)\s+(?:(?:tại|của|thuộc|trong)\s+)?(?:mục|phần)\s+(này|\d+(?:\.\d+)*)\s*\.?\s*$/iu;

/** The helpers such a sentence names (their members' bracket left out) and the part it is for ("2.1", or null for "mục
 * này": the part it stands under); null for any other sentence. */
export function partSupport(sentence: string): { bodies: string; place: string | null } | null {
  const m = PART_SUPPORT.exec(sentence.trim());
  if (!m) return null;
  const bodies = m[1]!.replace(/\s*\([^()]*\)/gu, '').trim();
  return { bodies, place: m[2]!.toLowerCase() === 'này' ? null : m[2]! };
}
