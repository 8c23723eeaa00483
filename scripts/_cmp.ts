import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readDocx } from '../src/docx';
import { importPlan } from '../src/plan/import/assemble';
import { parsePlanJson } from '../src/plan';
import { checkReport } from '../src/check';
import { labelledReports } from './labelled-folder';
const dir = process.argv[2]!;
const key = parsePlanJson(readFileSync(path.join(dir, 'plan.json'), 'utf8'));
const imported = importPlan(readDocx(readFileSync(path.join(dir, 'plan.docx')))).plan;
console.log('key units', key.units.map((u) => `${u.id}:${u.kind}:${u.name}`).join(' | '), '| groups', key.groups.map((g) => `${g.id}[${g.members}]`).join(' '));
console.log('imp units', imported.units.map((u) => `${u.id}:${u.kind}:${u.name}`).join(' | '));
for (const { label, model } of labelledReports(path.join(dir, 'reports'))) {
  if (model instanceof Error) continue;
  const a = checkReport(key, model);
  const b = checkReport(imported, model);
  const diff = a.items.filter((i) => b.items.find((j) => j.id === i.id)?.addressed !== i.addressed).map((i) => `${i.id}${label.addressed.includes(i.id) ? '+' : '-'}(key ${i.addressed ? 'R' : 'M'})`);
  console.log(label.id, 'unit key', a.unit?.id, 'imp', b.unit?.id, b.unit?.name, 'req key', a.items.filter((i) => i.required).length, 'imp', b.items.filter((i) => i.required).length, diff.join(' '));
}
