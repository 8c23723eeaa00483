/** The plan's reporting: where reports go, under which regime, the periods and their deadlines, each unit's own plan. */
import { foldForCompare } from '../../text';
import type { LegalReference, Plan } from '../schema';
import type { ImportedOutline } from './outline';
import type { ImportedPeriod } from './schedule';
import { PERIOD_CODES, PERIOD_NAMES, PERIOD_QUARTER, lastMonthOf, regimeDataWindow } from '../periods';
import { referencesIn } from './references';
import type { AddDoubt } from './outline-types';

/**
 * Section III's duty for each unit to issue its own plan: its month, where it is sent. A plan that asks for none has
 * none; one that asks without a month is listed as a doubt and left without a date.
 */
function unitPlanOf(outline: ImportedOutline, year: number, channel: string, doubt: (vi: string, en: string, paragraph: number | null) => void): Plan['reporting']['unitPlan'] {
  const duty = outline.organisation.find((p) => /(xây dựng|ban hành)[^.;]{0,40}kế hoạch/.test(foldForCompare(p.text)));
  if (!duty) return undefined;
  const key = foldForCompare(duty.text);
  const month = /(?:hoàn thành )?trong tháng\s+(\d{1,2})(?:\s*(?:\/|năm)\s*\d{4})?/u.exec(key);
  const date = /(?:trước|chậm nhất)(?: ngày)?\s+(\d{1,2})\s*\/\s*(\d{1,2})(?:\s*\/\s*(\d{4}))?/u.exec(key);
  const pad = (n: number) => String(n).padStart(2, '0');
  const dueBy = date
    ? `${date[3] ?? year}-${pad(Number(date[2]))}-${pad(Number(date[1]))}`
    : month
      ? `${year}-${pad(Number(month[1]))}-${pad(new Date(Date.UTC(year, Number(month[1]), 0)).getUTCDate())}`
      : null;
  if (!dueBy) {
    doubt('Kế hoạch giao các đơn vị ban hành kế hoạch của mình nhưng không ghi hạn.', 'The plan asks the units for their own plans but gives no deadline.', duty.paragraph);
    return undefined;
  }
  const raw = (date ?? month)!;
  const at = raw.index;
  return { dueBy, dueRaw: duty.text.normalize('NFC').slice(at, at + raw[0].length), sendTo: [channel], text: duty.text };
}

/** The report regime the plan names ("Chế độ báo cáo thực hiện theo Thông tư số 06/2025/TT-TTCP ..."), when it does;
 * else Thông tư 02/2021/TT-TTCP, whose data windows the periods use either way. */
function regimeOf(paragraphs: readonly string[]): LegalReference | null {
  for (const text of paragraphs) {
    const at = foldForCompare(text).search(/chế độ báo cáo|báo cáo theo/u);
    if (at < 0) continue;
    const regime = referencesIn(text.slice(at)).find((r) => r.type === 'Thông tư' || r.type === 'Nghị định');
    if (regime) return regime;
  }
  return null;
}

export function planReporting(outline: ImportedOutline, year: number, unitOf: (written: string) => string, issuer: string, doubt: AddDoubt): Plan['reporting'] {
  const schedule = outline.schedule ?? { periods: [], receiver: null };
  const channel = schedule.receiver ? unitOf(schedule.receiver) : issuer;
  const periods: ImportedPeriod[] = schedule.periods.length
    ? schedule.periods
    : PERIOD_CODES.map((code) => ({ code, names: [...PERIOD_NAMES[code]], due: { day: 5, month: lastMonthOf(code) }, dueRaw: 'không ghi' }));
  if (schedule.periods.length === 0) doubt('Lịch báo cáo lấy theo mặc định (ngày 05 tháng cuối kỳ).', 'The reporting schedule is the default (the 5th of the last month).');
  doubt('Khoảng số liệu lấy theo Thông tư 02/2021/TT-TTCP (15/12 năm trước đến ngày 14 tháng cuối kỳ).', 'Data windows follow Thông tư 02/2021/TT-TTCP (15/12 of the previous year to the 14th of the last month).');
  return {
    channel,
    regime: regimeOf(outline.organisation.map((p) => p.text)) ?? { type: 'Thông tư', number: '02/2021/TT-TTCP', cited: 'Thông tư số 02/2021/TT-TTCP' },
    periods: periods.map((p) => ({
      code: p.code,
      names: p.names,
      quarter: PERIOD_QUARTER[p.code],
      due: p.due,
      dueRaw: p.dueRaw,
      ...(p.issuerDue ? { issuerDue: p.issuerDue } : {}),
      dataWindow: regimeDataWindow(p.code),
    })),
    unitPlan: unitPlanOf(outline, year, channel, doubt),
    text: outline.organisation.map((p) => p.text),
  };
}
