/** Câu mở đầu một mục giao đơn vị phối hợp cho mọi nội dung của mục; ngoặc đơn cuối nội dung chỉ ghi đơn vị chủ trì. */
import { partSupport } from '../../src/plan/import/part-support';
import { unitsFromText } from '../../src/plan/import/units-line';

test.each([
  ['Văn phòng và các Phòng Giao dịch phối hợp thực hiện các nội dung tại mục 1.', 'Văn phòng và các Phòng Giao dịch', '1'],
  ['Các phòng nghiệp vụ (Phòng Kế toán nhà nước, Phòng Kiểm soát chi) và các Phòng Giao dịch phối hợp thực hiện các nội dung tại mục 2.', 'Các phòng nghiệp vụ và các Phòng Giao dịch', '2'],
  ['Thanh tra Sở phối hợp thực hiện các nhiệm vụ của mục này.', 'Thanh tra Sở', null],
])('"%s"', (sentence, bodies, place) => {
  expect(partSupport(sentence)).toEqual({ bodies, place });
});

test('câu không giao phối hợp cho cả mục thì không phải', () => {
  expect(partSupport('Tổ chức quán triệt, triển khai Kế hoạch này đến toàn thể công chức, người lao động.')).toBeNull();
  expect(partSupport('Văn phòng chủ trì, phối hợp với các phòng thực hiện các nội dung tại mục 1.')).toBeNull();
});

test.each([
  ['Tổ chức quán triệt, triển khai Kế hoạch đến toàn thể công chức, người lao động (Phòng Tổ chức cán bộ và Kiểm tra).', ['Phòng Tổ chức cán bộ và Kiểm tra']],
  ['Công khai kết quả giải quyết hồ sơ trễ hạn (nếu có) (Phòng Kiểm soát chi).', ['Phòng Kiểm soát chi']],
  ['Thực hiện nghiêm Quy tắc ứng xử của công chức, người lao động (các phòng, các Phòng Giao dịch).', ['các phòng', 'các Phòng Giao dịch']],
])('ngoặc đơn cuối nội dung chỉ ghi tên đơn vị: đơn vị chủ trì — "%s"', (text, lead) => {
  expect(unitsFromText(text)).toEqual({ lead, support: [] });
});

test('ngoặc đơn cuối không phải tên đơn vị thì không giao cho ai', () => {
  expect(unitsFromText('Công khai kết quả giải quyết hồ sơ (nếu có).').lead).toEqual([]);
});
