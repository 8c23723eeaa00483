/**
 * Speed of the .docx reader on hostile or huge input: the figures the unit tests in test/docx check for correctness
 * only. Prints milliseconds per case and, for the attribute scan, how the time grows with the input (linear: the
 * ratio per doubling stays near 2). Usage: npx tsx scripts/bench/hostile.ts
 */
import { performance } from 'node:perf_hooks';
import { deflateSync } from 'fflate';
import { DocxReadError, readDocx } from '../../src/docx';
import { parseXml } from '../../src/docx/xml';
import { listEntries, readEntry } from '../../src/docx/zip';
import { p, rawDocx, zipOf } from '../../test/docx/helpers';

const encode = (xml: string) => new TextEncoder().encode(xml);

/** Best of `rounds` runs, in milliseconds: the least disturbed by other load on the machine. */
function best(run: () => unknown, rounds = 3): number {
  let fastest = Infinity;
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    run();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

function refused(run: () => unknown): () => void {
  return () => {
    try {
      run();
    } catch (error) {
      if (error instanceof DocxReadError) return;
      throw error;
    }
    throw new Error('expected a DocxReadError');
  };
}

const line = (name: string, ms: number, extra = '') => console.log(`${name.padEnd(58)} ${ms.toFixed(1).padStart(8)} ms ${extra}`);

const paragraphs = rawDocx({ body: Array.from({ length: 50_000 }, (_, i) => p(`${i + 1}. Nội dung công việc thứ ${i + 1} về phòng, chống tham nhũng`)).join('') });
line('readDocx, 50,000 paragraphs', best(() => readDocx(paragraphs)));

const paragraph = '<w:p><w:pPr><w:jc w:val="both"/></w:pPr><w:r><w:t xml:space="preserve">- Công khai dự toán ngân sách năm 2023 &amp; quyết toán.</w:t></w:r></w:p>';
const body = encode(`<w:body>${paragraph.repeat(50_000)}</w:body>`);
line('parseXml, 50,000 paragraphs in one part', best(() => parseXml(body, 'word/document.xml', 1000)));

let previous = 0;
for (const count of [5_000, 10_000, 20_000, 40_000]) {
  const xml = encode(`<w:p ${Array.from({ length: count }, (_, i) => `a${i}="${i}"`).join(' ')}/>`);
  const ms = best(() => parseXml(xml, 'word/document.xml', 1000));
  line(`parseXml, one tag with ${count.toLocaleString('en')} attributes`, ms, previous ? `(×${(ms / previous).toFixed(2)} for ×2 input)` : '');
  previous = ms;
}

const nested = encode('<w:sdt>'.repeat(100_000) + '</w:sdt>'.repeat(100_000));
line('parseXml, 100,000 nested elements (refused at depth 1000)', best(refused(() => parseXml(nested, 'word/document.xml', 1000))));

const bomb = deflateSync(new Uint8Array(50 * 1024 * 1024), { level: 9 });
const lying = zipOf(bomb, 2048);
const [entry] = listEntries(lying);
line(`zip entry of ${(bomb.length / 1024).toFixed(0)} KB inflating to 50 MB, declared 2 KB (refused)`, best(refused(() => readEntry(lying, entry!, 100 * 1024 * 1024))));
