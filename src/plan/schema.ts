/**
 * The plan as data: the single source of the plan's types (z.infer) and of the JSON Schema for plan authors.
 * Every field that a plan file can carry is declared here, with a description that ends up in the JSON Schema.
 */
import { z } from 'zod';

const isRealDate = (iso: string): boolean => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'expected a date YYYY-MM-DD' })
  .refine(isRealDate, { message: 'not a real calendar date' })
  .describe('A calendar date, YYYY-MM-DD.');

export const DayMonthSchema = z
  .object({
    day: z.number().int().min(1).max(31),
    month: z.number().int().min(1).max(12),
  })
  .strict()
  .describe('A day of the year without the year, such as 05/3.');

export const UnitIdSchema = z
  .string()
  .regex(/^[A-Z][A-Za-z0-9]{1,15}$/, { message: 'expected a unit id such as VP or CCVC' })
  .describe('A unit or unit group id: SNV, VP, TTr, CCVC, CCHC, BTDKT, BTG, CCVTLT, or a group id.');

export const ItemIdSchema = z
  .string()
  .regex(/^(?:[IVX]+|\d+)(\.[0-9a-zđ]+)+$/, { message: 'expected a plan item id such as II.3.đ.2' })
  .describe('The heading path and the ordinal of the bullet, as in plan-items.md: II.3.đ.2; a task table numbered by group in figures keeps its own numbers: 1.2.');

export const UnitKindSchema = z
  .enum(['department', 'division', 'affiliate', 'external', 'group'])
  .describe(
    'department: the issuing body as a whole; division: a phòng chuyên môn or equivalent (Văn phòng, Thanh tra); affiliate: an đơn vị trực thuộc; external: a body outside it; group: bodies the plan names together without listing them ("các phòng chuyên môn", "UBND các xã"), any of which reports as this unit.',
  );

export const UnitSchema = z
  .object({
    id: UnitIdSchema,
    name: z.string().min(1).describe('The canonical name, as the plan writes it at its best.'),
    shortName: z.string().min(1).optional().describe('The name used in running text, such as "Thanh tra Sở".'),
    kind: UnitKindSchema,
    aliases: z.array(z.string().min(1)).describe('Other spellings in the plan, and abbreviations reports use (TTr Sở, CCVC).'),
    code: z.string().min(1).optional().describe('The unit part of a ký hiệu, as in BC-CCVC or SNV-TTr.'),
    signers: z
      .array(z.string().min(1))
      .optional()
      .describe('How the head of the unit signs, as the signature block writes it: "CHÁNH VĂN PHÒNG". Only titles no other unit uses.'),
  })
  .strict();

export const UnitGroupSchema = z
  .object({
    id: UnitIdSchema,
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)),
    members: z.array(UnitIdSchema).min(1),
  })
  .strict()
  .describe('A group that the plan names as one, such as "các đơn vị trực thuộc Sở".');

export const DocumentTypeSchema = z.enum([
  'Luật',
  'Nghị định',
  'Nghị quyết',
  'Thông tư',
  'Quyết định',
  'Chỉ thị',
  'Kế hoạch',
  'Công văn',
  'Hướng dẫn',
  'Thông báo',
  'Báo cáo',
  'Quy định',
  'Tiêu chuẩn',
  'Chương trình',
  'Đề án',
]);

export const LegalReferenceSchema = z
  .object({
    type: DocumentTypeSchema,
    number: z.string().min(1).describe('Số và ký hiệu: 59/2019/NĐ-CP, 31-CT/TU, 36/2018/QH14, TCVN 9001:2015.'),
    name: z.string().min(1).optional().describe('The name of a law or standard: "Phòng, chống tham nhũng".'),
    date: IsoDateSchema.optional().describe('Date of issue (ngày ban hành), where the plan or the number gives it.'),
    issuer: z.string().min(1).optional().describe('The issuing body: Chính phủ, Thủ tướng Chính phủ, UBND tỉnh Quảng Ngãi.'),
    subject: z.string().min(1).optional().describe('The trích yếu, where the plan gives it.'),
    article: z.string().min(1).optional().describe('The part cited, such as "Điều 10" or "Điều 5".'),
    cited: z.string().min(1).describe('The citation exactly as the plan writes it.'),
  })
  .strict();

