/** pctn plan show [--json] [--plan FILE] | pctn plan schema */
import { plan2023, type Plan } from '../../plan';
import { parsePlan, parsePlanJson } from '../../plan/load';
import { AppError, isAppError } from '../../errors/app-error';
import { planJsonSchema } from '../../plan/json-schema';
import { EXIT_OK, EXIT_USAGE, type CliIO, type Lang } from '../io';
import { checkOutputPath } from '../output-path';
import { UsageError } from '../usage-error';
import { readDocx } from '../../docx';
import { importPlan } from '../../plan/import/assemble';

const decoder = new TextDecoder('utf-8');

export function loadPlanOption(io: CliIO, file: string | undefined): Plan {
  if (!file) return plan2023;
  return parsePlanJson(decoder.decode(io.readFile(file)));
}

const pad2 = (n: number) => String(n).padStart(2, '0');

export function formatPlan(plan: Plan, lang: Lang): string {
  const t = (vi: string, en: string) => (lang === 'vi' ? vi : en);
  const unitName = (id: string) => plan.units.find((u) => u.id === id)?.name ?? plan.groups.find((g) => g.id === id)?.name ?? id;
  const lines: string[] = [];
  const { meta } = plan;
  lines.push(`${meta.type.toUpperCase()} ${meta.number} — ${meta.title}`);
  lines.push(`${t('Cơ quan ban hành', 'Issued by')}: ${meta.issuerName}; ${meta.place}, ${meta.dateRaw}`);
  if (meta.implements) lines.push(`${t('Thực hiện', 'Implements')}: ${meta.implements.cited}`);
  lines.push('');
  lines.push(t(`Nhiệm vụ (${plan.items.length}):`, `Tasks (${plan.items.length}):`));
  for (const item of plan.items) {
    lines.push(`  ${item.id.padEnd(9)} ${item.title}`);
    const support = item.support.length ? `; ${t('phối hợp', 'support')}: ${item.support.map(unitName).join(', ')}` : '';
    lines.push(`            ${t('chủ trì', 'lead')}: ${item.lead.map(unitName).join(', ')}${support}`);
    lines.push(`            ${t('thời gian', 'timing')}: ${item.timing.raw}`);
  }
  lines.push('');
  lines.push(t('Đơn vị:', 'Units:'));
  for (const unit of plan.units) lines.push(`  ${unit.id.padEnd(7)} ${unit.name}`);
  for (const group of plan.groups) lines.push(`  ${group.id.padEnd(7)} ${group.name}: ${group.members.join(', ')}`);
  lines.push('');
  lines.push(t(`Báo cáo gửi ${unitName(plan.reporting.channel)}:`, `Reports go to ${unitName(plan.reporting.channel)}:`));
  for (const period of plan.reporting.periods) {
    const due = period.due ? `${pad2(period.due.day)}/${pad2(period.due.month)}` : t('không ghi', 'none');
    const w = period.dataWindow;
    const window = `${pad2(w.from.day)}/${pad2(w.from.month)}${w.from.previousYear ? t(' năm trước', ' of the year before') : ''} – ${pad2(w.to.day)}/${pad2(w.to.month)}`;
    lines.push(`  ${period.code.padEnd(3)} ${period.names.join(', ').padEnd(16)} ${t('hạn', 'due')} ${due}   ${t('số liệu', 'data')} ${window}`);
  }
  return lines.join('\n') + '\n';
}

/**
 * pctn plan import PLAN.docx [--json] [-o plan.json [--force]]: the plan's task items as the importer reads them, with
 * what it doubts; with -o, the plan file the other commands load (--plan), written without overwriting.
 */
