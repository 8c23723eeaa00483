// npx tsx scripts/train-decision.ts [--imported] [--write]: trains the checker's decision model (src/check/decision) on the
// project's labelled reports, prints its F1 next to the score bars' with each plan's reports decided by a model that never
// saw that plan (the plans in TRAIN_FOLDS groups, 10 by default, each left out once), and with --write saves the weights trained on all of them to
// src/check/decision/weights.ts. The blind sets still to be scored (HELD_OUT) are never read. --imported also scores the
// model on the same reports checked with each plan as the importer reads it.
import { existsSync, readdirSync, readFileSync as readFile, writeFileSync } from 'node:fs';
import { readDocx } from '../src/docx';
import { importPlan } from '../src/plan/import/assemble';
import path from 'node:path';
import { analyzeReport, DEFAULT_MATCHING } from '../src/check/analyze';
import { DECISION_FEATURES } from '../src/check/decision/features';
import { reportedProbability, trainDecisionModel, type DecisionModel } from '../src/check/decision/model';
import { labelledReports, planOf } from './labelled-folder';
import { DECISION_MODEL } from '../src/check/decision/weights';

const FIXTURES = path.join(__dirname, '../test/fixtures');
/** Blind sets frozen this session and not yet scored for the last time: never trained on. */
const HELD_OUT = (process.env.TRAIN_HELD_OUT ?? 'labelled/blind42').split(',').filter(Boolean);

/** The folders the shipped weights were trained on (sessions 8–15): the rest are scored as reports those weights never saw. */
const FIRST_TRAINED = [
  'corpus',
  'heldout',
  ...['dev', 'blind', 'blind2', 'blind3', 'blind4', 'blind6', 'blind7', 'blind8', 'blind9'].flatMap((set) =>
    ['2023', 'hung-yen-2026', 'tu-nghia-2024', 'da-nang-2026', 'ha-noi-2026'].map((plan) => `labelled/${set}/${plan}`),
  ),
  ...[
    'benh-vien-quang-ngai-2025', 'dong-thap-2026', 'ho-chi-minh-2026', 'hung-yen-2026-prose', 'hung-yen-2026-table', 'sd-da-nang-2026',
    'sn-mt-hung-yen-2026', 'so-gd-hung-yen-2026', 'so-noi-vu-gia-lai-2026', 'so-tai-chinh-tay-ninh-2026', 'so-y-te-dong-thap-2026', 'ubnd-phuong-hoa-lu-2026',
    'so-cong-thuong-ha-noi-2026', 'ubnd-xa-phu-dong-2026',
  ].map((plan) => `plans/${plan}/reports`),
];

const hasLabels = (dir: string) => existsSync(dir) && readdirSync(dir).some((f) => f.endsWith('.json') && f !== 'plan.json');
const subdirs = (dir: string) => readdirSync(path.join(FIXTURES, dir), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => `${dir}/${e.name}`);
/** Every labelled folder of the project: the sets' plan folders (not their "-plan" copies), the plans' own reports. */
const ALL = [
  'corpus',
  'heldout',
  ...subdirs('labelled').filter((set) => !/\/(incoming|kit)$/.test(set)).flatMap(subdirs).filter((dir) => !dir.endsWith('-plan')),
  ...subdirs('plans').map((dir) => `${dir}/reports`),
].filter((dir) => hasLabels(path.join(FIXTURES, dir)));
const TRAIN = (process.argv.includes('--first') ? FIRST_TRAINED : ALL).filter((dir) => !HELD_OUT.some((h) => dir.startsWith(h)));

/** The model may call a task reported only when the bars do or its best passage scores at least this. */
const FLOOR = DEFAULT_MATCHING.decisionFloor;

interface Row { imported: boolean; planKey: string; features: number[]; reported: number; rule: number; seen: boolean }

const rows: Row[] = [];
for (const dir of TRAIN) {
  const abs = path.join(FIXTURES, dir);
  let reports;
  try {
    reports = labelledReports(abs);
  } catch {
    continue; // a set with no folder for this plan
  }
  const plan = planOf(abs);
  const planKey = `${plan.meta.issuerName} ${plan.meta.number}/${plan.meta.year}`;
  for (const { label, model } of reports) {
    if (model instanceof Error) continue;
    const analysis = analyzeReport(plan, model, {}, { ...DEFAULT_MATCHING, decisionModel: 0 });
    for (const d of analysis.decisions) {
      const rule = analysis.items.find((i) => i.id === d.id)!.addressed;
      rows.push({ imported: false, planKey, features: d.features, reported: label.addressed.includes(d.id) ? 1 : 0, rule: rule ? 1 : 0, seen: FIRST_TRAINED.includes(dir) });
    }
  }
}

// The same reports checked with the plan as the importer reads it from its .docx (what a user has for a new plan):
// scored, never trained on (training on them too changed nothing).
if (process.argv.includes('--imported')) {
  for (const dir of TRAIN.filter((d) => d.startsWith('plans/'))) {
    const planDir = path.join(FIXTURES, path.dirname(dir));
    if (!existsSync(path.join(planDir, 'plan.docx'))) continue;
    const plan = importPlan(readDocx(readFile(path.join(planDir, 'plan.docx')))).plan;
    const key = planOf(path.join(FIXTURES, dir));
    const planKey = `${key.meta.issuerName} ${key.meta.number}/${key.meta.year}`;
    for (const { label, model } of labelledReports(path.join(FIXTURES, dir))) {
      if (model instanceof Error) continue;
      const analysis = analyzeReport(plan, model, {}, { ...DEFAULT_MATCHING, decisionModel: 0 });
      for (const d of analysis.decisions) {
        const rule = analysis.items.find((i) => i.id === d.id)!.addressed;
        rows.push({ imported: true, planKey, features: d.features, reported: label.addressed.includes(d.id) ? 1 : 0, rule: rule ? 1 : 0, seen: true });
      }
    }
  }
}

