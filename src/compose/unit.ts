/** The unit a template is for: validated against the plan, with its header names, code and signer. */
import { AppError } from '../errors/app-error';
import { findGroup, findUnit } from '../plan/units';
import type { PeriodCode, Plan, ReportPeriod, Unit } from '../plan/schema';
import { LAYOUT_BY_KIND, LAYOUT_BY_UNIT, type UnitLayout } from './data/unit-layout';

export interface TemplateUnit {
  unit: Unit;
  layout: Required<Omit<UnitLayout, 'authority'>> & { authority?: string };
  /** The unit as running text names it: "Sở Nội vụ", "Phòng Công chức, viên chức". */
  nameInText: string;
}

const upper = (text: string): string => text.toLocaleUpperCase('vi');

export function templateUnit(plan: Plan, unitId: string): TemplateUnit {
  const unit = findUnit(plan, unitId);
  if (!unit) {
    const ids = plan.units.map((u) => u.id).join(', ');
    if (findGroup(plan, unitId)) {
      throw new AppError('compose-group-not-unit', {
        vi: `"${unitId}" là một nhóm đơn vị; hãy chọn một đơn vị cụ thể (${ids}).`,
        en: `"${unitId}" is a group of units; choose a single unit (${ids}).`,
      });
    }
    throw new AppError('compose-unknown-unit', {
      vi: `Kế hoạch không có đơn vị mã "${unitId}"; các mã: ${ids}.`,
      en: `The plan has no unit with id "${unitId}"; ids: ${ids}.`,
    });
  }
  const merged = { ...LAYOUT_BY_KIND[unit.kind], ...(LAYOUT_BY_UNIT[unit.id] ?? {}) };
  const layout = {
    ...merged,
    headerName: merged.headerName ?? upper(unit.name),
    code: merged.code ?? unit.code ?? unit.id,
    // A signer title the plan gives for the unit's head (CHÁNH VĂN PHÒNG) wins over the default of its kind.
    position: LAYOUT_BY_UNIT[unit.id]?.position ?? (unit.kind === 'department' ? merged.position : (unit.signers?.[0] ?? merged.position)),
  };
  return { unit, layout, nameInText: unit.shortName ?? unit.name };
}

export function templatePeriod(plan: Plan, code: PeriodCode): ReportPeriod {
  const period = plan.reporting.periods.find((p) => p.code === code);
  if (!period) {
    const codes = plan.reporting.periods.map((p) => p.code).join(', ');
    throw new AppError('compose-unknown-period', {
      vi: `Kế hoạch không có kỳ báo cáo "${code}"; các kỳ: ${codes}.`,
      en: `The plan has no reporting period "${code}"; periods: ${codes}.`,
    });
  }
  return period;
}

export function checkYear(year: number): number {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    throw new AppError('compose-bad-year', { vi: `Năm phải là số từ 2000 đến 2100, không phải "${year}".`, en: `The year must be a number from 2000 to 2100, not "${year}".` });
  }
  return year;
}

/**
 * How a template is signed unless the user chooses: the issuing body as its plan is signed (the 2023 plan: "GIÁM ĐỐC",
 * the head himself; "KT. ..." when a deputy signed it), drafted by the unit that collects the reports ("Lưu: VT, TTr.");
 * any other unit by its head, drafted by itself.
 */
export function defaultSigner(plan: Plan, unit: TemplateUnit): { form: 'direct' | 'deputy'; draftedBy?: string } {
  if (unit.unit.kind !== 'department') return { form: 'direct' };
  const channel = plan.units.find((u) => u.id === plan.reporting.channel);
  const form = /^KT\./iu.test(plan.meta.signer.position.trim()) ? 'deputy' : 'direct';
  return channel && channel.id !== unit.unit.id ? { form, draftedBy: channel.code ?? channel.id } : { form };
}
