/**
 * The whole periodic PCTN report of a unit, laid out to Nghị định 30/2020/NĐ-CP: page setup, the two-column header,
 * "BÁO CÁO" and the subject line, the opening, the results outline with a placeholder under each task, the
 * assessment, next period's direction, proposals, the closing line and the signature block.
 */
import type { PeriodCode, Plan } from '../plan/schema';
import type { Block } from './blocks';
import { ASSESSMENT, DIRECTION_TITLE, PERIOD_IN_TITLE, PROPOSALS_TITLE, SUBJECT } from './data/report-text';
import { documentHeader, signatureBlock, typeAndSubject, type SignerOptions } from './document-header';
import { labelFor } from './labels';
import { BODY_FORMAT, ND30_PAGE, bodyBlock as body, contentPlaceholderBlock as contentPlaceholder, headingBlock as heading } from './layout';
import { basisOf } from './opening';
import { reportOutline, type OutlineStyle } from './report-outline';
import { checkYear, defaultSigner, templatePeriod, templateUnit } from './unit';

export interface ReportTemplateOptions {
  unit: string;
  period: PeriodCode;
  year?: number;
  signer?: SignerOptions;
  /** The results part: the Thông tư 02/2021 outline (default) or the plan's own structure. */
  style?: OutlineStyle;
  /** Tasks to place too though not required in the period. */
  also?: readonly string[];
}

/** "quý I năm 2023", "6 tháng năm 2023", "năm 2023". */
export function periodPhrase(period: PeriodCode, year: number): string {
  const name = PERIOD_IN_TITLE[period];
  return name ? `${name} năm ${year}` : `năm ${year}`;
}


export function reportTemplate(plan: Plan, options: ReportTemplateOptions): Block[] {
  const unit = templateUnit(plan, options.unit);
  templatePeriod(plan, options.period);
  const year = checkYear(options.year ?? plan.meta.year);
  const when = periodPhrase(options.period, year);
  const outline = reportOutline(plan, { unit: options.unit, period: options.period, style: options.style ?? 'tt02', also: options.also });
  const topCount = outline.filter((block) => block.kind === 'heading' && block.level === 1).length;
  const top = (n: number) => labelFor(1, topCount + n);

  return [
    ND30_PAGE,
    documentHeader(unit, { typeCode: 'BC', year, place: plan.meta.place }),
    ...typeAndSubject('BÁO CÁO', `Kết quả ${SUBJECT} ${when}`),
    body(`Thực hiện ${basisOf(plan, unit.unit.kind)}, ${unit.nameInText} báo cáo kết quả ${SUBJECT} ${when} như sau:`),
    ...outline,
    heading(1, top(1), ASSESSMENT.title),
    ...ASSESSMENT.parts.flatMap((part, i) => [heading(2, labelFor(2, i + 1), part), contentPlaceholder()]),
    heading(1, top(2), DIRECTION_TITLE),
    contentPlaceholder(),
    heading(1, top(3), PROPOSALS_TITLE),
    contentPlaceholder(),
    { kind: 'paragraph', runs: [{ text: `Trên đây là báo cáo kết quả ${SUBJECT} ${when} của ${unit.nameInText}./.` }], format: { ...BODY_FORMAT, keepWithNext: true } },
    signatureBlock(unit, unit.layout.reportRecipients, { ...defaultSigner(plan, unit), ...options.signer }),
  ];
}
