/** An error the user sees: a stable code and the message in Vietnamese and English. */
export interface Bilingual {
  vi: string;
  en: string;
}

export class AppError extends Error {
  readonly code: string;
  readonly vi: string;
  readonly en: string;
  readonly details: readonly Bilingual[];

  constructor(code: string, message: Bilingual, details: readonly Bilingual[] = []) {
    super(`${message.vi} / ${message.en}`);
    this.name = 'AppError';
    this.code = code;
    this.vi = message.vi;
    this.en = message.en;
    this.details = details;
  }
}

export const isAppError = (value: unknown): value is AppError => value instanceof AppError;
