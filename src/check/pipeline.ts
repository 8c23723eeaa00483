/** Runs the rules over one analysis, then sorts, de-duplicates and drops the findings the user chose to ignore. */
import type { Analysis } from './analyze';
import type { Rule } from './rule';
import type { Finding, Severity } from './types';

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function runRules(rules: readonly Rule[], analysis: Analysis, ignored: readonly string[] = []): Finding[] {
  const skip = new Set(ignored);
  const byId = new Map<string, Finding>();
  for (const rule of rules) {
    for (const finding of rule.check(analysis)) {
      if (skip.has(finding.id)) continue;
      const existing = byId.get(finding.id);
      if (!existing || SEVERITY_ORDER[finding.severity] < SEVERITY_ORDER[existing.severity]) byId.set(finding.id, finding);
    }
  }
  const itemOrder = new Map(analysis.plan.items.map((item, i) => [item.id, i]));
  const position = (f: Finding) => f.locator?.index ?? (f.target.kind === 'item' ? 1e6 + (itemOrder.get(f.target.itemId) ?? 0) : -1);
  return [...byId.values()].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || position(a) - position(b) || a.id.localeCompare(b.id),
  );
}
