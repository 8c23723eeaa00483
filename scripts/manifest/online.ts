/**
 * Microsoft's validator (office-addin-manifest validate) posts the manifest to a Microsoft web service. It is run only
 * on request (PCTN_ONLINE_VALIDATE=1) because it needs network access, and never from tests.
 */

export interface OnlineIssue {
  title: string;
  detail: string;
}

export type OnlineResult =
  | { status: 'valid' }
  | { status: 'invalid'; issues: OnlineIssue[] }
  | { status: 'unavailable'; vi: string; en: string };

interface ValidationIssueLike {
  title?: string;
  content?: string;
  line?: number;
}

interface ManifestModuleLike {
  validateManifest(manifestPath: string): Promise<{
    isValid: boolean;
    status?: number;
    statusText?: string;
    report?: { errors?: ValidationIssueLike[] };
  }>;
}

export const ONLINE_TIMEOUT_MS = 30_000;

async function loadManifestModule(): Promise<ManifestModuleLike | null> {
  // A variable specifier: the package is an optional, transitive dependency and may be absent.
  const specifier = 'office-addin-manifest';
  try {
    const loaded = (await import(specifier)) as Partial<ManifestModuleLike> & { default?: Partial<ManifestModuleLike> };
    const candidate = loaded.validateManifest ? loaded : loaded.default;
    return candidate?.validateManifest ? (candidate as ManifestModuleLike) : null;
  } catch {
    return null;
  }
}

function withTimeout<T>(promise: Promise<T>, milliseconds: number): Promise<T> {
  return new Promise<T>((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`timeout after ${milliseconds / 1000} s`)), milliseconds);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolvePromise(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

export async function validateOnline(manifestPath: string, timeoutMs = ONLINE_TIMEOUT_MS): Promise<OnlineResult> {
  const manifestModule = await loadManifestModule();
  if (!manifestModule) {
    return {
      status: 'unavailable',
      vi: 'Không tìm thấy gói office-addin-manifest (cài cùng office-addin-debugging), nên không kiểm tra trực tuyến được.',
      en: 'The office-addin-manifest package (installed with office-addin-debugging) was not found, so the online check cannot run.',
    };
  }
  try {
    const result = await withTimeout(manifestModule.validateManifest(manifestPath), timeoutMs);
    if (result.isValid) return { status: 'valid' };
    const errors = result.report?.errors ?? [];
    if (errors.length === 0) {
      const detail = result.status ? `HTTP ${result.status} ${result.statusText ?? ''}`.trim() : '';
      return { status: 'invalid', issues: [{ title: 'Microsoft validator', detail: detail || 'rejected' }] };
    }
    return {
      status: 'invalid',
      issues: errors.map((issue) => ({
        title: issue.title ?? 'Error',
        detail: `${issue.content ?? ''}${issue.line ? ` (line ${issue.line})` : ''}`,
      })),
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return {
      status: 'unavailable',
      vi: `Không liên lạc được dịch vụ kiểm tra manifest của Microsoft: ${reason}`,
      en: `Could not reach Microsoft's manifest validation service: ${reason}`,
    };
  }
}
