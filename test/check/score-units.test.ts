/** Chấm đơn vị của báo cáo: đúng mã, là thành viên nhóm đã kể, hay là nhóm hẹp nằm trong nhóm được ghi nhãn. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { unitMatches } from '../../src/evaluate/score';
import { parsePlanJson } from '../../src/plan';

const plan = parsePlanJson(readFileSync(path.join(__dirname, '../fixtures/labelled/blind40/p125-plan/plan.json'), 'utf8'));

test('báo cáo của một khoa: nhãn "các khoa, phòng, trung tâm", bộ kiểm tra nhận "các khoa" (nhóm hẹp bên trong) — đúng; ngược lại, hay một phòng khác — sai', () => {
  expect(unitMatches(plan, 'KPTT', 'KPTT')).toBe(true);
  expect(unitMatches(plan, 'KPTT', 'KHOA')).toBe(true);
  expect(unitMatches(plan, 'KHOA', 'KPTT')).toBe(false);
  expect(unitMatches(plan, 'KPTT', 'TCHC')).toBe(false);
  expect(unitMatches(plan, 'KPTT', null)).toBe(false);
});
