/**
 * The issuing body's consolidated report, drafted from the reports received: the department's report template (the
 * plan's own outline, Nghị định 30 header, signature and Nơi nhận) with, under each task, what each unit reported for
 * it, word for word and attributed ("Văn phòng Sở: ..."), and a marked placeholder for each unit that had to report it
 * and did not. Nothing is written that no report said: every quoted paragraph carries its file and paragraph.
 */
import { reportTemplate } from '../compose/report-template';
import { PLACEHOLDER_TAG, type Block } from '../compose/blocks';
import { BODY_FORMAT } from '../compose/layout';
import type { Plan } from '../plan/schema';
import type { Summary } from './summarize';

export interface DraftSource {
  /** The paragraph as written in the draft. */
  text: string;
  file: string;
  /** The source paragraph's index in its file (0-based). */
  paragraph: number;
}

export interface ConsolidatedDraft {
  blocks: Block[];
  sources: DraftSource[];
}

const sentence = (text: string) => {
  const trimmed = text.trim().replace(/^[-–•+]\s*/, '');
  return /[.;:!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
};

function receiptParagraph(summary: Summary, unitName: (id: string) => string): Block[] {
  const must = summary.units.filter((u) => u.mustReport);
  const received = must.filter((u) => u.received);
  const absent = must.filter((u) => !u.received).map((u) => u.name);
  const late = summary.reports.filter((r) => r.included && r.late && r.unit).map((r) => `${unitName(r.unit!.id)} (${r.daysLate} ngày)`);
  const parts = [`Báo cáo này tổng hợp từ ${received.length}/${must.length} báo cáo của các đơn vị phải báo cáo`];
  if (absent.length) parts.push(`chưa nhận được báo cáo của: ${absent.join('; ')}`);
  if (late.length) parts.push(`báo cáo gửi trễ hạn: ${late.join('; ')}`);
  return [{ kind: 'placeholder', text: `[${parts.join('; ')}.]`, tag: `${PLACEHOLDER_TAG}:receipt`, alias: 'Tình hình nhận báo cáo', format: BODY_FORMAT }];
}

export function consolidatedDraft(plan: Plan, summary: Summary): ConsolidatedDraft {
  if (!summary.period) throw new Error('consolidatedDraft: the summary has no period');
  const unitName = (id: string) => summary.units.find((u) => u.id === id)?.name ?? plan.units.find((u) => u.id === id)?.name ?? id;
  // Every task some unit reported has its place, even one not yet due for the department in this period.
  const reported = [...new Set(summary.evidence.filter((e) => e.unit !== plan.meta.issuer).map((e) => e.task))];
  const template = reportTemplate(plan, { unit: plan.meta.issuer, period: summary.period.code, year: summary.period.year, style: 'plan', also: reported });
  const sources: DraftSource[] = [];
  const blocks: Block[] = [];
  const openingAt = template.findIndex((b) => b.kind === 'paragraph' && b.runs.some((r) => r.text.startsWith('Thực hiện ')));
  template.forEach((block, index) => {
    const itemId = block.kind === 'placeholder' && block.tag.startsWith(`${PLACEHOLDER_TAG}:`) ? block.tag.slice(PLACEHOLDER_TAG.length + 1) : null;
    const item = itemId ? plan.items.find((i) => i.id === itemId) : undefined;
    if (!item) {
      blocks.push(block);
      if (index === openingAt) blocks.push(...receiptParagraph(summary, unitName));
      return;
    }
    // The issuing body's own earlier drafts are not a unit's report. What the units reported comes first, then the
    // marks for those that owe it: a task heading followed straight by a mark is one nobody has reported.
    const units = summary.units.filter((u) => u.id !== plan.meta.issuer);
    for (const unit of units) {
      // One paragraph per passage, in the unit's own words; a passage two tasks share is quoted under each.
      for (const row of summary.evidence.filter((e) => e.task === item.id && e.unit === unit.id)) {
        const text = `${unit.name}: ${sentence(row.text)}`;
        blocks.push({ kind: 'paragraph', runs: [{ text: `${unit.name}: `, bold: true }, { text: sentence(row.text) }], format: BODY_FORMAT });
        sources.push({ text, file: row.file, paragraph: row.paragraph });
      }
    }
    for (const unit of units) {
      if (summary.matrix[item.id]?.[unit.id] !== 'missing') continue;
      const why = unit.received ? 'báo cáo chưa nêu kết quả nhiệm vụ này' : 'chưa gửi báo cáo';
      blocks.push({ kind: 'placeholder', text: `[${unit.name}: ${why}.]`, tag: `${PLACEHOLDER_TAG}:${item.id}`, alias: 'Chưa có kết quả', format: BODY_FORMAT });
    }
  });
  return { blocks, sources };
}
