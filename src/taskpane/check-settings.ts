/** What the user can override in Settings; everything else the check detects from the document. */
import type { Plan, PeriodCode } from '../plan/schema';

export interface CheckSettings {
  /** The plan a file gave; null for the built-in plan (loaded with the engine). */
  plan: Plan | null;
  /** Where the plan came from: the built-in one, or a file the user loaded. */
  planSource: { kind: 'builtIn' } | { kind: 'file'; name: string };
  unit?: string;
  period?: PeriodCode;
  year?: number;
  /** Reviewer option: warn when a consolidated report does not name a task's lead unit. */
  leadUnits?: boolean;
}

export const PERIOD_CODES: readonly PeriodCode[] = ['Q1', 'H1', '9M', 'Y'];
