/** Kế hoạch chia nhiệm vụ theo đơn vị: mỗi dòng đánh số "1. Phòng X chủ trì, phối hợp với Y:" mở một nhóm gạch đầu dòng. */
import { PLAIN_PARAGRAPH, toDocumentModel } from '../../src/document';
import { importPlan } from '../../src/plan/import/assemble';
import { unitsOpeningPoints } from '../../src/plan/import/prose-lines';

const lines = [
  'THUẾ TỈNH HÀ TĨNH',
  'Số: 12/KH-TTH',
  'Hà Tĩnh, ngày 06 tháng 01 năm 2027',
  'KẾ HOẠCH',
  'Công tác phòng, chống tham nhũng, tiêu cực năm 2027',
  'I. MỤC ĐÍCH, YÊU CẦU',
  '- Các nhiệm vụ được phân công cụ thể cho từng phòng, Thuế cơ sở, gắn với thời gian hoàn thành.',
  'II. NHIỆM VỤ VÀ PHÂN CÔNG TỔ CHỨC THỰC HIỆN',
  'Các phòng thuộc Thuế tỉnh và Thuế cơ sở 1, Thuế cơ sở 2, Thuế cơ sở 3 (sau đây gọi chung là Thuế cơ sở) tổ chức thực hiện các nhiệm vụ sau đây. Các nhiệm vụ không ghi thời gian cụ thể được thực hiện thường xuyên trong năm 2027.',
  '1. Phòng Tổ chức - Hành chính chủ trì, phối hợp với các phòng và Thuế cơ sở:',
  '- Tham mưu xây dựng Kế hoạch chuyển đổi vị trí công tác năm 2027 đối với công chức không giữ chức vụ lãnh đạo (Quý I/2027).',
  '- Thực hiện công khai, minh bạch trong công tác cán bộ.',
  '2. Phòng Kiểm tra nội bộ:',
  '- Tiếp nhận, xử lý đơn thư phản ánh, tố cáo hành vi tham nhũng, tiêu cực của công chức thuế.',
  '3. Phòng Nghiệp vụ - Dự toán - Pháp chế chủ trì, phối hợp với Văn phòng:',
  '- Rà soát, công khai đầy đủ thủ tục hành chính thuế trên Trang thông tin điện tử.',
  '- Văn phòng chủ trì công khai dự toán ngân sách của Thuế tỉnh (Quý I/2027).',
  'III. TỔ CHỨC THỰC HIỆN',
  '1. Chế độ báo cáo: các phòng, Thuế cơ sở báo cáo kết quả thực hiện công tác PCTN-TC định kỳ hằng quý gửi về Thuế tỉnh (qua Phòng Kiểm tra nội bộ), cụ thể: báo cáo quý I gửi trước ngày 08/3/2027; báo cáo quý II và 6 tháng gửi trước ngày 08/6/2027; báo cáo quý III và 9 tháng gửi trước ngày 08/9/2027; báo cáo quý IV và năm gửi trước ngày 05/12/2027.',
  '2. Phòng Kiểm tra nội bộ tổng hợp, tham mưu Thuế tỉnh báo cáo Cục Thuế và Ủy ban nhân dân tỉnh (qua Thanh tra tỉnh) trước ngày 12 của tháng cuối quý.',
  'Nơi nhận:',
  '- Cục Thuế;',
  '- Lưu: VT, KTNB.',
  'TRƯỞNG THUẾ TỈNH',
];

const { plan } = importPlan(toDocumentModel(lines.map((text) => ({ ...PLAIN_PARAGRAPH, text, bold: text === text.toUpperCase() || /^I+\./.test(text) })), { host: 'docx' }));
const name = (id: string) => plan.units.find((u) => u.id === id)?.name ?? plan.groups.find((g) => g.id === id)?.name ?? id;
const roles = (id: string) => {
  const item = plan.items.find((i) => i.id === id)!;
  return [item.lead.map(name), item.support.map(name)];
};

test('dòng "1. Phòng X chủ trì, phối hợp với Y:" là đơn vị của mọi gạch đầu dòng dưới nó, đến dòng đơn vị sau', () => {
  expect(roles('II.1.1')).toEqual([['Phòng Tổ chức - Hành chính'], ['các phòng', 'Thuế cơ sở']]);
  expect(roles('II.1.2')).toEqual([['Phòng Tổ chức - Hành chính'], ['các phòng', 'Thuế cơ sở']]);
  expect(roles('II.2.1')).toEqual([['Phòng Kiểm tra nội bộ'], []]);
  expect(roles('II.3.1')).toEqual([['Phòng Nghiệp vụ - Dự toán - Pháp chế'], ['Văn phòng']]);
});

test('gạch đầu dòng tự nêu đơn vị chủ trì thì giữ đơn vị của mình', () => {
  expect(roles('II.3.2')[0]).toEqual(['Văn phòng']);
});

test('phần "NHIỆM VỤ VÀ PHÂN CÔNG TỔ CHỨC THỰC HIỆN" là phần nhiệm vụ; chế độ báo cáo đọc ở "III. TỔ CHỨC THỰC HIỆN"', () => {
  expect(name(plan.reporting.channel)).toBe('Phòng Kiểm tra nội bộ');
  expect(plan.reporting.periods.map((p) => [p.code, p.due])).toEqual([
    ['Q1', { day: 8, month: 3 }],
    ['H1', { day: 8, month: 6 }],
    ['9M', { day: 8, month: 9 }],
    ['Y', { day: 5, month: 12 }],
  ]);
});

test('"Thuế cơ sở 1, Thuế cơ sở 2, Thuế cơ sở 3 (sau đây gọi chung là Thuế cơ sở)" là tên chung, không phải tên của Thuế cơ sở 3', () => {
  expect(plan.units.some((u) => u.name === 'Thuế cơ sở 3' && u.aliases.includes('Thuế cơ sở'))).toBe(false);
});

test.each([
  ['Phòng Tổ chức - Hành chính chủ trì, phối hợp với các phòng và Thuế cơ sở', 'Phòng Tổ chức - Hành chính chủ trì, phối hợp với các phòng và Thuế cơ sở'],
  ['Văn phòng chủ trì', 'Văn phòng chủ trì'],
  ['Công tác phòng ngừa tham nhũng', null],
])('tiêu đề "%s" → dòng đơn vị %s', (title, units) => {
  expect(unitsOpeningPoints(title)).toBe(units);
});
