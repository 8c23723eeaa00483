/**
 * The registry of legal documents as data: the schema is the single source of the types. Facts that are recall
 * rather than checked ([R] in the domain notes) stay in the data, listed in `unverified`, so they are easy to correct.
 * Every fact a document states carries its source in `sources` (a public page, the plan's own citation or a section
 * of the domain notes), or is listed in `unverified`.
 */
import { z } from 'zod';
import { IsoDateSchema } from '../plan/schema';

export const CitedDocumentTypeSchema = z.enum([
  'Luật',
  'Nghị định',
  'Nghị quyết',
  'Thông tư',
  'Thông tư liên tịch',
  'Quyết định',
  'Chỉ thị',
  'Kế hoạch',
  'Công văn',
  'Hướng dẫn',
  'Thông báo',
  'Thông tri',
  'Báo cáo',
  'Quy định',
  'Quy chế',
  'Chương trình',
  'Tờ trình',
  'Kết luận',
  'Công điện',
  'Đề án',
  'Văn bản hợp nhất',
  'Tiêu chuẩn',
]);

export const RegistryIdSchema = z
  .string()
  .refine((id) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id), {
    message: 'expected a registry id such as nd-59-2019',
    params: { vi: 'cần mã văn bản dạng nd-59-2019' },
  })
  .describe('A stable id: nd-59-2019, luat-pctn-2018.');

const BilingualSchema = z.object({ vi: z.string().min(1), en: z.string().min(1) }).strict();

export const ReplacementSchema = z
  .object({
    id: RegistryIdSchema.describe('The document that takes over.'),
    from: IsoDateSchema.describe('The day from which the replacement applies.'),
    presumed: z.boolean().optional().describe('true when the replacement is inferred, not read in the repeal clause.'),
  })
  .strict();

export const VerifiableFieldSchema = z.enum(['number', 'name', 'date', 'issuer', 'subject', 'effective', 'replacedBy', 'amendedBy', 'keywords']);

const SourceSchema = z
  .string()
  .min(1)
  .describe(
    "Where the fact was read: a public address (https://…) with what the page shows, the plan's own citation (\"Kế hoạch PCTN 2023 của Sở Nội vụ Quảng Ngãi, mục II.3.c: '…'\") or a section of the domain notes (\"domain.md §3.3 [V]\").",
  );

/** One source per verifiable fact. */
export const FieldSourcesSchema = z
  .object({
    number: SourceSchema.optional(),
    name: SourceSchema.optional(),
    date: SourceSchema.optional(),
    issuer: SourceSchema.optional(),
    subject: SourceSchema.optional(),
    effective: SourceSchema.optional(),
    replacedBy: SourceSchema.optional(),
    amendedBy: SourceSchema.optional(),
    keywords: SourceSchema.optional(),
  })
  .strict()
  .describe('The source of each fact, by field.');

type VerifiableField = z.infer<typeof VerifiableFieldSchema>;

/** The facts that need a source or an `unverified` entry when a document states them (keywords are search aids). */
const SOURCED_FIELDS = ['number', 'name', 'date', 'issuer', 'subject', 'effective', 'replacedBy', 'amendedBy'] as const satisfies readonly VerifiableField[];

function states(doc: { [K in (typeof SOURCED_FIELDS)[number]]?: unknown }, field: (typeof SOURCED_FIELDS)[number]): boolean {
  const value = doc[field];
  return Array.isArray(value) ? value.length > 0 : value !== undefined;
}

export const RegistryDocumentSchema = z
  .object({
    id: RegistryIdSchema,
    type: CitedDocumentTypeSchema,
    number: z.string().min(1).describe('Số và ký hiệu: 59/2019/NĐ-CP, 10/CT-TTg, 31-CT/TU, 36/2018/QH14, TCVN 9001:2015.'),
    name: z.string().min(1).optional().describe('The name of a law or standard: "Phòng, chống tham nhũng".'),
    nameAliases: z.array(z.string().min(1)).optional().describe('Other names a law goes by in reports: "PCTN".'),
    date: IsoDateSchema.optional().describe('Date of issue (ngày ban hành); for a law, the day it was passed.'),
    issuer: z.string().min(1),
    subject: z.string().min(1).optional().describe('The trích yếu, lower case first, as it follows the issuer in a full citation.'),
    effective: IsoDateSchema.optional(),
    normative: z.boolean().describe('A QPPL document: its number carries the year.'),
    party: z.boolean().describe('A Party document: number-TYPE/BODY, as in 31-CT/TU.'),
    amends: z.array(RegistryIdSchema).optional(),
    amendedBy: z.array(RegistryIdSchema).optional(),
    replacedBy: ReplacementSchema.optional(),
    keywords: z.array(z.string().min(1)).optional().describe('Search words the subject does not carry.'),
    notes: z.array(BilingualSchema).optional().describe('Status notes shown to the user.'),
    verified: z.boolean().describe('true when every fact is checked against a readable source ([V] or [V2]).'),
    unverified: z.array(VerifiableFieldSchema).optional().describe('Facts that are recall or seen only in the plan.'),
    source: z.string().min(1).optional().describe('Where the facts come from, in one line.'),
    sources: FieldSourcesSchema.optional(),
  })
  .strict()
  .refine((doc) => doc.verified === !doc.unverified?.length, {
    message: 'verified must be true exactly when no field is listed as unverified',
    path: ['verified'],
    params: { vi: 'verified phải là true khi và chỉ khi không có trường nào trong unverified' },
  })
  .superRefine((doc, ctx) => {
    for (const field of SOURCED_FIELDS) {
      if (!states(doc, field) || doc.sources?.[field] !== undefined || doc.unverified?.includes(field)) continue;
      ctx.addIssue({
        code: 'custom',
        path: ['sources', field],
        message: `"${field}" is stated without a source: give sources.${field} or list "${field}" in unverified`,
        params: { vi: `"${field}" có giá trị nhưng không có nguồn: ghi nguồn vào sources.${field} hoặc đưa "${field}" vào unverified` },
      });
    }
  });

export const RegistryDataSchema = z.array(RegistryDocumentSchema).superRefine((docs, ctx) => {
  const ids = new Set<string>();
  docs.forEach((doc, i) => {
    if (ids.has(doc.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate registry id "${doc.id}"`, params: { vi: `mã văn bản "${doc.id}" bị trùng` } });
    ids.add(doc.id);
  });
  docs.forEach((doc, i) => {
    const refs: [string, string | undefined][] = [
      ['replacedBy', doc.replacedBy?.id],
      ...(doc.amends ?? []).map((id): [string, string] => ['amends', id]),
      ...(doc.amendedBy ?? []).map((id): [string, string] => ['amendedBy', id]),
    ];
    for (const [field, id] of refs) {
      if (id !== undefined && !ids.has(id)) ctx.addIssue({ code: 'custom', path: [i, field], message: `unknown registry id "${id}"`, params: { vi: `không có văn bản mã "${id}"` } });
    }
  });
});

export type CitedDocumentType = z.infer<typeof CitedDocumentTypeSchema>;
export type RegistryDocument = z.infer<typeof RegistryDocumentSchema>;
export type Replacement = z.infer<typeof ReplacementSchema>;
