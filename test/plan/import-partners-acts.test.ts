/** "…; phối hợp với Phòng Tài chính kế toán kiểm kê tài sản …": tên đơn vị phối hợp dừng ở việc nó làm (kiểm kê, giám định, phát hiện, khảo sát). */
import { partnersIn } from '../../src/plan/import/units-line';

test.each([
  ['Quản lý, sử dụng, bảo dưỡng, kiểm định trang thiết bị y tế đúng quy định; phối hợp với Phòng Tài chính kế toán kiểm kê tài sản, trang thiết bị, vật tư tồn kho cuối năm (trước ngày 31/12/2027).', ['Phòng Tài chính kế toán']],
  ['Quản lý chặt chẽ việc chỉ định dịch vụ kỹ thuật, nhập viện, chuyển tuyến; phối hợp với Bảo hiểm xã hội tỉnh giám định, đối chiếu chi phí khám bệnh, chữa bệnh BHYT (đối chiếu hằng quý).', ['Bảo hiểm xã hội tỉnh']],
  ['Thực hiện nhiệm vụ thường trực Hội đồng thuốc và điều trị; phối hợp với Phòng Kế hoạch tổng hợp phát hiện, chấn chỉnh việc kê đơn không hợp lý (hằng quý).', ['Phòng Kế hoạch tổng hợp']],
  ['Phối hợp với Phòng Quản lý chất lượng khảo sát sự hài lòng của người bệnh nội trú, ngoại trú (khảo sát hằng quý).', ['Phòng Quản lý chất lượng']],
])('%s', (text, partners) => {
  expect(partnersIn(text)).toEqual(partners);
});
