// Benchmark: checking a long report against the plan, next to one normalization pass over the same text.
// Prints figures only; nothing here passes or fails on a time.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readDocx } from '../../src/docx';
import { toDocumentModel } from '../../src/document';
import type { DocumentModel, RawParagraph } from '../../src/document/model';
import { checkReport } from '../../src/check';
import { plan2023 } from '../../src/plan';
import { normalizeForMatch } from '../../src/text';

const fixture = path.join(__dirname, '..', '..', 'test', 'fixtures', 'corpus', 'w2-02.docx');
const sample = readDocx(readFileSync(fixture));
const header = sample.paragraphs.slice(0, 12);
const body = sample.paragraphs.slice(12, -12);
const footer = sample.paragraphs.slice(-12);

/** A report of about n paragraphs: the sample's header, its body repeated, its closing. */
function longReport(n: number): DocumentModel {
  const raw: RawParagraph[] = [...header];
  while (raw.length < n - footer.length) raw.push(body[raw.length % body.length]!);
  raw.push(...footer);
  return toDocumentModel(raw.map(({ text, listLabel, listLevel, styleId, styleName, builtInHeading, outlineLevel, bold, allCaps, italic, alignment, table }) => ({ text, listLabel, listLevel, styleId, styleName, builtInHeading, outlineLevel, bold, allCaps, italic, alignment, table })), { host: 'docx' });
}

/** The middle of the samples. */
function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function elapsed(fn: () => void): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const sizes = [500, 1000, 2500, 5000];
const models = new Map(sizes.map((n) => [n, longReport(n)]));
// The first call of a process also compiles the engine's code: timed on its own, then the code is warmed on the smallest
// report so that the table below measures checking, the same for every size (the add-in checks again and again).
const first = models.get(sizes[0]!)!;
const firstTexts = first.paragraphs.map((p) => p.text);
const coldNormalize = elapsed(() => firstTexts.forEach((t) => normalizeForMatch(t)));
const coldCheck = elapsed(() => checkReport(plan2023, first));
for (let i = 0; i < 10; i += 1) {
  firstTexts.forEach((t) => normalizeForMatch(t));
  checkReport(plan2023, first);
}
console.log(`Lần đầu trong tiến trình / first call of a process (${first.paragraphs.length} paragraphs): normalize ${coldNormalize.toFixed(1)} ms, check ${coldCheck.toFixed(1)} ms`);
console.log('Kiểm tra báo cáo dài / checking long reports (ms, median of runs, after warm-up)');
console.log('paragraphs  normalize_ms  check_ms  ratio  paired_ratio  check_us_per_paragraph');
for (const n of sizes) {
  const model = models.get(n)!;
  const texts = model.paragraphs.map((p) => p.text);
  const runs = n >= 2500 ? 7 : 11;
  // The two are timed in turn, run by run, so that the machine's load weighs on both alike.
  texts.forEach((t) => normalizeForMatch(t));
  checkReport(plan2023, model);
  const normalizeRuns: number[] = [];
  const checkRuns: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    normalizeRuns.push(elapsed(() => texts.forEach((t) => normalizeForMatch(t))));
    checkRuns.push(elapsed(() => checkReport(plan2023, model)));
  }
  const normalize = median(normalizeRuns);
  const check = median(checkRuns);
  // Each run's two timings share the machine's load of that moment: the median of their ratios shakes less on a busy
  // machine than the ratio of the medians.
  const paired = median(checkRuns.map((c, i) => c / normalizeRuns[i]!));
  console.log(
    `${String(model.paragraphs.length).padStart(10)}  ${normalize.toFixed(1).padStart(12)}  ${check.toFixed(1).padStart(8)}  ${(check / normalize).toFixed(1).padStart(5)}  ${paired.toFixed(1).padStart(12)}  ${((check * 1000) / model.paragraphs.length).toFixed(1).padStart(22)}`,
  );
}
