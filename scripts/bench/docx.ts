/**
 * Speed of readDocx against mammoth.extractRawText on the same files in the same run.
 * Usage: npx tsx scripts/bench/docx.ts [--rounds N] [files...]   (default: test/fixtures/corpus/*.docx plus a
 * generated 5,000-paragraph report). Prints paragraphs per second of each and the ratio.
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

/** Milliseconds per call of `run`, averaged over as many calls as fit in `budgetMs` (at least one). */
async function msPerCall(run: () => Promise<unknown> | unknown, budgetMs: number): Promise<number> {
  let calls = 0;
  const start = performance.now();
  do {
    await run();
    calls++;
  } while (performance.now() - start < budgetMs);
  return (performance.now() - start) / calls;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

interface Timing {
  paragraphs: number;
  ours: number[];
  theirs: number[];
}

/**
 * The two readers take turns, round after round, on each file, so that a burst of load from other processes on
 * the machine falls on both; the figures are the median round (typical) and the best round (least disturbed).
 */
async function timeSample(sample: Sample, rounds: number, budgetMs: number): Promise<Timing> {
  const ours = () => readDocx(sample.bytes);
  const theirs = () => mammoth.extractRawText({ buffer: Buffer.from(sample.bytes) });
  const timing: Timing = { paragraphs: ours().paragraphs.length, ours: [], theirs: [] };
  await msPerCall(ours, budgetMs / 2);
  await msPerCall(theirs, budgetMs / 2);
  for (let round = 0; round < rounds; round++) {
    timing.ours.push(await msPerCall(ours, budgetMs));
    timing.theirs.push(await msPerCall(theirs, budgetMs));
  }
  return timing;
}

function rate(paragraphs: number, ms: number): string {
  return Math.round((paragraphs / ms) * 1000).toLocaleString('en');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const roundsFlag = args.indexOf('--rounds');
  const rounds = roundsFlag === -1 ? 5 : Math.max(1, Number(args[roundsFlag + 1]) || 5);
  const files = args.filter((arg, i) => arg !== '--rounds' && (roundsFlag === -1 || i !== roundsFlag + 1));
  const samples: Sample[] = files.length > 0
    ? files.map((file) => ({ name: file, bytes: new Uint8Array(readFileSync(file)) }))
    : [...defaultSamples(), { name: 'generated-5000.docx', bytes: await generateReport(5000) }];

  const totals = { paragraphs: 0, ours: 0, theirs: 0, oursBest: 0, theirsBest: 0 };
  console.log(`${rounds} alternating rounds per file; median round shown`);
  console.log('file                          paragraphs   readDocx ms   mammoth ms   ratio');
  for (const sample of samples) {
    const timing = await timeSample(sample, rounds, 100);
    const ours = median(timing.ours);
    const theirs = median(timing.theirs);
    totals.paragraphs += timing.paragraphs;
    totals.ours += ours;
    totals.theirs += theirs;
    totals.oursBest += Math.min(...timing.ours);
    totals.theirsBest += Math.min(...timing.theirs);
    console.log(`${sample.name.padEnd(30)}${String(timing.paragraphs).padStart(10)}${ours.toFixed(2).padStart(14)}${theirs.toFixed(2).padStart(13)}${(theirs / ours).toFixed(2).padStart(8)}×`);
  }
  console.log(`\nreadDocx: ${rate(totals.paragraphs, totals.ours)} paragraphs/s`);
  console.log(`mammoth.extractRawText: ${rate(totals.paragraphs, totals.theirs)} paragraphs/s`);
  console.log(`ratio: ${(totals.theirs / totals.ours).toFixed(2)}× mammoth (goal: at least 3×)`);
  console.log(`best rounds: readDocx ${rate(totals.paragraphs, totals.oursBest)}/s, mammoth ${rate(totals.paragraphs, totals.theirsBest)}/s, ratio ${(totals.theirsBest / totals.oursBest).toFixed(2)}×`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
