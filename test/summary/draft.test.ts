/**
 * Dự thảo báo cáo tổng hợp: kiểm tra lại như báo cáo của Sở, mọi nhiệm vụ có đơn vị báo cáo đều thấy đã báo cáo, không
 * nhiệm vụ nào khác; mỗi đoạn trích dẫn đọc lại được từ đúng tệp, đúng đoạn nguồn.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readDocx } from '../../src/docx';
import { writeDocx } from '../../src/docx/write';
import { checkReport } from '../../src/check';
import { plan2023 } from '../../src/plan';
import { summarize, type SummaryInput } from '../../src/summary/summarize';
import { consolidatedDraft } from '../../src/summary/draft';
import { foldForCompare } from '../../src/text';

const CORPUS = path.join(__dirname, '../fixtures/corpus');
const files = ['w1-04', 'w1-07', 'w1-10', 'w3-04', 'w3-09', 'w2-05'].map((n) => path.join(CORPUS, `${n}.docx`));
const models = new Map(files.map((f) => [f, readDocx(readFileSync(f), { name: f })]));
const inputs: SummaryInput[] = files.map((file) => ({ file, result: checkReport(plan2023, models.get(file)!) }));

describe.each([
  ['H1', 2023],
  ['Q1', 2023],
] as const)('kỳ %s/%d', (code, year) => {
  const summary = summarize(plan2023, inputs, { period: { code, year } });
  const draft = consolidatedDraft(plan2023, summary);
  const model = readDocx(writeDocx(draft.blocks), { name: 'du-thao.docx' });
  const reportedBySomeUnit = new Set(summary.evidence.filter((e) => e.unit !== plan2023.meta.issuer).map((e) => e.task));

  test('kiểm tra dự thảo như báo cáo của Sở: đúng những nhiệm vụ có đơn vị đã báo cáo', () => {
    const result = checkReport(plan2023, model, { unit: 'SNV', period: code, year });
    const found = result.items.filter((i) => i.addressed).map((i) => i.id);
    expect(found.sort()).toEqual([...reportedBySomeUnit].sort());
  });

  test('mỗi đoạn trích dẫn có trong dự thảo và đọc lại được từ đúng đoạn của tệp nguồn', () => {
    const draftTexts = new Set(model.paragraphs.map((p) => p.text.trim()));
    expect(draft.sources.length).toBeGreaterThan(0);
    for (const source of draft.sources) {
      expect(draftTexts.has(source.text)).toBe(true);
      const quoted = source.text.slice(source.text.indexOf(': ') + 2).replace(/\.$/, '');
      const original = models.get(source.file)!.paragraphs[source.paragraph]!.text;
      expect(foldForCompare(original)).toContain(foldForCompare(quoted).replace(/[.;:]$/, ''));
    }
  });
});

test('đơn vị phải báo cáo mà chưa gửi: chỗ đánh dấu, không phải nội dung; danh sách chưa gửi ở đầu', () => {
  const summary = summarize(plan2023, inputs, { period: { code: 'H1', year: 2023 } });
  const model = readDocx(writeDocx(consolidatedDraft(plan2023, summary).blocks), { name: 'du-thao.docx' });
  const marked = model.paragraphs.filter((p) => p.tag?.startsWith('pctn:placeholder'));
  expect(marked.some((p) => /^\[Thanh tra Sở: chưa gửi báo cáo\.\]$/.test(p.text))).toBe(true);
  expect(marked.some((p) => /chưa nhận được báo cáo của: .*Thanh tra Sở/.test(p.text))).toBe(true);
});
