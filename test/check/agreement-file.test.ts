/** The second reader's labels (test/fixtures/labelled/agreement) name reports that exist and tasks of their plans. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parsePlanJson, plan2023 } from '../../src/plan';

const ROOT = path.join(__dirname, '../fixtures/labelled');
const file = JSON.parse(readFileSync(path.join(ROOT, 'agreement/session26.json'), 'utf8')) as { addressed: Record<string, string[]> };

describe('nhãn của người đọc thứ hai', () => {
  test.each(Object.entries(file.addressed))('%s: báo cáo có thật, mã nhiệm vụ thuộc kế hoạch', (report, ids) => {
    const dir = path.join(ROOT, path.dirname(report));
    expect(existsSync(path.join(ROOT, `${report}.json`))).toBe(true);
    const planFile = path.join(dir, 'plan.json');
    const plan = existsSync(planFile) ? parsePlanJson(readFileSync(planFile, 'utf8')) : plan2023;
    const known = new Set(plan.items.map((i) => i.id));
    expect(ids.filter((id) => !known.has(id))).toEqual([]);
  });
});
