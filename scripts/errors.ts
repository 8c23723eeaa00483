// npx tsx scripts/errors.ts DIR: each wrong decision of the checker on a labelled folder, with the item's best score
// (for engineers reading their development set).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readDocx } from '../src/docx';
import { checkReport } from '../src/check';
import { parsePlanJson, plan2023 } from '../src/plan';
import { ReportLabelSchema } from '../src/evaluate/labels';

const dir = process.argv[2]!;
const plan = existsSync(path.join(dir, 'plan.json')) ? parsePlanJson(readFileSync(path.join(dir, 'plan.json'), 'utf8')) : plan2023;
for (const f of readdirSync(dir).filter((x) => x.endsWith('.json') && x !== 'plan.json').sort()) {
  const label = ReportLabelSchema.parse(JSON.parse(readFileSync(path.join(dir, f), 'utf8')));
  const result = checkReport(plan, readDocx(readFileSync(path.join(dir, f.replace(/\.json$/, '.docx')))));
  for (const item of result.items) {
    const labelled = label.addressed.includes(item.id);
    if (labelled === item.addressed) continue;
    console.log(`${label.id} ${label.author_unit.padEnd(5)} ${item.id.padEnd(9)} ${labelled ? 'MISSED ' : 'EXTRA  '} score ${item.score.toFixed(1).padStart(5)} req ${item.required ? 'y' : 'n'} ${item.evidence[0]?.text.slice(0, 90) ?? ''}`);
  }
}
