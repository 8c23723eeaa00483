import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { readDocx } from '../src/docx';
import { checkReport } from '../src/check';
import { DEFAULT_MATCHING } from '../src/check/analyze';
import { parsePlanJson, plan2023 } from '../src/plan';
import { ReportLabelSchema } from '../src/evaluate/labels';
import { scoreCorpus } from '../src/evaluate/score';
const dirs = process.argv.slice(2);
const sets = dirs.map((dir) => {
  const plan = existsSync(path.join(dir, 'plan.json')) ? parsePlanJson(readFileSync(path.join(dir, 'plan.json'), 'utf8')) : plan2023;
  const docs = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'plan.json').map((f) => ({ label: ReportLabelSchema.parse(JSON.parse(readFileSync(path.join(dir, f), 'utf8'))), model: readDocx(readFileSync(path.join(dir, f.replace(/\.json$/, '.docx')))) }));
  return { plan, docs };
});
const grid: Record<string, number[]> = JSON.parse(process.env.GRID ?? '{}');
const keys = Object.keys(grid);
const combos: Record<string, number>[] = [{}];
for (const k of keys) { const next: Record<string, number>[] = []; for (const c of combos) for (const v of grid[k]!) next.push({ ...c, [k]: v }); combos.splice(0, combos.length, ...next); }
for (const c of combos) {
  let tp = 0, fp = 0, fn = 0, total = 0; const per: string[] = [];
  for (const { plan, docs } of sets) {
    const s = scoreCorpus(plan, docs.map(({ label, model }) => ({ label, result: checkReport(plan, model, {}, { ...DEFAULT_MATCHING, ...c } as typeof DEFAULT_MATCHING) })));
    tp += s.missing.tp; fp += s.missing.fp; fn += s.missing.fn; total += docs.length * plan.items.length; per.push(s.missing.f1.toFixed(3));
  }
  const p = tp / (tp + fp), r = tp / (tp + fn);
  console.log(JSON.stringify(c), 'F1', (2 * p * r / (p + r)).toFixed(3), 'acc', (1 - (fp + fn) / total).toFixed(3), per.join(' '));
}
