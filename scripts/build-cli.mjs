// Bundles the pctn command into build/pctn.cjs (run by "prepare" on npm ci, and by npm run build).
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
await build({
  entryPoints: ['src/cli/index.ts'],
  outfile: 'build/pctn.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'linked',
  define: { PCTN_VERSION: JSON.stringify(version) },
  // The spreadsheet writer is loaded from node_modules when --xlsx asks for it, not parsed at every start.
  external: ['exceljs'],
  logLevel: 'warning',
});
