/**
 * Which plan the pane uses, and keeping that choice: at start the stored plan (if any) is read and validated; choosing
 * a plan stores it; going back to the built-in plan clears the store. Storage failures come back as vi/en messages.
 */
import { useCallback, useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import type { Bilingual } from '../../errors/app-error';
import { isAppError } from '../../errors/app-error';
import type { Plan } from '../../plan/schema';
import type { CheckSettings } from '../check-settings';
import type { PlanStore } from './plan-store';

export type PlanNoticeState = { kind: 'storedInvalid'; error: Bilingual; details: readonly Bilingual[] };

export interface PlanChoice {
  /** False while a stored plan is being read: the check waits for it rather than run against the wrong plan. */
  ready: boolean;
  notice: PlanNoticeState | null;
  dismissNotice: () => void;
  /** Uses the plan now and stores it; resolves to the storage's error when it could not be stored (it is still used). */
  choose: (plan: Plan, name: string) => Promise<Bilingual | null>;
  /** Back to the built-in plan; resolves to the storage's error when the stored plan could not be cleared. */
  chooseBuiltIn: () => Promise<Bilingual | null>;
}

const toBilingual = (error: unknown): Bilingual => {
  if (isAppError(error)) return { vi: error.vi, en: error.en };
  const detail = error instanceof Error ? error.message : String(error);
  return { vi: `Lỗi không mong đợi: ${detail}`, en: `Unexpected error: ${detail}` };
};

/** The settings with another plan; a unit chosen by hand stays only if the new plan has it. */
export function withPlan(settings: CheckSettings, plan: Plan | null, planSource: CheckSettings['planSource']): CheckSettings {
  const next: CheckSettings = { ...settings, plan, planSource };
  if (next.unit !== undefined && plan && !plan.units.some((u) => u.id === next.unit) && !plan.groups.some((g) => g.id === next.unit)) delete next.unit;
  // The built-in plan's units are not known here; a unit from another plan is dropped rather than guessed.
  if (next.unit !== undefined && !plan && settings.plan) delete next.unit;
  return next;
}

export function usePlanChoice(store: PlanStore, setSettings: Dispatch<SetStateAction<CheckSettings>>): PlanChoice {
  const [ready, setReady] = useState(() => !store.has());
  const [notice, setNotice] = useState<PlanNoticeState | null>(null);
  // A choice the user makes while the stored plan is still loading wins over the stored one.
  const chosen = useRef(false);

  useEffect(() => {
    let live = true;
    void store
      .load()
      .then((result) => {
        if (!live || chosen.current) return;
        if (result.kind === 'ok') setSettings((s) => withPlan(s, result.stored.plan, { kind: 'saved', name: result.stored.name }));
        else if (result.kind === 'invalid') setNotice({ kind: 'storedInvalid', error: result.error, details: result.details });
      })
      .catch((error: unknown) => live && setNotice({ kind: 'storedInvalid', error: toBilingual(error), details: [] }))
      .finally(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, [store, setSettings]);

  const choose = useCallback(
    async (plan: Plan, name: string) => {
      chosen.current = true;
      setReady(true);
      setSettings((s) => withPlan(s, plan, { kind: 'saved', name }));
      try {
        await store.save({ plan, name, savedAt: new Date().toISOString() });
        return null;
      } catch (error) {
        return toBilingual(error);
      }
    },
    [store, setSettings],
  );

  const chooseBuiltIn = useCallback(async () => {
    chosen.current = true;
    setReady(true);
    setSettings((s) => withPlan(s, null, { kind: 'builtIn' }));
    try {
      await store.clear();
      return null;
    } catch (error) {
      return toBilingual(error);
    }
  }, [store, setSettings]);

  return { ready, notice, dismissNotice: useCallback(() => setNotice(null), []), choose, chooseBuiltIn };
}
