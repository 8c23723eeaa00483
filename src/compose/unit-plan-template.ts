/**
 * A unit's own PCTN plan for the year (the 2023 plan, section III.1): the header as Nghị định 30/2020/NĐ-CP lays it
 * out, I. MỤC ĐÍCH, YÊU CẦU, II. NHIỆM VỤ, GIẢI PHÁP with one task for every plan task the unit leads or supports
 * (who leads, who supports, when), III. TỔ CHỨC THỰC HIỆN, and the signature block.
 */
import { formatDateWords } from '../cite/dates';
import { itemsOfUnit, unitsResponsibleFor, findUnit, findGroup } from '../plan/units';
import type { Plan, TaskItem } from '../plan/schema';
import type { Block } from './blocks';
import { SUBJECT } from './data/report-text';
import { documentHeader, signatureBlock, typeAndSubject, type SignerOptions } from './document-header';
import { labelFor } from './labels';
import { ND30_PAGE, bodyBlock as body, contentPlaceholderBlock as contentPlaceholder, headingBlock as heading } from './layout';
import { planReference } from './opening';
import { checkYear, templateUnit, type TemplateUnit } from './unit';

export interface UnitPlanOptions {
  unit: string;
  year?: number;
  signer?: SignerOptions;
}


const unitName = (plan: Plan, id: string): string => {
  const unit = findUnit(plan, id);
  return unit ? (unit.shortName ?? unit.name) : (findGroup(plan, id)?.name ?? id);
};
const list = (names: string[]): string => (names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} và ${names.at(-1)}`);

/** "+ Đơn vị thực hiện: Chủ trì: ...; phối hợp: ..." from the unit's point of view. */
function responsibilityLine(plan: Plan, unit: TemplateUnit, item: TaskItem): string {
  const { lead, support } = unitsResponsibleFor(plan, item);
  const self = unit.unit.id;
  if (unit.unit.kind === 'department' || lead.includes(self)) {
    const others = lead.filter((id) => id !== self).map((id) => unitName(plan, id));
    const helpers = support.map((id) => unitName(plan, id));
    const withOthers = others.length ? ` (cùng ${list(others)})` : '';
    const withHelpers = helpers.length ? `; phối hợp: ${list(helpers)}` : '';
    return `+ Đơn vị thực hiện: ${unit.nameInText} chủ trì${withOthers}${withHelpers}.`;
  }
  return `+ Đơn vị thực hiện: ${list(lead.map((id) => unitName(plan, id)))} chủ trì; ${unit.nameInText} phối hợp.`;
}

function tasks(plan: Plan, unit: TemplateUnit): Block[] {
  const items = itemsOfUnit(plan, unit.unit.id);
  const blocks: Block[] = [];
  const sections = plan.headings.filter((h) => h.level === 2 && items.some((item) => item.section === h.id || item.section.startsWith(`${h.id}.`)));
  sections.forEach((section, i) => {
    blocks.push(heading(2, labelFor(2, i + 1), section.title));
    const here = items.filter((item) => item.section === section.id || item.section.startsWith(`${section.id}.`));
    here.forEach((item, j) => {
      blocks.push(heading(3, labelFor(3, j + 1), item.title, item.id));
      blocks.push(body(`- ${item.text.split('\n')[0] ?? item.title}`));
      blocks.push(body(responsibilityLine(plan, unit, item), true));
      blocks.push(body(`+ Thời gian thực hiện: ${item.timing.raw.replace(/\.$/, '')}.`, true));
    });
  });
  if (blocks.length === 0) blocks.push(contentPlaceholder());
  return blocks;
}

function organisation(plan: Plan, unit: TemplateUnit, year: number): Block[] {
  const { unitPlan, periods, channel } = plan.reporting;
  // A plan that asks for no unit plans: the template still says where the plan goes, without a date.
  const sendTo = list((unitPlan?.sendTo ?? [channel]).map((id) => unitName(plan, id)));
  const due = unitPlan ? formatDateWords(unitPlan.dueBy.replace(/^\d{4}/, String(year))).replace(/^ngày/, 'trước ngày') : 'ngay sau khi ban hành';
  const schedule = periods.map((p) =>
    p.due
      ? `trước ${formatDateWords(`${year}-${String(p.due.month).padStart(2, '0')}-${String(p.due.day).padStart(2, '0')}`).replace(/ năm \d+$/, '')} đối với báo cáo ${p.names.join(' và ')}`
      : `định kỳ đối với báo cáo ${p.names.join(' và ')}`,
  );
  return [
    body(`1. Các bộ phận, công chức, viên chức và người lao động của ${unit.nameInText} căn cứ nhiệm vụ được giao tổ chức thực hiện nghiêm túc Kế hoạch này.`),
    body(`2. Kế hoạch này được gửi về Sở Nội vụ (qua ${sendTo}) ${due} để theo dõi việc tổ chức, thực hiện.`),
    body(`3. Định kỳ báo cáo kết quả thực hiện gửi về ${unitName(plan, channel)} ${schedule.join('; ')}.`),
    body(`4. Trong quá trình thực hiện, nếu có vướng mắc, phát sinh, kịp thời báo cáo Sở Nội vụ (qua ${unitName(plan, channel)}) để xem xét, chỉ đạo./.`),
  ];
}

export function unitPlanTemplate(plan: Plan, options: UnitPlanOptions): Block[] {
  const unit = templateUnit(plan, options.unit);
  const year = checkYear(options.year ?? plan.meta.year);
  const subject = `Công tác phòng, chống tham nhũng năm ${year} của ${unit.unit.name}`;
  return [
    ND30_PAGE,
    documentHeader(unit, { typeCode: 'KH', year, place: plan.meta.place }),
    ...typeAndSubject('KẾ HOẠCH', subject),
    body(`Thực hiện ${planReference(plan)}, ${unit.nameInText} xây dựng Kế hoạch ${SUBJECT} năm ${year} như sau:`),
    heading(1, 'I.', 'MỤC ĐÍCH, YÊU CẦU'),
    heading(2, '1.', 'Mục đích'),
    contentPlaceholder(),
    heading(2, '2.', 'Yêu cầu'),
    contentPlaceholder(),
    heading(1, 'II.', 'NHIỆM VỤ, GIẢI PHÁP'),
    ...tasks(plan, unit),
    heading(1, 'III.', 'TỔ CHỨC THỰC HIỆN'),
    ...organisation(plan, unit, year),
    signatureBlock(unit, unit.layout.planRecipients, options.signer),
  ];
}
