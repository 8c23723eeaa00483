// The engine in Node, for comparing what the page shows with an independent run: src/check + src/docx + src/plan
// bundled by esbuild into a temporary CommonJS file (the e2e runner is plain node ESM and cannot import TypeScript).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CORPUS_DIR = path.join(projectRoot, 'test', 'fixtures', 'corpus');

export async function loadEngine() {
  const dir = mkdtempSync(path.join(tmpdir(), 'pctn-e2e-engine-'));
  const outfile = path.join(dir, 'engine.cjs');
  try {
    await build({
      stdin: {
        contents: "export { readDocx } from './src/docx'; export { checkReport } from './src/check'; export { plan2023 } from './src/plan'; export { importPlan } from './src/plan/import/assemble'; export { writeDocx } from './src/docx/write'; export { reportTemplate } from './src/compose';",
        resolveDir: projectRoot,
        loader: 'ts',
      },
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      outfile,
      logLevel: 'error',
    });
    return createRequire(outfile)(outfile);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The engine's result for a .docx file (bytes or a corpus id), with the options the page uses. */
export function checkFile(engine, source, options) {
  const bytes = typeof source === 'string' ? readFileSync(path.join(CORPUS_DIR, `${source}.docx`)) : source;
  const document = engine.readDocx(new Uint8Array(bytes));
  return { document, result: engine.checkReport(engine.plan2023, document, options) };
}

/** Tasks the pane shows as missing; those a passage speaks of in part are "to review" (reviewIds). */
export const missingIds = (result) => result.items.filter((item) => item.required && !item.addressed && !item.unsure).map((item) => item.id);
export const reviewIds = (result) => result.items.filter((item) => item.required && !item.addressed && item.unsure).map((item) => item.id);
