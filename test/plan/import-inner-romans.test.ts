/**
 * Kế hoạch của Sở chia phần nhiệm vụ thành "A. CÁC NHIỆM VỤ CHUNG", "B. CÁC NHIỆM VỤ TRỌNG TÂM", mỗi phần lại đánh số
 * La Mã từ "I." (rồi "1.", "a)", "-"). Số La Mã đánh lại dưới chữ cái in hoa trong một mục La Mã là một cấp dưới chữ ấy,
 * không phải mục lớn của kế hoạch: mã nhiệm vụ ghi chữ và số La Mã viết thường ("II.a.i.1", "II.b.ii.1.a.1"); mục
 * "III. TỔ CHỨC THỰC HIỆN" sau "VI." không nối tiếp dãy số nên vẫn là mục lớn.
 */
import { readDocx } from '../../src/docx';
import { readPlanOutline } from '../../src/plan/import/outline';
import { p, rawDocx } from '../docx/helpers';

function planDocx(): Uint8Array {
  return rawDocx({
    body: [
      p('ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI', { bold: true }),
      p('SỞ KHOA HỌC VÀ CÔNG NGHỆ', { bold: true }),
      p('Số: 15/KH-SKHCN'),
      p('KẾ HOẠCH', { bold: true }),
      p('Công tác phòng, chống tham nhũng, tiêu cực năm 2027', { bold: true }),
      p('I. MỤC ĐÍCH, YÊU CẦU', { bold: true }),
      p('- Nâng cao nhận thức, trách nhiệm của công chức, viên chức trong công tác PCTN, TC.'),
      p('II. NHIỆM VỤ, GIẢI PHÁP', { bold: true }),
      p('A. CÁC NHIỆM VỤ CHUNG', { bold: true }),
      p('I. Công tác lãnh đạo, chỉ đạo', { bold: true }),
      p('1. Quán triệt các văn bản của Trung ương, Tỉnh ủy về PCTN, TC đến toàn thể công chức, viên chức. Văn phòng Sở thực hiện; thời gian: thường xuyên.'),
      p('II. Công tác tuyên truyền, phổ biến, giáo dục pháp luật về PCTN, TC', { bold: true }),
      p('1. Đổi mới hình thức tuyên truyền', { bold: true }),
      p('a) Lồng ghép tuyên truyền Luật Phòng, chống tham nhũng trong sinh hoạt chi bộ, họp cơ quan. Văn phòng Sở thực hiện; thời gian: thường xuyên.'),
      p('2. Tổ chức 01 hội nghị bồi dưỡng kiến thức pháp luật về PCTN, TC cho công chức, viên chức toàn Sở. Văn phòng Sở thực hiện; thời gian: Quý II/2027.'),
      p('B. CÁC NHIỆM VỤ TRỌNG TÂM', { bold: true }),
      p('I. Công khai, minh bạch và trách nhiệm giải trình', { bold: true }),
      p('1. Công khai dự toán, quyết toán ngân sách nhà nước của Sở. Phòng Kế hoạch - Tài chính thực hiện; thời gian: theo quy định.'),
      p('II. Thực hiện định mức, tiêu chuẩn, chế độ', { bold: true }),
      p('1. Rà soát, sửa đổi Quy chế chi tiêu nội bộ của Sở. Phòng Kế hoạch - Tài chính thực hiện; thời gian: Quý I/2027.'),
      p('III. TỔ CHỨC THỰC HIỆN', { bold: true }),
      p('1. Các phòng, đơn vị báo cáo kết quả thực hiện Kế hoạch gửi về Văn phòng Sở trước ngày 05/12/2027 đối với báo cáo năm.'),
    ].join(''),
  });
}

test('số La Mã đánh lại dưới "A.", "B." trong mục "II." là cấp dưới chữ cái: mã "II.a.i.1", "II.b.ii.1"; "III. TỔ CHỨC THỰC HIỆN" vẫn là mục lớn', () => {
  const outline = readPlanOutline(readDocx(planDocx(), { name: 'ke-hoach-so.docx' }));
  expect(outline.items.map((item) => [item.id, item.lead, item.timingRaw])).toEqual([
    ['II.a.i.1', ['Văn phòng Sở'], 'thường xuyên'],
    ['II.a.ii.1.a.1', ['Văn phòng Sở'], 'thường xuyên'],
    ['II.a.ii.2', ['Văn phòng Sở'], 'Quý II/2027'],
    ['II.b.i.1', ['Phòng Kế hoạch - Tài chính'], 'theo quy định'],
    ['II.b.ii.1', ['Phòng Kế hoạch - Tài chính'], 'Quý I/2027'],
  ]);
  expect(outline.headings.filter((h) => h.id.startsWith('II.')).map((h) => [h.id, h.level])).toEqual([
    ['II.a', 2],
    ['II.a.i', 3],
    ['II.a.ii', 3],
    ['II.a.ii.1', 4],
    ['II.a.ii.1.a', 5],
    ['II.b', 2],
    ['II.b.i', 3],
    ['II.b.ii', 3],
  ]);
  expect(outline.organisation[0]?.text).toMatch(/^1\. Các phòng, đơn vị báo cáo/u);
});
