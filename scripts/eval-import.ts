// npm run eval:import -- [DIR ...]: scores the plan importer on plan folders (plan.docx, the document; plan.json, the
// answer key a person wrote), and the checker run with the imported plan as it comes out on the labelled reports of
// that plan (DIR/reports/, or the folders named in DIR/REPORTS), their labels translated to the imported ids.
// Without DIR: every folder of test/fixtures/plans that has both files. EVAL_DETAIL=1 lists every mismatch.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readDocx } from '../src/docx';
import { importPlan } from '../src/plan/import/assemble';
import { parsePlan, parsePlanJson, type Plan } from '../src/plan';
import { checkReport } from '../src/check';
import { requiredStatus } from '../src/check/required';
import { scoreCorpus } from '../src/evaluate/score';
import { mapUnit, scorePlanImport, type PlanImportScore } from '../src/evaluate/plan-import';
import type { ReportLabel } from '../src/evaluate/labels';
import { labelledReports } from './labelled-folder';

const ROOT = path.join(__dirname, '../test/fixtures/plans');
const args = process.argv.slice(2);
const dirs = args.length
  ? args
  : readdirSync(ROOT)
      .map((d) => path.join(ROOT, d))
      .filter((d) => existsSync(path.join(d, 'plan.docx')) && existsSync(path.join(d, 'plan.json')));
const pct = (n: number, d: number) => (d ? (n / d).toFixed(3) : '  -  ');

