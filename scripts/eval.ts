// npm run eval -- DIR: scores the checker on a folder of labelled reports (a .docx and a .json label each).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readDocx } from '../src/docx';
import { checkReport } from '../src/check';
import { plan2023 } from '../src/plan';
import { ReportLabelSchema } from '../src/evaluate/labels';
import { scoreCorpus } from '../src/evaluate/score';

const dir = process.argv[2];
if (!dir) {
  console.error('Cách dùng / usage: npm run eval -- THƯ_MỤC/DIR');
  process.exit(2);
}
const pairs = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .flatMap((f) => {
    const docx = path.join(dir, f.replace(/\.json$/, '.docx'));
    const label = ReportLabelSchema.parse(JSON.parse(readFileSync(path.join(dir, f), 'utf8')));
    try {
      return [{ label, result: checkReport(plan2023, readDocx(readFileSync(docx), { name: docx })) }];
    } catch (error) {
      console.error(`${docx}: ${error instanceof Error ? error.message : String(error)}`);
      return [];
    }
  });
const score = scoreCorpus(plan2023, pairs);
const pct = (x: number) => x.toFixed(3);
for (const r of score.reports) {
  const problems = [
    r.falseMissing.length ? `báo thiếu sai / false missing: ${r.falseMissing.join(' ')}` : '',
    r.missedMissing.length ? `bỏ sót thiếu / missed missing: ${r.missedMissing.join(' ')}` : '',
    r.sectionErrors.length ? `phần / sections: ${r.sectionErrors.join(' ')}` : '',
    r.periodRight ? '' : `kỳ / period: ${r.predicted.period}`,
    r.unitRight ? '' : `đơn vị / unit: ${r.predicted.unit}`,
  ].filter(Boolean);
  console.log(`${r.id.padEnd(8)} ${problems.length ? problems.join('; ') : 'đúng hết / all right'}`);
}
console.log(`\nreports ${score.reports.length}`);
console.log(`missing-item precision ${pct(score.missing.precision)} recall ${pct(score.missing.recall)} F1 ${pct(score.missing.f1)} (tp ${score.missing.tp}, fp ${score.missing.fp}, fn ${score.missing.fn})`);
console.log(`item accuracy ${pct(score.itemAccuracy)}`);
console.log(`sections ${pct(score.sectionAccuracy)}  period ${pct(score.periodAccuracy)}  unit ${pct(score.unitAccuracy)}`);
