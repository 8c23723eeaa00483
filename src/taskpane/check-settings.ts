/** What the user can override in Settings; everything else the check detects from the document. */
import type { Plan, PeriodCode } from '../plan/schema';

export interface CheckSettings {
  /** The plan a file gave; null for the built-in plan (loaded with the engine). */
  plan: Plan | null;
  /**
   * Where the plan came from: the built-in one; a JSON file loaded in Settings for this session; or a plan imported
   * (or edited) in the Plan view and saved, which the pane loads again at start.
   */
  planSource: PlanSource;
  unit?: string;
  period?: PeriodCode;
  year?: number;
  /** Reviewer option: warn when a consolidated report does not name a task's lead unit. */
  leadUnits?: boolean;
}

export type PlanSource = { kind: 'builtIn' } | { kind: 'file'; name: string } | { kind: 'saved'; name: string };

export const PERIOD_CODES: readonly PeriodCode[] = ['Q1', 'H1', '9M', 'Y'];
