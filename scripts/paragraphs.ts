import { readFileSync } from 'node:fs';
import { readDocx } from '../src/docx';
const [file, ...idx] = process.argv.slice(2);
const doc = readDocx(new Uint8Array(readFileSync(file!)), { name: file! });
const ps = doc.paragraphs;
const want = idx.length ? idx.map(Number) : ps.map((_, i) => i);
for (const i of want) console.log(i, '|', ps[i]?.text);
