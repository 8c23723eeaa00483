import { readFileSync } from 'node:fs';
import { AppError } from '../errors/app-error';
import type { CliIO } from './io';
import { safeWriteFile } from './safe-write';

function readFile(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new AppError('file-not-found', { vi: `Không tìm thấy tệp: ${path}`, en: `File not found: ${path}` });
    if (code === 'EISDIR') throw new AppError('file-is-directory', { vi: `Đây là thư mục, không phải tệp: ${path}`, en: `This is a folder, not a file: ${path}` });
    throw new AppError('file-unreadable', { vi: `Không đọc được tệp ${path} (${code ?? 'lỗi'})`, en: `Cannot read ${path} (${code ?? 'error'})` });
  }
}

export const nodeIO: CliIO = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile,
  writeFile: (path, data, overwrite = false) => safeWriteFile(path, data, overwrite),
};
