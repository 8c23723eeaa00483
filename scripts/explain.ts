// npx tsx scripts/explain.ts FILE.docx ITEM [--plan plan.json]: every piece of a report that scores for ITEM, and why
// (for engineers tuning the matcher on their development set).
import { readFileSync } from 'node:fs';
import { readDocx } from '../src/docx';
import { analyzeReport } from '../src/check/analyze';
import { prepareDocument } from '../src/check/prepare';
import { zoneDocument } from '../src/check/zones';
import { evidenceUnits } from '../src/check/match/units';
import { matchUnits } from '../src/check/match/score';
import { buildLexicon } from '../src/check/match/lexicon';
import { buildProfiles } from '../src/check/match/profiles';
import { parsePlanJson, plan2023 } from '../src/plan';

const [file, itemId] = process.argv.slice(2);
const planAt = process.argv.indexOf('--plan');
const plan = planAt > 0 ? parsePlanJson(readFileSync(process.argv[planAt + 1]!, 'utf8')) : plan2023;
const model = readDocx(readFileSync(file!));
const analysis = analyzeReport(plan, model);
const status = analysis.items.find((i) => i.id === itemId);
console.log(`${itemId}: addressed ${status?.addressed} score ${status?.score} unit ${analysis.unit?.id}`);
const lexicon = buildLexicon(plan);
const profiles = buildProfiles(plan, undefined, lexicon.unitNames);
const prepared = prepareDocument(model, lexicon.unitNames);
const units = evidenceUnits(prepared, zoneDocument(prepared));
const matches = matchUnits(units, profiles, lexicon);
const byUnit = new Map<unknown, typeof matches>();
for (const m of matches) byUnit.set(m.unit, [...(byUnit.get(m.unit) ?? []), m]);
for (const [unit, list] of byUnit) {
  const mine = list.find((m) => m.itemId === itemId);
  const words = profiles.find((p) => p.item.id === itemId);
  const u = unit as (typeof units)[number];
  const shares = words ? [...u.features.keys()].filter((f) => words.weights.has(f)) : [];
  if (!mine && shares.length < 2) continue;
  console.log(`\n¶${u.anchor} ${u.zone} clauses=${u.clauses().length} acts=${[...u.acts]} ${u.text.slice(0, 220)}`);
  console.log(`   items: ${list.map((m) => `${m.itemId}:${m.score.toFixed(1)}${m.unique ? 'u' : ''}${m.dominant ? 'd' : ''}`).join(' ')}`);
  if (!mine) console.log(`   ${itemId} shares: ${shares.join(', ')}`);
  else console.log(`   ${itemId} matched: ${mine.matched.join(', ')}`);
}
