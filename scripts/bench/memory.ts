// Peak memory and time of `pctn check` on the largest inputs the limits let through: a 20 MB paragraph, 49,000 short
// paragraphs, ~58 MB of long paragraphs (each checked in its own process; the goal is under 1 GB each).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const SENTENCE = 'Văn phòng đã đăng tải 12 tin, bài về phòng, chống tham nhũng trên Trang thông tin điện tử của Sở; rà soát quy chế chi tiêu nội bộ năm 2023. ';
const paragraph = (text: string) =>
  `<w:p><w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

function docx(body: string): Uint8Array {
  return zipSync(
    {
      '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
      '_rels/.rels': strToU8('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
      'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${body}<w:sectPr/></w:body></w:document>`),
    },
    { level: 6 },
  );
}

const inputs: [string, () => string][] = [
  ['one 20 MB paragraph', () => paragraph('SỞ NỘI VỤ') + paragraph(SENTENCE.repeat(Math.ceil(20_000_000 / SENTENCE.length)))],
  ['49,000 short paragraphs', () => paragraph(SENTENCE).repeat(49_000)],
  ['38,000 paragraphs of 1,100 characters', () => paragraph(SENTENCE.repeat(8)).repeat(38_000)],
];

const root = path.join(__dirname, '..', '..');
const dir = mkdtempSync(path.join(tmpdir(), 'pctn-memory-'));
try {
  console.log('input                                   file MB  peak MB   seconds  exit');
  for (const [name, body] of inputs) {
    const file = path.join(dir, 'input.docx');
    writeFileSync(file, docx(body()));
    const started = Date.now();
    const child = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'test/support/cli-peak-memory.ts'), 'check', '--json', file], { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const seconds = (Date.now() - started) / 1000;
    const peak = Number(/PEAK_RSS_KB (\d+)/.exec(child.stderr)?.[1] ?? NaN) / 1024;
    console.log(`${name.padEnd(40)}${(statSync(file).size / 1e6).toFixed(2).padStart(7)}${peak.toFixed(0).padStart(9)}${seconds.toFixed(1).padStart(10)}${String(child.status).padStart(6)}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
