/** A file the user chose or dropped → the document's paragraphs, or a message in Vietnamese and English. */
import type { Bilingual } from '../../errors/app-error';
import { isAppError } from '../../errors/app-error';
import type { RawParagraph } from '../../document/model';
import { readDocxWithBlocks } from '../../docx/read';
import type { OriginalPackage } from './types';
import { DEFAULT_DOCX_LIMITS } from '../../docx/limits';
import { describeBytes } from '../../docx/errors';

export type OpenResult =
  | { ok: true; name: string; paragraphs: RawParagraph[]; warnings: Bilingual[]; original: OriginalPackage }
  | { ok: false; name: string; error: Bilingual };

export function readDocxBytes(name: string, bytes: Uint8Array): OpenResult {
  try {
    const { model, blockOfParagraph } = readDocxWithBlocks(bytes, { name });
    const read = model.paragraphs.map((p) => ({ text: p.text, listLabel: p.listLabel }));
    return { ok: true, name, paragraphs: model.paragraphs, warnings: model.warnings, original: { bytes, blockOfParagraph, read, page: model.page ?? null } };
  } catch (error) {
    if (isAppError(error)) return { ok: false, name, error: { vi: error.vi, en: error.en } };
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, name, error: { vi: `Không đọc được tệp (${detail}).`, en: `The file could not be read (${detail}).` } };
  }
}

export async function openDocxFile(file: File): Promise<OpenResult> {
  // Refuse before reading a huge file into memory.
  if (file.size > DEFAULT_DOCX_LIMITS.maxFileBytes) {
    const size = describeBytes(DEFAULT_DOCX_LIMITS.maxFileBytes);
    return {
      ok: false,
      name: file.name,
      error: { vi: `Tệp quá lớn để đọc (giới hạn: ${size.vi}).`, en: `The file is too large to read (limit: ${size.en}).` },
    };
  }
  try {
    return readDocxBytes(file.name, new Uint8Array(await file.arrayBuffer()));
  } catch {
    return { ok: false, name: file.name, error: { vi: 'Trình duyệt không đọc được tệp này.', en: 'The browser could not read this file.' } };
  }
}

/** The sample report, served by the page's own origin (bundled by webpack as an asset). */
export async function fetchDocx(url: string, name: string): Promise<OpenResult> {
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return readDocxBytes(name, new Uint8Array(await response.arrayBuffer()));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, name, error: { vi: `Không tải được báo cáo mẫu (${detail}).`, en: `The sample report could not be loaded (${detail}).` } };
  }
}
