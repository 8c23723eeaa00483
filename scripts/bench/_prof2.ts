import { readFileSync } from 'node:fs';
import { readDocx } from '../../src/docx';
const bytes = new Uint8Array(readFileSync('test/fixtures/corpus/w1-01.docx'));
for (let i = 0; i < 300; i++) readDocx(bytes);
