#!/usr/bin/env node
// npm run test:e2e [-- --no-build] [-- FILE.e2e.mjs ...]
// Builds production (unless --no-build): dist/, and the --env officeJs=local variant in test-results/. Serves each
// on 127.0.0.1 at a free port and runs test/e2e/*.e2e.mjs with node's test runner in Debian's headless chromium
// (E2E_BASE_URL and E2E_OFFICE_LOCAL_URL tell the tests where).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from '../test/e2e/static-server.mjs';
import { CHROMIUM_PATH } from '../test/e2e/support.mjs';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const e2eDir = path.join(projectRoot, 'test', 'e2e');
const distDir = path.join(projectRoot, 'dist');
const officeLocalDir = path.join(projectRoot, 'test-results', 'dist-office-local');

function run(command, args, env = process.env) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: projectRoot, stdio: 'inherit', env });
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

function fail(vi, en) {
  console.error(`\n${vi}\n${en}\n`);
  process.exit(1);
}

async function main() {
  const args = process.argv.slice(2);
  const build = !args.includes('--no-build');
  const unknown = args.filter((arg) => arg.startsWith('--') && arg !== '--no-build');
  if (unknown.length > 0) fail(`Tuỳ chọn không hợp lệ: ${unknown.join(' ')}`, `Unknown option: ${unknown.join(' ')} (known: --no-build)`);
  const wanted = args.filter((arg) => !arg.startsWith('--'));

  if (!existsSync(CHROMIUM_PATH)) {
    fail(
      `Không tìm thấy Chromium tại ${CHROMIUM_PATH}. Cài bằng: apt-get update && apt-get install -y chromium`,
      `Chromium was not found at ${CHROMIUM_PATH}. Install it with: apt-get update && apt-get install -y chromium`,
    );
  }

  if (build) {
    const webpackCli = path.join(projectRoot, 'node_modules', 'webpack', 'bin', 'webpack.js');
    const code = await run(process.execPath, [webpackCli, '--mode', 'production']);
    if (code !== 0) fail('Build production thất bại.', 'The production build failed.');
    // The air-gapped variant (office.js served from the add-in's own origin), built beside the tests' results.
    const localCode = await run(process.execPath, [webpackCli, '--mode', 'production', '--env', 'officeJs=local', '--output-path', officeLocalDir]);
    if (localCode !== 0) fail('Build production với office.js cục bộ thất bại.', 'The production build with local office.js failed.');
  }
  for (const page of ['taskpane.html', 'playground.html']) {
    if (!existsSync(path.join(distDir, page))) {
      fail(`Thiếu dist/${page}: hãy chạy lại không có --no-build.`, `dist/${page} is missing: run again without --no-build.`);
    }
  }

  let files = readdirSync(e2eDir).filter((name) => name.endsWith('.e2e.mjs')).sort();
  if (wanted.length > 0) files = files.filter((name) => wanted.some((w) => name === path.basename(w)));
  if (files.length === 0) fail('Không có tệp kiểm thử e2e nào khớp.', 'No e2e test file matched.');

  const server = await startStaticServer(distDir);
  const localServer = existsSync(path.join(officeLocalDir, 'taskpane.html')) ? await startStaticServer(officeLocalDir) : undefined;
  console.log(`Serving dist/ at ${server.url}`);
  if (localServer) console.log(`Serving the local-office.js build at ${localServer.url}`);
  try {
    const code = await run(
      process.execPath,
      ['--test', '--test-concurrency=1', ...files.map((name) => path.join(e2eDir, name))],
      { ...process.env, E2E_BASE_URL: server.url, ...(localServer ? { E2E_OFFICE_LOCAL_URL: localServer.url } : {}) },
    );
    process.exitCode = code;
  } finally {
    await server.close();
    await localServer?.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
