/** What browsers have and jsdom lacks, for the modules the pane loads (the .docx reader decodes with TextDecoder). Import first. */
import { TextDecoder, TextEncoder } from 'node:util';
import { deserialize, serialize } from 'node:v8';

const scope = globalThis as Record<string, unknown>;
scope.TextDecoder ??= TextDecoder;
scope.TextEncoder ??= TextEncoder;
// The playground's store copies settings with structuredClone, which every browser has.
scope.structuredClone ??= (value: unknown): unknown => deserialize(serialize(value));
