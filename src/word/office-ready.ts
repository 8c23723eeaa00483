/**
 * Waits for office.js. Office.onReady is registered exactly once per page, however often this is called,
 * and never waits forever: a filtered CDN or a blocked office_strings.js leaves onReady pending for good
 * (office-js #6040, #3522), so the pane shows a reason instead of a white screen.
 */
export const DEFAULT_OFFICE_TIMEOUT_MS = 15_000;

export interface OfficeHostInfo {
  host: string | null;
  platform: string | null;
  /** Office's UI language, such as "vi-VN" or "en-US"; null outside Office. */
  displayLanguage: string | null;
}

export type OfficeUnavailableReason = 'not-loaded' | 'timeout';

export class OfficeUnavailableError extends Error {
  readonly reason: OfficeUnavailableReason;
  readonly vi: string;
  readonly en: string;

  constructor(reason: OfficeUnavailableReason, timeoutMs: number) {
    const seconds = Math.round(timeoutMs / 100) / 10;
    const vi =
      reason === 'not-loaded'
        ? 'Không tải được thư viện Office (office.js). Hãy mở trợ lý trong Word và kiểm tra rằng mạng cho phép truy cập appsforoffice.microsoft.com.'
        : `Word không phản hồi sau ${seconds} giây. Hãy đóng và mở lại trợ lý; nếu vẫn lỗi, kiểm tra rằng mạng cho phép truy cập appsforoffice.microsoft.com.`;
    const en =
      reason === 'not-loaded'
        ? 'The Office library (office.js) did not load. Open the assistant inside Word and check that the network allows appsforoffice.microsoft.com.'
        : `Word did not answer within ${seconds} seconds. Close and reopen the assistant; if it persists, check that the network allows appsforoffice.microsoft.com.`;
    super(`${vi} / ${en}`);
    this.name = 'OfficeUnavailableError';
    this.reason = reason;
    this.vi = vi;
    this.en = en;
  }
}

/** The part of the Office global this module uses; the real one satisfies it. */
export interface OfficeGlobal {
  onReady(): Promise<{ host: unknown; platform: unknown }>;
  context?: { displayLanguage?: string };
}

let readyOnce: Promise<OfficeHostInfo> | undefined;

function registerOnReady(office: OfficeGlobal): Promise<OfficeHostInfo> {
  readyOnce ??= office.onReady().then((info) => {
    const extension = (globalThis as { OfficeExtension?: { config?: { extendedErrorLogging?: boolean } } }).OfficeExtension;
    if (extension?.config) extension.config.extendedErrorLogging = true;
    return {
      host: info.host == null ? null : String(info.host),
      platform: info.platform == null ? null : String(info.platform),
      displayLanguage: readDisplayLanguage(office),
    };
  });
  return readyOnce;
}

function readDisplayLanguage(office: OfficeGlobal): string | null {
  try {
    return office.context?.displayLanguage ?? null;
  } catch {
    // Outside an Office host office.js throws on some context properties.
    return null;
  }
}

function currentOfficeGlobal(): OfficeGlobal | undefined {
  const candidate = (globalThis as { Office?: Partial<OfficeGlobal> }).Office;
  return candidate && typeof candidate.onReady === 'function' ? (candidate as OfficeGlobal) : undefined;
}

export function waitForOffice(
  timeoutMs: number = DEFAULT_OFFICE_TIMEOUT_MS,
  office: OfficeGlobal | undefined = currentOfficeGlobal(),
): Promise<OfficeHostInfo> {
  if (!office) return Promise.reject(new OfficeUnavailableError('not-loaded', timeoutMs));
  const ready = registerOnReady(office);
  return new Promise<OfficeHostInfo>((resolve, reject) => {
    const timer = setTimeout(() => reject(new OfficeUnavailableError('timeout', timeoutMs)), timeoutMs);
    ready.then(
      (info) => {
        clearTimeout(timer);
        resolve(info);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/** Reads `?officeTimeoutMs=` (used by browser tests); falls back for a missing or unreasonable value. */
export function officeTimeoutFromQuery(search: string, fallback: number = DEFAULT_OFFICE_TIMEOUT_MS): number {
  const raw = new URLSearchParams(search).get('officeTimeoutMs');
  const value = raw === null ? Number.NaN : Number(raw);
  return Number.isFinite(value) && value >= 50 && value <= 120_000 ? value : fallback;
}
