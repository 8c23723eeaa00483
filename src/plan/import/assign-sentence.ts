/**
 * "Giao Phòng Hành chính - Tổng hợp chủ trì, phối hợp Phòng Trưng bày - Tuyên truyền thực hiện; hoàn thành trong quý
 * I/2027.", "Phân công Phòng Sưu tầm - Nghiên cứu chủ trì, Phòng Hành chính - Tổng hợp phối hợp thực hiện trong quý II":
 * a sentence that gives the task before it to its doers, then says when. Read into a units line ("Chủ trì: …; phối
 * hợp: …") and the time as written.
 */
import { opensBody } from './body-names';
import { INLINE_TIMING } from './prose-lines';

export interface AssignSentence {
  units: string;
  time: string | null;
}

const OPENING = /^(?:giao|phân công(?: thực hiện)?)\s+(?=\p{Lu})/iu;
// ("(sau đây viết tắt là Phòng HC-TH)": a short form the plan defines in passing, not part of the name.)
const DEFINITION = /\s*\(\s*sau đây\s+(?:được\s+)?(?:viết tắt|gọi tắt|gọi)[^()]*\)/giu;
// The act after the doers, in lower case ("Phòng Tổ chức cán bộ" is a name): "thực hiện", "tổ chức kiểm tra", "tham mưu …".
const ACT = /\s+(?:(?:tổ chức\s+)?thực hiện|tham mưu|tổ chức|chịu trách nhiệm)(?![\p{L}\p{N}])/u;
// A time the words after the act open with: "thường xuyên", "hoàn thành trong quý I/2027", "năm 2027", "theo Kế hoạch …".
const TIME_FIRST = /^(?:hoàn thành|thường xuyên|trong\s|trước\s|chậm nhất|năm \d{4}|quý\s|tháng\s|định kỳ|hằng\s|hàng\s|khi\s|theo (?:kế hoạch|chương trình)\s)/iu;

function roles(doers: string): { lead: string; support: string | null } {
  const ledWith = /^(.+?)\s+chủ trì\s*,\s*phối hợp(?:\s+với)?\s+(.+)$/u.exec(doers);
  if (ledWith) return { lead: ledWith[1]!, support: ledWith[2]! };
  const ledAndHelped = /^(.+?)\s+chủ trì\s*,\s*(.+?)\s+phối hợp$/u.exec(doers);
  if (ledAndHelped) return { lead: ledAndHelped[1]!, support: ledAndHelped[2]! };
  const led = /^(.+?)\s+chủ trì$/u.exec(doers);
  if (led) return { lead: led[1]!, support: null };
  // "Phòng HC-TH phối hợp với Ban Chấp hành Công đoàn cơ sở thực hiện": the body named first does it, with the other.
  const with_ = /^(.+?)\s+phối hợp(?:\s+với)?\s+(.+)$/u.exec(doers);
  if (with_) return { lead: with_[1]!, support: with_[2]! };
  return { lead: doers, support: null };
}

/** The sentence's doers and time, or null when it is not one that gives a task out. */
export function readAssignSentence(sentence: string): AssignSentence | null {
  const text = sentence.normalize('NFC').trim().replace(/\.$/u, '').replace(DEFINITION, '');
  const opening = OPENING.exec(text);
  if (!opening) return null;
  const [first, ...others] = text.slice(opening[0].length).split(/\s*;\s*/u);
  const act = ACT.exec(first!);
  if (!act || !opensBody(first!.slice(0, act.index))) return null;
  const { lead, support } = roles(first!.slice(0, act.index).trim());
  // "…; Phòng HC-TH phối hợp, cung cấp hồ sơ, tài liệu": a body helping, in a clause of its own.
  const helpers = others.flatMap((clause) => /^(.+?)\s+phối hợp(?![\p{L}\p{N}])/u.exec(clause)?.[1] ?? []).filter((name) => opensBody(name));
  const after = [first!.slice(act.index + act[0].length).replace(/^[\s,]+/u, ''), ...others.filter((clause) => !opensBody(clause))].filter(Boolean).join('; ');
  // ("tham mưu ban hành Kế hoạch trong quý I/2027 và tổ chức thực hiện trong năm 2027": acts each with its time, to the end.)
  const times = [...after.matchAll(new RegExp(INLINE_TIMING.source, 'giu'))];
  const acts = times.length > 1 && after.endsWith(times.at(-1)![0]);
  const time = TIME_FIRST.test(after) || acts ? after : (times[0]?.[0]?.trim() ?? null);
  const helping = [support, ...helpers].filter(Boolean).join(', ');
  return { units: `Chủ trì: ${lead.trim()}${helping ? `; phối hợp: ${helping}` : ''}`, time };
}
