/** A numbered or lettered heading line among the prose tasks ("2.", "2.1.", "a)"): a title over tasks, or a task itself. */
import type { Paragraph } from '../../document/model';
import { section, type ProseState } from './prose-state';
import { bracketFollows, headsBullets, nothingUnder, type TaskSpan } from './prose-lookahead';
import { isBodyName, opensBody } from './body-names';
import { openingUnits } from './opening-units';
import { strip } from './parts';
import { headingRoles } from './heading-roles';
import { ARABIC, DETAILS_FOLLOW, LETTER, saysOwn, SECTION_TIME, SECTION_UNITS, SUB, titleColon, unitsAndTime, unitsOpeningPoints, unitsSentenceIn } from './prose-lines';
import { withoutMembers } from './without-members';
import { closeHeading } from './prose-tasks';

export function readHeadingLine(s: ProseState, span: TaskSpan, p: Paragraph, i: number): boolean {
  const label = p.label;
  if (!(label && (ARABIC.test(label) || SUB.test(label) || LETTER.test(label)) && p.table === null)) return false;
  closeHeading(s);
  // A block applies to the bullets since the previous block under the same heading, never across headings.
  s.pending = [];
  s.blockItems = [];
  s.unitsGiven = false;
  s.plusRun = null;
  const sub = SUB.exec(label);
  if (ARABIC.test(label)) {
    s.pointLeaves = [];
    s.timeInPart = false;
  }
  else if (SUB.test(label)) s.pointLeaves = s.pointLeaves.filter((leaf) => leaf.key.includes('.'));
  if (ARABIC.test(label)) s.path = { arabic: label.replace(/\.$/, ''), sub: null, letter: null };
  else if (sub) s.path = { arabic: sub[1]!, sub: sub[2]!, letter: null };
  else s.path = { ...s.path, letter: label.replace(/\)$/, '') };
  s.ordinal = 0;
  const body = p.body;
  // The colon that ends the title, not one inside its bracket: "c) Tuyên truyền … (Văn phòng Sở chủ trì; thời gian:
  // thường xuyên):".
  // ("b) (Phòng Đào tạo chủ trì) Kiểm soát … tuyển sinh: viên chức có người thân … – Thời gian: …": a task that opens
  // with its units is one sentence, its colon inside it.)
  const colonAt = titleColon(body);
  const colon = colonAt >= 0 && openingUnits(body) !== null && strip(body.slice(colonAt + 1)) !== '' ? -1 : colonAt;
  // "2. Công khai, minh bạch — Văn phòng Sở chủ trì; các phòng thực hiện": who does its tasks, after its title.
  const roles = ARABIC.test(label) || sub ? headingRoles(strip(body)) : null;
  const title = roles ? roles.title : strip(colon >= 0 ? body.slice(0, colon) : body);
  const inline = colon >= 0 && !roles ? strip(body.slice(colon + 1)) : '';
  const level = 2 + (s.group ? 1 : 0) + (s.inner ? 1 : 0) + (s.path.sub ? 1 : 0) + (s.path.letter ? 1 : 0);
  s.headings.push({ id: section(s), label, level, title, paragraph: i });
  // "1. Công tác lãnh đạo, chỉ đạo. Các nhiệm vụ tại mục này giao Văn phòng Sở chủ trì.": the units of its bullets.
  // ("1. Giao Văn phòng chủ trì, phối hợp Phòng X thực hiện các nội dung sau:", "2. Phòng Văn hóa - Xã hội chủ trì thực
  // hiện:" over its points: the same, said before them.)
  const sectionUnits = SECTION_UNITS.exec(body)?.[1] ?? unitsOpeningPoints(colon >= 0 && strip(body.slice(colon + 1)) === '' ? strip(body.slice(0, colon)) : '');
  if (sectionUnits ?? roles) s.headingBlocks.set(section(s), { units: sectionUnits ?? roles!.units, time: null });
  if (roles) s.roledParts.add(section(s));
  // ("a) Văn phòng Sở:" over its bullets as well: a title colon with nothing after it.)
  // ("6. Đề nghị Ủy ban MTTQ Việt Nam xã …:": a body the plan asks, not orders, as the mass organisations are; its tasks.)
  const named = title.replace(/^Đề nghị\s+(?=\p{Lu})/u, '');
  if ((colon < 0 || inline === '') && isBodyName(named)) s.headingBodies.set(section(s), named);
  // "4. Các tổ chức chính trị - xã hội trực thuộc (Hội Liên hiệp Phụ nữ tỉnh, Tỉnh Đoàn, …)": a group, its members
  // listed in its bracket.
  else if ((colon < 0 || inline === '') && isBodyName(withoutMembers(title))) s.headingBodies.set(section(s), withoutMembers(title));
  // "c) Title (X chủ trì, Y phối hợp; thời gian: …):" over bullets: the bracket is for each bullet that does not say
  // its own.
  const own = /\(([^()]{3,240})\)\s*[:.]?\s*$/u.exec(strip(colon >= 0 ? body.slice(0, colon) : body))?.[1];
  // ("(các phòng, đơn vị thuộc Sở; thường xuyên)": bodies and a time, without a role word, as well.)
  const [bodies, time] = own ? unitsAndTime(own) : [null, null];
  const bodiesAndTime = bodies !== null && time !== null && opensBody(bodies);
  if (own && (saysOwn(`(${own})`, 'units') || saysOwn(`(${own})`, 'time') || bodiesAndTime || SECTION_TIME.test(own.trim()))) s.headingBrackets.set(section(s), own);
  // A decimal-numbered paragraph that is a sentence, not a title ("1.1. Quán triệt, phổ biến Kế hoạch ... ."), in
  // plain type under a heading, may be a task itself: decided when the next line shows what it heads.
  const sentence = !roles && (
    (sub !== null && !p.bold && (/[.;]\s*$/u.test(body) || body.length > 90) && s.headings.some((h) => h.id === section(s).split('.').slice(0, -1).join('.'))) ||
    // "1. Tham mưu Thường trực Hội lãnh đạo, … vào các cuộc họp giao ban định kỳ của cơ quan." straight under "II.", in
    // plain type: a task numbered by the plan as well (II.1), not a title over one ("2. Công tác tuyên truyền").
    // ("6. Thực hiện công khai … trong công tác tổ chức, cán bộ: tuyển dụng, quy hoạch, … ." is one as well.)
    (ARABIC.test(label) && !p.bold && /[.;]\s*$/u.test(body) && body.length > 90 && !headsBullets(span, i) && SECTION_UNITS.exec(body) === null) ||
    // ("3. Thực hiện kê khai tài sản, thu nhập năm 2027 theo quy định." with nothing under it before "4." or "III.": a
    // short one is a task as well, not a title over nothing.)
    (ARABIC.test(label) && !p.bold && /[.;]\s*$/u.test(body) && nothingUnder(span, i) && SECTION_UNITS.exec(body) === null) ||
    // "7. Quản lý chặt chẽ nguồn vốn vay ủy thác …, bảo đảm cho vay đúng đối tượng …; trong đó:" over "+ " points, then
    // its "- Đơn vị thực hiện" line: one task, the points its details (a title over tasks is "e) Về quy tắc ứng xử:").
    ((ARABIC.test(label) || sub !== null) && !p.bold && body.length > 90 && DETAILS_FOLLOW.test(body) && span.ps[i + 1]?.label === '+') ||
    // "a) Quán triệt … (Văn phòng Sở chủ trì; thời gian: Quý I/2026)." with no colon: a lettered task with its own units.
    (LETTER.test(label) && colon < 0 && s.headingBrackets.has(section(s)) && /\)\s*\.?\s*$/u.test(body)) ||
    // "a) Quán triệt … . Giao: Văn phòng Sở (chủ trì), …; thời gian: thường xuyên.": a lettered task that assigns itself.
    (LETTER.test(label) && colon < 0 && unitsSentenceIn(strip(body)) !== null) ||
    // "b) Duy trì, cập nhật chuyên mục … để công chức, viên chức theo dõi." over "(Đơn vị thực hiện: X chủ trì, phối hợp Y;
    // thời gian: hằng tháng)": a lettered sentence whose units bracket stands on the line under it is a task.
    (LETTER.test(label) && colon < 0 && /[.;]\s*$/u.test(body) && bracketFollows(span, i)));
  // (A title over nothing, "3. Công tác kiểm tra" in bold before "4.": not read as a task, but not dropped unseen.)
  if (!sentence && !inline && ARABIC.test(label) && nothingUnder(span, i)) s.doubts.push({ paragraph: i, vi: `Mục "${label} ${title.slice(0, 60)}" không có nội dung nào dưới nó: không đọc là nhiệm vụ.`, en: `The heading "${label} ${title.slice(0, 60)}" has nothing under it: not read as a task.` });
  s.headingText = { section: section(s), paragraph: i, title, text: sentence ? [] : inline ? [inline] : [], task: sentence ? strip(body) : null };
  return true;
}
