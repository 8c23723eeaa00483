// The checking benchmark (check.ts) as the product ships it: bundled by esbuild as `npm run build` bundles the pctn
// command (no tsx loader, no kept function names), so the figures are those of the code users run. Prints figures only.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(path.dirname(fileURLToPath(import.meta.url))));
// build/bench/ keeps the bundle two levels under the root, where check.ts finds its fixture.
const outfile = path.join(root, 'build', 'bench', 'check.cjs');
await build({ entryPoints: [path.join(root, 'scripts', 'bench', 'check.ts')], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning' });
console.log('(bundled as shipped / đóng gói như bản phát hành)');
const result = spawnSync(process.execPath, [outfile], { stdio: 'inherit', cwd: root });
process.exitCode = result.status ?? 1;
