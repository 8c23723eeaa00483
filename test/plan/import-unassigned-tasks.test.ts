/** Câu ở phần Tổ chức thực hiện giao các nội dung không nêu đơn vị: "… do Văn phòng HĐND và UBND xã tham mưu UBND xã thực hiện". */
import { unassignedRule } from '../../src/plan/import/unassigned-tasks';

test('đơn vị tham mưu cho UBND xã: UBND xã chủ trì, Văn phòng phối hợp', () => {
  expect(unassignedRule(['1. Thủ trưởng các cơ quan, đơn vị thuộc UBND xã căn cứ nội dung Kế hoạch này tổ chức thực hiện nghiêm túc, hiệu quả.', '2. Các nội dung không giao cụ thể cho cơ quan, đơn vị tại Kế hoạch này do Văn phòng HĐND và UBND xã tham mưu UBND xã thực hiện.'])).toEqual({ bodies: 'Văn phòng HĐND và UBND xã', advises: 'UBND xã', helpers: null });
});

test('đơn vị tự thực hiện', () => {
  expect(unassignedRule(['Các nhiệm vụ không giao cụ thể do Văn phòng Sở chủ trì thực hiện.'])).toEqual({ bodies: 'Văn phòng Sở', advises: null, helpers: null });
});

test('câu giao việc chung không phải quy tắc', () => {
  expect(unassignedRule(['Các cơ quan, đơn vị, Công an xã báo cáo kết quả thực hiện gửi UBND xã (qua Văn phòng HĐND và UBND xã) trước ngày 06/3/2027.'])).toBeNull();
});

test('"Các nhiệm vụ không ghi đơn vị chủ trì do Văn phòng tham mưu thực hiện; các ban, đơn vị có liên quan phối hợp": Văn phòng chủ trì (không nêu tham mưu cho ai), các ban, đơn vị phối hợp', () => {
  expect(unassignedRule(['1. Trưởng các ban, Giám đốc Quỹ, Giám đốc Trung tâm căn cứ nhiệm vụ được giao tổ chức thực hiện nghiêm túc Kế hoạch này.', '2. Các nhiệm vụ không ghi đơn vị chủ trì do Văn phòng tham mưu thực hiện; các ban, đơn vị có liên quan phối hợp.'])).toEqual({ bodies: 'Văn phòng', advises: null, helpers: 'các ban, đơn vị có liên quan' });
});
