/** What a command may touch: its streams and the file system, passed in so that tests can run commands in-process. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Reads a regular file no larger than the input limit; refuses folders, devices, pipes and sockets. */
  readFile: (path: string) => Uint8Array;
  /** Whether anything (a file, a folder, a link) is at the path; nothing is read. */
  exists: (path: string) => boolean;
  /** The .docx files directly inside a folder, sorted; null when the path is not a folder. */
  listDocx?: (path: string) => string[] | null;
  /** Writes a new file; replaces an existing one only when `overwrite` (never through a symbolic link). */
  writeFile: (path: string, data: Uint8Array | string, overwrite?: boolean) => void;
}

export type Lang = 'vi' | 'en';

/** Exit codes: 0 all well; 1 the check found something missing; 2 bad usage or an unreadable file. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;
