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

function time(fn: () => void, runs: number): number {
  fn();
  const start = process.hrtime.bigint();
  for (let i = 0; i < runs; i += 1) fn();
  return Number(process.hrtime.bigint() - start) / 1e6 / runs;
}

console.log('Kiểm tra báo cáo dài / checking long reports (ms, median of runs)');
console.log('paragraphs  normalize_ms  check_ms  ratio  check_us_per_paragraph');
for (const n of [500, 1000, 2500, 5000]) {
  const model = longReport(n);
  const texts = model.paragraphs.map((p) => p.text);
  const runs = n >= 2500 ? 3 : 5;
  const normalize = time(() => texts.forEach((t) => normalizeForMatch(t)), runs);
  const check = time(() => checkReport(plan2023, model), runs);
  console.log(
    `${String(model.paragraphs.length).padStart(10)}  ${normalize.toFixed(1).padStart(12)}  ${check.toFixed(1).padStart(8)}  ${(check / normalize).toFixed(1).padStart(5)}  ${((check * 1000) / model.paragraphs.length).toFixed(1).padStart(22)}`,
  );
}
