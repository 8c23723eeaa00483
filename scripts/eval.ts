// npm run eval -- DIR [DIR ...]: scores the checker on folders of labelled reports (a .docx and a .json label each).
// A folder with a plan.json is scored against that plan; the others against the built-in 2023 plan.
import { checkReport } from '../src/check';
import type { Plan } from '../src/plan';
import { readFileSync } from 'node:fs';
import { scoreCorpus, type CorpusScore } from '../src/evaluate/score';
import { judgeFindings, judgeSuggestions, median, precisionByRule, VerdictsFileSchema, type JudgedFinding } from '../src/evaluate/findings';
import { labelledReports, planOf } from './labelled-folder';

// The findings' verdicts (right, wrong, noise) written by a person who read the reports: test/fixtures/findings.
const VERDICTS = VerdictsFileSchema.parse(JSON.parse(readFileSync(new URL('../test/fixtures/findings/verdicts.json', import.meta.url), 'utf8')));
const judgedAll: JudgedFinding[] = [];
const suggestionsAll: JudgedFinding[] = [];
const shownPerReport: number[] = [];
const realPerReport: number[] = [];

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
    const result = checkReport(plan, model);
    const judged = judgeFindings(plan, label, result, VERDICTS);
    judgedAll.push(...judged);
    suggestionsAll.push(...judgeSuggestions(plan, label, result));
    shownPerReport.push(judged.length);
    realPerReport.push(judged.filter((j) => j.verdict === 'right').length);
    return [{ label, result }];
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

console.log('');
console.log('== findings shown by default (errors and warnings): precision per rule');
for (const row of precisionByRule(judgedAll)) {
  const p = row.precision === null ? '  —  ' : pct(row.precision);
  console.log(`${row.rule.padEnd(22)} ${p}  (right ${row.right}, wrong ${row.wrong}, noise ${row.noise}${row.unjudged ? `, unjudged ${row.unjudged}` : ''})`);
}
const judgedCount = judgedAll.filter((j) => j.verdict !== 'unjudged');
const right = judgedCount.filter((j) => j.verdict === 'right').length;
console.log(`all rules              ${judgedCount.length ? pct(right / judgedCount.length) : '  —  '}  (${right} of ${judgedCount.length} judged; ${judgedAll.length - judgedCount.length} unjudged)`);
console.log(`findings per report: median ${median(shownPerReport)}; right ones: median ${median(realPerReport)}`);
for (const row of precisionByRule(suggestionsAll)) {
  console.log(`suggestion ${row.rule.padEnd(11)} ${row.precision === null ? '  —  ' : pct(row.precision)}  (right ${row.right}, wrong ${row.wrong}; not shown by default)`);
}
const unjudged = judgedAll.filter((j) => j.verdict === 'unjudged');
if (unjudged.length && process.env.EVAL_UNJUDGED) {
  console.log('');
  console.log('== unjudged (add a verdict to test/fixtures/findings/verdicts.json)');
  for (const j of unjudged) console.log(`${j.report}\t${j.finding.id}\t¶${(j.finding.locator?.index ?? -1) + 1}\t${j.finding.message.vi}`);
}
// EVAL_WRONG=1: the shown findings judged wrong, to read them.
const wrong = judgedAll.filter((j) => j.verdict === 'wrong');
if (wrong.length && process.env.EVAL_WRONG) {
  console.log('');
  console.log('== shown and wrong');
  for (const j of wrong) console.log(`${j.report}\t${j.finding.id}\t¶${(j.finding.locator?.index ?? -1) + 1}\t${j.finding.message.vi}`);
}
