/** The JSON Schema for plan files, generated from the zod schema (the one source of truth). */
import { z } from 'zod';
import { PlanSchema } from './schema';

export function planJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(PlanSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }),
    $id: 'https://localhost/pctn/plan.schema.json',
    title: 'Kế hoạch công tác PCTN / PCTN work plan',
  };
}