export const PeriodCodeSchema = z.enum(['Q1', 'H1', '9M', 'Y']).describe('Q1 quý I; H1 quý II and 6 tháng; 9M quý III and 9 tháng; Y quý IV and năm.');

export const TimingPartSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('recurring'),
      within: z.enum(['year', 'always']).describe('"Thường xuyên trong năm" or "Năm 2026" (the whole year), or plain "Thường xuyên".'),
      year: z.number().int().optional().describe('The year named ("Năm 2026"), when the plan names one.'),
    })
    .strict(),
  z.object({ kind: z.literal('onRequest') }).strict().describe('"Khi có yêu cầu", "khi có đoàn thanh tra": due only when asked, so no report must speak of it.'),
  z.object({ kind: z.literal('unstated') }).strict().describe('The plan gives no time: taken as running through the year.'),
  z.object({ kind: z.literal('quarter'), quarter: z.number().int().min(1).max(4), year: z.number().int(), activity: z.string().optional() }).strict(),
  z.object({ kind: z.literal('deadline'), date: IsoDateSchema, activity: z.string().optional() }).strict(),
  z
    .object({
      kind: z.literal('periodicReport'),
      dates: z.array(DayMonthSchema).describe('The days the summary is due at Thanh tra Sở, such as 31/5 and 30/11; empty when the plan says "định kỳ 6 tháng, năm" with no dates.'),
      periods: z.array(PeriodCodeSchema).min(1).describe('The unit reports in which the summary is due: H1 and Y for "6 tháng, năm".'),
    })
    .strict(),
  z.object({ kind: z.literal('followsPlan'), plan: z.string().min(1), units: z.array(UnitIdSchema).optional() }).strict(),
]);

export const TimingSchema = z
  .object({
    raw: z.string().min(1).describe('The "Thời gian thực hiện" text as the plan writes it.'),
    parts: z.array(TimingPartSchema).min(1),
  })
  .strict();

export const ItemScopeSchema = z
  .enum(['internal', 'province', 'district', 'commune'])
  .describe('internal: inside the issuing body and its units; province, district, commune: guiding or following other agencies across that territory.');

export const TaskItemSchema = z
  .object({
    id: ItemIdSchema,
    section: z.string().min(1).describe('The id of the heading the item stands under: II.3.đ.'),
    ordinal: z.number().int().min(1),
    title: z.string().min(1).describe('A short name for lists and headings.'),
    text: z.string().min(1).describe('The full text of the task as the plan writes it; paragraphs joined by a newline.'),
    lead: z.array(UnitIdSchema).min(1).describe('Units (or groups) that carry out the task or lead it (chủ trì).'),
    support: z.array(UnitIdSchema).describe('Units that support it (phối hợp).'),
    unitsRaw: z.string().min(1).describe('The "Đơn vị thực hiện" text, or the sentence of the task that names the units.'),
    scope: ItemScopeSchema,
    timing: TimingSchema,
    references: z.array(LegalReferenceSchema),
    product: z.string().min(1).optional().describe('What the task delivers, where the plan says ("Sản phẩm": Kế hoạch, Báo cáo, Quyết định).'),
    cues: z
      .object({
        phrases: z.array(z.string().min(1)).optional().describe('Words that show a report speaks of this task.'),
        distinctFrom: z.array(ItemIdSchema).optional().describe('Items whose words overlap with this one.'),
        exclude: z
          .array(z.string().min(1))
          .optional()
          .describe('Phrases that look like this task but are not it ("chuyển đổi số" for job rotation), unless a cue phrase is there too.'),
      })
      .strict()
      .optional()
      .describe('Hand-made matching cues, kept as data so that other plans can carry their own.'),
  })
  .strict();

export const PlanHeadingSchema = z
  .object({
    id: z.string().min(1).describe('I, II.3, II.3.a ...'),
    label: z.string().min(1).describe('The label as written: "II.", "3.", "a)".'),
    level: z.number().int().min(1).max(5),
    title: z.string().min(1),
    paragraphs: z.array(z.string().min(1)).describe('Text under the heading that is not a task item.'),
  })
  .strict();

