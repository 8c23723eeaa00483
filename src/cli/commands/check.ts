/** pctn check [--json] [--lang vi|en] [--unit ID] [--period Q1|H1|9M|Y] [--plan FILE] FILE.docx... */
import { readDocx } from '../../docx';
import { checkReport, SECTION_KINDS, type CheckResult } from '../../check';
import { PeriodCodeSchema, type PeriodCode, type Plan } from '../../plan/schema';
import { AppError, isAppError } from '../../errors/app-error';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type CliIO, type Lang } from '../io';
import { UsageError } from '../usage-error';
import { loadPlanOption } from './plan';
import { formatCheckResult } from '../format-check';

export interface CheckArgs {
  files: string[];
  json: boolean;
  lang: Lang;
  unit?: string;
  period?: string;
  plan?: string;
  today?: string;
  leadUnits?: boolean;
  quiet?: boolean;
  suggestions?: boolean;
}

/** The JSON shape of one file's result, as the command line documents it. */
export function checkJson(file: string, result: CheckResult) {
  return {
    file,
    unit: result.unit ? { id: result.unit.id, name: result.unit.name } : null,
    period: result.period ? { code: result.period.code, year: result.period.year, from: result.period.from, to: result.period.to, due: result.period.due } : null,
    items: result.items.map((item) => ({
      id: item.id,
      required: item.required,
      addressed: item.addressed,
      evidence: item.evidence.map((e) => ({ paragraph: e.paragraph, text: e.text, clause: e.clause, score: e.score, matched: e.matched, act: e.act, fromHeading: e.fromHeading })),
    })),
    sections: Object.fromEntries(SECTION_KINDS.map((kind) => [kind, result.sections[kind].present])),
    findings: result.findings.map((f) => ({ id: f.id, rule: f.rule, severity: f.severity, message: f.message, target: f.target, paragraph: f.locator?.index ?? null })),
  };
}

function validateOptions(plan: Plan, args: CheckArgs): void {
  if (args.unit !== undefined && !plan.units.some((u) => u.id === args.unit)) {
    const ids = plan.units.map((u) => u.id).join(', ');
    throw new UsageError({ vi: `--unit không có mã "${args.unit}"; các mã: ${ids}`, en: `--unit has no id "${args.unit}"; ids: ${ids}` });
  }
  if (args.period !== undefined && !PeriodCodeSchema.safeParse(args.period).success) {
    throw new UsageError({ vi: `--period nhận Q1, H1, 9M hoặc Y, không nhận "${args.period}"`, en: `--period takes Q1, H1, 9M or Y, not "${args.period}"` });
  }
}

/** An error that is not the app's own (a bug, an exhausted resource), named for the file it happened on. */
function unexpectedFileError(error: unknown): AppError {
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return new AppError('CHECK_FAILED', {
    vi: `Không kiểm tra được tệp này do lỗi ngoài dự kiến (${reason}). Các tệp khác vẫn được kiểm tra.`,
    en: `This file could not be checked because of an unexpected error (${reason}). The other files are still checked.`,
  });
}

export function runCheckCommand(args: CheckArgs, io: CliIO): number {
  if (args.files.length === 0) throw new UsageError({ vi: 'Cần ít nhất một tệp .docx.', en: 'Expected at least one .docx file.' });
  const plan = loadPlanOption(io, args.plan);
  validateOptions(plan, args);
  const options = { unit: args.unit, period: args.period as PeriodCode | undefined, today: args.today, leadUnits: args.leadUnits === true };
  let exit = EXIT_OK;
  const results: unknown[] = [];
  for (const file of args.files) {
    try {
      const result = checkReport(plan, readDocx(io.readFile(file), { name: file }), options);
      const missing = result.findings.some((f) => f.severity === 'error' && (f.rule === 'item-missing' || f.rule === 'section-missing'));
      if (missing && exit === EXIT_OK) exit = EXIT_FINDINGS;
      if (args.json) results.push(checkJson(file, result));
      else io.stdout(formatCheckResult(file, plan, result, args.lang, args.today, { quiet: args.quiet === true, suggestions: args.suggestions === true }));
    } catch (caught) {
      // Every file is its own failure: whatever goes wrong with one is reported for it, and the others are checked.
      const error = isAppError(caught) ? caught : unexpectedFileError(caught);
      exit = EXIT_USAGE;
      io.stderr(`${file}: ${args.lang === 'vi' ? error.vi : error.en}\n`);
      if (args.json) results.push({ file, error: { code: error.code, vi: error.vi, en: error.en } });
    }
  }
  if (args.json) io.stdout(JSON.stringify(results, null, 2) + '\n');
  return exit;
}
