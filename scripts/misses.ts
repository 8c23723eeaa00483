// npx tsx scripts/misses.ts DIR...: for each wrong decision on a kit-written labelled folder (reports/<id>.ts beside
// the labels), the passages the writer marked for the task (missed) or the checker's evidence (extra). For engineers
// reading their development sets only.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkReport } from '../src/check';
import { labelledReports, planOf } from './labelled-folder';

interface Block {
  kind: string;
  text?: string | { text: string; deleted?: boolean }[];
  covers?: string[];
  rows?: { cells: string[]; covers?: string[] }[];
}

const flat = (t: Block['text']) => (typeof t === 'string' ? t : (t ?? []).filter((s) => !s.deleted).map((s) => s.text).join(''));

async function main() {
  for (const dir of process.argv.slice(2)) {
    const plan = planOf(dir);
    for (const { label, model } of labelledReports(dir)) {
      if (model instanceof Error) continue;
      const specFile = path.join(dir, 'reports', `${label.id}.ts`);
      const spec = existsSync(specFile) ? ((await import(pathToFileURL(specFile).href)) as { report: { blocks: Block[] } }).report : null;
      for (const item of checkReport(plan, model).items) {
        const labelled = label.addressed.includes(item.id);
        if (labelled === item.addressed) continue;
        console.log(`\n${label.id} ${label.author_unit} ${item.id} ${labelled ? 'MISSED' : 'EXTRA'} score ${item.score.toFixed(1)}`);
        if (labelled && spec) {
          for (const b of spec.blocks) {
            if (b.covers?.includes(item.id)) console.log(`   writer: ${flat(b.text).slice(0, 260)}`);
            for (const r of b.rows ?? []) if (r.covers?.includes(item.id)) console.log(`   writer row: ${r.cells.join(' | ').slice(0, 260)}`);
          }
        } else if (!labelled) {
          for (const e of item.evidence) console.log(`   checker: ${(e.clause ?? e.text).slice(0, 260)}  [${e.matched.join(', ')}]`);
        }
      }
    }
  }
}
void main();
