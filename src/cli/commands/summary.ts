/**
 * pctn summary [--json] [--xlsx FILE] [--csv FILE] [--draft FILE.docx] [--period Q1|H1|9M|Y] [--year N] [--plan FILE] [--today DATE] FILE.docx|FOLDER...
 * Every report of a period at once: who sent what and when, what is missing across units, the coverage matrix.
 */
import { readDocx } from '../../docx';
import { checkReport } from '../../check';
import { isAppError } from '../../errors/app-error';
import { PeriodCodeSchema, type PeriodCode } from '../../plan/schema';
import { summarize, type SummaryInput } from '../../summary/summarize';
import { formatSummary, matrixCsv, summaryJson } from '../../summary/format';
import { summaryWorkbook } from '../../summary/xlsx';
import { consolidatedDraft } from '../../summary/draft';
import { writeDocx } from '../../docx/write';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type CliIO, type Lang } from '../io';
import { UsageError } from '../usage-error';
import { checkOutputPath } from '../output-path';
import { loadPlanOption } from './plan';

export interface SummaryArgs {
  files: string[];
  json: boolean;
  lang: Lang;
  csv?: string;
  xlsx?: string;
  draft?: string;
  period?: string;
  year?: string;
  plan?: string;
  today?: string;
  force?: boolean;
}

/** Files as given, folders replaced by the .docx files inside them. */
function expand(io: CliIO, paths: readonly string[]): string[] {
  return paths.flatMap((p) => io.listDocx?.(p) ?? [p]);
}

const PROGRESS_FROM = 20;

export async function runSummaryCommand(args: SummaryArgs, io: CliIO): Promise<number> {
  if (args.files.length === 0) throw new UsageError({ vi: 'Cần các tệp báo cáo .docx hoặc một thư mục.', en: 'Expected report .docx files or a folder.' });
  if (args.period !== undefined && !PeriodCodeSchema.safeParse(args.period).success) {
    throw new UsageError({ vi: `--period nhận Q1, H1, 9M hoặc Y, không nhận "${args.period}"`, en: `--period takes Q1, H1, 9M or Y, not "${args.period}"` });
  }
  if (args.year !== undefined && !/^\d{4}$/.test(args.year)) throw new UsageError({ vi: `--year cần một năm, như 2026, không phải "${args.year}"`, en: `--year takes a year such as 2026, not "${args.year}"` });
  if (args.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(args.today)) throw new UsageError({ vi: `--today cần ngày dạng YYYY-MM-DD, không phải "${args.today}"`, en: `--today takes a date YYYY-MM-DD, not "${args.today}"` });
  if (args.csv) checkOutputPath(io, args.csv, '.csv', args.force === true);
  if (args.xlsx) checkOutputPath(io, args.xlsx, '.xlsx', args.force === true);
  if (args.draft) checkOutputPath(io, args.draft, '.docx', args.force === true);
  const plan = loadPlanOption(io, args.plan);
  const files = expand(io, args.files);
  if (files.length === 0) throw new UsageError({ vi: 'Thư mục không có tệp .docx nào.', en: 'The folder holds no .docx file.' });
  const inputs: SummaryInput[] = [];
  let unreadable = false;
  files.forEach((file, index) => {
    if (files.length >= PROGRESS_FROM && index > 0 && index % 10 === 0) io.stderr(args.lang === 'vi' ? `Đã kiểm tra ${index}/${files.length} tệp...\n` : `Checked ${index}/${files.length} files...\n`);
    try {
      inputs.push({ file, result: checkReport(plan, readDocx(io.readFile(file), { name: file }), { today: args.today }) });
    } catch (caught) {
      // One unreadable file is listed as such; the others are still summarised.
      unreadable = true;
      const message = isAppError(caught) ? { vi: caught.vi, en: caught.en } : { vi: `Lỗi ngoài dự kiến: ${String(caught)}`, en: `Unexpected error: ${String(caught)}` };
      io.stderr(`${file}: ${message[args.lang]}\n`);
      inputs.push({ file, result: { error: message } });
    }
  });
  const period = args.period ? { code: args.period as PeriodCode, ...(args.year ? { year: Number(args.year) } : {}) } : undefined;
  const summary = summarize(plan, inputs, { period, today: args.today });
  if (args.csv) io.writeFile(args.csv, matrixCsv(plan, summary, args.lang), args.force === true);
  if (args.xlsx) io.writeFile(args.xlsx, await summaryWorkbook(plan, summary, args.lang), args.force === true);
  if (args.draft) {
    if (!summary.period) throw new UsageError({ vi: 'Không rõ kỳ báo cáo để soạn báo cáo tổng hợp; dùng --period.', en: 'The period is unknown, so no consolidated draft; use --period.' });
    io.writeFile(args.draft, writeDocx(consolidatedDraft(plan, summary).blocks), args.force === true);
  }
  io.stdout(args.json ? JSON.stringify(summaryJson(summary), null, 2) + '\n' : formatSummary(plan, summary, args.lang));
  if (unreadable) return EXIT_USAGE;
  const incomplete =
    summary.units.some((u) => u.mustReport && !u.received) || summary.reports.some((r) => r.included && (r.missing.length > 0 || r.sectionsMissing.length > 0 || r.late));
  return incomplete ? EXIT_FINDINGS : EXIT_OK;
}
