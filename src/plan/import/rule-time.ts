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

/** "…; nhiệm vụ không ghi thời gian thì thực hiện thường xuyên trong năm 2027.": the same rule said in the organisation
 * part, often a clause of a numbered paragraph after the rule for the tasks that name no body. */
const PART_RULE_TIME = /(?:^|[.;,]\s+|\d\.\s*)(?:(?:đối với )?(?:các|những) )?(?:nội dung|nhiệm vụ)(?: (?:tại|trong|của) (?:mục|phần) [IVX\d.]+)? không ghi (?:rõ )?thời gian(?: cụ thể| thực hiện)?,?(?: thì)? (?:được )?(thực hiện [^.;]{3,80})/iu;

/** The time the organisation part gives the tasks that say none (the words from "thực hiện" on; the whole sentence where
 * it is a paragraph of its own), or null. */
export function organisationRuleTime(paragraphs: readonly string[]): string | null {
  for (const text of paragraphs) {
    // ("Các nhiệm vụ không ghi thời gian thực hiện thường xuyên trong năm." as a paragraph of its own, under the table
    // giving the tasks out: the rule is the whole sentence, as the task part's own rule is kept.)
    const whole = RULE_TIME.exec(strip(text));
    if (whole && whole.index === 0 && /^\s*\.?$/u.test(strip(text).slice(whole[0].length))) return whole[0].trim();
    const m = PART_RULE_TIME.exec(strip(text));
    if (m) return m[1]!.trim();
  }
  return null;
}