function reportFolders(dir: string): string[] {
  const list = existsSync(path.join(dir, 'REPORTS'))
    ? readFileSync(path.join(dir, 'REPORTS'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')).map((l) => path.resolve(dir, l))
    : [];
  return existsSync(path.join(dir, 'reports')) ? [path.join(dir, 'reports'), ...list] : list;
}

/**
 * The key's label in the imported plan's ids. A key task the importer lost still counts: when the key says the report
 * had to speak of it and did not, the checker (which cannot know the task) missed a missing task.
 */
function translate(key: Plan, imported: Plan, score: PlanImportScore, label: ReportLabel): { label: ReportLabel; lostMissing: number } {
  const addressed = label.addressed.flatMap((id) => (score.keyToImported.has(id) ? [score.keyToImported.get(id)!] : []));
  const lostMissing = key.items.filter(
    (item) => !score.keyToImported.has(item.id) && !label.addressed.includes(item.id) && requiredStatus(key, item, label.author_unit, label.period).required,
  ).length;
  return { label: { ...label, addressed, author_unit: mapUnit(key, label.author_unit, imported) ?? `?${label.author_unit}` }, lostMissing };
}

const totals = { key: 0, imported: 0, matched: 0, ids: 0, lead: 0, support: 0, timing: 0, deadlines: 0, deadlinesRight: 0, issuer: 0, issuerRight: 0, issuerExtra: 0, channel: 0, plans: 0, invalid: 0 };
const checker = { tp: 0, fp: 0, fn: 0, reports: 0, keyTp: 0, keyFp: 0, keyFn: 0 };

for (const dir of dirs) {
  const key = parsePlanJson(readFileSync(path.join(dir, 'plan.json'), 'utf8'));
  const { plan: imported, doubts } = importPlan(readDocx(readFileSync(path.join(dir, 'plan.docx')), { name: path.join(dir, 'plan.docx') }));
  // What a user gets must load: an imported plan the schema rejects is a failed import, whatever it scores.
  try {
    parsePlan(imported);
  } catch (error) {
    console.log(`   INVALID: the imported plan does not load: ${error instanceof Error ? error.message : String(error)}`);
    totals.invalid += 1;
  }
  const s = scorePlanImport(key, imported);
  totals.plans += 1;
  totals.key += s.keyItems;
  totals.imported += s.importedItems;
  totals.matched += s.matched;
  totals.ids += s.idsRight;
  totals.lead += s.leadRight;
  totals.support += s.supportRight;
  totals.timing += s.timingRight;
  totals.deadlines += s.deadlines;
  totals.deadlinesRight += s.deadlinesRight;
  totals.issuer += s.issuerDeadlines;
  totals.issuerRight += s.issuerDeadlinesRight;
  totals.issuerExtra += s.issuerDeadlinesExtra;
  totals.channel += s.channelRight ? 1 : 0;
  console.log(`== ${path.relative(process.cwd(), dir)} (${key.meta.number}, ${key.meta.year}): ${s.keyItems} tasks in the key, ${s.importedItems} imported, ${doubts.length} doubts`);
  console.log(
    `items recall ${pct(s.matched, s.keyItems)} precision ${pct(s.matched, s.importedItems)} | ids ${pct(s.idsRight, s.matched)} lead ${pct(s.leadRight, s.matched)} support ${pct(s.supportRight, s.matched)} timing ${pct(s.timingRight, s.matched)} | deadlines ${s.deadlinesRight}/${s.deadlines} (issuer's own ${s.issuerDeadlinesRight}/${s.issuerDeadlines}${s.issuerDeadlinesExtra ? `, ${s.issuerDeadlinesExtra} not in the key` : ''}) channel ${s.channelRight ? 'right' : 'WRONG'} year ${s.yearRight ? 'right' : 'WRONG'} number ${s.numberRight ? 'right' : 'WRONG'}`,
  );
  if (process.env.EVAL_DETAIL) {
    for (const m of s.mismatches) console.log(`   ${m.what.padEnd(7)} ${m.key} → ${m.imported ?? '-'}${m.expected !== undefined ? `  expected "${m.expected}"` : ''}${m.got !== undefined ? `  got "${m.got}"` : ''}`);
    if (s.spurious.length) console.log(`   spurious: ${s.spurious.join(' ')}`);
  }
  for (const folder of reportFolders(dir)) {
    const reports = labelledReports(folder).filter((r) => !(r.model instanceof Error));
    const pairs: { label: ReportLabel; result: ReturnType<typeof checkReport> }[] = [];
    const keyPairs: typeof pairs = [];
    let lost = 0;
    for (const r of reports) {
      if (r.model instanceof Error) continue;
      const { label, lostMissing } = translate(key, imported, s, r.label);
      lost += lostMissing;
      pairs.push({ label, result: checkReport(imported, r.model) });
      keyPairs.push({ label: r.label, result: checkReport(key, r.model) });
      if (process.env.EVAL_DETAIL) {
        const result = pairs.at(-1)!.result;
        const falseMissing = result.items.filter((i) => i.required && !i.addressed && label.addressed.includes(i.id)).map((i) => i.id);
        const missedMissing = result.items.filter((i) => i.required && i.addressed && !label.addressed.includes(i.id)).map((i) => i.id);
        console.log(`     ${label.id}: unit ${result.unit?.id ?? '-'} (label ${label.author_unit}) false missing ${falseMissing.join(' ') || '-'}; missed missing ${missedMissing.join(' ') || '-'}`);
      }
    }
    const withImported = scoreCorpus(imported, pairs).missing;
    const withKey = scoreCorpus(key, keyPairs).missing;
    // Tasks the importer made up are scored like the others (a spurious task shown as missing is a false finding).
    const fn = withImported.fn + lost;
    checker.tp += withImported.tp;
    checker.fp += withImported.fp;
    checker.fn += fn;
    checker.keyTp += withKey.tp;
    checker.keyFp += withKey.fp;
    checker.keyFn += withKey.fn;
    checker.reports += pairs.length;
    const f1 = (tp: number, fp: number, fn2: number) => (tp ? (2 * tp) / (2 * tp + fp + fn2) : 0).toFixed(3);
    console.log(
      `   checker on ${pairs.length} reports of ${path.relative(process.cwd(), folder)}: missing-item F1 ${f1(withImported.tp, withImported.fp, fn)} with the imported plan (tp ${withImported.tp}, fp ${withImported.fp}, fn ${fn}, ${lost} from lost tasks); ${f1(withKey.tp, withKey.fp, withKey.fn)} with the key`,
    );
  }
}

console.log('== all');
console.log(
  `${totals.plans} plans: items recall ${pct(totals.matched, totals.key)} precision ${pct(totals.matched, totals.imported)} | ids ${pct(totals.ids, totals.matched)} lead ${pct(totals.lead, totals.matched)} support ${pct(totals.support, totals.matched)} timing ${pct(totals.timing, totals.matched)} | deadlines ${totals.deadlinesRight}/${totals.deadlines} (issuer's own ${totals.issuerRight}/${totals.issuer}${totals.issuerExtra ? `, ${totals.issuerExtra} not in the key` : ''}) channel ${totals.channel}/${totals.plans}${totals.invalid ? ` | ${totals.invalid} imported plan(s) do not load` : ''}`,
);
if (checker.reports) {
  const f1 = (tp: number, fp: number, fn: number) => (tp ? (2 * tp) / (2 * tp + fp + fn) : 0).toFixed(3);
  console.log(`checker on ${checker.reports} reports: missing-item F1 ${f1(checker.tp, checker.fp, checker.fn)} with the imported plans, ${f1(checker.keyTp, checker.keyFp, checker.keyFn)} with the keys`);
}
