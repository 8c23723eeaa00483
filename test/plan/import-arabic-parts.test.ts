/**
 * Kế hoạch của UBND xã không có số La Mã: các phần đánh số Ả Rập "1. MỤC ĐÍCH, YÊU CẦU", "2. NHIỆM VỤ, GIẢI PHÁP",
 * "3. TỔ CHỨC THỰC HIỆN", dưới đó "2.1.", "2.2.1.", gạch đầu dòng và khối "+ Đơn vị thực hiện / + Thời gian thực hiện".
 * Đó là các phần của kế hoạch như "I.", "II.", "III.": mã nhiệm vụ giữ số của kế hoạch ("2.1.1", "2.2.1.2").
 */
import { readDocx } from '../../src/docx';
import { readPlanOutline } from '../../src/plan/import/outline';
import { p, rawDocx } from '../docx/helpers';

function planDocx(): Uint8Array {
  return rawDocx({
    body: [
      p('ỦY BAN NHÂN DÂN XÃ TÂN HƯNG', { bold: true }),
      p('Số: 08/KH-UBND'),
      p('KẾ HOẠCH', { bold: true }),
      p('Công tác phòng, chống tham nhũng, tiêu cực năm 2027', { bold: true }),
      p('1. MỤC ĐÍCH, YÊU CẦU', { bold: true }),
      p('- Nâng cao nhận thức, trách nhiệm của cán bộ, công chức trong công tác phòng, chống tham nhũng, tiêu cực.'),
      p('2. NHIỆM VỤ, GIẢI PHÁP', { bold: true }),
      p('2.1. Công tác lãnh đạo, chỉ đạo', { bold: true }),
      p('2.1.1. Chủ tịch UBND xã quán triệt các văn bản của cấp trên về phòng, chống tham nhũng, tiêu cực đến toàn thể cán bộ, công chức.'),
      p('+ Đơn vị thực hiện: Văn phòng HĐND và UBND xã.'),
      p('+ Thời gian thực hiện: Thường xuyên.'),
      p('2.2. Các giải pháp phòng ngừa', { bold: true }),
      p('2.2.1. Công khai, minh bạch trong hoạt động', { bold: true }),
      p('- Công khai dự toán, quyết toán ngân sách xã tại trụ sở UBND xã.'),
      p('- Công khai thủ tục hành chính tại Trung tâm Phục vụ hành chính công xã.'),
      p('+ Đơn vị thực hiện: Phòng Kinh tế chủ trì, phối hợp với Văn phòng HĐND và UBND xã.'),
      p('+ Thời gian thực hiện: Quý I/2027.'),
      p('3. TỔ CHỨC THỰC HIỆN', { bold: true }),
      p('3.1. Văn phòng HĐND và UBND xã tổng hợp, báo cáo kết quả thực hiện Kế hoạch về Thanh tra tỉnh trước ngày 10/12/2027.'),
    ].join(''),
  });
}

test('các phần "1.", "2.", "3." của kế hoạch không có số La Mã là các phần của nó: mã "2.1.1", "2.2.1.2"', () => {
  const outline = readPlanOutline(readDocx(planDocx(), { name: 'ke-hoach-xa.docx' }));
  expect(outline.items.map((item) => [item.id, item.lead, item.timingRaw])).toEqual([
    ['2.1.1', ['Văn phòng HĐND và UBND xã'], 'Thường xuyên.'],
    ['2.2.1.1', ['Phòng Kinh tế'], 'Quý I/2027.'],
    ['2.2.1.2', ['Phòng Kinh tế'], 'Quý I/2027.'],
  ]);
  expect(outline.headings.map((h) => h.id)).toEqual(expect.arrayContaining(['2', '2.1', '2.2', '2.2.1']));
  expect(outline.organisation[0]?.text).toMatch(/^3\.1\. Văn phòng HĐND và UBND xã tổng hợp/u);
});
