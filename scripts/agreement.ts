// npx tsx scripts/agreement.ts [test/fixtures/labelled/agreement/session26.json]: how far a second reader's labels agree
// with the writers' (missing-item precision, recall, F1 and accuracy, the writers' labels as the truth), next to the
// checker's figures on the same reports. A second reader who agrees far better than the checker shows that the labels
// are not what holds the checker back.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { checkReport } from '../src/check';
import { plan2023 } from '../src/plan';
import { labelledReports, planOf } from './labelled-folder';

const SecondReaderSchema = z.object({
  annotator: z.string(),
  /** "blind68/2023/c75-01" (a report under test/fixtures/labelled, without .json) → the task ids it addresses */
  addressed: z.record(z.string(), z.array(z.string())),
});

const ROOT = path.join(__dirname, '../test/fixtures/labelled');
const file = process.argv[2] ?? path.join(ROOT, 'agreement/session26.json');
const second = SecondReaderSchema.parse(JSON.parse(readFileSync(file, 'utf8')));

interface Tally { tp: number; fp: number; fn: number; agree: number; n: number }
const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0, agree: 0, n: 0 });
const add = (t: Tally, truthMissing: boolean, saidMissing: boolean) => {
  t.n += 1;
  if (truthMissing === saidMissing) t.agree += 1;
  if (truthMissing && saidMissing) t.tp += 1;
  else if (saidMissing) t.fp += 1;
  else if (truthMissing) t.fn += 1;
};
const line = (name: string, t: Tally) => {
  const p = t.tp / (t.tp + t.fp || 1);
  const r = t.tp / (t.tp + t.fn || 1);
  const f1 = (2 * p * r) / (p + r || 1);
  return `${name.padEnd(34)} P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f1.toFixed(3)} accuracy ${(t.agree / t.n).toFixed(3)} (${t.n} decisions)`;
};

const byFolder = new Map<string, string[]>();
for (const id of Object.keys(second.addressed)) {
  const folder = path.dirname(id);
  byFolder.set(folder, [...(byFolder.get(folder) ?? []), path.basename(id)]);
}
const reader = new Map<string, Tally>();
const checker = new Map<string, Tally>();
for (const [folder, ids] of byFolder) {
  const dir = path.join(ROOT, folder);
  const plan = planOf(dir);
  const kind = plan === plan2023 ? '2023 plan' : 'other plans';
  for (const report of labelledReports(dir).filter((r) => ids.includes(r.label.id))) {
    const truth = new Set(report.label.addressed);
    const said = new Set(second.addressed[`${folder}/${report.label.id}`]);
    const checked = report.model instanceof Error ? null : new Set(checkReport(plan, report.model).items.filter((i) => i.addressed).map((i) => i.id));
    for (const item of plan.items) {
      add(reader.get(kind) ?? reader.set(kind, tally()).get(kind)!, !truth.has(item.id), !said.has(item.id));
      if (checked) add(checker.get(kind) ?? checker.set(kind, tally()).get(kind)!, !truth.has(item.id), !checked.has(item.id));
    }
  }
}
console.log(`second reader: ${second.annotator}`);
for (const [kind, t] of reader) console.log(line(`second reader, ${kind}`, t));
for (const [kind, t] of checker) console.log(line(`checker, ${kind}`, t));
