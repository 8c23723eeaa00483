import { checkReport } from '../src/check';
import { labelledReports, planOf } from './labelled-folder';
const rows: [number, boolean, string][] = [];
for (const dir of process.argv.slice(2)) {
  const plan = planOf(dir);
  for (const { label, model } of labelledReports(dir)) {
    if (model instanceof Error) continue;
    const r = checkReport(plan, model);
    for (const it of r.items) if (it.required && !it.addressed) rows.push([it.score, label.addressed.includes(it.id), `${label.id} ${it.id}`]);
  }
}
rows.sort((a, b) => b[0] - a[0]);
const buckets = [12, 10, 8, 7, 6, 5, 4, 3, 2, 1, 0];
for (let i = 0; i < buckets.length; i++) {
  const hi = i ? buckets[i - 1]! : Infinity, lo = buckets[i]!;
  const b = rows.filter(([s]) => s >= lo && s < hi);
  console.log(`[${lo},${hi}) n=${b.length} labelAddressed=${b.filter((x) => x[1]).length}`);
}
