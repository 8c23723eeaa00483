/** The readable report of one checked file, in Vietnamese or English: what a reviewer at Thanh tra Sở reads first. */
import { deadlineStatus, describeDataWindow, describeDeadline, type CheckResult } from '../check';
import { SECTION_KINDS } from '../check/types';
import { SECTION_NAMES } from '../check/rules/section-missing';
import { ruleName } from '../check/rule-names';
import type { Plan } from '../plan/schema';
import type { Lang } from './io';

export interface FormatOptions {
  /** Only what is missing (errors): the file, its unit and period, the missing tasks and sections. */
  quiet?: boolean;
  /** List the drafting suggestions (info) too, instead of counting them. */
  suggestions?: boolean;
}

export function formatCheckResult(file: string, plan: Plan, result: CheckResult, lang: Lang, today?: string, options: FormatOptions = {}): string {
  const t = (vi: string, en: string) => (lang === 'vi' ? vi : en);
  const lines: string[] = [`${file}`];
  lines.push(`  ${t('Đơn vị', 'Unit')}: ${result.unit ? `${result.unit.name} (${result.unit.id})` : t('không xác định', 'not found')}`);
  if (result.period) {
    const p = result.period;
    const names: Record<string, [string, string]> = { Q1: ['quý I', 'Q1'], H1: ['6 tháng', 'half-year'], '9M': ['9 tháng', 'nine months'], Y: ['năm', 'year'] };
    const [vi, en] = names[p.code] ?? [p.code, p.code];
    lines.push(`  ${t('Kỳ báo cáo', 'Period')}: ${t(vi, en)} ${p.year}; ${describeDataWindow(p, plan.reporting.regime.cited)[lang]}`);
    const deadline = describeDeadline(deadlineStatus(p, result.reportDate, today))[lang];
    lines.push(`  ${t('Hạn gửi', 'Due')}: ${deadline}${p.dueRaw ? t(` (kế hoạch: ${p.dueRaw})`, ` (plan: ${p.dueRaw})`) : ''}`);
  } else {
    lines.push(`  ${t('Kỳ báo cáo', 'Period')}: ${t('không xác định', 'not found')}`);
  }
  const required = result.items.filter((i) => i.required);
  const missing = required.filter((i) => !i.addressed);
  const review = missing.filter((i) => i.unsure);
  const missingSections = SECTION_KINDS.filter((k) => !result.sections[k].present);
  lines.push(
    `  ${t('Nhiệm vụ phải báo cáo', 'Tasks to report')}: ${required.length}; ${t('đã báo cáo', 'reported')}: ${required.length - missing.length}; ${t('còn thiếu', 'missing')}: ${missing.length - review.length}${review.length ? t(`; cần xem lại: ${review.length}`, `; to review: ${review.length}`) : ''}`,
  );
  if (missing.length > review.length) {
    lines.push(`  ${t('Còn thiếu', 'Missing')}:`);
    for (const item of missing) if (!item.unsure) lines.push(`    ✗ ${item.id.padEnd(9)} ${item.title}`);
  }
  if (review.length) {
    lines.push(`  ${t('Cần xem lại (có đoạn nói đến nhưng chưa rõ, hoặc chưa chắc là thiếu)', 'To review (a passage speaks of it, not clearly, or not surely missing)')}:`);
    for (const item of review) {
      const where = item.nearest ? t(`(đoạn ${item.nearest.paragraph + 1})`, `(paragraph ${item.nearest.paragraph + 1})`) : t('(chưa thấy đoạn nào)', '(no passage found)');
      lines.push(`    ? ${item.id.padEnd(9)} ${item.title} ${where}`);
    }
  }
  lines.push(`  ${t('Các phần của báo cáo', 'Report parts')}: ${missingSections.length ? `${t('thiếu', 'missing')} ${missingSections.map((k) => SECTION_NAMES[k][lang]).join('; ')}` : t('đủ', 'all present')}`);
  if (options.quiet) return lines.join('\n') + '\n\n';
  const others = result.findings.filter((f) => !['item-missing', 'item-unsure', 'section-missing'].includes(f.rule));
  const shown = others.filter((f) => f.severity !== 'info' || options.suggestions);
  const where = (f: (typeof others)[number]) => (f.locator ? t(` (đoạn ${f.locator.index + 1})`, ` (paragraph ${f.locator.index + 1})`) : '');
  if (shown.length) {
    lines.push(`  ${t('Lưu ý khác', 'Other findings')}:`);
    for (const f of shown) lines.push(`    ${f.severity === 'error' ? '✗' : f.severity === 'warning' ? '!' : 'i'} ${ruleName(f.rule, lang)}: ${f.message[lang]}${where(f)}`);
  }
  const hidden = others.length - shown.length;
  if (hidden > 0) lines.push(`  ${t(`Gợi ý về cách viết: ${hidden} (xem bằng --suggestions)`, `Drafting suggestions: ${hidden} (list them with --suggestions)`)}`);
  const reported = result.items.filter((i) => i.addressed);
  if (reported.length) {
    lines.push(`  ${t('Đã báo cáo', 'Reported')}:`);
    for (const item of reported) {
      const where = item.evidence.map((e) => e.paragraph + 1).join(', ');
      lines.push(`    ✓ ${item.id.padEnd(9)} ${t('đoạn', 'paragraph')} ${where}${item.required ? '' : t(' (không bắt buộc)', ' (not required)')}`);
    }
  }

  return lines.join('\n') + '\n\n';
}
