/**
 * pctn fix FILE.docx -o OUT.docx [--citations] [--force] [--plan FILE]: writes a copy of the report with the
 * Nghị định 30 layout the check found wrong put right (the page, typefaces, sizes, bold and italics; never the text),
 * and with --citations every short first mention of a legal document written in full and every malformed citation
 * corrected, as tracked changes the writer accepts or rejects in Word. The original file is never written.
 */
import { checkReport } from '../../check';
import type { Finding } from '../../check/types';
import { fixOptions, patchDocxFixes, placeIn, toDocxFixes, type DocxFix } from '../../docx/patch-fixes';
import { readDocx } from '../../docx/read';
import type { PeriodCode } from '../../plan/schema';
import { EXIT_OK, type CliIO, type Lang } from '../io';
import { checkCopyOf } from '../output-path';
import { loadPlanOption } from './plan';

export interface FixArgs {
  files: string[];
  output?: string;
  force: boolean;
  citations: boolean;
  unit?: string;
  period?: string;
  plan?: string;
  lang: Lang;
  /** The tracked changes' date (ISO); the clock when absent. */
  now?: Date;
}

/** One correction per citation: where a short first mention is written in full, the smaller corrections of the same words go. */
function citationFindings(findings: readonly Finding[]): Finding[] {
  const kept: Finding[] = [];
  const candidates = findings.filter((f) => f.action?.kind === 'fixText' && f.span);
  candidates.sort((a, b) => Number(b.action?.kind === 'fixText' && b.action.label === 'fullCitation') - Number(a.action?.kind === 'fixText' && a.action.label === 'fullCitation'));
  for (const finding of candidates) {
    const overlaps = kept.some((k) => k.locator?.index === finding.locator?.index && k.span!.start < finding.span!.end && finding.span!.start < k.span!.end);
    if (!overlaps) kept.push(finding);
  }
  return kept;
}

export function runFixCommand(args: FixArgs, io: CliIO): number {
  const t = (vi: string, en: string) => (args.lang === 'vi' ? vi : en);
  const { input, output } = checkCopyOf(io, args.files, args.output, args.force, { vi: 'sửa', en: 'fix' });
  const plan = loadPlanOption(io, args.plan);
  const bytes = io.readFile(input);
  const model = readDocx(bytes, { name: input });
  const result = checkReport(plan, model, { unit: args.unit, period: args.period as PeriodCode | undefined });
  const place = placeIn(model);
  const layout = result.findings.filter((f) => f.action?.kind === 'fixFormat');
  const citations = args.citations ? citationFindings(result.findings) : [];
  const fixes: DocxFix[] = [];
  for (const finding of [...layout, ...citations]) {
    const action = finding.action;
    if (action?.kind === 'fixFormat' || action?.kind === 'fixText') fixes.push(...toDocxFixes(action.fix, place).fixes);
  }
  if (fixes.length === 0) {
    io.stdout(t(`${input}: không có gì để sửa; không ghi tệp.\n`, `${input}: nothing to fix; nothing written.\n`));
    return EXIT_OK;
  }
  const patched = patchDocxFixes(bytes, fixes, fixOptions(args.now ?? new Date()));
  io.writeFile(output, patched.bytes, args.force);
  const lines = [
    t(`Đã ghi ${output}:`, `Wrote ${output}:`),
    ...layout.map((f) => `  - ${f.message[args.lang]}`),
    ...(citations.length ? [t(`  - ${citations.length} trích dẫn được sửa (thay đổi được theo dõi: Chấp nhận hoặc Từ chối ở thẻ Xem lại của Word).`, `  - ${citations.length} citation(s) corrected (tracked changes: Accept or Reject on Word's Review tab).`)] : []),
    ...patched.notes.map((n) => `  ! ${n[args.lang]}`),
  ];
  io.stdout(`${lines.join('\n')}\n`);
  return EXIT_OK;
}
