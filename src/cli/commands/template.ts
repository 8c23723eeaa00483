/**
 * pctn template --kind report|plan --unit ID [--period Q1|H1|9M|Y] [--year Y] [--style tt02|plan] -o OUT.docx [--force]:
 * writes a report or unit-plan template laid out to Nghị định 30/2020/NĐ-CP. Never overwrites a file without --force.
 */
import { reportTemplate, unitPlanTemplate } from '../../compose';
import { writeDocx } from '../../docx/write';
import type { SignatureForm } from '../../compose/document-header';
import { PeriodCodeSchema, type PeriodCode } from '../../plan/schema';
import { EXIT_OK, type CliIO, type Lang } from '../io';
import { checkOutputPath } from '../output-path';
import { UsageError } from '../usage-error';
import { loadPlanOption } from './plan';

export interface TemplateArgs {
  kind?: string;
  unit?: string;
  period?: string;
  year?: string;
  style?: string;
  /** direct, kt (ký thay), tl (thừa lệnh), q (quyền). */
  sign?: string;
  output?: string;
  force: boolean;
  plan?: string;
  lang: Lang;
  extra: string[];
}

/** The period a report template covers when none is given: the whole year. */
export const DEFAULT_PERIOD: PeriodCode = 'Y';

function parseYear(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const year = Number(value);
  if (!/^\d{4}$/.test(value) || year < 2000 || year > 2100) {
    throw new UsageError({ vi: `--year nhận một năm từ 2000 đến 2100, không nhận "${value}"`, en: `--year takes a year from 2000 to 2100, not "${value}"` });
  }
  return year;
}

function validate(args: TemplateArgs): { kind: 'report' | 'plan'; unit: string; output: string; period: PeriodCode; year: number | undefined; style: 'tt02' | 'plan'; sign: SignatureForm | undefined } {
  if (args.extra.length > 0) {
    throw new UsageError({ vi: `Lệnh template không nhận thêm tham số: ${args.extra.join(' ')}`, en: `The template command takes no further arguments: ${args.extra.join(' ')}` });
  }
  if (args.kind !== 'report' && args.kind !== 'plan') {
    const given = args.kind === undefined ? 'thiếu' : `"${args.kind}"`;
    const givenEn = args.kind === undefined ? 'missing' : `"${args.kind}"`;
    throw new UsageError({ vi: `--kind nhận report (báo cáo) hoặc plan (kế hoạch của đơn vị); hiện: ${given}`, en: `--kind takes report or plan (the unit's plan); got: ${givenEn}` });
  }
  if (!args.unit) throw new UsageError({ vi: 'Cần --unit MÃ (SNV, VP, TTr, CCVC, ...).', en: 'Expected --unit ID (SNV, VP, TTr, CCVC, ...).' });
  if (!args.output) throw new UsageError({ vi: 'Cần -o TỆP.docx (tệp sẽ ghi).', en: 'Expected -o FILE.docx (the file to write).' });
  if (args.period !== undefined && !PeriodCodeSchema.safeParse(args.period).success) {
    throw new UsageError({ vi: `--period nhận Q1, H1, 9M hoặc Y, không nhận "${args.period}"`, en: `--period takes Q1, H1, 9M or Y, not "${args.period}"` });
  }
  if (args.kind === 'plan' && args.period !== undefined) {
    throw new UsageError({ vi: '--period chỉ dùng với --kind report: kế hoạch của đơn vị là cho cả năm.', en: '--period goes only with --kind report: the unit plan covers the whole year.' });
  }
  if (args.style !== undefined && args.style !== 'tt02' && args.style !== 'plan') {
    throw new UsageError({ vi: `--style nhận tt02 hoặc plan, không nhận "${args.style}"`, en: `--style takes tt02 or plan, not "${args.style}"` });
  }
  const forms: Record<string, SignatureForm> = { direct: 'direct', kt: 'deputy', tl: 'byOrder', q: 'acting' };
  if (args.sign !== undefined && !(args.sign in forms)) {
    throw new UsageError({ vi: `--sign nhận direct (ký trực tiếp), kt (ký thay), tl (thừa lệnh) hoặc q (quyền), không nhận "${args.sign}"`, en: `--sign takes direct, kt (on behalf), tl (by order) or q (acting), not "${args.sign}"` });
  }
  return {
    sign: args.sign === undefined ? undefined : forms[args.sign],
    kind: args.kind,
    unit: args.unit,
    output: args.output,
    period: (args.period as PeriodCode | undefined) ?? DEFAULT_PERIOD,
    year: parseYear(args.year),
    style: args.style === 'plan' ? 'plan' : 'tt02',
  };
}

export function runTemplateCommand(args: TemplateArgs, io: CliIO): number {
  const options = validate(args);
  checkOutputPath(io, options.output, '.docx', args.force);
  const plan = loadPlanOption(io, args.plan);
  const blocks =
    options.kind === 'report'
      ? reportTemplate(plan, { unit: options.unit, period: options.period, year: options.year, style: options.style, ...(options.sign ? { signer: { form: options.sign } } : {}) })
      : unitPlanTemplate(plan, { unit: options.unit, year: options.year, ...(options.sign ? { signer: { form: options.sign } } : {}) });
  io.writeFile(options.output, writeDocx(blocks), args.force);
  const what = options.kind === 'report' ? { vi: 'mẫu báo cáo', en: 'report template' } : { vi: 'mẫu kế hoạch', en: 'plan template' };
  io.stdout(args.lang === 'vi' ? `Đã ghi ${what.vi} vào ${options.output}\n` : `Wrote the ${what.en} to ${options.output}\n`);
  return EXIT_OK;
}
