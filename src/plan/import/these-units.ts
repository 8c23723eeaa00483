/**
 * "(sau đây gọi là các trường THPT, trung tâm GDNN-GDTX trực thuộc; các phòng thuộc Sở và các đơn vị này gọi chung là
 * …)": "các đơn vị này", "các đơn vị nêu trên" point back to the bodies the sentence has just named, by the last name it
 * gave them.
 */

const THESE = /^các\s+(?:cơ quan,\s*)?(?:đơn vị|cơ quan|trường|phòng)\s+(?:này|nêu trên|nói trên|trên)$/iu;
const NAMED = /gọi\s+(?:tắt\s+|chung\s+)?là\s+["“]?([^;:()"”]{3,80}?)["”]?\s*(?=[;)]|$)/giu;

/** The name "các đơn vị này" stands for in the words before it, or the member as written. */
export function theseNamed(member: string, before: string): string {
  if (!THESE.test(member.trim())) return member;
  return [...before.matchAll(NAMED)].at(-1)?.[1]?.trim() ?? member;
}
