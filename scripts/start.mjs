#!/usr/bin/env node
// npm start: serve the add-in at https://localhost:3000 (webpack dev server) and, where Word desktop and the
// optional office-addin-debugging package are present (Windows, macOS), sideload it into Word. Elsewhere it
// prints the task-pane and playground addresses and keeps serving. Sideloading never makes this fail.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { get } from 'node:https';
import { createRequire } from 'node:module';
import path from 'node:path';
import {
  clearState, isDevServer, isRunning, manifestPath, officeAddinDebuggingCli, PLAYGROUND_URL, projectRoot, readState, TASKPANE_URL, writeState,
} from './dev-server-state.mjs';

const READY_TIMEOUT_MS = 180_000;

function say(vi, en) {
  console.log(`${vi}\n${en}`);
}

function printUrls() {
  say(
    `\nTrợ lý đang chạy:\n  Ngăn tác vụ (mở trong Word): ${TASKPANE_URL}\n  Trang thử không cần Word:    ${PLAYGROUND_URL}\nDừng bằng: npm stop (hoặc Ctrl+C).`,
    `\nThe assistant is being served:\n  Task pane (open in Word):  ${TASKPANE_URL}\n  Playground without Word:   ${PLAYGROUND_URL}\nStop with: npm stop (or Ctrl+C).\n`,
  );
}

/** Resolves true once the dev server answers, false if it exited or did not answer in time. */
function waitForServer(child) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  return new Promise((resolve) => {
    let exited = false;
    child.once('exit', () => {
      exited = true;
      resolve(false);
    });
    const probe = () => {
      if (exited) return;
      if (Date.now() > deadline) {
        resolve(false);
        return;
      }
      // The development certificate may be untrusted here; this only checks that the server answers.
      const request = get(TASKPANE_URL, { rejectUnauthorized: false, timeout: 2000 }, (response) => {
        response.resume();
        resolve(true);
      });
      request.on('timeout', () => request.destroy());
      request.on('error', () => setTimeout(probe, 1000));
    };
    probe();
  });
}

function wordInstalled() {
  if (process.platform === 'darwin') return existsSync('/Applications/Microsoft Word.app');
  if (process.platform === 'win32') {
    const registry = spawnSync('reg', ['query', 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\Winword.exe'], { stdio: 'ignore' });
    if (registry.status === 0) return true;
    const programFiles = [process.env.ProgramFiles, process.env['ProgramFiles(x86)']].filter(Boolean);
    return programFiles.some((dir) => existsSync(path.join(dir, 'Microsoft Office', 'root', 'Office16', 'WINWORD.EXE')));
  }
  return false;
}

/** Why sideloading cannot happen here, or undefined when it can. */
function sideloadBlocker(cli) {
  if (process.platform !== 'win32' && process.platform !== 'darwin') {
    return { vi: `nạp thử vào Word chỉ có trên Windows và macOS (máy này: ${process.platform})`, en: `sideloading into Word needs Windows or macOS (this machine: ${process.platform})` };
  }
  if (!cli) {
    return { vi: 'chưa cài gói tuỳ chọn office-addin-debugging', en: 'the optional package office-addin-debugging is not installed' };
  }
  if (!existsSync(manifestPath)) return { vi: 'không thấy manifest.xml', en: 'manifest.xml was not found' };
  if (!wordInstalled()) return { vi: 'không tìm thấy Word trên máy', en: 'Word was not found on this machine' };
  return undefined;
}

/**
 * office-addin-usage-data 3.x (what office-addin-debugging 7 uses) no longer sends anything; older copies did,
 * until "office-addin-usage-data off" recorded the opt-out in ~/office-addin-usage-data.json. Turn it off there.
 */
function turnUsageDataOff(cli) {
  try {
    const requireFromDebugging = createRequire(cli);
    const usageDataPackage = requireFromDebugging.resolve('office-addin-usage-data/package.json');
    const { version } = JSON.parse(readFileSync(usageDataPackage, 'utf8'));
    if (Number.parseInt(version, 10) >= 3) return;
    spawnSync(process.execPath, [path.join(path.dirname(usageDataPackage), 'cli.js'), 'off'], { stdio: 'inherit' });
  } catch (error) {
    console.warn(`office-addin-usage-data: ${error.message}`);
  }
}

function sideload(cli) {
  turnUsageDataOff(cli);
  const result = spawnSync(
    process.execPath,
    [cli, 'start', manifestPath, 'desktop', '--app', 'word', '--dev-server-port', '3000'],
    { cwd: projectRoot, stdio: 'inherit' },
  );
  return result.status === 0;
}

async function main() {
  const previous = readState();
  if (previous && isDevServer(previous.pid)) {
    say(`Máy chủ phát triển đã chạy (pid ${previous.pid}).`, `The dev server is already running (pid ${previous.pid}).`);
    printUrls();
    return;
  }

  const webpackCli = path.join(projectRoot, 'node_modules', 'webpack', 'bin', 'webpack.js');
  const child = spawn(process.execPath, [webpackCli, 'serve', '--mode', 'development'], { cwd: projectRoot, stdio: 'inherit' });
  writeState({ pid: child.pid, launcherPid: process.pid, sideloaded: false });

  const stopChild = () => {
    if (isRunning(child.pid)) child.kill('SIGTERM');
  };
  process.on('SIGINT', stopChild);
  process.on('SIGTERM', stopChild);
  child.once('exit', (code, signal) => {
    clearState();
    if (signal || code === 0) say('Máy chủ phát triển đã dừng.', 'The dev server stopped.');
    else say(`Máy chủ phát triển thoát với mã ${code}.`, `The dev server exited with code ${code}.`);
    process.exit(signal ? 0 : code ?? 0);
  });

  const ready = await waitForServer(child);
  if (!ready) {
    if (isRunning(child.pid)) {
      say('Máy chủ phát triển không phản hồi kịp; đang dừng nó.', 'The dev server did not answer in time; stopping it.');
      stopChild();
    }
    return;
  }

  const cli = officeAddinDebuggingCli();
  const blocker = sideloadBlocker(cli);
  if (blocker) {
    say(`\nKhông nạp thử vào Word: ${blocker.vi}.`, `Not sideloading into Word: ${blocker.en}.`);
  } else if (sideload(cli)) {
    writeState({ pid: child.pid, launcherPid: process.pid, sideloaded: true });
  } else {
    say('\nNạp thử vào Word không thành công; máy chủ vẫn chạy.', 'Sideloading into Word failed; the server keeps running.');
  }
  printUrls();
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
