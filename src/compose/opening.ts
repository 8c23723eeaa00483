/**
 * The opening sentence of a report or a unit plan: "Thực hiện Kế hoạch số .../KH-SNV ngày ... của Sở Nội vụ về công
 * tác phòng, chống tham nhũng năm 2023, <đơn vị> báo cáo ... như sau:". Dates as Nghị định 30/2020/NĐ-CP writes them.
 */
import { formatDateWords } from '../cite/dates';
import type { LegalReference, Plan } from '../plan/schema';
import { findUnit } from '../plan/units';
import { BLANK } from './data/report-text';

const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);

/** "Kế hoạch số .../KH-SNV ngày ... tháng 01 năm 2023 của Sở Nội vụ về công tác phòng, chống tham nhũng năm 2023". */
export function planReference(plan: Plan): string {
  const { meta } = plan;
  const number = meta.number.startsWith('/') ? `${BLANK}${meta.number}` : meta.number;
  const date = meta.date ? formatDateWords(meta.date) : meta.dateRaw.replace(/^ngày\s+tháng/, `ngày ${BLANK} tháng`).replace(/\s+/g, ' ');
  const issuer = findUnit(plan, meta.issuer);
  const issuerName = issuer?.shortName ?? meta.issuerName;
  const subject = lowerFirst(meta.title.replace(new RegExp(`\\s+của\\s+${meta.issuerName}$`), ''));
  return `${meta.type} số ${number} ${date} của ${issuerName} về ${subject}`;
}

/** A plan's higher reference in running text, its date in words: "Kế hoạch số 202/KH-UBND ngày 31 tháng 12 năm 2022 của ...". */
export function referenceInText(reference: LegalReference): string {
  const date = reference.date ? ` ${formatDateWords(reference.date)}` : '';
  const issuer = reference.issuer ? ` của ${reference.issuer}` : '';
  const subject = reference.subject ? ` ${reference.subject}` : '';
  return `${reference.type} số ${reference.number}${date}${issuer}${subject}`;
}

/** What the unit carries out: the Sở's plan; for the Sở itself, the province's plan too. */
export function basisOf(plan: Plan, unitKind: string): string {
  const own = planReference(plan);
  return unitKind === 'department' && plan.meta.implements ? `${referenceInText(plan.meta.implements)} và ${own}` : own;
}
