/** What the user can override in Settings; everything else the check detects from the document. */
import type { Plan, PeriodCode } from '../plan/schema';

export interface CheckSettings {
  plan: Plan;
  /** Where the plan came from: the built-in one, or a file the user loaded. */
  planSource: { kind: 'builtIn' } | { kind: 'file'; name: string };
  unit?: string;
  period?: PeriodCode;
  year?: number;
}
