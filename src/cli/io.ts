/** What a command may touch: its streams and the file system, passed in so that tests can run commands in-process. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readFile: (path: string) => Uint8Array;
  /** Writes a new file; replaces an existing one only when `overwrite` (never through a symbolic link). */
  writeFile: (path: string, data: Uint8Array | string, overwrite?: boolean) => void;
}

export type Lang = 'vi' | 'en';

/** Exit codes: 0 all well; 1 the check found something missing; 2 bad usage or an unreadable file. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;