export const ReportPeriodSchema = z
  .object({
    code: PeriodCodeSchema,
    names: z.array(z.string().min(1)).min(1).describe('How a report title names it: "quý I"; "quý II", "6 tháng".'),
    quarter: z.number().int().min(1).max(4).describe('The last quarter the report covers.'),
    due: DayMonthSchema.optional().describe('Due at the channel (Thanh tra Sở) on or before this day; absent when the plan names the period but no day ("định kỳ 6 tháng, năm").'),
    dueRaw: z.string().min(1),
    issuerDue: DayMonthSchema.optional().describe(
      'When the plan also dates the issuing body\'s own consolidated report (to the higher body): that day. Without it the consolidated report has no deadline in this plan.',
    ),
    dataWindow: z
      .object({
        from: DayMonthSchema.extend({ previousYear: z.boolean() }).strict(),
        to: DayMonthSchema,
      })
      .strict()
      .describe('The data cut-off of the report regime (Thông tư 02/2021/TT-TTCP Điều 7).'),
  })
  .strict();

export const PlanSchema = z
  .object({
    $schema: z.string().optional(),
    meta: z
      .object({
        type: DocumentTypeSchema,
        number: z.string().describe('Số và ký hiệu as written; the number may be blank in a draft: "/KH-SNV".'),
        symbol: z.string().min(1).describe('The ký hiệu alone: KH-SNV.'),
        place: z.string().min(1),
        dateRaw: z.string().min(1),
        date: IsoDateSchema.optional(),
        year: z.number().int().min(2000).max(2100).describe('The year the plan is for.'),
        issuer: UnitIdSchema.describe('The unit id of the issuing body.'),
        issuerName: z.string().min(1),
        governingBody: z.string().min(1).optional(),
        title: z.string().min(1).describe('The trích yếu.'),
        implements: LegalReferenceSchema.optional().describe('The higher plan this one carries out.'),
        alsoImplements: z.array(LegalReferenceSchema).optional().describe('Further documents it carries out (a Party programme and a UBND plan).'),
        opening: z.string().min(1).describe('The opening "Thực hiện ..." paragraph.'),
        signer: z.object({ position: z.string().min(1), name: z.string().min(1) }).strict(),
        recipients: z.array(z.string().min(1)),
      })
      .strict(),
    headings: z.array(PlanHeadingSchema).min(1).describe('The plan outline, in order.'),
    units: z.array(UnitSchema).min(1),
    groups: z.array(UnitGroupSchema),
    items: z.array(TaskItemSchema).min(1),
    reporting: z
      .object({
        channel: UnitIdSchema.describe('The unit that receives the reports: TTr.'),
        regime: LegalReferenceSchema.describe('The report regime: Thông tư 02/2021/TT-TTCP.'),
        periods: z.array(ReportPeriodSchema).min(1),
        replaces: LegalReferenceSchema.optional().describe('The earlier schedule this one replaces.'),
        unitPlan: z
          .object({
            dueBy: IsoDateSchema.describe('The last day of the month the units\' own plans are due.'),
            dueRaw: z.string().min(1),
            sendTo: z.array(UnitIdSchema).min(1),
            text: z.string().min(1),
          })
          .strict()
          .optional()
          .describe('Section III.1: each unit\'s own plan for the year, where the plan asks for one.'),
        text: z.array(z.string().min(1)).describe('The paragraphs of section III.'),
      })
      .strict(),
  })
  .strict()
  // Runs even when other fields are wrong (when: always), so that one pass lists every problem; the value may then
  // be malformed, hence the defensive reads.
  .superRefine((plan, ctx) => crossReferenceIssues(plan).forEach((issue) => ctx.addIssue(issue)), { when: () => true });

type LooseRecord = Record<string, unknown>;
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const record = (value: unknown): LooseRecord => (value && typeof value === 'object' ? (value as LooseRecord) : {});
const ids = (value: unknown): string[] => list(value).filter((v): v is string => typeof v === 'string');

type CrossIssue = {
  code: 'custom';
  path: (string | number)[];
  message: string;
  params: { vi: string };
};

