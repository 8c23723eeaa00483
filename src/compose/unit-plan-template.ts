/**
 * A unit's own PCTN plan for the year (the 2023 plan, section III.1): the header as Nghị định 30/2020/NĐ-CP lays it
 * out, I. MỤC ĐÍCH, YÊU CẦU, II. NHIỆM VỤ, GIẢI PHÁP with one task for every plan task the unit leads or supports
 * (who leads, who supports, when), III. TỔ CHỨC THỰC HIỆN, and the signature block.
 */
import { formatDateSlash, formatDateWords } from '../cite/dates';
import { applyCorrections } from './data/seed-corrections';
import { itemsOfUnit, unitsResponsibleFor, findUnit, findGroup } from '../plan/units';
import type { Plan, TaskItem } from '../plan/schema';
import type { Block } from './blocks';
import { SUBJECT } from './data/report-text';
import { documentHeader, signatureBlock, typeAndSubject, type SignerOptions } from './document-header';
import { labelFor } from './labels';
import { ND30_PAGE, bodyBlock as body, contentPlaceholderBlock as contentPlaceholder, headingBlock as heading } from './layout';
import { planReference } from './opening';
import { checkYear, defaultSigner, templateUnit, type TemplateUnit } from './unit';

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

/**
 * "+ Đơn vị thực hiện: ..." from the unit's point of view: in its own plan the unit carries out what it leads (the
 * sister units that lead the same task in their own plans are not named), with the units the plan names to support it;
 * where it supports, the unit that leads.
 */
function responsibilityLine(plan: Plan, unit: TemplateUnit, item: TaskItem): string {
  const { lead, support } = unitsResponsibleFor(plan, item);
  const self = unit.unit.id;
  if (unit.unit.kind === 'department' || lead.includes(self)) {
    const helpers = support.filter((id) => id !== self).map((id) => unitName(plan, id));
    return `+ Đơn vị thực hiện: ${unit.nameInText} chủ trì${helpers.length ? `, phối hợp với ${list(helpers)}` : ''}.`;
  }
  return `+ Đơn vị thực hiện: ${unit.nameInText} phối hợp với ${list(lead.map((id) => unitName(plan, id)))}.`;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The task's words for the unit's own plan: the plan's slips corrected, the parts another unit is charged with left
 * out ("trong đó: Văn phòng Sở có trách nhiệm ..."), and the Sở's staff become the unit's own.
 */
export function taskTextForUnit(plan: Plan, unit: TemplateUnit, item: TaskItem): string {
  const text = applyCorrections(item.text.split('\n')[0] ?? item.title);
  if (unit.unit.kind === 'department') return text;
  const others = plan.units.filter((u) => u.id !== unit.unit.id && u.kind !== 'department').flatMap((u) => [u.name, u.shortName, ...u.aliases].filter((n): n is string => !!n));
  const namesOther = new RegExp(`^(trong đó:\\s*)?(${others.map(escape).join('|')})\\s`, 'u');
  const pieces = text.split(/(?<=\.)\s+(?=\p{Lu})|;\s*(?=trong đó:)/u).filter((piece) => !namesOther.test(piece.trim()));
  const joined = pieces.length ? pieces.join(' ').trim() : text;
  const kept = /[.!?…]$/.test(joined) ? joined : `${joined.replace(/[;,:]\s*$/, '')}.`;
  return asUnitOwn(
    kept
      .replace(/công chức, viên chức( và người lao động)? (thuộc|của) Sở( Nội vụ)?(?![\p{L}])/gu, (_m, staff: string | undefined) => `công chức, viên chức${staff ?? ''} của ${unit.nameInText}`)
      .replace(/Thủ trưởng các đơn vị trực thuộc Sở/gu, `Thủ trưởng ${unit.nameInText}`),
    unit,
  );
}

/**
 * The plan's words for "every body of the Sở" read as the unit's own in its plan: "tại cơ quan, tổ chức, đơn vị thuộc
 * và trực thuộc Sở" is "tại Ban Tôn giáo", "của cơ quan, đơn vị (mình)" is "của Ban Tôn giáo".
 */
function asUnitOwn(text: string, unit: TemplateUnit): string {
  if (unit.unit.kind === 'department') return text;
  return text
    .replace(/(tại|trong) (các )?cơ quan, (tổ chức, )?đơn vị thuộc( và trực thuộc)? Sở(?![\p{L}])/gu, (_m, at: string) => `${at} ${unit.nameInText}`)
    .replace(/(tại|trong) cơ quan, (tổ chức, )?đơn vị mình( quản lý)?(?![\p{L}])/gu, (_m, at: string) => `${at} ${unit.nameInText}`)
    .replace(/của (cơ quan, )?đơn vị( mình)?(?![\p{L}])/gu, `của ${unit.nameInText}`);
}

/** A task's title as a heading of the unit's own plan: "Đơn vị trực thuộc xây dựng ..." is what the unit does itself. */
export function taskTitleForUnit(unit: TemplateUnit, item: TaskItem): string {
  if (unit.unit.kind === 'department') return item.title;
  const own = item.title.replace(/^(các )?đơn vị trực thuộc\s+/iu, '');
  return asUnitOwn(own.charAt(0).toUpperCase() + own.slice(1), unit);
}

/** The timing as a phrase: the plan's own words when they are a timing, else what its parts say ("Thường xuyên"). */
function timingPhrase(item: TaskItem): string {
  const raw = item.timing.raw.replace(/\.$/, '').trim();
  const isTask = (raw.length > 40 || /^được\s/u.test(raw)) && /(theo dõi|kiểm tra|đôn đốc|thực hiện|ban hành|tổ chức)/u.test(raw) && !/(quý|ngày|tháng|năm \d{4})/u.test(raw);
  if (!isTask) return raw.charAt(0).toUpperCase() + raw.slice(1);
  const parts = item.timing.parts.map((p) =>
    p.kind === 'recurring' ? 'Thường xuyên' : p.kind === 'quarter' ? `Quý ${['I', 'II', 'III', 'IV'][p.quarter - 1]}/${p.year}` : p.kind === 'deadline' ? `Trước ngày ${formatDateSlash(p.date)}` : p.kind === 'periodicReport' ? 'Định kỳ 6 tháng, năm' : p.kind === 'onRequest' ? 'Khi có yêu cầu' : '',
  );
  return [...new Set(parts.filter(Boolean))].join('; ') || 'Thường xuyên';
}

function tasks(plan: Plan, unit: TemplateUnit): Block[] {
  const items = itemsOfUnit(plan, unit.unit.id);
  const blocks: Block[] = [];
  const sections = plan.headings.filter((h) => h.level === 2 && items.some((item) => item.section === h.id || item.section.startsWith(`${h.id}.`)));
  sections.forEach((section, i) => {
    blocks.push(heading(2, labelFor(2, i + 1), section.title));
    const here = items.filter((item) => item.section === section.id || item.section.startsWith(`${section.id}.`));
    here.forEach((item, j) => {
      blocks.push(heading(3, labelFor(3, j + 1), taskTitleForUnit(unit, item), item.id));
      blocks.push(body(`- ${taskTextForUnit(plan, unit, item)}`));
      blocks.push(body(responsibilityLine(plan, unit, item), true));
      blocks.push(body(`+ Thời gian thực hiện: ${timingPhrase(item)}.`, true));
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
    signatureBlock(unit, unit.layout.planRecipients, { ...defaultSigner(plan, unit), ...options.signer }),
  ];
}
