/**
 * The chosen plan kept in the document's own settings (Word: Office.context.document.settings, through the host), so
 * a report carries the plan it was written against to whoever opens it next, and `LayeredPlanStore`, which puts that
 * store in front of the browser's: the document's plan first, else the user's last choice on this computer.
 */
import type { Bilingual } from '../../errors/app-error';
import { AppError, isAppError } from '../../errors/app-error';
import type { DocumentHost } from '../../document/host';
import { decodeStoredPlan, encodeStoredPlan, PLAN_STORAGE_KEY, type PlanStore, type StoredPlan, type StoredPlanResult } from './plan-store';

type SettingsHost = Pick<DocumentHost, 'getSetting' | 'setSetting'>;

const asBilingual = (error: unknown): Bilingual => {
  if (isAppError(error)) return { vi: error.vi, en: error.en };
  const detail = error instanceof Error ? error.message : String(error);
  return { vi: `Lỗi không mong đợi: ${detail}`, en: `Unexpected error: ${detail}` };
};

export class DocumentPlanStore implements PlanStore {
  constructor(
    private readonly host: SettingsHost,
    private readonly key: string = PLAN_STORAGE_KEY,
  ) {}

  /** Settings are read asynchronously: the pane always waits for `load` (it answers from memory, at once). */
  has(): boolean {
    return true;
  }

  async load(): Promise<StoredPlanResult> {
    let value: unknown;
    try {
      value = await this.host.getSetting(this.key);
    } catch (error) {
      return { kind: 'invalid', error: asBilingual(error), details: [] };
    }
    if (value === undefined || value === null) return { kind: 'none' };
    // The host stores JSON text and parses it back; the envelope is a string inside it.
    return decodeStoredPlan(typeof value === 'string' ? value : JSON.stringify(value));
  }

  async save(stored: StoredPlan): Promise<void> {
    await this.host.setSetting(this.key, encodeStoredPlan(stored));
  }

  async clear(): Promise<void> {
    await this.host.setSetting(this.key, undefined);
  }
}

/** Reads from the first store that has a plan; saves to and clears both. */
export class LayeredPlanStore implements PlanStore {
  constructor(
    private readonly inDocument: PlanStore,
    private readonly onComputer: PlanStore,
  ) {}

  has(): boolean {
    return this.inDocument.has() || this.onComputer.has();
  }

  async load(): Promise<StoredPlanResult> {
    const fromDocument = await this.inDocument.load();
    if (fromDocument.kind === 'ok') return fromDocument;
    const fromComputer = await this.onComputer.load();
    // A broken plan in the document is reported rather than silently replaced by another one.
    return fromDocument.kind === 'invalid' && fromComputer.kind !== 'invalid' ? fromDocument : fromComputer;
  }

  async save(stored: StoredPlan): Promise<void> {
    await this.both((store) => store.save(stored), 'save');
  }

  async clear(): Promise<void> {
    await this.both((store) => store.clear(), 'clear');
  }

  /** Runs the action on both stores; when one refuses, says which copy was kept and why the other was not. */
  private async both(action: (store: PlanStore) => Promise<void>, what: 'save' | 'clear'): Promise<void> {
    const [document, computer] = await Promise.allSettled([action(this.inDocument), action(this.onComputer)]);
    if (document.status === 'fulfilled' && computer.status === 'fulfilled') return;
    if (document.status === 'rejected' && computer.status === 'rejected') throw document.reason;
    const failed = document.status === 'rejected' ? document : (computer as PromiseRejectedResult);
    const reason = asBilingual(failed.reason);
    const inDocumentFailed = document.status === 'rejected';
    const message =
      what === 'save'
        ? inDocumentFailed
          ? { vi: 'Kế hoạch đã được lưu trên máy này nhưng không lưu được vào tài liệu.', en: 'The plan is kept on this computer but could not be saved into the document.' }
          : { vi: 'Kế hoạch đã được lưu vào tài liệu nhưng không lưu được trên máy này.', en: 'The plan is saved in the document but could not be kept on this computer.' }
        : inDocumentFailed
          ? { vi: 'Không xóa được kế hoạch đã lưu trong tài liệu; lần mở sau tài liệu vẫn dùng kế hoạch đó.', en: 'The plan saved in the document could not be removed; the document will use it again when reopened.' }
          : { vi: 'Không xóa được kế hoạch đã lưu trên máy này.', en: 'The plan kept on this computer could not be removed.' };
    throw new AppError(`plan-store-partial-${what}`, { vi: `${message.vi} (${reason.vi})`, en: `${message.en} (${reason.en})` });
  }
}
