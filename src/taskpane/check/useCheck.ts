/**
 * Runs the check: reads the document through the host (with progress), then the engine, after yielding to the event
 * loop so that the Spinner shows and the pane stays responsive. Keeps the last result while a new check runs.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DocumentHost } from '../../document/host';
import type { DocumentModel } from '../../document/model';
import type { CheckResult } from '../../check/types';
import type { Bilingual } from '../../errors/app-error';
import { isAppError } from '../../errors/app-error';
import type { CheckSettings } from '../check-settings';
import type { Plan } from '../../plan/schema';
import { loadEngine } from '../load-engine';
import { IGNORED_SETTING, parseIgnored } from './ignored';

export interface CheckState {
  result: CheckResult | null;
  /** The plan the result was checked against. */
  plan: Plan | null;
  document: DocumentModel | null;
  busy: boolean;
  progress: { done: number; total: number } | null;
  error: Bilingual | null;
  ignored: string[];
  /** Increments with every finished check: lets the view restore its scroll position. */
  runs: number;
  /** The document changed after the last check (an insert, an edit): the results may be out of date. */
  stale: boolean;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function toBilingual(error: unknown): Bilingual {
  if (isAppError(error)) return { vi: error.vi, en: error.en };
  const detail = error instanceof Error ? error.message : String(error);
  return { vi: `Lỗi không mong đợi: ${detail}`, en: `Unexpected error: ${detail}` };
}

export function useCheck(host: DocumentHost, settings: CheckSettings, today: string, documentKey: number) {
  const [state, setState] = useState<CheckState>({ result: null, plan: null, document: null, busy: false, progress: null, error: null, ignored: [], runs: 0, stale: false });
  const latest = useRef(0);

  const run = useCallback(async () => {
    const ticket = ++latest.current;
    setState((s) => ({ ...s, busy: true, progress: null, error: null, stale: false }));
    try {
      await nextTask();
      const document = await host.read((done, total) => {
        if (ticket === latest.current) setState((s) => ({ ...s, progress: { done, total } }));
      });
      const ignored = parseIgnored(await host.getSetting(IGNORED_SETTING));
      const engine = await loadEngine();
      await nextTask();
      const { unit, period, year, leadUnits } = settings;
      const plan = settings.plan ?? engine.plan2023;
      // Ignored findings are filtered in the pane, not by the engine, so that the pane can still name them.
      const result = engine.checkReport(plan, document, { unit, period, year, today, leadUnits: leadUnits === true });
      if (ticket !== latest.current) return;
      setState((s) => ({ result, plan, document, busy: false, progress: null, error: null, ignored, runs: s.runs + 1, stale: s.stale }));
    } catch (error) {
      if (ticket !== latest.current) return;
      setState((s) => ({ ...s, busy: false, progress: null, error: toBilingual(error) }));
    }
  }, [host, settings, today]);

  useEffect(() => {
    void run();
  }, [run, documentKey]);

  useEffect(() => host.onContentChange(() => setState((s) => (s.result && !s.stale ? { ...s, stale: true } : s))), [host]);

  const saveIgnored = useCallback(
    async (ignored: string[]) => {
      setState((s) => ({ ...s, ignored }));
      try {
        await host.setSetting(IGNORED_SETTING, ignored);
      } catch (error) {
        setState((s) => ({ ...s, error: toBilingual(error) }));
      }
    },
    [host],
  );

  const ignore = useCallback((id: string) => saveIgnored([...state.ignored.filter((other) => other !== id), id]), [saveIgnored, state.ignored]);
  const restore = useCallback((id: string) => saveIgnored(state.ignored.filter((other) => other !== id)), [saveIgnored, state.ignored]);
  const undo = useCallback(() => saveIgnored(state.ignored.slice(0, -1)), [saveIgnored, state.ignored]);

  return { state, run, ignore, restore, undo };
}
