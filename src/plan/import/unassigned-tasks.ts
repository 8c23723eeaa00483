/**
 * "Các nội dung không giao cụ thể cho cơ quan, đơn vị tại Kế hoạch này do Văn phòng HĐND và UBND xã tham mưu UBND xã
 * thực hiện.": the plan's own rule, in its closing part, for the tasks that name no body. The body that advises does the
 * work for the one it advises, which leads (unless the body is said to lead, "giao X chủ trì, tham mưu Giám đốc tổ chức
 * thực hiện"); a body said to do them ("do Văn phòng Sở thực hiện", "do Văn phòng tham mưu
 * thực hiện", advising no one named) leads them itself. The bodies the rule goes on to name ("…; các ban, đơn vị có liên
 * quan phối hợp") help in them. ("Đối với các nhiệm vụ tại Mục II không ghi đơn vị chủ trì, giao Văn phòng Sở chủ trì, …":
 * the same rule.)
 */
import { opensBody } from './body-names';

const UNASSIGNED = /(?:^|[.;]\s+)(?:\d+\.\s*)?(?:[Đđ]ối với\s+)?(?:[Cc]ác|[Nn]hững) (?:nội dung|nhiệm vụ|công việc)(?:, (?:nội dung|nhiệm vụ|công việc))*(?: (?:tại|trong|của) (?:[Mm]ục|[Pp]hần) [IVX\d.]+(?: (?:của )?[Kk]ế hoạch(?: này)?)?)? không (?:giao|phân công|ghi|nêu)(?: rõ| cụ thể)*(?: đơn vị(?: chủ trì| thực hiện)?)?(?: (?:cho|tại) [^.;]{3,80}?)?,? (?:thì )?(?:do|giao(?: cho)?)\s+(\p{Lu}[^.;]{2,120}?)(?:\s+chủ trì\s*,\s*tham mưu\s+\p{Lu}[^.;]{1,80}?|\s+tham mưu\s+(\p{Lu}[^.;]{1,80}?))?\s+(?:tham mưu\s+)?(?:chủ trì\s+)?(?:tổ chức\s+)?thực hiện(?:\s*[;,]\s*(\p{L}[^.;]{2,120}?)\s+phối hợp(?:\s+thực hiện)?(?=\s*[.;]|\s*$))?\s*\.?/u;

export interface UnassignedRule {
  /** The body the plan gives those tasks to. */
  bodies: string;
  /** The head it advises on them ("UBND xã"), who then leads them; null when the body itself does them. */
  advises: string | null;
  /** The bodies that help in them, or null. */
  helpers: string | null;
}

/** The rule in one of the plan's closing paragraphs, or null. */
export function unassignedRule(paragraphs: readonly string[]): UnassignedRule | null {
  for (const text of paragraphs) {
    const m = UNASSIGNED.exec(text.normalize('NFC'));
    if (m && opensBody(m[1]!)) return { bodies: m[1]!.trim(), advises: m[2]?.trim() ?? null, helpers: m[3] && opensBody(m[3]) ? m[3].trim() : null };
  }
  return null;
}
