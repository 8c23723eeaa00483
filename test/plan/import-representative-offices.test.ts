/**
 * Đại diện của một cơ quan là một đơn vị, tên viết hoa: "Đại diện Cảng vụ tại Dung Quất, Đại diện Cảng vụ tại Sa Kỳ" là
 * hai đơn vị, không phải một tên có dấu phẩy.
 */
import { readDocx } from '../../src/docx';
import { readPlanOutline } from '../../src/plan/import/outline';
import { rawDocx } from '../docx/helpers';

const run = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

function planDocx(): Uint8Array {
  return rawDocx({
    body: [
      run('CẢNG VỤ HÀNG HẢI QUẢNG NGÃI'),
      run('KẾ HOẠCH'),
      run('Phòng, chống tham nhũng, tiêu cực năm 2027'),
      run('II. NHIỆM VỤ, GIẢI PHÁP'),
      run('1. Công tác tuyên truyền, phổ biến pháp luật'),
      run('- Nội dung: Tổ chức 01 hội nghị phổ biến pháp luật về PCTN, TC cho công chức làm thủ tục tàu thuyền tại các Đại diện.'),
      run('- Đơn vị chủ trì: Đại diện Cảng vụ tại Dung Quất, Đại diện Cảng vụ tại Sa Kỳ.'),
      run('- Đơn vị phối hợp: Văn phòng, Phòng Pháp chế – Thanh tra.'),
      run('- Thời gian thực hiện: Quý II/2027.'),
      run('III. TỔ CHỨC THỰC HIỆN'),
      run('Các phòng, Đại diện báo cáo kết quả thực hiện về Cảng vụ (qua Phòng Pháp chế – Thanh tra) trước ngày 10 của tháng cuối quý.'),
    ].join(''),
  });
}

test('"Đại diện Cảng vụ tại Dung Quất, Đại diện Cảng vụ tại Sa Kỳ": hai đơn vị chủ trì', () => {
  const [item] = readPlanOutline(readDocx(planDocx())).items;
  expect([item!.lead, item!.support]).toEqual([
    ['Đại diện Cảng vụ tại Dung Quất', 'Đại diện Cảng vụ tại Sa Kỳ'],
    ['Văn phòng', 'Phòng Pháp chế – Thanh tra'],
  ]);
});
