/**
 * The checker on the labelled draft reports copied from the corpus: the figures the issue asks for, measured by
 * the same scoring as `npm run eval`. A regression here means a change made the checker worse on real reports.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readDocx } from '../../src/docx';
import { checkReport } from '../../src/check';
import { plan2023 } from '../../src/plan';
import { ReportLabelSchema } from '../../src/evaluate/labels';
import { scoreCorpus } from '../../src/evaluate/score';

function checkFolder(dir: string) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({
      label: ReportLabelSchema.parse(JSON.parse(readFileSync(path.join(dir, f), 'utf8'))),
      result: checkReport(plan2023, readDocx(readFileSync(path.join(dir, f.replace(/\.json$/, '.docx'))))),
    }));
}

const pairs = checkFolder(path.join(__dirname, '..', 'fixtures', 'corpus'));
const score = scoreCorpus(plan2023, pairs);

describe('bộ báo cáo mẫu có nhãn', () => {
  test('đủ mười báo cáo', () => expect(pairs).toHaveLength(10));
  test('F1 của nhiệm vụ còn thiếu ≥ 0,95 và độ chính xác theo nhiệm vụ ≥ 0,97', () => {
    expect(score.missing.f1).toBeGreaterThanOrEqual(0.95);
    expect(score.itemAccuracy).toBeGreaterThanOrEqual(0.97);
  });
  test('kỳ báo cáo và đơn vị đúng ở mọi báo cáo', () => {
    expect(score.reports.filter((r) => !r.periodRight).map((r) => r.id)).toEqual([]);
    expect(score.reports.filter((r) => !r.unitRight).map((r) => r.id)).toEqual([]);
  });
  test('các phần của báo cáo đúng ≥ 95%', () => expect(score.sectionAccuracy).toBeGreaterThanOrEqual(0.95));
});

describe('cách chấm điểm', () => {
  test('DVTT trong nhãn khớp với bất kỳ đơn vị nào của nhóm đơn vị trực thuộc', () => {
    const w110 = score.reports.find((r) => r.id === 'w1-10')!;
    expect(w110.predicted.unit).toBe('CCVTLT');
    expect(w110.unitRight).toBe(true);
  });
  test('một báo cáo chấm với nhãn sai thì điểm giảm', () => {
    const [first] = pairs;
    const wrong = { ...first!.label, addressed: [] };
    const worse = scoreCorpus(plan2023, [{ label: wrong, result: first!.result }]);
    expect(worse.missing.recall).toBeLessThan(0.8);
    expect(worse.itemAccuracy).toBeLessThan(0.8);
  });
});

describe('bộ báo cáo viết riêng, không nhìn mã của bộ kiểm tra (test/fixtures/heldout)', () => {
  const heldout = scoreCorpus(plan2023, checkFolder(path.join(__dirname, '..', 'fixtures', 'heldout')));
  test('đủ sáu báo cáo; kỳ, đơn vị và các phần đúng ở mọi báo cáo', () => {
    expect(heldout.reports).toHaveLength(6);
    expect(heldout.periodAccuracy).toBe(1);
    expect(heldout.unitAccuracy).toBe(1);
    expect(heldout.sectionAccuracy).toBeGreaterThanOrEqual(0.95);
  });
  test('không tụt dưới mức đã đo (F1 0,948, độ chính xác 0,942 khi viết bộ này)', () => {
    expect(heldout.missing.f1).toBeGreaterThanOrEqual(0.93);
    expect(heldout.itemAccuracy).toBeGreaterThanOrEqual(0.93);
  });
});
