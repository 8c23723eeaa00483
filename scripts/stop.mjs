#!/usr/bin/env node
// npm stop: ends the dev server that npm start recorded in .cache/dev-server.json and, where the add-in was
// sideloaded, unregisters it with office-addin-debugging. Exits 0 with a message when nothing runs.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { clearState, isDevServer, isRunning, manifestPath, officeAddinDebuggingCli, projectRoot, readState } from './dev-server-state.mjs';

function say(vi, en) {
  console.log(`${vi}\n${en}`);
}

async function waitForExit(pid, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (isRunning(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
  return !isRunning(pid);
}

async function main() {
  const state = readState();
  const cli = officeAddinDebuggingCli();
  if (state?.sideloaded && cli && existsSync(manifestPath)) {
    const result = spawnSync(process.execPath, [cli, 'stop', manifestPath], { cwd: projectRoot, stdio: 'inherit' });
    if (result.status !== 0) say('Không gỡ được bản nạp thử khỏi Word.', 'Could not unregister the sideloaded add-in from Word.');
  }

  if (!state || !isDevServer(state.pid)) {
    clearState();
    say('Không có máy chủ phát triển nào đang chạy.', 'No dev server is running.');
    return;
  }

  process.kill(state.pid, 'SIGTERM');
  if (!(await waitForExit(state.pid, 10_000))) {
    process.kill(state.pid, 'SIGKILL');
    await waitForExit(state.pid, 5_000);
  }
  clearState();
  say(`Đã dừng máy chủ phát triển (pid ${state.pid}).`, `Stopped the dev server (pid ${state.pid}).`);
}

main().catch((error) => {
  console.error(`Không dừng được máy chủ phát triển: ${error.message}`);
  console.error(`Could not stop the dev server: ${error.message}`);
  process.exitCode = 1;
});
