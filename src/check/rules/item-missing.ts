import type { Rule } from '../rule';

export const itemMissing: Rule = {
  id: 'item-missing',
  severity: 'error',
  description: { vi: 'Nhiệm vụ của kế hoạch mà đơn vị phải báo cáo nhưng báo cáo chưa nêu kết quả.', en: 'A plan task the unit must report on has no results in the report.' },
  check: ({ items }) =>
    items
      .filter((item) => item.required && !item.addressed)
      .map((item) => ({
        id: `item-missing:${item.id}`,
        rule: 'item-missing',
        severity: 'error',
        message: {
          vi: `Chưa báo cáo kết quả nhiệm vụ ${item.id}: ${item.title}.`,
          en: `No results reported for task ${item.id}: ${item.title}.`,
        },
        target: { kind: 'item', itemId: item.id },
        locator: item.insertAfter,
        action: { kind: 'insertItemHeading', itemId: item.id },
      })),
};
