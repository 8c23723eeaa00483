/**
 * The coverage matrix a reviewer at Thanh tra Sở puts in a review memo: each plan item, whether the unit must report
 * it this period, whether the report does, and where.
 */
import type { Plan } from '../plan/schema';
import type { CheckResult } from './types';

export type CoverageLang = 'vi' | 'en';

export interface CoverageMatrix {
  header: string[];
  rows: string[][];
}

const LABELS = {
  vi: { header: ['Mã', 'Nhiệm vụ', 'Bắt buộc', 'Tình trạng', 'Dẫn chứng'], yes: 'Có', no: 'Không', reported: 'Đã báo cáo', missing: 'Còn thiếu', notRequired: 'Không bắt buộc', paragraph: 'đoạn' },
  en: { header: ['Id', 'Task', 'Required', 'Status', 'Evidence'], yes: 'Yes', no: 'No', reported: 'Reported', missing: 'Missing', notRequired: 'Not required', paragraph: 'paragraph' },
} as const;

const EVIDENCE_CHARS = 160;

export function coverageMatrix(plan: Plan, result: CheckResult, lang: CoverageLang): CoverageMatrix {
  const l = LABELS[lang];
  const titles = new Map(plan.items.map((item) => [item.id, item.title]));
  const rows = result.items.map((item) => {
    const status = item.addressed ? l.reported : item.required ? l.missing : l.notRequired;
    const best = item.evidence[0];
    const evidence = best ? `${l.paragraph} ${best.paragraph + 1}: ${best.text.length > EVIDENCE_CHARS ? `${best.text.slice(0, EVIDENCE_CHARS - 1)}…` : best.text}` : '';
    return [item.id, titles.get(item.id) ?? item.title, item.required ? l.yes : l.no, status, evidence];
  });
  return { header: [...l.header], rows };
}

/** Tab-separated lines: pasted into Word or Excel they become a table. */
export function coverageText(matrix: CoverageMatrix): string {
  const clean = (cell: string) => cell.replace(/[\t\r\n]+/g, ' ');
  return [matrix.header, ...matrix.rows].map((row) => row.map(clean).join('\t')).join('\n') + '\n';
}
