/** The pctn command: parses arguments, runs one command, maps errors to bilingual messages and exit codes. */
import { parseArgs } from 'node:util';
import { isAppError } from '../errors/app-error';
import { helpText } from './help';
import { EXIT_OK, EXIT_USAGE, type CliIO, type Lang } from './io';
import { UsageError } from './usage-error';
import { runPlanCommand } from './commands/plan';
import { runOutlineCommand } from './commands/outline';
import { runCheckCommand } from './commands/check';
import { runCiteCommand } from './commands/cite';
import { runTemplateCommand } from './commands/template';
import { runInsertMissingCommand } from './commands/insert-missing';
import { runFixCommand } from './commands/fix';
import { runSummaryCommand } from './commands/summary';

declare const PCTN_VERSION: string | undefined;
const version = typeof PCTN_VERSION === 'string' ? PCTN_VERSION : '0.0.0-dev';

const options = {
  json: { type: 'boolean' },
  lang: { type: 'string' },
  plan: { type: 'string' },
  unit: { type: 'string' },
  period: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  today: { type: 'string' },
  kind: { type: 'string' },
  year: { type: 'string' },
  style: { type: 'string' },
  output: { type: 'string', short: 'o' },
  force: { type: 'boolean' },
  'lead-units': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  suggestions: { type: 'boolean' },
  citations: { type: 'boolean' },
  csv: { type: 'string' },
  xlsx: { type: 'string' },
  draft: { type: 'string' },
  sign: { type: 'string' },
} as const;

function parseLang(value: string | undefined): Lang {
  if (value === undefined || value === 'vi') return 'vi';
  if (value === 'en') return 'en';
  throw new UsageError({ vi: `--lang chỉ nhận vi hoặc en, không nhận "${value}"`, en: `--lang takes vi or en, not "${value}"` });
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  let lang: Lang = argv.includes('en') && argv.includes('--lang') ? 'en' : 'vi';
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new UsageError({ vi: `Tham số không hợp lệ: ${reason}`, en: `Invalid arguments: ${reason}` });
    }
    const { values, positionals } = parsed;
    lang = parseLang(values.lang);
    if (values.version) {
      io.stdout(`${version}\n`);
      return EXIT_OK;
    }
    const [command, ...rest] = positionals;
    if (values.help || command === undefined || command === 'help') {
      io.stdout(helpText(lang));
      return command === undefined && !values.help ? EXIT_USAGE : EXIT_OK;
    }
    switch (command) {
      case 'plan':
        return runPlanCommand({ sub: rest[0], json: values.json ?? false, plan: values.plan, lang, file: rest[1], output: values.output, force: values.force ?? false }, io);
      case 'check':
        return runCheckCommand({ files: rest, json: values.json ?? false, lang, unit: values.unit, period: values.period, plan: values.plan, today: values.today, leadUnits: values['lead-units'] ?? false, quiet: values.quiet ?? false, suggestions: values.suggestions ?? false }, io);
      case 'cite':
        return runCiteCommand({ query: rest, json: values.json ?? false, lang }, io);
      case 'template':
        return runTemplateCommand(
          { kind: values.kind, unit: values.unit, period: values.period, year: values.year, style: values.style, sign: values.sign, output: values.output, force: values.force ?? false, plan: values.plan, lang, extra: rest },
          io,
        );
      case 'insert-missing':
        return runInsertMissingCommand({ files: rest, output: values.output, force: values.force ?? false, unit: values.unit, period: values.period, plan: values.plan, lang }, io);
      case 'fix':
        return runFixCommand({ files: rest, output: values.output, force: values.force ?? false, citations: values.citations ?? false, unit: values.unit, period: values.period, plan: values.plan, lang }, io);
      case 'summary':
        return await runSummaryCommand({ files: rest, json: values.json ?? false, lang, csv: values.csv, xlsx: values.xlsx, draft: values.draft, period: values.period, year: values.year, plan: values.plan, today: values.today, force: values.force ?? false }, io);
      case 'outline':
        return await runOutlineCommand({ files: rest, json: values.json ?? false, lang }, io);
      default:
        throw new UsageError({ vi: `Không có lệnh "${command}". Xem pctn --help.`, en: `No command "${command}". See pctn --help.` });
    }
  } catch (error) {
    if (isAppError(error)) {
      io.stderr(`${lang === 'vi' ? error.vi : error.en}\n`);
      for (const detail of error.details) io.stderr(`  - ${lang === 'vi' ? detail.vi : detail.en}\n`);
      if (error.code === 'usage') io.stderr(lang === 'vi' ? 'Xem: pctn --help\n' : 'See: pctn --help\n');
      return EXIT_USAGE;
    }
    const reason = error instanceof Error ? error.message : String(error);
    io.stderr(lang === 'vi' ? `Lỗi không mong đợi: ${reason}\n` : `Unexpected error: ${reason}\n`);
    return EXIT_USAGE;
  }
}
