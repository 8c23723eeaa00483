/** Kế hoạch PCTN của từng đơn vị: đúng là kế hoạch của đơn vị đó, không giao việc cho đơn vị khác, không mang lỗi của bản gốc. */
import { unitPlanTemplate, type Block } from '../../src/compose';
import { plan2023 } from '../../src/plan';

const texts = (blocks: Block[]) => blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.runs.map((r) => r.text).join('')] : b.kind === 'heading' ? [b.text] : []));
const units = plan2023.units.filter((u) => u.kind !== 'department' && u.kind !== 'external');

describe.each(units.map((u) => [u.id, u.shortName ?? u.name] as const))('%s', (id, name) => {
  const lines = texts(unitPlanTemplate(plan2023, { unit: id, year: 2023 }));
  const responsibility = lines.filter((l) => l.startsWith('+ Đơn vị thực hiện:'));

  test('mỗi nhiệm vụ: đơn vị tự chủ trì hoặc phối hợp; không đơn vị nào khác được ghi là chủ trì trong kế hoạch của mình', () => {
    expect(responsibility.length).toBeGreaterThan(0);
    for (const line of responsibility) {
      expect(line.startsWith(`+ Đơn vị thực hiện: ${name} chủ trì`) || line.startsWith(`+ Đơn vị thực hiện: ${name} phối hợp với `)).toBe(true);
      expect(line).not.toMatch(/\(cùng /);
    }
  });

  test('không còn lỗi của bản gốc; không giao việc của Văn phòng Sở cho đơn vị khác; dòng thời gian là thời gian', () => {
    const all = lines.join('\n');
    expect(all).not.toMatch(/qui định|mình\. gương/);
    if (id !== 'VP') expect(all).not.toMatch(/Văn phòng Sở có trách nhiệm/);
    for (const line of lines.filter((l) => l.startsWith('+ Thời gian thực hiện:'))) expect(line).not.toMatch(/theo dõi, kiểm tra, đôn đốc/);
  });
});

test('công chức, viên chức "của Sở Nội vụ" trong kế hoạch của Phòng là của Phòng', () => {
  const all = texts(unitPlanTemplate(plan2023, { unit: 'CCVC', year: 2023 })).join('\n');
  expect(all).not.toMatch(/công chức, viên chức (và người lao động )?(thuộc|của) Sở Nội vụ/);
});

test('Ban Tôn giáo: việc "của cơ quan, đơn vị", "tại cơ quan, đơn vị thuộc Sở" trong kế hoạch của Ban là của Ban; tiêu đề nói việc Ban tự làm', () => {
  const lines = texts(unitPlanTemplate(plan2023, { unit: 'BTG', year: 2023 }));
  const all = lines.join('\n');
  expect(all).not.toMatch(/cơ quan, (tổ chức, )?đơn vị (thuộc|trực thuộc|mình)/);
  expect(all).not.toMatch(/của cơ quan, đơn vị(?![\p{L}])/u);
  expect(lines).toContain('Xây dựng, ban hành, thực hiện kế hoạch PCTN năm 2023 của Ban Tôn giáo');
  expect(lines).toContain('Theo dõi, nhắc nhở, kiểm tra quy tắc ứng xử, kỷ luật, kỷ cương tại Ban Tôn giáo');
  expect(all).toContain('tổ chức thực hiện các biện pháp phòng ngừa tham nhũng tại Ban Tôn giáo;');
});

test('kế hoạch của Sở (báo cáo tổng hợp) giữ nguyên lời của kế hoạch', () => {
  const lines = texts(unitPlanTemplate(plan2023, { unit: 'SNV', year: 2023 }));
  expect(lines.some((l) => l.startsWith('Đơn vị trực thuộc xây dựng'))).toBe(true);
});
