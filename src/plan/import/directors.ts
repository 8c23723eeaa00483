/**
 * A units line naming the leader who directs the work beside the bodies that do it: "Phó Giám đốc phụ trách tài chính
 * chỉ đạo; Phòng Tài chính - Kế toán thực hiện", "Chủ trì: Phòng Kinh doanh; Phối hợp: các Chi nhánh; Lãnh đạo chỉ
 * đạo: Phó Giám đốc Trần Minh Khoa", "Giám đốc Sở chỉ đạo chung; Văn phòng Sở chủ trì". The leader is a person in a
 * post, who neither leads nor helps where a body does the work: the line without him (the reader keeps him where he is
 * the only one named). So is the leadership as a body, "Ban Thường vụ chỉ đạo; Văn phòng chủ trì", where a body is named
 * to do the work.
 */

/** "Lãnh đạo chỉ đạo: …", "Lãnh đạo phụ trách: …", "Người theo dõi: …", "Đ/c phụ trách: …": a line naming a person. */
const OVERSEER_LINE = /^(?:lãnh đạo|người|đồng chí|đ\/c)\s+(?:phụ trách|theo dõi|chỉ đạo)\s*:/iu;

/** One person's post: "Phó Giám đốc", "Giám đốc Sở", "Phó Chủ tịch Thường trực"; not "Giám đốc các Chi nhánh", the heads
 * of bodies, nor "Ban Giám đốc", a body. (A school's "Hiệu trưởng" is not among them: a school gives its tasks to
 * people, its heads among them, "Người thực hiện: Hiệu trưởng chỉ đạo; Tổ Văn phòng thực hiện".) */
// (No "i" flag: under it \p{Lu} would match any letter, and "Giám đốc các Chi nhánh" would read as one post.)
const POST = String.raw`(?:(?:[Đđ]ồng chí|[Đđ]\/c)\s+)?(?:[Pp]hó\s+)?(?:[Tt]ổng\s+)?(?:[Gg]iám đốc|[Cc]hủ tịch|[Vv]iện trưởng|[Cc]hánh án|[Cc]ục trưởng|[Cc]hi cục trưởng|[Hh]ạt trưởng|[Tt]hủ trưởng)(?:\s+\p{Lu}\p{Ll}*)*`;

/** "Phó Giám đốc phụ trách tài chính chỉ đạo", "Giám đốc Sở chỉ đạo chung", "Phó Giám đốc Trần Minh Khoa trực tiếp chỉ đạo". */
const POST_DIRECTS = String.raw`^${POST}(?:\s+phụ trách(?:\s+[^;:()]{1,60}?)?)?\s+(?:trực tiếp\s+)?chỉ đạo`;
const DIRECTING_POST = new RegExp(String.raw`${POST_DIRECTS}(?:\s+chung)?$`, 'u');

/** "Đồng chí Phó Chánh án phụ trách lĩnh vực hình sự chỉ đạo Tòa Hình sự phối hợp với …": a post directing the body it names
 * in capitals; what follows "chỉ đạo" (that body and its work), or null. */
const DIRECTED_BY_POST = new RegExp(String.raw`${POST_DIRECTS}\s+(\p{Lu}.*)$`, 'u');
export function directedByPost(sentence: string): string | null {
  return DIRECTED_BY_POST.exec(sentence)?.[1] ?? null;
}

/** The leadership as a body directing the work: "Ban Thường vụ chỉ đạo", "Ban Giám đốc chỉ đạo", "Lãnh đạo Sở chỉ đạo
 * chung". It stands for the leaders, not for a unit that does the work. */
const DIRECTING_LEADERSHIP = /^(?:Ban Thường vụ|Thường trực|Ban Giám đốc|Ban Giám hiệu|Ban [Ll]ãnh đạo|Lãnh đạo)(?:\s+\p{Lu}[\p{L}&]*)*\s+(?:trực tiếp\s+)?chỉ đạo(?:\s+chung)?$/u;

/** A clause naming a body that does the work: "Văn phòng chủ trì", "các phòng thực hiện". */
const DOING = /\s(?:chủ trì|thực hiện|triển khai)(?![\p{L}\p{N}])/u;

const bare = (clause: string) => clause.trim().replace(/[.\s]+$/u, '');

/** Whether the words are a person's post directing the work: "Phó Giám đốc phụ trách tài chính chỉ đạo". */
export const isDirectingPost = (words: string): boolean => DIRECTING_POST.test(bare(words));

/** The line without the clauses (at ";") that name a leader directing the work: a labelled line anywhere, a post that
 * opens the line ("… chỉ đạo; Phòng X thực hiện"); the line as it is when none does. (A post named after the doers,
 * "Tổ Tổng hợp chủ trì; Phó Hạt trưởng phụ trách … chỉ đạo", is read as helping them, where the line is read.) */
export function withoutDirectors(line: string): string {
  // ("Phó Giám đốc phụ trách tài chính chỉ đạo, Phòng Tài chính - Kế toán thực hiện": the same at a comma.)
  const atComma = /^([^,;()]{3,80}?)\s*,\s*(\S[^]*)$/u.exec(line);
  if (atComma && isDirectingPost(atComma[1]!)) return withoutDirectors(atComma[2]!);
  const clauses = line.split(/\s*;\s*/u);
  // (The leadership directing gives way only to a body named to do the work: "Lãnh đạo Văn phòng chỉ đạo; Phòng X tham
  // mưu" keeps the leaders, whom the body advises.)
  const doer = clauses.slice(1).some((clause) => DOING.test(` ${bare(clause)}`));
  const kept = clauses.filter((clause, k) => !OVERSEER_LINE.test(bare(clause)) && !(k === 0 && (isDirectingPost(clause) || (doer && DIRECTING_LEADERSHIP.test(bare(clause))))));
  return kept.length === clauses.length || kept.length === 0 ? line : kept.join('; ');
}