/** Checks that need the whole plan: ids unique, every unit and item id resolves, ids agree with the outline. */
export function crossReferenceIssues(value: unknown): CrossIssue[] {
  const issues: CrossIssue[] = [];
  const add = (path: (string | number)[], en: string, vi: string) => issues.push({ code: 'custom', path, message: en, params: { vi } });
  const plan = record(value);
  const units = list(plan.units).map(record);
  const groups = list(plan.groups).map(record);
  const items = list(plan.items).map(record);
  const known = new Set([...units, ...groups].map((u) => u.id).filter((id): id is string => typeof id === 'string'));
  const headingIds = new Set<unknown>();
  list(plan.headings).forEach((heading, i) => {
    const { id } = record(heading);
    if (typeof id === 'string' && headingIds.has(id)) add(['headings', i, 'id'], `duplicate heading id "${id}"`, `mã đề mục "${id}" bị trùng`);
    headingIds.add(id);
  });
  const checkUnit = (id: string, path: (string | number)[]) => known.has(id) || add(path, `unknown unit id "${id}"`, `không có đơn vị mã "${id}"`);

  const seenUnits = new Set<unknown>();
  for (const [key, entries] of [['units', units], ['groups', groups]] as const) {
    entries.forEach((entry, i) => {
      if (typeof entry.id !== 'string') return;
      if (seenUnits.has(entry.id)) add([key, i, 'id'], `duplicate unit id "${entry.id}"`, `mã đơn vị "${entry.id}" bị trùng`);
      seenUnits.add(entry.id);
    });
  }
  groups.forEach((group, i) => ids(group.members).forEach((m, j) => checkUnit(m, ['groups', i, 'members', j])));

  const itemIds = new Set<string>();
  items.forEach((item, i) => {
    const { id, section, ordinal } = item;
    if (typeof id !== 'string') return;
    if (itemIds.has(id)) add(['items', i, 'id'], `duplicate item id "${id}"`, `mã nhiệm vụ "${id}" bị trùng`);
    itemIds.add(id);
    if (typeof section === 'string' && typeof ordinal === 'number' && id !== `${section}.${ordinal}`)
      add(['items', i, 'id'], `id "${id}" does not match section "${section}" and ordinal ${ordinal}`, `mã "${id}" không khớp với mục "${section}" và thứ tự ${ordinal}`);
    if (typeof section === 'string' && plan.headings !== undefined && !headingIds.has(section))
      add(['items', i, 'section'], `no heading "${section}" in the outline`, `dàn ý không có đề mục "${section}"`);
  });
  items.forEach((item, i) => {
    ids(item.lead).forEach((u, j) => checkUnit(u, ['items', i, 'lead', j]));
    ids(item.support).forEach((u, j) => checkUnit(u, ['items', i, 'support', j]));
    ids(record(item.cues).distinctFrom).forEach((other, j) => {
      if (!itemIds.has(other)) add(['items', i, 'cues', 'distinctFrom', j], `unknown item id "${other}"`, `không có nhiệm vụ mã "${other}"`);
    });
  });

  const meta = record(plan.meta);
  const reporting = record(plan.reporting);
  if (typeof meta.issuer === 'string') checkUnit(meta.issuer, ['meta', 'issuer']);
  if (typeof reporting.channel === 'string') checkUnit(reporting.channel, ['reporting', 'channel']);
  ids(record(reporting.unitPlan).sendTo).forEach((u, j) => checkUnit(u, ['reporting', 'unitPlan', 'sendTo', j]));
  const codes = list(reporting.periods).map((p) => record(p).code);
  if (new Set(codes).size !== codes.length) add(['reporting', 'periods'], 'a report period is listed twice', 'một kỳ báo cáo bị lặp');
  return issues;
}

export type Plan = z.infer<typeof PlanSchema>;
export type TaskItem = z.infer<typeof TaskItemSchema>;
export type Unit = z.infer<typeof UnitSchema>;
export type UnitGroup = z.infer<typeof UnitGroupSchema>;
export type LegalReference = z.infer<typeof LegalReferenceSchema>;
export type Timing = z.infer<typeof TimingSchema>;
export type TimingPart = z.infer<typeof TimingPartSchema>;
export type ReportPeriod = z.infer<typeof ReportPeriodSchema>;
export type PeriodCode = z.infer<typeof PeriodCodeSchema>;
export type PlanHeading = z.infer<typeof PlanHeadingSchema>;
export type DayMonth = z.infer<typeof DayMonthSchema>;
