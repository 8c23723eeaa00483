/** Why a .docx could not be read: a stable code and a message in Vietnamese and English, never a stack trace. */
import { AppError, type Bilingual } from '../errors/app-error';

export type DocxErrorCode =
  | 'DOCX_EMPTY'
  | 'DOCX_FILE_TOO_LARGE'
  | 'DOCX_NOT_ZIP'
  | 'DOCX_TRUNCATED'
  | 'DOCX_CORRUPT'
  | 'DOCX_ZIP_BOMB'
  | 'DOCX_ENCRYPTED'
  | 'DOCX_LEGACY_DOC'
  | 'DOCX_NO_DOCUMENT'
  | 'DOCX_OPEN_DOCUMENT'
  | 'DOCX_MALFORMED_XML'
  | 'DOCX_TOO_MANY_PARAGRAPHS';

const MESSAGES: Record<DocxErrorCode, Bilingual> = {
  DOCX_EMPTY: { vi: 'Tệp rỗng, không có nội dung để đọc.', en: 'The file is empty.' },
  DOCX_FILE_TOO_LARGE: { vi: 'Tệp quá lớn để đọc.', en: 'The file is too large to read.' },
  DOCX_NOT_ZIP: {
    vi: 'Tệp không phải là tài liệu Word .docx (không phải tệp nén ZIP).',
    en: 'The file is not a Word .docx document (not a ZIP archive).',
  },
  DOCX_TRUNCATED: {
    vi: 'Tệp .docx bị cắt cụt hoặc chưa tải về hết.',
    en: 'The .docx file is truncated or was not fully downloaded.',
  },
  DOCX_CORRUPT: { vi: 'Tệp .docx bị hỏng, không giải nén được.', en: 'The .docx file is corrupt and cannot be unpacked.' },
  DOCX_ZIP_BOMB: {
    vi: 'Tệp .docx khi giải nén vượt quá giới hạn dung lượng cho phép; tệp có thể độc hại.',
    en: 'The .docx file expands past the allowed size when unpacked; it may be malicious.',
  },
  DOCX_ENCRYPTED: {
    vi: 'Tài liệu được bảo vệ bằng mật khẩu. Hãy gỡ mật khẩu trong Word rồi thử lại.',
    en: 'The document is password-protected. Remove the password in Word and try again.',
  },
  DOCX_LEGACY_DOC: {
    vi: 'Đây là tệp Word cũ (.doc). Hãy mở trong Word và lưu lại dưới dạng .docx.',
    en: 'This is a legacy Word file (.doc). Open it in Word and save it as .docx.',
  },
  DOCX_NO_DOCUMENT: {
    vi: 'Tệp nén không chứa văn bản Word (thiếu word/document.xml); có thể đây là tệp Excel, PowerPoint hoặc tệp nén khác.',
    en: 'The archive holds no Word document (word/document.xml is missing); it may be an Excel, PowerPoint or other ZIP file.',
  },
  DOCX_OPEN_DOCUMENT: {
    vi: 'Đây là tệp OpenDocument (.odt, của LibreOffice hoặc WPS), không phải .docx. Hãy mở tệp rồi chọn Lưu thành (Save As) › Word (.docx).',
    en: 'This is an OpenDocument file (.odt, from LibreOffice or WPS), not a .docx. Open it and use Save As › Word (.docx).',
  },
  DOCX_MALFORMED_XML: { vi: 'Nội dung XML của tài liệu bị lỗi.', en: 'The document XML is malformed.' },
  DOCX_TOO_MANY_PARAGRAPHS: {
    vi: 'Tài liệu có quá nhiều đoạn văn để kiểm tra.',
    en: 'The document has too many paragraphs to check.',
  },
};

export class DocxReadError extends AppError {
  override readonly code: DocxErrorCode;

  constructor(code: DocxErrorCode, detail?: Bilingual) {
    const base = MESSAGES[code];
    const message = detail ? { vi: `${base.vi} ${detail.vi}`, en: `${base.en} ${detail.en}` } : base;
    super(code, message);
    this.name = 'DocxReadError';
    this.code = code;
  }
}

export const isDocxReadError = (value: unknown): value is DocxReadError => value instanceof DocxReadError;

/** Human sizes for messages: "12,5 MB" / "12.5 MB". */
export function describeBytes(bytes: number): Bilingual {
  const mb = bytes / (1024 * 1024);
  const text = mb >= 1 ? mb.toFixed(1) : (bytes / 1024).toFixed(1);
  const unit = mb >= 1 ? 'MB' : 'KB';
  return { vi: `${text.replace('.', ',')} ${unit}`, en: `${text} ${unit}` };
}
