/** What browsers have and jsdom lacks, for the modules the pane loads (the .docx reader decodes with TextDecoder). Import first. */
import { TextDecoder, TextEncoder } from 'node:util';

const scope = globalThis as Record<string, unknown>;
scope.TextDecoder ??= TextDecoder;
scope.TextEncoder ??= TextEncoder;
