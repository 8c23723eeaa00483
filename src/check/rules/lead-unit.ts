import type { Rule } from '../rule';

export const leadUnitNotNamed: Rule = {
  id: 'lead-unit-not-named',
  severity: 'warning',
  description: {
    vi: 'Báo cáo tổng hợp nêu kết quả một nhiệm vụ mà không nêu đơn vị chủ trì.',
    en: 'The consolidated report gives a task\'s results without naming its lead unit.',
  },
  check: ({ items, plan }) =>
    items
      .filter((item) => item.leadNamed === false)
      .map((item) => {
        const task = plan.items.find((i) => i.id === item.id)!;
        const names = task.lead.map((id) => plan.units.find((u) => u.id === id)?.name ?? plan.groups.find((g) => g.id === id)?.name ?? id).join(', ');
        return {
          id: `lead-unit-not-named:${item.id}`,
          rule: 'lead-unit-not-named',
          severity: 'warning' as const,
          message: {
            vi: `Kết quả nhiệm vụ ${item.id} chưa nêu đơn vị chủ trì (${names}).`,
            en: `The results of task ${item.id} do not name its lead unit (${names}).`,
          },
          target: { kind: 'item' as const, itemId: item.id },
          locator: item.evidence[0]?.locator ?? null,
          action: { kind: 'review' as const },
        };
      }),
};
