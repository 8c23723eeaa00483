/** Những gì kế hoạch các năm sau viết mà kế hoạch 2023 không có: lược đồ nói được, tệp cũ vẫn đọc được. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parsePlan } from '../../src/plan/load';
import { plan2023 } from '../../src/plan';
import { AppError } from '../../src/errors/app-error';
import { requiredStatus } from '../../src/check/required';
import type { Plan, TaskItem } from '../../src/plan/schema';

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const fixtures = path.join(__dirname, '../fixtures/labelled');

function withItem(change: (item: TaskItem, plan: Plan) => void): Plan {
  const plan = clone(plan2023);
  change(plan.items[0]!, plan);
  return parsePlan(plan);
}

test('tệp kế hoạch đã có (kế hoạch 2023 không gợi ý, Hà Nội 2026, Đà Nẵng 2026) vẫn đọc được', () => {
  for (const file of ['kit/example/plan-2023-no-cues.json', 'blind2/ha-noi-2026/plan.json', 'blind2/da-nang-2026/plan.json']) {
    expect(parsePlan(JSON.parse(readFileSync(path.join(fixtures, file), 'utf8'))).items.length).toBeGreaterThan(10);
  }
});

test('thời gian "Năm 2026", "Khi có yêu cầu", không ghi, "định kỳ 6 tháng, năm" không có ngày', () => {
  const plan = withItem((item) => {
    item.timing = { raw: 'Năm 2026; khi có yêu cầu', parts: [{ kind: 'recurring', within: 'year', year: 2026 }, { kind: 'onRequest' }, { kind: 'unstated' }, { kind: 'periodicReport', dates: [], periods: ['H1', 'Y'] }] };
  });
  expect(plan.items[0]!.timing.parts.map((p) => p.kind)).toEqual(['recurring', 'onRequest', 'unstated', 'periodicReport']);
});

test('nhóm không kể thành viên, phạm vi xã, cột "Sản phẩm", nhiều văn bản thực hiện, không có kế hoạch riêng của đơn vị', () => {
  const plan = withItem((item, p) => {
    p.units.push({ id: 'UBNDX', name: 'UBND các xã, phường', kind: 'group', aliases: [] });
    item.lead = ['UBNDX'];
    item.scope = 'commune';
    item.product = 'Kế hoạch';
    p.meta.alsoImplements = [{ type: 'Chương trình', number: '05-CTr/HU', issuer: 'Huyện ủy', cited: 'Chương trình số 05-CTr/HU' }];
  });
  expect(plan.items[0]).toMatchObject({ scope: 'commune', product: 'Kế hoạch', lead: ['UBNDX'] });
  expect(plan.meta.alsoImplements![0]!.type).toBe('Chương trình');
});

test('loại văn bản lạ trong "alsoImplements" bị từ chối, không đoán', () => {
  const plan = clone(plan2023);
  plan.meta.alsoImplements = [{ type: 'Công điện' as never, number: '12/CĐ-TTg', cited: 'Công điện số 12/CĐ-TTg' }];
  expect(() => parsePlan(plan)).toThrow(AppError);
});

test('kế hoạch không giao đơn vị xây dựng kế hoạch riêng: bỏ trống unitPlan vẫn hợp lệ', () => {
  const plan = clone(plan2023);
  delete (plan.reporting as Partial<Plan['reporting']>).unitPlan;
  expect(parsePlan(plan).reporting.unitPlan).toBeUndefined();
});

test('mã đề mục trùng bị từ chối, nói bằng hai thứ tiếng', () => {
  const plan = clone(plan2023);
  plan.headings.push({ ...plan.headings[0]! });
  try {
    parsePlan(plan);
    throw new Error('accepted');
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    const e = error as AppError;
    expect(`${e.vi}\n${e.details.map((d) => `${d.vi} ${d.en}`).join('\n')}`).toMatch(/mã đề mục "I" bị trùng[\s\S]*duplicate heading id "I"/);
  }
});

test('"Khi có yêu cầu" và chỉ thế: không bắt buộc báo cáo trong kỳ nào; "Thường xuyên, khi có yêu cầu" vẫn bắt buộc', () => {
  const onlyOnRequest = withItem((item) => {
    item.timing = { raw: 'Khi có yêu cầu', parts: [{ kind: 'onRequest' }] };
  });
  expect(requiredStatus(onlyOnRequest, onlyOnRequest.items[0]!, 'SNV', 'H1')).toEqual({ required: false, reason: 'onRequest' });
  const alsoRecurring = withItem((item) => {
    item.timing = { raw: 'Thường xuyên, khi có yêu cầu', parts: [{ kind: 'recurring', within: 'always' }, { kind: 'onRequest' }] };
  });
  expect(requiredStatus(alsoRecurring, alsoRecurring.items[0]!, 'SNV', 'H1').required).toBe(true);
});
