import { parsePlan, parsePlanJson } from '../../src/plan/load';
import { plan2023 } from '../../src/plan';
import { planJsonSchema } from '../../src/plan/json-schema';
import { AppError } from '../../src/errors/app-error';

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function problemsOf(data: unknown): AppError {
  try {
    parsePlan(data);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('the plan was accepted');
}

describe('đọc tệp kế hoạch', () => {
  test('kế hoạch có sẵn năm 2023 hợp lệ và giữ nguyên sau khi qua JSON', () => {
    const parsed = parsePlanJson(JSON.stringify(plan2023));
    expect(parsed.items).toHaveLength(26);
    expect(parsed).toEqual(plan2023);
  });

  test('không phải JSON: báo lỗi bằng tiếng Việt và tiếng Anh', () => {
    expect(() => parsePlanJson('{ "meta": ')).toThrow(AppError);
    try {
      parsePlanJson('{ "meta": ');
    } catch (error) {
      const e = error as AppError;
      expect(e.code).toBe('plan-not-json');
      expect(e.vi).toMatch(/không phải JSON hợp lệ/);
      expect(e.en).toMatch(/not valid JSON/);
    }
  });

  test('thiếu trường bắt buộc: chỉ đúng đường dẫn', () => {
    const data = clone(plan2023) as Record<string, unknown>;
    delete (data.meta as Record<string, unknown>).title;
    const error = problemsOf(data);
    expect(error.details.map((d) => d.vi)).toContain('meta.title: thiếu trường bắt buộc (cần chuỗi ký tự)');
    expect(error.details.map((d) => d.en)).toContain('meta.title: required field is missing (expected string)');
  });

  test('sai kiểu và sai mã đơn vị, liệt kê mọi lỗi cùng lúc', () => {
    const data = clone(plan2023);
    (data.items[2] as { ordinal: unknown }).ordinal = 'một';
    data.items[5]!.lead = ['PHONGX'];
    data.items[7]!.support = ['vp'];
    const error = problemsOf(data);
    const vi = error.details.map((d) => d.vi);
    expect(vi).toContain('items[2].ordinal: sai kiểu: cần số, nhận được chuỗi ký tự');
    expect(vi).toContain('items[5].lead[0]: không có đơn vị mã "PHONGX"');
    expect(vi).toContain('items[7].support[0]: cần mã đơn vị, ví dụ VP hoặc CCVC');
    expect(error.vi).toMatch(/^Tệp kế hoạch không hợp lệ: \d+ lỗi\.$/);
  });

  test('ngày không có thật và trường lạ', () => {
    const data = clone(plan2023) as unknown as { reporting: { unitPlan: { dueBy: string } }; meta: Record<string, unknown> };
    data.reporting.unitPlan.dueBy = '2023-02-30';
    data.meta.ghiChu = 'trường không khai báo';
    const error = problemsOf(data);
    const en = error.details.map((d) => d.en);
    expect(en).toContain('reporting.unitPlan.dueBy: not a real calendar date');
    expect(en).toContain('meta: unknown field(s): ghiChu');
  });

  test('mã nhiệm vụ trùng và không khớp với đề mục', () => {
    const data = clone(plan2023);
    data.items[1]!.id = data.items[0]!.id;
    const error = problemsOf(data);
    const vi = error.details.map((d) => d.vi);
    expect(vi).toContain(`items[1].id: mã nhiệm vụ "${plan2023.items[0]!.id}" bị trùng`);
    expect(vi.some((line) => line.startsWith('items[1].id: mã "') && line.includes('không khớp'))).toBe(true);
  });

  test('thời gian thực hiện sai dạng và kỳ báo cáo không có', () => {
    const data = clone(plan2023) as unknown as { items: { timing: { parts: unknown[] } }[]; reporting: { periods: { code: string }[] } };
    data.items[0]!.timing.parts = [{ kind: 'hằng tuần' }];
    data.reporting.periods[0]!.code = 'Q5';
    const error = problemsOf(data);
    const en = error.details.map((d) => d.en);
    expect(en.some((line) => line.startsWith('items[0].timing.parts[0].kind: matches none of the allowed forms'))).toBe(true);
    expect(en).toContain('reporting.periods[0].code: invalid value; allowed: "Q1", "H1", "9M", "Y"');
  });

  test('danh sách rỗng và gốc không phải đối tượng', () => {
    const data = clone(plan2023);
    data.items = [];
    expect(problemsOf(data).details.map((d) => d.vi)).toContain('items: cần ít nhất một phần tử');
    expect(problemsOf([1, 2]).details[0]!.en).toBe('(gốc / root): wrong type: expected object, received array');
  });
});

describe('JSON Schema sinh từ zod', () => {
  test('mô tả các trường chính và giữ ràng buộc', () => {
    const schema = planJsonSchema() as { properties: Record<string, { properties?: Record<string, unknown>; minItems?: number }>; required: string[] };
    expect(schema.required).toEqual(expect.arrayContaining(['meta', 'headings', 'units', 'groups', 'items', 'reporting']));
    expect(schema.properties.items!.minItems).toBe(1);
    const text = JSON.stringify(schema);
    expect(text).toContain('"enum":["Q1","H1","9M","Y"]');
    expect(text).toContain('periodicReport');
  });
});

describe('schemas/plan.schema.json', () => {
  test('tệp trong kho đúng bằng schema sinh từ zod (chạy "npm run schema" sau khi sửa schema)', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { readFileSync } = require('node:fs') as typeof import('node:fs');
    const committed = JSON.parse(readFileSync('schemas/plan.schema.json', 'utf8'));
    expect(committed).toEqual(planJsonSchema());
  });
});

describe('tệp kế hoạch hỏng nặng', () => {
  test('300 nhiệm vụ sai: thông báo đếm đủ 300 lỗi nhưng chỉ liệt kê 50, phần còn lại gộp một dòng', () => {
    const data = clone(plan2023) as unknown as { items: unknown[] };
    data.items = Array.from({ length: 300 }, (_, k) => ({ id: `X.${k}` }));
    const error = problemsOf(data);
    expect(error.details).toHaveLength(51);
    expect(error.details.at(-1)!.vi).toMatch(/^… và \d+ lỗi khác/);
    expect(error.details.at(-1)!.en).toMatch(/^… and \d+ more/);
    const counted = Number(/không hợp lệ: (\d+) lỗi/.exec(error.vi)![1]);
    expect(counted).toBeGreaterThanOrEqual(300);
    expect(Number(/^… và (\d+)/.exec(error.details.at(-1)!.vi)![1])).toBe(counted - 50);
  });
});