function f1(truth: number[], predicted: number[]): number {
  let tp = 0, fp = 0, fn = 0;
  truth.forEach((t, i) => {
    const missing = t === 0, said = predicted[i] === 0;
    if (missing && said) tp += 1;
    if (!missing && said) fp += 1;
    if (missing && !said) fn += 1;
  });
  return (2 * tp) / (2 * tp + fp + fn);
}

const plans = [...new Set(rows.map((r) => r.planKey))];
// Each plan is decided by a model trained without it: the plans fall into FOLDS groups (round robin in sorted order), each
// group left out once; with as many folds as plans this is leave one plan out (slow once there are a hundred plans).
const FOLDS = Math.min(plans.length, Number(process.env.TRAIN_FOLDS ?? 10));
const foldOf = new Map([...plans].sort().map((key, at) => [key, at % FOLDS]));
const probability = new Array<number>(rows.length).fill(0);
for (let fold = 0; fold < FOLDS; fold += 1) {
  const train = rows.filter((r) => foldOf.get(r.planKey) !== fold && !r.imported);
  const model = trainDecisionModel(train.map((r) => r.features), train.map((r) => r.reported));
  rows.forEach((r, i) => {
    if (foldOf.get(r.planKey) === fold) probability[i] = reportedProbability(model, r.features);
  });
}
const truth = rows.map((r) => r.reported);
const best = (r: Row) => Math.expm1(r.features[DECISION_FEATURES.indexOf('logBest')]!);
const decide = (i: number, floor: number) => (probability[i]! >= 0.5 && (rows[i]!.rule === 1 || best(rows[i]!) >= floor) ? 1 : 0);
const scoreOf = (idx: number[], said: (i: number) => number) => f1(idx.map((i) => truth[i]!), idx.map(said)).toFixed(3);
const keyIdx = rows.map((r, i) => (r.imported ? -1 : i)).filter((i) => i >= 0);
console.log(`${keyIdx.length} decisions, ${plans.length} plans in ${FOLDS} folds (held out: ${HELD_OUT.join(', ')})`);
console.log(`missing-item F1, each plan decided by a model trained without it: ${scoreOf(keyIdx, (i) => decide(i, FLOOR))}; score bars alone ${scoreOf(keyIdx, (i) => rows[i]!.rule)}`);
// What the guard costs: the same models with other floors.
console.log(`  with other floors: ${[0, 4, 5, 6, 7].map((floor) => `${floor}: ${scoreOf(keyIdx, (i) => decide(i, floor))}`).join(', ')}`);
for (const planKey of plans) {
  const idx = keyIdx.filter((i) => rows[i]!.planKey === planKey);
  console.log(`  ${planKey.padEnd(22)} model ${scoreOf(idx, (i) => decide(i, FLOOR))}  bars ${scoreOf(idx, (i) => rows[i]!.rule)}  (${idx.length} decisions)`);
}
// The shipped weights on the reports they were never trained on, next to models trained without each report's plan.
const unseenIdx = keyIdx.filter((i) => !rows[i]!.seen);
if (unseenIdx.length) {
  const shipped = (i: number) => (reportedProbability(DECISION_MODEL, rows[i]!.features) >= 0.5 && (rows[i]!.rule === 1 || best(rows[i]!) >= FLOOR) ? 1 : 0);
  console.log(`on the ${unseenIdx.length} decisions the shipped weights never saw: shipped ${scoreOf(unseenIdx, shipped)}, leave one plan out ${scoreOf(unseenIdx, (i) => decide(i, FLOOR))}, bars ${scoreOf(unseenIdx, (i) => rows[i]!.rule)}`);
}
const importedIdx = rows.map((r, i) => (r.imported ? i : -1)).filter((i) => i >= 0);
if (importedIdx.length) console.log(`with the imported plans (${importedIdx.length} decisions): model ${scoreOf(importedIdx, (i) => decide(i, FLOOR))}, bars ${scoreOf(importedIdx, (i) => rows[i]!.rule)}`);
const keyRows = rows.filter((r) => !r.imported);
const model: DecisionModel = trainDecisionModel(keyRows.map((r) => r.features), keyRows.map((r) => r.reported));
console.log('weights (standardised features):');
DECISION_FEATURES.forEach((name, j) => console.log(`  ${name.padEnd(22)} ${model.weights[j]! >= 0 ? '+' : ''}${model.weights[j]!.toFixed(3)}`));
if (process.argv.includes('--write')) {
  const num = (xs: readonly number[]) => `[${xs.map((x) => Number(x.toPrecision(6))).join(', ')}]`;
  const text = `// Written by scripts/train-decision.ts from ${keyRows.length} labelled task decisions of ${plans.length} plans; do not edit by hand.
import type { DecisionModel } from './model';

export const DECISION_MODEL: DecisionModel = {
  features: ${JSON.stringify(model.features)},
  mean: ${num(model.mean)},
  scale: ${num(model.scale)},
  weights: ${num(model.weights)},
  bias: ${Number(model.bias.toPrecision(6))},
};
`;
  writeFileSync(path.join(__dirname, '../src/check/decision/weights.ts'), text);
  console.log('written src/check/decision/weights.ts');
}
