// npx tsx scripts/errors.ts DIR: each wrong decision of the checker on a labelled folder, with the item's best score
// (for engineers reading their development set).
import { checkReport } from '../src/check';
import { labelledReports, planOf } from './labelled-folder';

const dir = process.argv[2]!;
const plan = planOf(dir);
for (const { docx, label, model } of labelledReports(dir)) {
  if (model instanceof Error) {
    console.error(`${docx}: ${model.message}`);
    continue;
  }
  for (const item of checkReport(plan, model).items) {
    const labelled = label.addressed.includes(item.id);
    if (labelled === item.addressed) continue;
    console.log(`${label.id} ${label.author_unit.padEnd(5)} ${item.id.padEnd(9)} ${labelled ? 'MISSED ' : 'EXTRA  '} score ${item.score.toFixed(1).padStart(5)} req ${item.required ? 'y' : 'n'} ${item.evidence[0]?.text.slice(0, 90) ?? ''}`);
  }
}
