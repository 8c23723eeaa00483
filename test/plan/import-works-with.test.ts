/** Gạch đầu dòng mở bằng "X phối hợp Y <việc>": X chủ trì, Y phối hợp; "X phối hợp Y thực hiện" là cùng thực hiện. */
import { unitsFromText } from '../../src/plan/import/units-line';

test.each([
  ['Phòng Văn hóa - Xã hội phối hợp Văn phòng HĐND và UBND xã tuyên truyền, phổ biến Luật Phòng, chống tham nhũng trên hệ thống truyền thanh xã – thường xuyên.', ['Phòng Văn hóa - Xã hội'], ['Văn phòng HĐND và UBND xã']],
  ['Phòng Kinh tế phối hợp Phòng Văn hóa - Xã hội tham mưu UBND xã rà soát, sửa đổi, bổ sung Quy chế chi tiêu nội bộ – hoàn thành trong quý I/2027.', ['Phòng Kinh tế'], ['Phòng Văn hóa - Xã hội']],
  ['Văn phòng HĐND và UBND xã phối hợp Ủy ban Mặt trận Tổ quốc Việt Nam xã tạo điều kiện để Ban Thanh tra nhân dân giám sát việc quản lý, sử dụng ngân sách xã.', ['Văn phòng HĐND và UBND xã'], ['Ủy ban Mặt trận Tổ quốc Việt Nam xã']],
  // Cùng thực hiện: cả hai chủ trì.
  ['Phòng Kinh tế phối hợp Văn phòng HĐND và UBND xã thực hiện công khai dự toán, quyết toán ngân sách xã theo quy định.', ['Phòng Kinh tế', 'Văn phòng HĐND và UBND xã'], []],
])('%s', (text, lead, support) => {
  expect(unitsFromText(text)).toEqual({ lead, support });
});

test('"chủ trì, phối hợp với" vẫn đọc như cũ', () => {
  expect(unitsFromText('Công an xã chủ trì, phối hợp với Ban Chỉ huy Quân sự xã quán triệt, kiểm tra việc chấp hành điều lệnh.')).toEqual({ lead: ['Công an xã'], support: ['Ban Chỉ huy Quân sự xã'] });
});
