/**
 * Kế hoạch của chi nhánh ngân hàng ghi mỗi nhiệm vụ thành một khối: dòng in đậm "Nhiệm vụ n: <tên>" (đánh số liền từ 1
 * qua các mục "II.1.", "II.2." gõ tay), rồi các dòng "- Nội dung: …", "- Đơn vị chủ trì: …", "- Đơn vị phối hợp: …",
 * "- Thời gian thực hiện: …", "- Sản phẩm: …" (có dòng thiếu, có dòng ghi "Không"). Mỗi khối là một nhiệm vụ, số hiệu là
 * mục cộng số in trong kế hoạch; các dòng là nội dung, đơn vị và thời gian của nó.
 */
import { readDocx } from '../../src/docx';
import { importPlan } from '../../src/plan/import/assemble';
import { readPlanOutline } from '../../src/plan/import/outline';
import { p, rawDocx } from '../docx/helpers';

function planDocx(): Uint8Array {
  return rawDocx({
    body: [
      p('NGÂN HÀNG CHÍNH SÁCH XÃ HỘI'),
      p('CHI NHÁNH TỈNH QUẢNG TRỊ', { bold: true }),
      p('KẾ HOẠCH', { bold: true }),
      p('Công tác phòng, chống tham nhũng, tiêu cực năm 2027', { bold: true }),
      p('II. NHIỆM VỤ, GIẢI PHÁP CỤ THỂ', { bold: true }),
      p('II.1. Công tác lãnh đạo, chỉ đạo; tuyên truyền về PCTN, TC', { bold: true }),
      p('Nhiệm vụ 1: Quán triệt, triển khai Kế hoạch công tác PCTN, TC năm 2027', { bold: true }),
      p('- Nội dung: Tổ chức quán triệt Kế hoạch này đến toàn thể cán bộ, người lao động tại Hội sở tỉnh và các Phòng giao dịch.'),
      p('- Đơn vị chủ trì: Ban Giám đốc.'),
      p('- Đơn vị phối hợp: Phòng Hành chính - Tổ chức; Phòng Kiểm tra, kiểm soát nội bộ.'),
      p('- Thời gian thực hiện: Quý I/2027.'),
      p('- Sản phẩm: Hội nghị quán triệt.'),
      p('Nhiệm vụ 2: Tuyên truyền, phổ biến pháp luật về PCTN, TC', { bold: true }),
      p('- Nội dung: Lồng ghép tuyên truyền pháp luật về PCTN, TC trong các buổi họp Tổ Tiết kiệm và vay vốn.'),
      p('- Đơn vị chủ trì: Các Phòng giao dịch.'),
      p('- Thời gian thực hiện: Thường xuyên.'),
      p('II.2. Thực hiện các biện pháp phòng ngừa tham nhũng, tiêu cực', { bold: true }),
      p('Nhiệm vụ 3: Công khai, minh bạch trong hoạt động tín dụng chính sách', { bold: true }),
      p('- Nội dung: Thực hiện công khai, minh bạch theo quy định, trong đó:'),
      p('+ Niêm yết tại Điểm giao dịch xã các chính sách tín dụng, lãi suất, thủ tục vay vốn;'),
      p('+ Công khai danh sách hộ đề nghị vay vốn đã được bình xét.'),
      p('- Đơn vị chủ trì: Phòng Kế hoạch - Nghiệp vụ tín dụng (sau đây gọi là Phòng KH-NVTD); Phòng Kế toán - Ngân quỹ (Phòng KT-NQ) đối với nội dung công khai tài chính.'),
      p('- Đơn vị phối hợp: Không.'),
      p('- Thời gian thực hiện: Thường xuyên.'),
      p('- Sản phẩm: Không.'),
      p('III. TỔ CHỨC THỰC HIỆN', { bold: true }),
      p('2. Chế độ báo cáo: Các phòng chuyên môn tại Hội sở tỉnh, các Phòng giao dịch báo cáo kết quả thực hiện công tác PCTN, TC gửi về Phòng Kiểm tra, kiểm soát nội bộ theo định kỳ: báo cáo 6 tháng gửi trước ngày 08/6/2027; báo cáo năm gửi trước ngày 08/12/2027.'),
    ].join(''),
  });
}

test('khối "Nhiệm vụ n: …" cùng các dòng "- Nội dung", "- Đơn vị chủ trì", "- Đơn vị phối hợp", "- Thời gian thực hiện": một nhiệm vụ, số hiệu theo số in dưới mục II.1., II.2.', () => {
  const outline = readPlanOutline(readDocx(planDocx(), { name: 'ke-hoach-chi-nhanh.docx' }));
  expect(outline.items.map((item) => [item.id, item.lead, item.support, item.timingRaw])).toEqual([
    ['II.1.1', ['Ban Giám đốc'], ['Phòng Hành chính - Tổ chức', 'Phòng Kiểm tra, kiểm soát nội bộ'], 'Quý I/2027.'],
    ['II.1.2', ['Các Phòng giao dịch'], [], 'Thường xuyên.'],
    ['II.2.3', ['Phòng Kế hoạch - Nghiệp vụ tín dụng', 'Phòng Kế toán - Ngân quỹ'], [], 'Thường xuyên.'],
  ]);
  // Tên khối mở đầu nội dung; các dòng "+" là một phần nội dung của nhiệm vụ 3, không phải nhiệm vụ riêng.
  expect(outline.items[0]!.text).toBe('Quán triệt, triển khai Kế hoạch công tác PCTN, TC năm 2027\nTổ chức quán triệt Kế hoạch này đến toàn thể cán bộ, người lao động tại Hội sở tỉnh và các Phòng giao dịch.');
  expect(outline.items[2]!.text.split('\n')).toHaveLength(4);
  expect(outline.headings.map((h) => h.id)).toEqual(['II', 'II.1', 'II.2']);
});

test('"gửi về Phòng Kiểm tra, kiểm soát nội bộ theo định kỳ": nơi nhận báo cáo là cả tên có dấu phẩy, như các nhiệm vụ viết tên phòng ấy', () => {
  const { plan } = importPlan(readDocx(planDocx(), { name: 'ke-hoach-chi-nhanh.docx' }));
  expect(plan.units.find((u) => u.id === plan.reporting.channel)?.name).toBe('Phòng Kiểm tra, kiểm soát nội bộ');
});
