/**
 * What depends only on the plan is worked out once per plan object and reused for every report; a changed plan (a new
 * object) is read afresh, and the first plan's answers stay its own.
 */
import { checkReport } from '../../src/check';
import { plan2023 } from '../../src/plan';
import { buildReport, para } from '../support/report-builder';

const first = plan2023.items[0]!;
const report = buildReport({ body: [para(`Đã ${first.text}`)] });

describe('bảng dựng từ kế hoạch gắn với đúng đối tượng kế hoạch', () => {
  test('tên đơn vị ở tiêu đề: kế hoạch đổi tên đơn vị thì tiêu đề không còn gọi tên nó', () => {
    expect(checkReport(plan2023, report).unit).toMatchObject({ id: 'CCVC', source: 'header' });
    const renamed = { ...plan2023, units: plan2023.units.map((u) => (u.id === 'CCVC' ? { ...u, name: 'Phòng Khác', shortName: undefined, aliases: [] } : u)) };
    expect(checkReport(renamed, report).unit?.source).not.toBe('header');
    expect(checkReport(plan2023, report).unit).toMatchObject({ id: 'CCVC', source: 'header' });
  });

  test('phần của báo cáo theo đề mục kế hoạch: đề mục đổi tên thì nhiệm vụ không còn thuộc phần lãnh đạo, chỉ đạo', () => {
    expect(checkReport(plan2023, report).sections.leadership.present).toBe(true);
    const renamed = { ...plan2023, headings: plan2023.headings.map((h) => ({ ...h, title: 'Phát hiện, xử lý tham nhũng' })) };
    const result = checkReport(renamed, report);
    expect(result.items.find((i) => i.id === first.id)?.addressed).toBe(true);
    expect(result.sections.leadership.present).toBe(false);
    expect(checkReport(plan2023, report).sections.leadership.present).toBe(true);
  });

  test('từ ngữ của nhiệm vụ: kế hoạch đổi nội dung nhiệm vụ thì đoạn văn không còn báo cáo nó', () => {
    const addressed = (plan: typeof plan2023) => checkReport(plan, report).items.find((i) => i.id === first.id)?.addressed;
    expect(addressed(plan2023)).toBe(true);
    const changed = { ...plan2023, items: plan2023.items.map((i) => (i.id === first.id ? { ...i, title: 'Trồng cây xanh', text: 'Trồng cây xanh ven đường', cues: undefined } : i)) };
    expect(addressed(changed)).toBe(false);
    expect(addressed(plan2023)).toBe(true);
  });
});
