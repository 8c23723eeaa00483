// npm run eval -- DIR [DIR ...]: scores the checker on folders of labelled reports (a .docx and a .json label each).
// A folder with a plan.json is scored against that plan; the others against the built-in 2023 plan.
import { checkReport } from '../src/check';
import type { Plan } from '../src/plan';
import { scoreCorpus, type CorpusScore } from '../src/evaluate/score';
import { labelledReports, planOf } from './labelled-folder';

const dirs = process.argv.slice(2);
if (dirs.length === 0) {
  console.error('Cách dùng / usage: npm run eval -- THƯ_MỤC/DIR [THƯ_MỤC/DIR ...]');
  process.exit(2);
}

const pct = (x: number) => x.toFixed(3);

function scoreDir(dir: string): { plan: Plan; score: CorpusScore } {
  const plan = planOf(dir);
  const pairs = labelledReports(dir).flatMap(({ docx, label, model }) => {
    if (model instanceof Error) {
      console.error(`${docx}: ${model.message}`);
      return [];
    }
    return [{ label, result: checkReport(plan, model) }];
  });
  return { plan, score: scoreCorpus(plan, pairs) };
}

function print(score: CorpusScore): void {
  console.log(`reports ${score.reports.length}`);
  console.log(`missing-item precision ${pct(score.missing.precision)} recall ${pct(score.missing.recall)} F1 ${pct(score.missing.f1)} (tp ${score.missing.tp}, fp ${score.missing.fp}, fn ${score.missing.fn})`);
  console.log(`item accuracy ${pct(score.itemAccuracy)}`);
  console.log(`sections ${pct(score.sectionAccuracy)}  period ${pct(score.periodAccuracy)}  unit ${pct(score.unitAccuracy)}`);
}

const scores: CorpusScore[] = [];
let decisions = 0;
for (const dir of dirs) {
  const { plan, score } = scoreDir(dir);
  scores.push(score);
  decisions += score.reports.length * plan.items.length;
  console.log(`== ${dir} (${plan.meta.number || plan.meta.symbol}, ${plan.meta.year})`);
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
  console.log('');
  print(score);
  console.log('');
}
if (scores.length > 1) {
  const tp = scores.reduce((s, x) => s + x.missing.tp, 0);
  const fp = scores.reduce((s, x) => s + x.missing.fp, 0);
  const fn = scores.reduce((s, x) => s + x.missing.fn, 0);
  const reports = scores.reduce((s, x) => s + x.reports.length, 0);
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  console.log(`== all (${reports} reports)`);
  console.log(`missing-item precision ${pct(precision)} recall ${pct(recall)} F1 ${pct(f1)} (tp ${tp}, fp ${fp}, fn ${fn})`);
  console.log(`item accuracy ${pct(decisions ? 1 - (fp + fn) / decisions : 0)}`);
}
