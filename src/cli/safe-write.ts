/**
 * Writes a file so that nothing is lost and nothing is left half-written: the data goes to a temporary file in the
 * same folder first, then takes the name in one step (a hard link when the name must be new, so that an existing file
 * is never replaced without --force; a rename when replacing is asked for). A symbolic link is never written through.
 * Every failure is a bilingual AppError that names the path.
 */
import { linkSync, lstatSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors/app-error';

function failure(code: string | undefined, file: string, folder: string): AppError {
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new AppError('output-folder-missing', { vi: `Không có thư mục để ghi tệp: ${folder}. Hãy tạo thư mục trước.`, en: `The folder to write into does not exist: ${folder}. Create it first.` });
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new AppError('output-not-writable', { vi: `Không có quyền ghi vào ${folder}. Hãy chọn thư mục khác.`, en: `No permission to write into ${folder}. Choose another folder.` });
    case 'ENOSPC':
    case 'EDQUOT':
      return new AppError('output-no-space', { vi: `Ổ đĩa đã đầy, chưa ghi được ${file}.`, en: `The disk is full; ${file} was not written.` });
    case 'EEXIST':
      return new AppError('output-exists', {
        vi: `Tệp "${file}" đã có; không ghi đè để không mất nội dung. Chọn tên khác, hoặc thêm --force nếu thật sự muốn thay nó.`,
        en: `"${file}" already exists; it was not overwritten, so nothing is lost. Choose another name, or add --force to replace it.`,
      });
    case 'EISDIR':
      return new AppError('output-is-folder', { vi: `"${file}" là một thư mục, không ghi đè được.`, en: `"${file}" is a folder; it cannot be written over.` });
    default:
      return new AppError('output-failed', { vi: `Không ghi được ${file} (${code ?? 'lỗi'}).`, en: `Could not write ${file} (${code ?? 'error'}).` });
  }
}

export function safeWriteFile(file: string, data: Uint8Array | string, overwrite: boolean): void {
  const folder = path.dirname(path.resolve(file));
  const existing = (() => {
    try {
      return lstatSync(file);
    } catch {
      return null;
    }
  })();
  if (existing?.isSymbolicLink()) {
    throw new AppError('output-is-symlink', {
      vi: `"${file}" là một liên kết (symlink); không ghi qua liên kết. Hãy ghi vào một tên tệp thật.`,
      en: `"${file}" is a symbolic link; nothing is written through a link. Write to a real file name instead.`,
    });
  }
  if (existing?.isDirectory()) throw failure('EISDIR', file, folder);
  if (existing && !overwrite) throw failure('EEXIST', file, folder);
  const temporary = path.join(folder, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(temporary, data, { flag: 'wx' });
  } catch (error) {
    throw failure((error as NodeJS.ErrnoException).code, file, folder);
  }
  try {
    if (overwrite) renameSync(temporary, file);
    else {
      linkSync(temporary, file);
      unlinkSync(temporary);
    }
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // already gone
    }
    throw failure((error as NodeJS.ErrnoException).code, file, folder);
  }
}
