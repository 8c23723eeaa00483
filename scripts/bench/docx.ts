/**
 * Speed of readDocx against mammoth.extractRawText on the same files in the same run.
 * Usage: npx tsx scripts/bench/docx.ts [files...]   (default: test/fixtures/corpus/*.docx plus a generated
 * 5,000-paragraph report). Prints paragraphs per second of each and the ratio.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import mammoth from 'mammoth';
import { readDocx } from '../../src/docx';

interface Sample {
  name: string;
  bytes: Uint8Array;
}

/** A report of `count` paragraphs in the usual I / 1 / a) / - shape, with split runs like real drafts. */
export async function generateReport(count: number): Promise<Uint8Array> {
  const children: Paragraph[] = [];
  const roman = ['I', 'II', 'III', 'IV', 'V', 'VI'];
  for (let i = 0; children.length < count; i++) {
    const section = roman[i % roman.length] as string;
    children.push(new Paragraph({ children: [new TextRun({ text: `${section}. KẾT QUẢ CÔNG TÁC PHÒNG, CHỐNG THAM NHŨNG PHẦN ${i + 1}`, bold: true })] }));
    for (let j = 1; j <= 4 && children.length < count; j++) {
      children.push(new Paragraph({ children: [new TextRun({ text: `${j}. Công tác tuyên truyền, phổ biến pháp luật về phòng, chống tham nhũng`, bold: true })] }));
      for (let k = 0; k < 8 && children.length < count; k++) {
        children.push(
          new Paragraph({
            alignment: AlignmentType.JUSTIFIED,
            children: [
              new TextRun('- Trong kỳ, đơn vị đã ban hành 0'),
              new TextRun(`${k + 1} văn bản chỉ đạo, tổ chức quán triệt Luật Phòng, chống tham nhũng năm 2018 cho `),
              new TextRun({ text: 'công chức, viên chức', italics: true }),
              new TextRun(' và người lao động; công khai dự toán ngân sách theo đúng quy định.'),
            ],
          }),
        );
      }
    }
  }
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

function defaultSamples(): Sample[] {
  const folder = join(__dirname, '..', '..', 'test', 'fixtures', 'corpus');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.docx'))
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(folder, name))) }));
}

async function timeIt(run: () => Promise<unknown> | unknown, minimumMs = 400): Promise<number> {
  await run();
  let iterations = 0;
  const start = performance.now();
  while (performance.now() - start < minimumMs) {
    await run();
    iterations++;
  }
  return (performance.now() - start) / iterations;
}

async function main(): Promise<void> {
  const files = process.argv.slice(2);
  const samples: Sample[] = files.length > 0
    ? files.map((file) => ({ name: file, bytes: new Uint8Array(readFileSync(file)) }))
    : [...defaultSamples(), { name: 'generated-5000.docx', bytes: await generateReport(5000) }];

  let ourMs = 0;
  let mammothMs = 0;
  let paragraphs = 0;
  console.log('file                          paragraphs   readDocx ms   mammoth ms   ratio');
  for (const sample of samples) {
    const count = readDocx(sample.bytes).paragraphs.length;
    const ours = await timeIt(() => readDocx(sample.bytes));
    const theirs = await timeIt(() => mammoth.extractRawText({ buffer: Buffer.from(sample.bytes) }));
    ourMs += ours;
    mammothMs += theirs;
    paragraphs += count;
    console.log(`${sample.name.padEnd(30)}${String(count).padStart(10)}${ours.toFixed(2).padStart(14)}${theirs.toFixed(2).padStart(13)}${(theirs / ours).toFixed(2).padStart(8)}×`);
  }
  const ourRate = (paragraphs / ourMs) * 1000;
  const mammothRate = (paragraphs / mammothMs) * 1000;
  console.log(`\nreadDocx: ${Math.round(ourRate).toLocaleString('en')} paragraphs/s`);
  console.log(`mammoth.extractRawText: ${Math.round(mammothRate).toLocaleString('en')} paragraphs/s`);
  console.log(`ratio: ${(ourRate / mammothRate).toFixed(2)}× mammoth (goal: at least 3×)`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
