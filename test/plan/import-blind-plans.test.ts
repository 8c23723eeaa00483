/**
 * Bộ nhập kế hoạch trên mọi kế hoạch của các bộ viết không nhìn mã (test/fixtures/labelled/blindNN/pNNN-plan): mỗi kế
 * hoạch nhập được đều nạp được (--plan nhận), và gộp lại không tụt dưới mức đã đo khi phiên 15 kết thúc.
 * (Each set was scored once on arrival, in its README; this guards what the importer reads on them since.)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readDocx } from '../../src/docx';
import { scorePlanImport } from '../../src/evaluate/plan-import';
import { parsePlanJson } from '../../src/plan';
import { importPlan } from '../../src/plan/import/assemble';
import { parsePlan } from '../../src/plan/load';

const ROOT = path.join(__dirname, '../fixtures/labelled');
/** Sets not yet read and fixed (scored on arrival, first scores in their READMEs), or held out unscored for a closing measure. */
const NOT_YET_READ = new Set<string>(['blind85']);
const folders = readdirSync(ROOT)
  .filter((set) => /^blind\d+$/.test(set) && !NOT_YET_READ.has(set))
  .flatMap((set) => readdirSync(path.join(ROOT, set)).filter((d) => /^p\d+-plan$/.test(d)).map((d) => path.join(set, d)))
  .filter((d) => existsSync(path.join(ROOT, d, 'plan.docx')) && existsSync(path.join(ROOT, d, 'plan.json')));
const results = folders.map((folder) => {
  const key = parsePlanJson(readFileSync(path.join(ROOT, folder, 'plan.json'), 'utf8'));
  const { plan } = importPlan(readDocx(readFileSync(path.join(ROOT, folder, 'plan.docx')), { name: 'plan.docx' }));
  return { folder, plan, score: scorePlanImport(key, plan) };
});

test('có ít nhất 70 kế hoạch viết không nhìn mã', () => {
  expect(folders.length).toBeGreaterThanOrEqual(70);
});

test('mọi kế hoạch nhập được đều nạp được', () => {
  const failing = results.filter(({ plan }) => {
    try {
      parsePlan(plan);
      return false;
    } catch {
      return true;
    }
  });
  expect(failing.map((r) => r.folder)).toEqual([]);
});

test('gộp mọi kế hoạch: đủ nhiệm vụ, đúng mã, đơn vị, thời gian và hạn báo cáo ở mức đã đo', () => {
  const sum = (pick: (s: (typeof results)[number]['score']) => number) => results.reduce((n, { score }) => n + pick(score), 0);
  const keyItems = sum((s) => s.keyItems);
  expect(sum((s) => s.matched) / keyItems).toBeGreaterThanOrEqual(0.995);
  expect(sum((s) => s.spurious.length)).toBeLessThanOrEqual(0);
  expect(sum((s) => s.idsRight) / keyItems).toBeGreaterThanOrEqual(0.96);
  expect(sum((s) => s.leadRight) / keyItems).toBeGreaterThanOrEqual(0.95);
  expect(sum((s) => s.supportRight) / keyItems).toBeGreaterThanOrEqual(0.96);
  expect(sum((s) => s.timingRight) / keyItems).toBeGreaterThanOrEqual(0.96);
  expect(sum((s) => s.deadlinesRight) / sum((s) => s.deadlines)).toBeGreaterThanOrEqual(0.97);
  expect(results.filter(({ score }) => score.channelRight).length / results.length).toBeGreaterThanOrEqual(0.97);
});
