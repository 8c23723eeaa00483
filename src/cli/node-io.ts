/**
 * The command line's file system: a file is looked at before it is read (a folder, a device, a pipe or a socket is
 * refused, and so is a file larger than the limit), then read through one descriptor no further than the limit, so
 * that /dev/zero, a named pipe or a file that grows while it is read cannot exhaust memory.
 */
import { closeSync, lstatSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_DOCX_LIMITS } from '../docx';
import { describeBytes } from '../docx/errors';
import { AppError } from '../errors/app-error';
import type { CliIO } from './io';
import { safeWriteFile } from './safe-write';

/** The largest file any command reads: a .docx at the reader's own limit; plans and registries are far smaller. */
export const MAX_INPUT_BYTES = DEFAULT_DOCX_LIMITS.maxFileBytes;

function refused(path: string, kind: { vi: string; en: string }): AppError {
  return new AppError('file-not-regular', { vi: `${path} là ${kind.vi}, không phải tệp thường; không đọc.`, en: `${path} is ${kind.en}, not a regular file; it was not read.` });
}

function failure(path: string, error: unknown): AppError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new AppError('file-not-found', { vi: `Không tìm thấy tệp: ${path}`, en: `File not found: ${path}` });
  if (code === 'EISDIR') return new AppError('file-is-directory', { vi: `Đây là thư mục, không phải tệp: ${path}`, en: `This is a folder, not a file: ${path}` });
  if (code === 'EACCES' || code === 'EPERM') return new AppError('file-unreadable', { vi: `Không có quyền đọc tệp: ${path}`, en: `No permission to read: ${path}` });
  return new AppError('file-unreadable', { vi: `Không đọc được tệp ${path} (${code ?? 'lỗi'})`, en: `Cannot read ${path} (${code ?? 'error'})` });
}

function tooLarge(path: string, limit: number): AppError {
  const size = describeBytes(limit);
  return new AppError('file-too-large', { vi: `Tệp ${path} quá lớn để đọc (giới hạn: ${size.vi}).`, en: `${path} is too large to read (limit: ${size.en}).` });
}

export function readFile(path: string, limit = MAX_INPUT_BYTES): Uint8Array {
  let fd: number;
  let size: number;
  try {
    const stat = statSync(path);
    size = stat.size;
    if (stat.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    if (!stat.isFile()) {
      const kind = stat.isFIFO()
        ? { vi: 'một đường ống (pipe)', en: 'a pipe' }
        : stat.isSocket()
          ? { vi: 'một socket', en: 'a socket' }
          : { vi: 'một thiết bị', en: 'a device' };
      throw refused(path, kind);
    }
    if (stat.size > limit) throw tooLarge(path, limit);
    fd = openSync(path, 'r');
  } catch (error) {
    throw error instanceof AppError ? error : failure(path, error);
  }
  try {
    // The size may change between stat and read: read in chunks and stop, refusing, once past the limit.
    const chunks: Buffer[] = [];
    let length = 0;
    const chunkSize = Math.max(64 * 1024, Math.min(size + 1, limit + 1));
    for (;;) {
      const chunk = Buffer.allocUnsafe(chunkSize);
      const read = readSync(fd, chunk, 0, chunkSize, null);
      if (read === 0) break;
      length += read;
      if (length > limit) throw tooLarge(path, limit);
      chunks.push(read === chunkSize ? chunk : chunk.subarray(0, read));
    }
    const all = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, length);
    return new Uint8Array(all.buffer, all.byteOffset, length);
  } catch (error) {
    throw error instanceof AppError ? error : failure(path, error);
  } finally {
    closeSync(fd);
  }
}

/**
 * Whether a file or folder is at `path`. A symbolic link answers false: writing there is refused by the safe write
 * itself, with the message that says why (never through a link).
 */
export function exists(path: string): boolean {
  try {
    return !lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** The .docx files of a folder (not its subfolders; Word's "~$" lock files left out), or null for anything else. */
export function listDocx(path: string): string[] | null {
  try {
    if (!statSync(path).isDirectory()) return null;
  } catch {
    return null;
  }
  return readdirSync(path, { withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.docx$/i.test(entry.name) && !entry.name.startsWith('~$'))
    .map((entry) => join(path, entry.name))
    .sort();
}

export const nodeIO: CliIO = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFile(path),
  exists,
  listDocx,
  writeFile: (path, data, overwrite = false) => safeWriteFile(path, data, overwrite),
};
