/** Thời gian viết sau dấu gạch ngang cuối gạch đầu dòng: "… – hoàn thành trong quý I/2027.", lấy nguyên văn sau dấu gạch. */
import { timeAfterDash } from '../../src/plan/import/dash-time';

test.each([
  ['Phòng Kinh tế, Phòng Văn hóa - Xã hội xây dựng kế hoạch thực hiện của đơn vị; thường xuyên theo dõi, kiểm tra việc thực hiện trong lĩnh vực phụ trách – hoàn thành trong tháng 01/2027.', 'hoàn thành trong tháng 01/2027'],
  ['Công an xã chủ trì, phối hợp với Ban Chỉ huy Quân sự xã phòng ngừa tiêu cực trong tuyển chọn, gọi công dân nhập ngũ năm 2027 – thường xuyên; công tác tuyển quân hoàn thành trong quý I/2027.', 'thường xuyên; công tác tuyển quân hoàn thành trong quý I/2027'],
  ['Tổ chức 01 cuộc tự kiểm tra nội bộ việc thực hiện công khai, minh bạch tại Trung tâm Phục vụ hành chính công xã – quý III/2027.', 'quý III/2027'],
  ['Công an xã tiếp nhận, xác minh ban đầu tố giác, tin báo về tội phạm tham nhũng; bảo vệ người tố giác – khi phát sinh.', 'khi phát sinh'],
  ['Văn phòng HĐND và UBND xã phối hợp Ủy ban Mặt trận Tổ quốc Việt Nam xã tạo điều kiện để Ban Thanh tra nhân dân giám sát – theo chương trình giám sát của Ủy ban MTTQ Việt Nam xã.', 'theo chương trình giám sát của Ủy ban MTTQ Việt Nam xã'],
])('%s', (text, time) => {
  expect(timeAfterDash(text, 2027)).toBe(time);
});

test.each([
  // Gạch nối trong tên đơn vị không phải dấu tách thời gian.
  'Phòng Văn hóa - Xã hội tham mưu UBND xã tổ chức kê khai tài sản, thu nhập.',
  // Sau dấu gạch là đơn vị, không phải thời gian.
  'Tuyên truyền pháp luật về phòng, chống tham nhũng – Phòng Văn hóa – Xã hội.',
  'Các thôn, tổ dân phố lồng ghép tuyên truyền pháp luật về PCTNTC trong các cuộc họp thôn.',
])('không có thời gian sau dấu gạch: %s', (text) => {
  expect(timeAfterDash(text, 2027)).toBeNull();
});
