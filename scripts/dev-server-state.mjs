// Where `npm start` records the dev server it started, so `npm stop` can end exactly that process.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const stateFile = path.join(projectRoot, '.cache', 'dev-server.json');
export const manifestPath = path.join(projectRoot, 'manifest.xml');
export const TASKPANE_URL = 'https://localhost:3000/taskpane.html';
export const PLAYGROUND_URL = 'https://localhost:3000/playground.html';

/** @param {{ pid: number, sideloaded: boolean }} state */
export function writeState(state) {
  mkdirSync(path.dirname(stateFile), { recursive: true });
  writeFileSync(stateFile, JSON.stringify({ ...state, startedAt: new Date().toISOString() }, null, 2));
}

/** @returns {{ pid: number, sideloaded: boolean } | undefined} */
export function readState() {
  try {
    const state = JSON.parse(readFileSync(stateFile, 'utf8'));
    return Number.isInteger(state.pid) && state.pid > 0 ? state : undefined;
  } catch {
    return undefined;
  }
}

export function clearState() {
  rmSync(stateFile, { force: true });
}

/** Where the OS tells (Linux), also checks the pid is still a webpack process, not a reused pid. */
export function isDevServer(pid) {
  if (!isRunning(pid)) return false;
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('webpack');
  } catch {
    return true;
  }
}

export function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** The office-addin-debugging CLI when the optional dependency is installed. */
export function officeAddinDebuggingCli() {
  const cli = path.join(projectRoot, 'node_modules', 'office-addin-debugging', 'cli.js');
  try {
    readFileSync(cli);
    return cli;
  } catch {
    return undefined;
  }
}