function importPlanCommand(file: string | undefined, json: boolean, lang: Lang, io: CliIO, output?: string, force = false): number {
  if (!file) throw new UsageError({ vi: 'Cần tệp kế hoạch: pctn plan import KE-HOACH.docx', en: 'Expected the plan file: pctn plan import PLAN.docx' });
  const model = readDocx(io.readFile(file), { name: file });
  if (output) {
    checkOutputPath(io, output, '.json', force);
    const { plan, doubts } = importPlan(model);
    // Nothing is written that `--plan` would refuse: the user gets the reasons and the listing to correct from.
    try {
      parsePlan(plan);
    } catch (error) {
      if (!isAppError(error)) throw error;
      throw new AppError(
        'plan-import-invalid',
        {
          vi: `Kế hoạch đọc từ "${file}" chưa dùng được nên chưa ghi ${output}; xem các lỗi dưới đây (chạy "pctn plan import ${file}" để xem từng nhiệm vụ).`,
          en: `The plan read from "${file}" is not usable yet, so ${output} was not written; see the problems below (run "pctn plan import ${file}" to list every task).`,
        },
        error.details,
      );
    }
    io.writeFile(output, JSON.stringify(plan, null, 2) + '\n', force);
    io.stdout(lang === 'vi' ? `Đã ghi ${output}: ${plan.items.length} nhiệm vụ, ${plan.units.length} đơn vị; ${doubts.length} chỗ cần kiểm tra lại:\n` : `Wrote ${output}: ${plan.items.length} tasks, ${plan.units.length} units; ${doubts.length} point(s) to check:\n`);
    for (const d of doubts) io.stdout(`  ? ${d[lang]}\n`);
    return EXIT_OK;
  }
  // The listing shows the plan as it would be written: units resolved, defaults applied, every doubt.
  const { plan, outline, doubts } = importPlan(model);
  if (json) {
    io.stdout(JSON.stringify({ plan, doubts }, null, 2) + '\n');
    return EXIT_OK;
  }
  const t = (vi: string, en: string) => (lang === 'vi' ? vi : en);
  const names = (ids: readonly string[]) => ids.map((id) => plan.units.find((u) => u.id === id)?.name ?? id).join('; ');
  const lines = [`${file}: ${plan.items.length} ${t('nhiệm vụ', 'task(s)')}`];
  for (const item of plan.items) {
    lines.push(`  ${item.id.padEnd(9)} ${item.text.split('\n')[0]!.slice(0, 90)}`);
    lines.push(`            ${t('chủ trì', 'lead')}: ${names(item.lead)}${item.support.length ? t(`; phối hợp: ${names(item.support)}`, `; support: ${names(item.support)}`) : ''}`);
    lines.push(`            ${t('thời gian', 'timing')}: ${item.timing.raw}`);
  }
  const schedule = outline.schedule;
  if (schedule?.periods.length) {
    lines.push(`  ${t('Lịch báo cáo', 'Reporting schedule')}${schedule.receiver ? t(` (gửi ${schedule.receiver})`, ` (to ${schedule.receiver})`) : ''}: ${schedule.periods.map((p) => `${p.names.join(', ')} ${p.dueRaw}`).join('; ')}`);
  }
  if (doubts.length) {
    lines.push(`  ${t('Cần kiểm tra lại', 'To check')}:`);
    for (const doubt of doubts) lines.push(`    ? ${doubt[lang]}${doubt.paragraph === null ? '' : t(` (đoạn ${doubt.paragraph + 1})`, ` (paragraph ${doubt.paragraph + 1})`)}`);
  }
  io.stdout(lines.join('\n') + '\n');
  return EXIT_OK;
}

export function runPlanCommand(args: { sub: string | undefined; json: boolean; plan?: string; lang: Lang; file?: string; output?: string; force?: boolean }, io: CliIO): number {
  if (args.sub === 'import') return importPlanCommand(args.file, args.json, args.lang, io, args.output, args.force === true);
  if (args.sub === 'schema') {
    io.stdout(JSON.stringify(planJsonSchema(), null, 2) + '\n');
    return EXIT_OK;
  }
  if (args.sub !== 'show') throw new UsageError({ vi: 'Cần lệnh con: pctn plan show | pctn plan schema | pctn plan import', en: 'Expected a subcommand: pctn plan show | pctn plan schema | pctn plan import' });
  const plan = loadPlanOption(io, args.plan);
  io.stdout(args.json ? JSON.stringify(plan, null, 2) + '\n' : formatPlan(plan, args.lang));
  return EXIT_OK;
}

export { EXIT_USAGE };
