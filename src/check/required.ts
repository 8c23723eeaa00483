/**
 * Which plan items a report must speak of: those its unit leads or supports (directly or through a group; the
 * department's consolidated report answers for all), once their time has come in the period reported.
 */
import { answersFor } from '../plan/units';
import type { Plan, TaskItem, PeriodCode } from '../plan/schema';
import type { RequiredReason } from './types';
import { periodsOf } from './context/period';

function responsibility(plan: Plan, item: TaskItem, unitId: string | null): RequiredReason {
  if (unitId === null) return 'unknownUnit';
  const unit = plan.units.find((u) => u.id === unitId);
  if (unit?.kind === 'department') return 'consolidated';
  if (answersFor(plan, item.lead, unitId)) return 'lead';
  if (answersFor(plan, item.support, unitId)) return 'support';
  return 'notResponsible';
}

/** Whether the item's timing asks for results in the report of this period. */
function dueInPeriod(plan: Plan, item: TaskItem, period: PeriodCode | null): RequiredReason | null {
  if (period === null) return null;
  const quarter = periodsOf(plan).find((p) => p.code === period)?.quarter ?? 4;
  const parts = item.timing.parts;
  // "Khi có yêu cầu" and nothing else: nobody can tell from the plan that it was asked for in this period.
  if (parts.every((p) => p.kind === 'onRequest')) return 'onRequest';
  const summaries = parts.filter((p) => p.kind === 'periodicReport');
  if (summaries.length > 0 && !summaries.some((p) => p.periods.includes(period))) return 'notInThisPeriod';
  const quarters = parts.filter((p) => p.kind === 'quarter');
  const openEnded = parts.some((p) => p.kind === 'recurring' || p.kind === 'followsPlan' || p.kind === 'deadline' || p.kind === 'unstated');
  if (quarters.length > 0 && !openEnded && quarters.every((p) => p.quarter > quarter)) return 'notYetDue';
  return null;
}

export function requiredStatus(plan: Plan, item: TaskItem, unitId: string | null, period: PeriodCode | null): { required: boolean; reason: RequiredReason } {
  const reason = responsibility(plan, item, unitId);
  if (reason === 'notResponsible') return { required: false, reason };
  const timing = dueInPeriod(plan, item, period);
  if (timing) return { required: false, reason: timing };
  return { required: true, reason };
}
