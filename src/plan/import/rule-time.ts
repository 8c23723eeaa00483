import type { Paragraph } from '../../document/model';
import type { ProseState } from './prose-state';
import { strip } from './parts';
import { FOLLOWING_TIME, RULE_TIME } from './prose-lines';

/**
 * "… Những nội dung không ghi thời gian cụ thể thì thực hiện thường xuyên trong năm 2027.": the time of every task
 * that says none (kept; the paragraph is no task's text).
 */
export function readRuleTime(s: ProseState, p: Paragraph): boolean {
  const label = p.label;
  const ruleTime = label === null && s.pending.length === 0 ? RULE_TIME.exec(strip(p.text)) : null;
  if (ruleTime) {
    s.defaultTime = ruleTime[0].trim();
    return true;
  }
  const followingTime = label === null && s.pending.length === 0 ? FOLLOWING_TIME.exec(strip(p.text)) : null;
  if (followingTime) {
    s.defaultTime = followingTime[1]!.trim();
    return true;
  }
  return false;
}
