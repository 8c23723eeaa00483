/**
 * Điểm "b) …" là một câu trọn vẹn, dòng dưới nó là ngoặc đơn vị đứng riêng "(Đơn vị thực hiện: X chủ trì, phối hợp Y;
 * thời gian: hằng tháng)": điểm ấy là một nhiệm vụ, ngoặc là đơn vị và thời gian của nó (không phải ngoặc thành nhiệm vụ,
 * còn điểm b) thành tên mục).
 */
import { readDocx } from '../../src/docx';
import { readPlanOutline } from '../../src/plan/import/outline';
import { p, rawDocx } from '../docx/helpers';

function planDocx(): Uint8Array {
  return rawDocx({
    body: [
      p('SỞ KHOA HỌC VÀ CÔNG NGHỆ', { bold: true }),
      p('Số: 15/KH-SKHCN'),
      p('KẾ HOẠCH', { bold: true }),
      p('Công tác phòng, chống tham nhũng, tiêu cực năm 2027', { bold: true }),
      p('II. NHIỆM VỤ, GIẢI PHÁP', { bold: true }),
      p('1. Đổi mới hình thức tuyên truyền', { bold: true }),
      p('a) Lồng ghép tuyên truyền Luật Phòng, chống tham nhũng trong sinh hoạt chi bộ, họp cơ quan. Văn phòng Sở thực hiện; thời gian: thường xuyên.'),
      p('b) Duy trì, cập nhật chuyên mục "Phòng, chống tham nhũng, tiêu cực" trên Cổng thông tin điện tử của Sở; đăng tải các văn bản pháp luật, văn bản chỉ đạo để công chức, viên chức theo dõi.'),
      p('(Đơn vị thực hiện: Trung tâm Công nghệ thông tin và Truyền thông chủ trì, phối hợp Văn phòng Sở; thời gian: hằng tháng)'),
      p('c) Chấp hành nghiêm kỷ luật, kỷ cương hành chính, thời giờ làm việc; không gây phiền hà, sách nhiễu tổ chức, cá nhân đến liên hệ công tác.'),
      p('(Đơn vị thực hiện: các phòng chuyên môn, các đơn vị sự nghiệp công lập trực thuộc Sở; thời gian: thường xuyên)'),
      p('III. TỔ CHỨC THỰC HIỆN', { bold: true }),
      p('1. Các phòng, đơn vị báo cáo kết quả thực hiện Kế hoạch gửi về Văn phòng Sở trước ngày 05/12/2027 đối với báo cáo năm.'),
    ].join(''),
  });
}

test('điểm "b) …" trọn câu, ngoặc đơn vị ở dòng dưới: điểm là nhiệm vụ, ngoặc cho đơn vị và thời gian', () => {
  const outline = readPlanOutline(readDocx(planDocx(), { name: 'ke-hoach-so.docx' }));
  expect(outline.items.map((item) => [item.id, item.text.split('\n')[0]!.slice(0, 30), item.lead, item.support, item.timingRaw])).toEqual([
    ['II.1.a.1', 'Lồng ghép tuyên truyền Luật Ph', ['Văn phòng Sở'], [], 'thường xuyên'],
    ['II.1.b.1', 'Duy trì, cập nhật chuyên mục "', ['Trung tâm Công nghệ thông tin và Truyền thông'], ['Văn phòng Sở'], 'hằng tháng'],
    ['II.1.c.1', 'Chấp hành nghiêm kỷ luật, kỷ c', ['các phòng chuyên môn', 'các đơn vị sự nghiệp công lập trực thuộc Sở'], [], 'thường xuyên'],
  ]);
});
