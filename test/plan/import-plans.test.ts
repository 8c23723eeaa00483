/**
 * Bộ nhập kế hoạch trên mọi kế hoạch có đáp án trong test/fixtures/plans (văn xuôi, bảng, trộn; do người khác viết,
 * không nhìn mã): đủ nhiệm vụ, đúng mã, đúng đơn vị chủ trì, phối hợp, thời gian và hạn báo cáo, không tụt dưới mức đã đo.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readDocx } from '../../src/docx';
import { scorePlanImport } from '../../src/evaluate/plan-import';
import { parsePlanJson } from '../../src/plan';
import { importPlan } from '../../src/plan/import/assemble';
import { parsePlan } from '../../src/plan/load';
import { foldForCompare } from '../../src/text';

const ROOT = path.join(__dirname, '../fixtures/plans');
const folders = readdirSync(ROOT).filter((d) => existsSync(path.join(ROOT, d, 'plan.docx')) && existsSync(path.join(ROOT, d, 'plan.json')));
const scores = folders.map((folder) => {
  const key = parsePlanJson(readFileSync(path.join(ROOT, folder, 'plan.json'), 'utf8'));
  const { plan } = importPlan(readDocx(readFileSync(path.join(ROOT, folder, 'plan.docx')), { name: 'plan.docx' }));
  return [folder, scorePlanImport(key, plan)] as const;
});
const imported = folders.map((folder) => {
  const key = parsePlanJson(readFileSync(path.join(ROOT, folder, 'plan.json'), 'utf8'));
  const { plan } = importPlan(readDocx(readFileSync(path.join(ROOT, folder, 'plan.docx')), { name: 'plan.docx' }));
  return [folder, key, plan] as const;
});

test('có ít nhất 17 kế hoạch có đáp án', () => {
  expect(folders.length).toBeGreaterThanOrEqual(17);
});

test.each(scores)('%s: đủ nhiệm vụ, không thừa, đúng mã; mọi hạn báo cáo; năm và số hiệu đúng', (_folder, s) => {
  expect(s.matched).toBe(s.keyItems);
  expect(s.spurious).toEqual([]);
  expect(s.idsRight).toBe(s.keyItems);
  expect(s.deadlinesRight).toBe(s.deadlines);
  expect([s.yearRight, s.numberRight]).toEqual([true, true]);
});

test('gộp mọi kế hoạch: đơn vị chủ trì, phối hợp và thời gian đúng ở ít nhất 95% nhiệm vụ; nơi nhận báo cáo đúng ở mọi kế hoạch', () => {
  const sum = (pick: (s: (typeof scores)[number][1]) => number) => scores.reduce((n, [, s]) => n + pick(s), 0);
  const items = sum((s) => s.keyItems);
  expect(sum((s) => s.leadRight) / items).toBeGreaterThanOrEqual(0.95);
  expect(sum((s) => s.supportRight) / items).toBeGreaterThanOrEqual(0.95);
  expect(sum((s) => s.timingRight) / items).toBeGreaterThanOrEqual(0.97);
  expect(scores.filter(([, s]) => !s.channelRight).map(([folder]) => folder)).toEqual([]);
});

test.each(imported)('%s: trích yếu như kế hoạch viết, ngày không lặp địa danh, kế hoạch nhập được --plan nhận', (_folder, key, plan) => {
  expect(foldForCompare(plan.meta.title)).toBe(foldForCompare(key.meta.title));
  expect(plan.meta.dateRaw.startsWith(plan.meta.place)).toBe(false);
  expect(() => parsePlan(plan)).not.toThrow();
});
