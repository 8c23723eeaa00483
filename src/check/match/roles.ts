/**
 * What each task asks its units to do, read from the task's own words: issue, advise, guide and monitor, inspect,
 * follow up. Among the tasks of one heading, the acts that some have and others lack tell neighbours apart (issuing
 * one's own rotation plan, advising the province, guiding others, inspecting rotation).
 */
import { normalizeForMatch, tokenize } from '../../text';
import type { Plan, TaskItem } from '../../plan/schema';
import { TOPIC_OPENERS, type Act } from '../data/clause-markers';
import { actsOf, attendance, clausesOf, findPhrase, wordsOf } from './clauses';
import { maskedSpans } from './features';

export interface ItemRole {
  /** Acts the task's text names. */
  acts: Set<Act>;
  /** Acts that tell this task from its neighbours (some of them have it, some not), this task's among them. */
  distinguishing: Set<Act>;
  /** Acts any neighbour's text names that this one's does not. */
  foreign: Set<Act>;
  /** Acts this task's text names and no neighbour's does: the act alone says which of them a text reports. */
  own: Set<Act>;
  /** The task is itself about inspecting: what an inspection found counts for it. */
  inspects: boolean;
  /** The task is itself about spreading the law: the topic of a training counts for it. */
  disseminates: boolean;
  /** The task is itself about attending ("cử cán bộ tham gia đầy đủ các lớp tập huấn ... do Thanh tra tỉnh tổ chức"):
   * attending another body's event is its result. */
  attends: boolean;
  /** The task is itself the reporting duty ("báo cáo định kỳ quý I, 6 tháng ... đúng thời hạn"): its first clause is one. */
  reports: boolean;
}

/** A plan text as the clause reader sees it: tokens, unit names masked, and its words. */
function read(text: string, unitNames: RegExp | null) {
  const normalized = normalizeForMatch(text, { expandAbbreviations: true });
  const tokens = tokenize(normalized, { punctuation: true });
  const masked = maskedSpans(normalized.text, unitNames);
  return { tokens, masked, words: wordsOf(tokens, masked) };
}

export function itemRoles(plan: Plan, unitNames: RegExp | null): Map<string, ItemRole> {
  const acts = new Map<string, Set<Act>>();
  const disseminates = new Map<string, boolean>();
  const reports = new Map<string, boolean>();
  const attends = new Map<string, boolean>();
  for (const item of plan.items) {
    const { words } = read(`${item.title}. ${item.text}`, unitNames);
    acts.set(item.id, actsOf(words, 0, words.length));
    attends.set(item.id, attendance(words, 0, words.length) >= 0);
    disseminates.set(item.id, findPhrase(words, 0, words.length, TOPIC_OPENERS) !== null);
    // The reporting duty is the task itself when the first clause of its text is that duty.
    const text = read(item.text, unitNames);
    const [first] = clausesOf(text.tokens, text.masked, { detection: false, authority: false });
    reports.set(item.id, first?.spans.some((span) => span.kind === 'reporting') ?? false);
  }
  const neighbours = (item: TaskItem) => plan.items.filter((o) => o.id !== item.id && (o.section === item.section || item.cues?.distinctFrom?.includes(o.id)));
  const roles = new Map<string, ItemRole>();
  for (const item of plan.items) {
    const own = acts.get(item.id)!;
    const around = neighbours(item).map((o) => acts.get(o.id)!);
    const foreign = new Set<Act>();
    for (const set of around) for (const act of set) if (!own.has(act)) foreign.add(act);
    const distinguishing = new Set<Act>([...own].filter((act) => around.some((set) => !set.has(act))));
    // Only among tasks that each name an act does the act alone tell them apart.
    const defined = around.length > 0 && around.every((set) => set.size > 0);
    const alone = new Set<Act>([...own].filter((act) => defined && around.every((set) => !set.has(act))));
    roles.set(item.id, { acts: own, distinguishing, foreign, own: alone, inspects: own.has('inspect'), disseminates: disseminates.get(item.id)!, attends: attends.get(item.id)!, reports: reports.get(item.id)! });
  }
  return roles;
}
