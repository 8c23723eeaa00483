/**
 * Small JSON values kept inside the document (ignored findings), through the Common API's
 * Office.context.document.settings: they travel with the .docx and are per add-in. Values are stored as JSON text,
 * so what comes back is exactly what was stored (null included); a setting reaches the file only after saveAsync.
 */
import { AppError } from '../errors/app-error';

/** The part of Office.Settings used here; the real object satisfies it, tests pass an in-memory fake. */
export interface OfficeSettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: { status: unknown; error?: { code?: unknown; message?: unknown } | null }) => void): void;
}

export const SETTINGS_SAVE_TIMEOUT_MS = 10_000;

/** Office.context.document.settings, or null outside Office. */
export function officeDocumentSettings(): OfficeSettingsLike | null {
  try {
    return typeof Office !== 'undefined' ? (Office.context.document.settings as unknown as OfficeSettingsLike) : null;
  } catch {
    return null;
  }
}

function isFailed(status: unknown): boolean {
  if (status === 'failed') return true;
  try {
    return typeof Office !== 'undefined' && status === Office.AsyncResultStatus.Failed;
  } catch {
    return false;
  }
}

const UNAVAILABLE = {
  vi: 'Không lưu được thiết lập vào tài liệu: Word không cho phép truy cập thiết lập của tài liệu này.',
  en: 'Settings cannot be kept in the document: Word gives no access to this document’s settings.',
};

export class DocumentSettings {
  constructor(
    private readonly settings: OfficeSettingsLike | null,
    private readonly timeoutMs: number = SETTINGS_SAVE_TIMEOUT_MS,
  ) {}

  get(key: string): unknown {
    const store = this.require();
    const stored = store.get(key);
    if (stored === null || stored === undefined) return undefined;
    if (typeof stored !== 'string') return stored;
    try {
      return JSON.parse(stored) as unknown;
    } catch {
      // Written by something else as a plain string.
      return stored;
    }
  }

  /** Stores the value (undefined removes the key) and saves it into the document. */
  async set(key: string, value: unknown): Promise<void> {
    const store = this.require();
    if (value === undefined) store.remove(key);
    else store.set(key, toJson(key, value));
    await this.save(store);
  }

  private require(): OfficeSettingsLike {
    if (!this.settings) throw new AppError('settings-unavailable', UNAVAILABLE);
    return this.settings;
  }

  private save(store: OfficeSettingsLike): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(saveError('timeout', `no answer within ${this.timeoutMs} ms`)), this.timeoutMs);
      try {
        store.saveAsync((result) => {
          clearTimeout(timer);
          if (isFailed(result.status)) {
            const code = typeof result.error?.code === 'number' || typeof result.error?.code === 'string' ? String(result.error.code) : 'Unknown';
            const message = typeof result.error?.message === 'string' ? result.error.message : '';
            reject(saveError(code, message));
          } else resolve();
        });
      } catch (error) {
        clearTimeout(timer);
        reject(saveError('Exception', error instanceof Error ? error.message : String(error)));
      }
    });
  }
}

function toJson(key: string, value: unknown): string {
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    json = undefined;
  }
  if (json === undefined) {
    throw new AppError('setting-not-json', {
      vi: `Thiết lập "${key}" không lưu được: giá trị không chuyển được sang JSON.`,
      en: `The setting "${key}" cannot be stored: its value cannot be turned into JSON.`,
    });
  }
  return json;
}

function saveError(code: string, detail: string): AppError {
  return new AppError(
    'settings-save-failed',
    {
      vi: `Không lưu được thiết lập vào tài liệu (mã lỗi ${code}). Hãy thử lại; nếu tài liệu đang ở chế độ chỉ đọc, hãy lưu thành bản khác.`,
      en: `The setting could not be saved into the document (error code ${code}). Try again; if the document is read-only, save a copy.`,
    },
    detail ? [{ vi: `Chi tiết: ${detail}`, en: `Details: ${detail}` }] : [],
  );
}
