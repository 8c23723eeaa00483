// GRID='{"addressed":[7,8],"outsideRole":[0.5,0.6]}' npx tsx scripts/grid.ts DIR ...: pooled missing-item F1 and item
// accuracy for every combination of matching parameters, then each folder's F1 (for engineers; tune only on
// development folders, never on a blind one).
import { checkReport } from '../src/check';
import { DEFAULT_MATCHING, type MatchingParameters } from '../src/check/analyze';
import { scoreCorpus } from '../src/evaluate/score';
import { judgeFindings, judgeSuggestions } from '../src/evaluate/findings';
import { labelledReports, planOf } from './labelled-folder';

const sets = process.argv.slice(2).map((dir) => ({
  plan: planOf(dir),
  docs: labelledReports(dir).flatMap(({ label, model }) => (model instanceof Error ? [] : [{ label, model }])),
}));
const grid = JSON.parse(process.env.GRID ?? '{}') as Record<string, number[]>;
let combos: Partial<MatchingParameters>[] = [{}];
for (const [key, values] of Object.entries(grid)) combos = combos.flatMap((c) => values.map((v) => ({ ...c, [key]: v })));
for (const combo of combos) {
  const params: MatchingParameters = { ...DEFAULT_MATCHING, ...combo };
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let total = 0;
  let shownRight = 0;
  let shownAll = 0;
  let unsure = 0;
  const perFolder: string[] = [];
  for (const { plan, docs } of sets) {
    const pairs = docs.map(({ label, model }) => ({ label, result: checkReport(plan, model, {}, params) }));
    const score = scoreCorpus(plan, pairs);
    for (const { label, result } of pairs) {
      const shown = judgeFindings(plan, label, result, {}).filter((j) => j.finding.rule === 'item-missing');
      shownAll += shown.length;
      shownRight += shown.filter((j) => j.verdict === 'right').length;
      unsure += judgeSuggestions(plan, label, result).length;
    }
    tp += score.missing.tp;
    fp += score.missing.fp;
    fn += score.missing.fn;
    total += docs.length * plan.items.length;
    perFolder.push(score.missing.f1.toFixed(3));
  }
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  console.log(JSON.stringify(combo), 'F1', ((2 * precision * recall) / (precision + recall)).toFixed(3), 'acc', (1 - (fp + fn) / total).toFixed(3), 'missing findings', (shownRight / shownAll).toFixed(3), `(${shownAll})`, 'unsure', unsure, perFolder.join(' '));
}
