/**
 * Kế hoạch của Viện kiểm sát nhân dân tỉnh: các Viện kiểm sát khu vực viết tắt "VKSND khu vực", đứng sau "và" trong câu
 * giao việc ("Giao các Phòng nghiệp vụ và VKSND khu vực lựa chọn …", "Phòng 9 và VKSND khu vực qua kiểm sát …"). Tên viết
 * tắt mở một đơn vị mới: "các Phòng nghiệp vụ" và "các VKSND khu vực" là hai nhóm; tên đơn vị khu vực dừng ở "khu vực"
 * (hoặc số, tên của khu vực), chữ thường sau đó là việc làm, kể cả sau "chủ trì, phối hợp với"; "VKSND khu vực" không kèm số là tất cả các VKSND khu vực.
 */
import { readDocx } from '../../src/docx';
import { readPlanOutline } from '../../src/plan/import/outline';
import { p, rawDocx } from '../docx/helpers';

function planDocx(): Uint8Array {
  return rawDocx({
    body: [
      p('VIỆN KIỂM SÁT NHÂN DÂN TỈNH QUẢNG NGÃI', { bold: true }),
      p('Số: 06/KH-VKSQNg'),
      p('KẾ HOẠCH', { bold: true }),
      p('Phòng, chống tham nhũng, tiêu cực năm 2027', { bold: true }),
      p('II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM', { bold: true }),
      p('1. Công tác tuyên truyền, phổ biến, giáo dục pháp luật', { bold: true }),
      p('- Giao các Phòng nghiệp vụ (Phòng 1, Phòng 2, Phòng 7, Phòng 9) và VKSND khu vực lựa chọn vụ án tham nhũng, chức vụ điển hình để tổ chức phiên tòa rút kinh nghiệm; mỗi VKSND khu vực tổ chức ít nhất 01 phiên tòa rút kinh nghiệm trong năm 2027.'),
      p('2. Công tác phát hiện, xử lý tham nhũng, tiêu cực', { bold: true }),
      p('- Lãnh đạo các Phòng nghiệp vụ và VKSND khu vực khi phân công Kiểm sát viên giải quyết vụ án phải kịp thời phát hiện và kiểm soát xung đột lợi ích (thực hiện thường xuyên).'),
      p('- Phòng 9 và VKSND khu vực qua kiểm sát việc giải quyết các vụ án hành chính, vụ việc dân sự kịp thời phát hiện vi phạm pháp luật có dấu hiệu tham nhũng, tiêu cực để kiến nghị xử lý (thường xuyên).'),
      p('- Phòng 7 chủ trì, phối hợp với VKSND khu vực kiểm sát việc thi hành các bản án về tham nhũng, chức vụ, tập trung vào việc thu hồi tiền, tài sản tham nhũng; tổng hợp kết quả báo cáo Viện trưởng định kỳ 6 tháng, năm.'),
      p('- Phòng 2 theo dõi, tổng hợp tiến độ giải quyết các vụ án, vụ việc tham nhũng, tiêu cực thuộc diện Thường trực Tỉnh ủy theo dõi, chỉ đạo; báo cáo Viện trưởng trước ngày 25 hằng tháng.'),
      p('III. TỔ CHỨC THỰC HIỆN', { bold: true }),
      p('Các đơn vị báo cáo kết quả về VKSND tỉnh (qua Văn phòng) trước ngày 03/12/2027.'),
    ].join(''),
  });
}

test('"các Phòng nghiệp vụ và VKSND khu vực": hai nhóm; tên VKSND khu vực không kéo theo việc làm sau nó', () => {
  const outline = readPlanOutline(readDocx(planDocx(), { name: 'ke-hoach-vks.docx' }));
  expect(outline.items.map((item) => [item.id, item.lead])).toEqual([
    ['II.1.1', ['các Phòng nghiệp vụ', 'các VKSND khu vực']],
    ['II.2.1', ['các Phòng nghiệp vụ', 'các VKSND khu vực']],
    ['II.2.2', ['Phòng 9', 'các VKSND khu vực']],
    ['II.2.3', ['Phòng 7']],
    ['II.2.4', ['Phòng 2']],
  ]);
  // "X chủ trì, phối hợp với VKSND khu vực kiểm sát …": không động từ quen nào mở việc làm, tên đơn vị phối hợp vẫn dừng đúng chỗ.
  expect(outline.items.find((item) => item.id === 'II.2.3')?.support).toEqual(['các VKSND khu vực']);
});

test('"báo cáo … trước ngày 25 hằng tháng": thời hạn là ngày của mỗi tháng, không chỉ "hằng tháng"', () => {
  const outline = readPlanOutline(readDocx(planDocx(), { name: 'ke-hoach-vks.docx' }));
  expect(outline.items.find((item) => item.id === 'II.2.4')?.timingRaw).toBe('trước ngày 25 hằng tháng');
});
