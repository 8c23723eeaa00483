/** pctn outline [--json] FILE.docx...: the outline each file's reader sees, or its whole DocumentModel. */
import { readDocx } from '../../docx';
import { isAppError } from '../../errors/app-error';
import type { DocumentModel, OutlineNode } from '../../document/model';
import { EXIT_OK, EXIT_USAGE, type CliIO, type Lang } from '../io';
import { UsageError } from '../usage-error';

export function formatOutline(model: DocumentModel): string[] {
  const lines: string[] = [];
  const walk = (nodes: OutlineNode[]) => {
    for (const node of nodes) {
      const indent = '  '.repeat(node.level - 1);
      lines.push(`${node.level} ${indent}${node.label ? `${node.label} ` : ''}${node.title}`);
      walk(node.children);
    }
  };
  walk(model.outline);
  return lines;
}

export async function runOutlineCommand(args: { files: string[]; json: boolean; lang: Lang }, io: CliIO): Promise<number> {
  if (args.files.length === 0) throw new UsageError({ vi: 'Cần ít nhất một tệp .docx.', en: 'Expected at least one .docx file.' });
  let exit = EXIT_OK;
  const models: (DocumentModel | { file: string; error: { code: string; vi: string; en: string } })[] = [];
  for (const file of args.files) {
    try {
      const model = readDocx(io.readFile(file), { name: file });
      if (args.json) models.push(model);
      else io.stdout(`${file}\n${formatOutline(model).map((l) => `  ${l}`).join('\n')}\n\n`);
    } catch (error) {
      if (!isAppError(error)) throw error;
      exit = EXIT_USAGE;
      if (args.json) models.push({ file, error: { code: error.code, vi: error.vi, en: error.en } });
      io.stderr(`${file}: ${args.lang === 'vi' ? error.vi : error.en}\n`);
    }
  }
  if (args.json) io.stdout(JSON.stringify(models, null, 2) + '\n');
  return exit;
}
