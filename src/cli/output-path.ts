/**
 * The file a command writes (-o), checked before any work is done: the extension the command writes, and nothing
 * already there unless --force. The write itself (safe-write.ts) refuses again, atomically; this is the early word.
 */
import path from 'node:path';
import type { CliIO } from './io';
import { UsageError } from './usage-error';

export function checkOutputPath(io: CliIO, output: string, extension: '.docx' | '.json' | '.csv' | '.xlsx', force: boolean): void {
  if (!output.toLowerCase().endsWith(extension)) {
    throw new UsageError({ vi: `Tệp ghi ra phải có đuôi ${extension}: "${output}"`, en: `The output file must end in ${extension}: "${output}"` });
  }
  if (!force && io.exists(output)) {
    throw new UsageError({
      vi: `Tệp "${output}" đã có; không ghi đè để không mất nội dung. Chọn tên khác, hoặc thêm --force nếu thật sự muốn thay nó.`,
      en: `"${output}" already exists; it was not overwritten, so nothing is lost. Choose another name, or add --force to replace it.`,
    });
  }
}

/**
 * The one input and the copy a command writes from it (insert-missing, fix): exactly one file, -o given, never the
 * input itself, and the early check of the output path. Returns the input.
 */
export function checkCopyOf(io: CliIO, files: readonly string[], output: string | undefined, force: boolean, what: { vi: string; en: string }): { input: string; output: string } {
  const [input, ...extra] = files;
  if (!input || extra.length > 0) throw new UsageError({ vi: `Cần đúng một tệp .docx để ${what.vi}.`, en: `Expected exactly one .docx file to ${what.en}.` });
  if (!output) throw new UsageError({ vi: 'Cần -o TỆP.docx (bản sẽ ghi; tệp gốc không bị sửa).', en: 'Expected -o FILE.docx (the copy to write; the original is not changed).' });
  if (path.resolve(output) === path.resolve(input)) {
    throw new UsageError({ vi: 'Không ghi đè lên chính tệp gốc: hãy chọn tên khác cho -o.', en: 'The original file is never overwritten: choose another name for -o.' });
  }
  checkOutputPath(io, output, '.docx', force);
  return { input, output };
}
