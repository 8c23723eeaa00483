/**
 * Where the chosen plan is kept between sessions. The localStorage store works in Word's webview (each origin has
 * its own storage) and in the playground page alike. Reading validates the plan with PlanSchema; the validator
 * (zod) loads only when a plan is stored, so a pane with no stored plan starts as small as before.
 */
import type { Bilingual } from '../../errors/app-error';
import { AppError, isAppError } from '../../errors/app-error';
import type { Plan } from '../../plan/schema';

export interface StoredPlan {
  plan: Plan;
  /** What the user knows the plan by: the file's name, or "the open document". */
  name: string;
  /** ISO date-time of saving. */
  savedAt: string;
}

export type StoredPlanResult =
  | { kind: 'none' }
  | { kind: 'ok'; stored: StoredPlan }
  /** Something was stored but cannot be used (corrupt, an older schema): it has been removed. */
  | { kind: 'invalid'; error: Bilingual; details: readonly Bilingual[] };

export interface PlanStore {
  /** Whether a plan is stored, without reading or validating it: the pane waits for `load` only when there is one. */
  has(): boolean;
  load(): Promise<StoredPlanResult>;
  /** Throws an AppError (vi/en) when the storage refuses (full, disabled). */
  save(stored: StoredPlan): Promise<void>;
  /** Throws an AppError (vi/en) when the storage refuses. */
  clear(): Promise<void>;
}

export const PLAN_STORAGE_KEY = 'pctn.chosenPlan';
const FORMAT = 'pctn-chosen-plan';
const VERSION = 1;

type Envelope = { format: typeof FORMAT; version: typeof VERSION; name: string; savedAt: string; plan: unknown };

const detailOf = (error: unknown): string => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));

function isQuotaError(error: unknown): boolean {
  return error instanceof Error && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || /quota/i.test(error.message));
}

function storageError(action: 'read' | 'save' | 'clear', error: unknown): AppError {
  if (action === 'save' && isQuotaError(error)) {
    return new AppError('plan-store-full', {
      vi: 'Bộ nhớ của trình duyệt cho phần bổ trợ đã đầy, không lưu được kế hoạch. Hãy xóa dữ liệu trang web cũ hoặc lưu kế hoạch ra tệp .json.',
      en: 'The browser storage for the add-in is full; the plan was not saved. Clear old site data, or keep the plan as a .json file.',
    });
  }
  const detail = detailOf(error);
  const what = { read: { vi: 'đọc', en: 'read' }, save: { vi: 'lưu', en: 'save' }, clear: { vi: 'xóa', en: 'clear' } }[action];
  return new AppError('plan-store-failed', {
    vi: `Không ${what.vi} được kế hoạch trong bộ nhớ của trình duyệt (${detail}). Có thể trình duyệt đang chặn lưu dữ liệu trang web.`,
    en: `The plan could not be ${action === 'read' ? 'read from' : action === 'save' ? 'saved to' : 'cleared from'} the browser storage (${detail}). The browser may be blocking site data.`,
  });
}

/** window.localStorage, or null where reading the property itself throws (storage disabled, sandboxed frame). */
export function browserStorage(): Storage | null {
  try {
    return typeof window !== 'undefined' ? window.localStorage : null;
  } catch (error) {
    console.warn('localStorage is not available', error);
    return null;
  }
}

/** The stored text of a chosen plan (the same envelope in browser storage and in the document's settings). */
export function encodeStoredPlan(stored: StoredPlan): string {
  const envelope: Envelope = { format: FORMAT, version: VERSION, name: stored.name, savedAt: stored.savedAt, plan: stored.plan };
  return JSON.stringify(envelope);
}

/** Reads a stored envelope back, the plan validated with PlanSchema; never throws for bad data. */
export async function decodeStoredPlan(text: string): Promise<StoredPlanResult> {
  let envelope: Partial<Envelope>;
  try {
    envelope = JSON.parse(text) as Partial<Envelope>;
  } catch (error) {
    return { kind: 'invalid', error: { vi: `Dữ liệu đã lưu không phải JSON (${detailOf(error)}).`, en: `The stored data is not JSON (${detailOf(error)}).` }, details: [] };
  }
  if (!envelope || typeof envelope !== 'object' || envelope.format !== FORMAT || envelope.version !== VERSION || typeof envelope.name !== 'string') {
    return { kind: 'invalid', error: { vi: 'Dữ liệu đã lưu không đúng dạng của phần bổ trợ.', en: 'The stored data is not in the add-in\'s format.' }, details: [] };
  }
  const { parsePlan } = await import(/* webpackChunkName: "plan-loader" */ '../../plan/load');
  try {
    const plan = parsePlan(envelope.plan);
    return { kind: 'ok', stored: { plan, name: envelope.name, savedAt: typeof envelope.savedAt === 'string' ? envelope.savedAt : '' } };
  } catch (error) {
    if (!isAppError(error)) throw error;
    return { kind: 'invalid', error: { vi: error.vi, en: error.en }, details: error.details };
  }
}

export class LocalPlanStore implements PlanStore {
  constructor(
    private readonly storage: Storage | null = browserStorage(),
    private readonly key: string = PLAN_STORAGE_KEY,
  ) {}

  has(): boolean {
    try {
      return this.storage?.getItem(this.key) != null;
    } catch (error) {
      // `load` reports it to the user; here it only decides whether to wait for `load`.
      console.warn('reading the stored plan failed', error);
      return true;
    }
  }

  async load(): Promise<StoredPlanResult> {
    if (!this.storage) return { kind: 'none' };
    let text: string | null;
    try {
      text = this.storage.getItem(this.key);
    } catch (error) {
      const failure = storageError('read', error);
      return { kind: 'invalid', error: { vi: failure.vi, en: failure.en }, details: [] };
    }
    if (text == null) return { kind: 'none' };
    const result = await decodeStoredPlan(text);
    if (result.kind === 'invalid') {
      try {
        this.storage.removeItem(this.key);
      } catch (error) {
        console.warn('removing the invalid stored plan failed', error);
      }
    }
    return result;
  }

  async save(stored: StoredPlan): Promise<void> {
    if (!this.storage) throw storageError('save', new Error('localStorage is not available'));
    try {
      this.storage.setItem(this.key, encodeStoredPlan(stored));
    } catch (error) {
      throw storageError('save', error);
    }
  }

  async clear(): Promise<void> {
    if (!this.storage) return;
    try {
      this.storage.removeItem(this.key);
    } catch (error) {
      throw storageError('clear', error);
    }
  }
}
