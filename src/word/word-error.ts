/** Office.js failures turned into the app's bilingual errors (the task pane shows `vi`, logs `en` and the debug info). */
import { AppError, isAppError, type Bilingual } from '../errors/app-error';

interface OfficeErrorLike {
  code?: unknown;
  message?: unknown;
  debugInfo?: { errorLocation?: unknown; statement?: unknown };
}

export function toWordError(error: unknown, action: Bilingual): AppError {
  if (isAppError(error)) return error;
  const office = (typeof error === 'object' && error !== null ? error : {}) as OfficeErrorLike;
  const code = typeof office.code === 'string' ? office.code : 'Unknown';
  const where = typeof office.debugInfo?.errorLocation === 'string' ? ` @ ${office.debugInfo.errorLocation}` : '';
  const detail = typeof office.message === 'string' ? office.message : String(error);
  return new AppError(
    'word-api-error',
    {
      vi: `Word không thực hiện được việc ${action.vi} (mã lỗi ${code}). Hãy thử lại; nếu vẫn lỗi, hãy lưu và mở lại tài liệu.`,
      en: `Word could not ${action.en} (error code ${code}). Try again; if it keeps failing, save and reopen the document.`,
    },
    [{ vi: `Chi tiết: ${detail}${where}`, en: `Details: ${detail}${where}` }],
  );
}

export const WORD_API_TOO_OLD: Bilingual = {
  vi: 'Phiên bản Word này quá cũ (cần WordApi 1.3: Office 2019, 2021, 2024 hoặc Microsoft 365). Hãy dùng lệnh "pctn check" với tệp .docx, hoặc cập nhật Office.',
  en: 'This version of Word is too old (WordApi 1.3 is needed: Office 2019, 2021, 2024 or Microsoft 365). Use "pctn check" on the .docx file, or update Office.',
};
