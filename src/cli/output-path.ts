/**
 * The file a command writes (-o), checked before any work is done: the extension the command writes, and nothing
 * already there unless --force. The write itself (safe-write.ts) refuses again, atomically; this is the early word.
 */
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
