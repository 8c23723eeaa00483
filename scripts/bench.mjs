// npm run bench: runs every benchmark in scripts/bench/ and prints its figures. Benchmarks measure; they never fail on a time.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dir = path.join(root, 'scripts', 'bench');
const only = process.argv.slice(2);
const benches = readdirSync(dir)
  .filter((f) => /\.(ts|mjs)$/.test(f))
  .filter((f) => only.length === 0 || only.some((name) => f.startsWith(name)))
  .sort();
let failed = 0;
for (const file of benches) {
  console.log(`\n=== ${file}`);
  const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
  const result = spawnSync(file.endsWith('.ts') ? tsx : process.execPath, [path.join(dir, file)], { stdio: 'inherit', cwd: root });
  if (result.status !== 0) {
    failed += 1;
    console.error(`Benchmark ${file} không chạy được / did not run (exit ${result.status}).`);
  }
}
process.exitCode = failed ? 1 : 0;
