/**
 * The decision "is this task reported?": a logistic model over features the matcher already computes, its weights as
 * data trained on the project's own labelled reports (scripts/train-decision.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeReport, DEFAULT_MATCHING } from '../../src/check/analyze';
import { DECISION_FEATURES, decisionFeatures } from '../../src/check/decision/features';
import { assertModelFits, reportedProbability, trainDecisionModel } from '../../src/check/decision/model';
import { DECISION_MODEL } from '../../src/check/decision/weights';
import type { UnitMatch } from '../../src/check/match/score';
import { readDocx } from '../../src/docx';
import { plan2023 } from '../../src/plan';

const passage = (zone: string) => ({ zone }) as unknown as UnitMatch['unit'];
const match = (score: number, unit: UnitMatch['unit'], extra: Partial<UnitMatch> = {}): UnitMatch =>
  ({ unit, itemId: 'II.3.e.1', score, matched: [], unique: false, cueCount: 0, dominant: false, clause: null, act: null, fromHeading: false, tagged: false, ...extra }) as UnitMatch;

describe('đặc trưng của quyết định', () => {
  test('đọc từ các đoạn nói đến nhiệm vụ: điểm cao nhất, số đoạn, đoạn đánh giá, vai trò của đơn vị viết', () => {
    const a = passage('results');
    const b = passage('assessment');
    const features = decisionFeatures({
      matches: [match(4, b), match(12, a, { unique: true, dominant: true, cueCount: 2 })],
      bestOfPassage: new Map<unknown, number>([[a, 12], [b, 8]]),
      ruleSaysReported: true,
      authorIsDepartment: false,
      authorLeads: true,
      required: true,
      territorial: false,
      siblings: 4,
    });
    const value = (name: (typeof DECISION_FEATURES)[number]) => features[DECISION_FEATURES.indexOf(name)];
    expect(features).toHaveLength(DECISION_FEATURES.length);
    expect(value('logBest')).toBeCloseTo(Math.log1p(12));
    expect(value('logSecond')).toBeCloseTo(Math.log1p(4));
    expect(value('passagesOver3')).toBe(2);
    expect(value('passagesOver7')).toBe(1);
    expect(value('bestUnique')).toBe(1);
    expect(value('bestCues')).toBe(2);
    expect(value('bestInAssessment')).toBe(0);
    expect(value('passagesWhereBest')).toBe(1);
    expect(value('bestShareOfPassage')).toBe(1);
    expect(value('authorLeads')).toBe(1);
    expect(value('logSiblings')).toBeCloseTo(Math.log(4));
  });

  test('không có đoạn nào: mọi đặc trưng về dẫn chứng bằng 0', () => {
    const features = decisionFeatures({ matches: [], bestOfPassage: new Map(), ruleSaysReported: false, authorIsDepartment: true, authorLeads: false, required: true, territorial: true, siblings: 1 });
    expect(features.slice(0, DECISION_FEATURES.indexOf('bestFromHeading') + 1).every((v) => v === 0)).toBe(true);
  });
});

describe('mô hình', () => {
  test('trọng số đã lưu khớp danh sách đặc trưng hiện tại', () => {
    expect(() => assertModelFits(DECISION_MODEL)).not.toThrow();
    expect(() => assertModelFits({ ...DECISION_MODEL, features: ['logBest'] })).toThrow(/train-decision/);
  });

  test('dẫn chứng mạnh hơn thì xác suất "đã báo cáo" cao hơn, mọi thứ khác như nhau', () => {
    const base = DECISION_FEATURES.map(() => 0);
    const at = (best: number) => {
      const f = [...base];
      f[DECISION_FEATURES.indexOf('logBest')] = Math.log1p(best);
      return reportedProbability(DECISION_MODEL, f);
    };
    expect(at(2)).toBeLessThan(at(8));
    expect(at(8)).toBeLessThan(at(20));
  });

  test('huấn luyện tất định học được một bài toán tách được', () => {
    const rows = Array.from({ length: 40 }, (_, i) => DECISION_FEATURES.map((_, j) => (j === 0 ? i / 10 : (i * j) % 3)));
    const labels = rows.map((r) => (r[0]! >= 2 ? 1 : 0));
    const model = trainDecisionModel(rows, labels, { iterations: 500, l2: 0.1 });
    const again = trainDecisionModel(rows, labels, { iterations: 500, l2: 0.1 });
    expect(again.weights).toEqual(model.weights);
    const right = rows.filter((r, i) => (reportedProbability(model, r) >= 0.5 ? 1 : 0) === labels[i]).length;
    expect(right).toBeGreaterThanOrEqual(38);
  });
});

describe('quyết định trong kiểm tra', () => {
  const model = readDocx(readFileSync(path.join(__dirname, '../fixtures/corpus/w2-02.docx')));

  test('mô hình chỉ ghi nhận nhiệm vụ có đoạn dẫn chứng đủ mạnh, và luôn chỉ ra đoạn đó', () => {
    const analysis = analyzeReport(plan2023, model);
    for (const item of analysis.items.filter((i) => i.addressed)) {
      expect(item.evidence.length).toBeGreaterThan(0);
      expect(item.score).toBeGreaterThanOrEqual(Math.min(DEFAULT_MATCHING.decisionFloor, DEFAULT_MATCHING.addressedUnique));
    }
  });

  test('tắt mô hình (decisionModel 0) thì chỉ các ngưỡng điểm quyết định, như trước', () => {
    const withModel = analyzeReport(plan2023, model);
    const bars = analyzeReport(plan2023, model, {}, { ...DEFAULT_MATCHING, decisionModel: 0 });
    expect(bars.decisions.map((d) => d.features)).toEqual(withModel.decisions.map((d) => d.features));
    const ruleSays = DECISION_FEATURES.indexOf('ruleSaysReported');
    expect(bars.items.map((i) => i.addressed)).toEqual(bars.decisions.map((d) => d.features[ruleSays] === 1 || bars.items.find((i) => i.id === d.id)!.evidence.some((e) => e.tagged)));
  });
});
