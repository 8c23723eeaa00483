import type { Rule } from '../rule';
import type { Finding, ItemStatus } from '../types';

function finding(item: ItemStatus): Finding {
  const target = { kind: 'item' as const, itemId: item.id };
  const action = { kind: 'insertItemHeading' as const, itemId: item.id };
  if (item.unsure && !item.nearest) {
    return {
      id: `item-missing:${item.id}`,
      rule: 'item-unsure',
      severity: 'info',
      message: {
        vi: `Chưa thấy kết quả nhiệm vụ ${item.id}: ${item.title}. Không đoạn nào nói rõ, nhưng ở báo cáo loại này của đơn vị này, nhiệm vụ đôi khi được viết theo cách công cụ chưa nhận ra — cần xem lại trước khi kết luận thiếu.`,
        en: `No results found for task ${item.id}: ${item.title}. No passage says so, but in reports of this kind by this unit the task is sometimes worded in ways the checker does not recognise — worth a look before calling it missing.`,
      },
      target,
      locator: item.insertAfter,
      action,
    };
  }
  if (item.nearest) {
    return {
      id: `item-missing:${item.id}`,
      rule: 'item-unsure',
      // A hedge, right about half the time on reports nobody tuned to: a suggestion, not an alarm.
      severity: 'info',
      message: {
        vi: `Chưa thấy rõ kết quả nhiệm vụ ${item.id}: ${item.title}. Đoạn ${item.nearest.paragraph + 1} có thể đã báo cáo nhiệm vụ này — cần xem lại.`,
        en: `No clear results for task ${item.id}: ${item.title}. Paragraph ${item.nearest.paragraph + 1} may report it — worth a look.`,
      },
      target,
      locator: item.nearest.locator,
      action,
    };
  }
  return {
    id: `item-missing:${item.id}`,
    rule: 'item-missing',
    severity: 'error',
    message: {
      vi: `Chưa báo cáo kết quả nhiệm vụ ${item.id}: ${item.title}.`,
      en: `No results reported for task ${item.id}: ${item.title}.`,
    },
    target,
    locator: item.insertAfter,
    action,
  };
}

/**
 * A required task the report does not report: "missing" when nothing speaks of it, "to review" when a passage does in
 * part (its best evidence is under the bar but close), or when the decision model still gives the task some chance
 * (the checker misses such a task in reports of this kind now and then): a suggestion, counted but not raised as an alarm, so
 * that what is shown as missing is right at least 95% of the time on reports nobody tuned to. Both
 * keep the id item-missing:<task>, so that ignoring one ignores the task.
 */
export const itemMissing: Rule = {
  id: 'item-missing',
  severity: 'error',
  description: { vi: 'Nhiệm vụ của kế hoạch mà đơn vị phải báo cáo nhưng báo cáo chưa nêu kết quả.', en: 'A plan task the unit must report on has no results in the report.' },
  check: ({ items }) => items.filter((item) => item.required && !item.addressed).map(finding),
};
