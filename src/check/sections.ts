/**
 * The six parts of a PCTN report (Luật PCTN 2018 Điều 16 khoản 4 and Thông tư 02/2021/TT-TTCP): present when a
 * heading opens them, a paragraph leads in with them ("Kiến nghị: ..."), or, for leadership and prevention, when the
 * report gives results for tasks of that part of the plan.
 */
import { foldForCompare } from '../text';
import type { Plan } from '../plan/schema';
import type { PreparedDocument } from './prepare';
import type { Zoning, Zone } from './zones';
import type { SectionKind, SectionStatus } from './types';

const LEADERSHIP = /lãnh đạo|chỉ đạo|tuyên truyền|quán triệt|phổ biến/;
const PREVENTION = /phòng ngừa|biện pháp phòng|giải pháp phòng/;
/**
 * "I. TỔ CHỨC THỰC HIỆN", "I. CÔNG TÁC THAM MƯU, HƯỚNG DẪN", "I. TÌNH HÌNH TỔ CHỨC VÀ HOẠT ĐỘNG CỦA BAN": how the unit
 * organised the work, a report's first part.
 */
const ORGANISING = /^(?:công tác )?(?:tổ chức|triển khai)(?: thực hiện)?$|^công tác tham mưu(?:, hướng dẫn)?$|^tình hình tổ chức(?: và hoạt động)?(?: của\b.*)?$/;
/** "II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ ĐƯỢC GIAO": the results of the plan's tasks, the prevention part among them. */
const RESULTS_OF_TASKS = /^kết quả thực hiện (?:các )?nhiệm vụ(?: được giao| của kế hoạch| theo kế hoạch)?$/;
const DETECTION_TEXT = /phát hiện[^.;]{0,80}tham nhũng|tố cáo[^.;]{0,60}tham nhũng|vụ việc tham nhũng|vụ án tham nhũng/;

/** The part of the report a plan heading's tasks belong to, from the heading's words. */
export function planSectionKinds(plan: Plan): Map<string, SectionKind> {
  const kinds = new Map<string, SectionKind>();
  const headingKind = new Map<string, SectionKind>();
  for (const heading of plan.headings) {
    const key = foldForCompare(heading.title, { expandAbbreviations: true });
    const parent = heading.id.includes('.') ? headingKind.get(heading.id.slice(0, heading.id.lastIndexOf('.'))) : undefined;
    const own: SectionKind | undefined = PREVENTION.test(key) ? 'prevention' : LEADERSHIP.test(key) ? 'leadership' : /phát hiện|xử lý tham nhũng/.test(key) ? 'detection' : undefined;
    const kind = own ?? parent;
    if (kind) headingKind.set(heading.id, kind);
  }
  for (const item of plan.items) kinds.set(item.id, headingKind.get(item.section) ?? 'prevention');
  return kinds;
}

/** The kinds depend only on the plan: worked out once per plan. */
const kindsCache = new WeakMap<Plan, Map<string, SectionKind>>();

function sectionKindsOf(plan: Plan): Map<string, SectionKind> {
  let kinds = kindsCache.get(plan);
  if (!kinds) kindsCache.set(plan, (kinds = planSectionKinds(plan)));
  return kinds;
}

const ZONE_SECTIONS: Partial<Record<Zone, SectionKind>> = { detection: 'detection', assessment: 'assessment', direction: 'direction', proposals: 'proposals' };

export function detectSections(plan: Plan, doc: PreparedDocument, zoning: Zoning, addressedItems: { id: string; paragraph: number | null }[]): Record<SectionKind, SectionStatus> {
  const found = new Map<SectionKind, number>();
  const mark = (kind: SectionKind, index: number) => {
    if (!found.has(kind)) found.set(kind, index);
  };
  doc.paragraphs.forEach((p, i) => {
    const zone = zoning.zones[i]!;
    const fromZone = ZONE_SECTIONS[zone];
    if (fromZone) mark(fromZone, i);
    const isHeading = p.paragraph.headingSource !== null && p.paragraph.level !== null && p.paragraph.level <= 3 && !p.paragraph.table;
    if (zone === 'results' || zone === 'detection' || zone === 'assessment') {
      if (isHeading && (LEADERSHIP.test(p.bodyKey) || ORGANISING.test(p.bodyKey))) mark('leadership', i);
      if (isHeading && (PREVENTION.test(p.bodyKey) || RESULTS_OF_TASKS.test(p.bodyKey))) mark('prevention', i);
      if (zone === 'results' && DETECTION_TEXT.test(p.key)) mark('detection', i);
    }
    if (zone !== 'header' && zone !== 'title' && zone !== 'opening' && zone !== 'closing' && /^(kiến nghị|đề nghị|đề xuất)\b/.test(p.bodyKey)) mark('proposals', i);
    // "IV. ĐÁNH GIÁ, NHIỆM VỤ 6 THÁNG CUỐI NĂM", "IV. ĐÁNH GIÁ, KIẾN NGHỊ": one heading opens both the assessment and
    // what comes after it.
    if (isHeading && (zone === 'direction' || zone === 'proposals') && /^đánh giá/.test(p.bodyKey)) mark('assessment', i);
    // "III. PHÁT HIỆN, XỬ LÝ THAM NHŨNG VÀ ĐÁNH GIÁ CHUNG": the detection part's heading opens the assessment too.
    if (isHeading && zone === 'detection' && /(?:,| và) đánh giá(?!\p{L})/u.test(p.bodyKey)) mark('assessment', i);
  });
  const kinds = sectionKindsOf(plan);
  for (const { id, paragraph } of addressedItems) {
    const kind = kinds.get(id);
    if ((kind === 'leadership' || kind === 'prevention') && paragraph !== null) mark(kind, paragraph);
  }
  const status = (kind: SectionKind): SectionStatus => {
    const index = found.get(kind);
    return { present: index !== undefined, locator: index === undefined ? null : doc.paragraphs[index]!.paragraph.locator };
  };
  return {
    leadership: status('leadership'),
    prevention: status('prevention'),
    detection: status('detection'),
    assessment: status('assessment'),
    direction: status('direction'),
    proposals: status('proposals'),
  };
}
