/** The label file of a corpus report (format of the corpus README), validated at the boundary. */
import { z } from 'zod';
import { SECTION_KINDS } from '../check/types';

export const ReportLabelSchema = z.object({
  id: z.string(),
  author_unit: z.string(),
  period: z.enum(['Q1', 'H1', '9M', 'Y']),
  year: z.number().int(),
  addressed: z.array(z.string()),
  sections: z.object(Object.fromEntries(SECTION_KINDS.map((k) => [k, z.boolean()])) as Record<(typeof SECTION_KINDS)[number], z.ZodBoolean>),
  render: z.string().optional(),
  traps: z.string().optional(),
});

export type ReportLabel = z.infer<typeof ReportLabelSchema>;
