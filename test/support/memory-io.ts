import { readFileSync } from 'node:fs';
import type { CliIO } from '../../src/cli/io';

/** A CliIO that captures output and reads real files (or the given in-memory ones). */
export function memoryIO(files: Record<string, Uint8Array | string> = {}): CliIO & { out: () => string; err: () => string; written: Map<string, Uint8Array | string> } {
  let out = '';
  let err = '';
  const written = new Map<string, Uint8Array | string>();
  const { nodeIO } = jest.requireActual('../../src/cli/node-io') as typeof import('../../src/cli/node-io');
  return {
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => {
      err += text;
    },
    readFile: (path) => {
      const file = files[path];
      if (file === undefined) return nodeIO.readFile(path);
      return typeof file === 'string' ? new TextEncoder().encode(file) : file;
    },
    exists: (path) => files[path] !== undefined || written.has(path) || nodeIO.exists(path),
    listDocx: (path) => nodeIO.listDocx!(path),
    writeFile: (path, data) => {
      written.set(path, data);
    },
    out: () => out,
    err: () => err,
    written,
  };
}

export const readFixture = (path: string): Uint8Array => readFileSync(path);
