/** pctn plan show [--json] [--plan FILE] | pctn plan schema */
import { plan2023, type Plan } from '../../plan';
import { parsePlanJson } from '../../plan/load';
import { planJsonSchema } from '../../plan/json-schema';
import { EXIT_OK, EXIT_USAGE, type CliIO, type Lang } from '../io';
import { UsageError } from '../usage-error';

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
    const due = `${pad2(period.due.day)}/${pad2(period.due.month)}`;
    const w = period.dataWindow;
    const window = `${pad2(w.from.day)}/${pad2(w.from.month)}${w.from.previousYear ? t(' năm trước', ' of the year before') : ''} – ${pad2(w.to.day)}/${pad2(w.to.month)}`;
    lines.push(`  ${period.code.padEnd(3)} ${period.names.join(', ').padEnd(16)} ${t('hạn', 'due')} ${due}   ${t('số liệu', 'data')} ${window}`);
  }
  return lines.join('\n') + '\n';
}

export function runPlanCommand(args: { sub: string | undefined; json: boolean; plan?: string; lang: Lang }, io: CliIO): number {
  if (args.sub === 'schema') {
    io.stdout(JSON.stringify(planJsonSchema(), null, 2) + '\n');
    return EXIT_OK;
  }
  if (args.sub !== 'show') throw new UsageError({ vi: 'Cần lệnh con: pctn plan show | pctn plan schema', en: 'Expected a subcommand: pctn plan show | pctn plan schema' });
  const plan = loadPlanOption(io, args.plan);
  io.stdout(args.json ? JSON.stringify(plan, null, 2) + '\n' : formatPlan(plan, args.lang));
  return EXIT_OK;
}

export { EXIT_USAGE };
