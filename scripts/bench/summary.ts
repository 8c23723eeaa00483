// Benchmark: `pctn summary` on 100 reports next to `pctn check --json` on the same files (the commands as users run
// them, in-process, writing nothing to disk). Prints figures only; nothing here passes or fails on a time.
import { copyFileSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run } from '../../src/cli/main';
import type { CliIO } from '../../src/cli/io';
import { nodeIO } from '../../src/cli/node-io';

const corpus = path.join(__dirname, '..', '..', 'test', 'fixtures', 'corpus');
const sources = readdirSync(corpus).filter((f) => f.endsWith('.docx'));
const dir = mkdtempSync(path.join(tmpdir(), 'pctn-bench-summary-'));
for (let i = 0; i < 100; i += 1) copyFileSync(path.join(corpus, sources[i % sources.length]!), path.join(dir, `r${String(i).padStart(3, '0')}.docx`));
const files = readdirSync(dir).map((f) => path.join(dir, f));
const quiet: CliIO = { ...nodeIO, stdout: () => undefined, stderr: () => undefined, writeFile: () => undefined };

async function time(args: string[]): Promise<number> {
  const start = process.hrtime.bigint();
  await run(args, quiet);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function main(): Promise<void> {
  await time(['check', '--json', ...files.slice(0, 5)]);
  const checks: number[] = [];
  const summaries: number[] = [];
  const full: number[] = [];
  for (let round = 0; round < 3; round += 1) {
    checks.push(await time(['check', '--json', ...files]));
    summaries.push(await time(['summary', '--json', dir]));
    full.push(await time(['summary', '--xlsx', path.join(dir, 'x.xlsx'), '--csv', path.join(dir, 'x.csv'), '--draft', path.join(dir, 'x.docx'), '--period', 'Q1', dir]));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const check = median(checks);
  console.log(`100 reports: pctn check --json ${check.toFixed(0)} ms; pctn summary --json ${median(summaries).toFixed(0)} ms (${(median(summaries) / check).toFixed(2)}× check); with --xlsx --csv --draft ${median(full).toFixed(0)} ms (${(median(full) / check).toFixed(2)}×)`);
}

void main();
