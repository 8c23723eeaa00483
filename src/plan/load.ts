/** Turns untrusted plan data (a parsed JSON file) into a validated Plan, or an AppError listing every problem. */
import { PlanSchema, type Plan } from './schema';
import { AppError } from '../errors/app-error';
import { describeIssues } from '../errors/zod-issues';

export function parsePlan(data: unknown): Plan {
  const result = PlanSchema.safeParse(data, { reportInput: true });
  if (result.success) return result.data;
  const details = describeIssues(result.error.issues);
  throw new AppError(
    'plan-invalid',
    {
      vi: `Tệp kế hoạch không hợp lệ: ${result.error.issues.length} lỗi.`,
      en: `The plan file is not valid: ${result.error.issues.length} problem(s).`,
    },
    details,
  );
}

/** Parses the text of a plan file (JSON) and validates it. */
export function parsePlanJson(text: string): Plan {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError('plan-not-json', {
      vi: `Tệp kế hoạch không phải JSON hợp lệ (${reason}).`,
      en: `The plan file is not valid JSON (${reason}).`,
    });
  }
  return parsePlan(data);
}
