/**
 * pctn insert-missing FILE.docx -o OUT.docx [--force] [--unit ID] [--period P] [--plan FILE]: writes a copy of the
 * report with, at its place in the outline, the heading and a marked placeholder for every required task it does
 * not report (placeholders never count as results). The copy is the original package with only those paragraphs
 * added; the original file is never written, and OUT is not overwritten without --force.
 */
import { checkReport } from '../../check';
import { missingItemInserts } from '../../compose/insert-missing';
import { patchDocx, type DocxInsertion } from '../../docx/patch';
import { readDocxWithBlocks } from '../../docx/read';
import type { PeriodCode } from '../../plan/schema';
import { EXIT_OK, type CliIO, type Lang } from '../io';
import { checkCopyOf } from '../output-path';
import { loadPlanOption } from './plan';

export interface InsertMissingArgs {
  files: string[];
  output?: string;
  force: boolean;
  unit?: string;
  period?: string;
  plan?: string;
  lang: Lang;
}

export function runInsertMissingCommand(args: InsertMissingArgs, io: CliIO): number {
  const t = (vi: string, en: string) => (args.lang === 'vi' ? vi : en);
  const { input, output } = checkCopyOf(io, args.files, args.output, args.force, { vi: 'bổ sung', en: 'complete' });
  const plan = loadPlanOption(io, args.plan);
  const bytes = io.readFile(input);
  const { model, blockOfParagraph } = readDocxWithBlocks(bytes, { name: input });
  const result = checkReport(plan, model, { unit: args.unit, period: args.period as PeriodCode | undefined });
  const inserts = missingItemInserts(plan, result, model);
  const ids = inserts.flatMap((insert) => insert.itemIds);
  if (ids.length === 0) {
    io.stdout(t(`${input}: không còn nhiệm vụ bắt buộc nào thiếu; không ghi tệp.\n`, `${input}: no required task is missing; nothing written.\n`));
    return EXIT_OK;
  }
  const insertions: DocxInsertion[] = inserts.map((insert) => ({
    afterBlock: insert.afterParagraph === null ? 'end' : (blockOfParagraph[insert.afterParagraph] ?? 'end'),
    blocks: insert.blocks,
  }));
  io.writeFile(output, patchDocx(bytes, insertions), args.force);
  io.stdout(t(`Đã ghi ${output}: thêm mục cho ${ids.length} nhiệm vụ còn thiếu (${ids.join(', ')}).\n`, `Wrote ${output}: added headings for ${ids.length} missing task(s) (${ids.join(', ')}).\n`));
  return EXIT_OK;
}
