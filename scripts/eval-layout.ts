// npm run eval:layout -- DIR ...: the Nghị định 30 layout findings on .docx files whose defects a person listed
// (DIR/labels.json: { "file.docx": [{ "kind": "margins", "what": "..." }] }): precision and recall by kind, and what the
// one-click fixes leave after they are written into the file.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkReport } from '../src/check';
import type { Finding } from '../src/check/types';
import { readDocx } from '../src/docx';
import { patchDocxFixes, placeIn, toDocxFixes, type DocxFix } from '../src/docx/patch-fixes';
import { plan2023 } from '../src/plan';

const KINDS = ['paper', 'margins', 'font', 'body-size', 'national-title', 'motto', 'number', 'place-date', 'recipients'] as const;

/** The kinds of defect a layout finding claims. */
function kindsOf(finding: Finding): string[] {
  switch (finding.rule) {
    case 'layout-national-title': {
      const kinds: string[] = [];
      if (/Quốc hiệu/.test(finding.message.vi)) kinds.push('national-title');
      if (/Tiêu ngữ/.test(finding.message.vi)) kinds.push('motto');
      return kinds;
    }
    case 'layout-paper':
    case 'layout-margins':
    case 'layout-font':
    case 'layout-body-size':
    case 'layout-number':
    case 'layout-place-date':
    case 'layout-recipients':
      return [finding.rule.slice('layout-'.length)];
    default:
      return [];
  }
}

const layoutOf = (bytes: Uint8Array) => {
  const model = readDocx(bytes);
  return { model, findings: checkReport(plan2023, model).findings.filter((f) => f.rule.startsWith('layout-')) };
};

let tp = 0;
let fp = 0;
let fn = 0;
let fixable = 0;
let fixedAway = 0;
const byKind = new Map<string, { tp: number; fp: number; fn: number }>(KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }]));
for (const dir of process.argv.slice(2)) {
  const labels = JSON.parse(readFileSync(path.join(dir, 'labels.json'), 'utf8')) as Record<string, { kind: string; what: string }[]>;
  for (const [file, defects] of Object.entries(labels)) {
    const bytes = new Uint8Array(readFileSync(path.join(dir, file)));
    const { model, findings } = layoutOf(bytes);
    const claimed = new Set(findings.flatMap(kindsOf));
    const truth = new Set(defects.map((d) => d.kind));
    const line: string[] = [];
    for (const kind of new Set([...claimed, ...truth])) {
      const row = byKind.get(kind) ?? { tp: 0, fp: 0, fn: 0 };
      byKind.set(kind, row);
      if (claimed.has(kind) && truth.has(kind)) {
        tp += 1;
        row.tp += 1;
      } else if (claimed.has(kind)) {
        fp += 1;
        row.fp += 1;
        line.push(`false ${kind}`);
      } else {
        fn += 1;
        row.fn += 1;
        line.push(`missed ${kind}`);
      }
    }
    // The one-click fixes, written into the file: which of the fixable findings are gone after.
    const place = placeIn(model);
    const withFix = findings.filter((f) => f.action?.kind === 'fixFormat');
    const fixes: DocxFix[] = withFix.flatMap((f) => (f.action?.kind === 'fixFormat' ? toDocxFixes(f.action.fix, place).fixes : []));
    let left: string[] = [];
    if (fixes.length) {
      const patched = patchDocxFixes(bytes, fixes, { author: 'eval', date: '2026-01-01T00:00:00Z' });
      const after = new Set(layoutOf(patched.bytes).findings.map((f) => f.rule));
      left = withFix.map((f) => f.rule).filter((rule) => after.has(rule));
      fixable += withFix.length;
      fixedAway += withFix.length - left.length;
    }
    console.log(`${file.padEnd(28)} ${line.length ? line.join(', ') : 'right'}${left.length ? ` | fix left: ${left.join(', ')}` : ''}`);
  }
}
const p = tp / Math.max(1, tp + fp);
const r = tp / Math.max(1, tp + fn);
console.log(`\nlayout findings by kind: precision ${p.toFixed(3)} recall ${r.toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn})`);
for (const [kind, row] of byKind) if (row.tp + row.fp + row.fn) console.log(`  ${kind.padEnd(15)} tp ${row.tp} fp ${row.fp} fn ${row.fn}`);
console.log(`one-click fixes written into the files: ${fixedAway} of ${fixable} findings gone after`);
