/**
 * Kế hoạch của Công an cấp tỉnh ghi đơn vị bằng ký hiệu, định nghĩa một lần trong đoạn in nghiêng cuối phần I ("Phòng
 * Tham mưu (PV01), …, Thanh tra Công an thành phố (TTr), Công an các xã, phường, đặc khu (CAX)"), rồi giao việc bằng ký
 * hiệu: "(PX01 chủ trì, phối hợp PV01, TTr; …)", "Giao PH10 chủ trì, phối hợp TTr …". Mỗi ký hiệu là đơn vị nó thay
 * cho, ở mọi chỗ nó được dùng, và vẫn là một cách viết của đơn vị ấy.
 */
import { readDocx } from '../../src/docx';
import { importPlan } from '../../src/plan/import/assemble';
import { escapeXml, p, rawDocx } from '../docx/helpers';

const italic = (text: string) => `<w:p><w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;

function planDocx(): Uint8Array {
  return rawDocx({
    body: [
      p('BỘ CÔNG AN'),
      p('CÔNG AN THÀNH PHỐ HẢI PHÒNG', { bold: true }),
      p('Số: 45/KH-CATP-TTr'),
      p('KẾ HOẠCH', { bold: true }),
      p('Phòng, chống tham nhũng, tiêu cực năm 2027', { bold: true }),
      p('I. MỤC ĐÍCH, YÊU CẦU', { bold: true }),
      p('- Nâng cao trách nhiệm của Thủ trưởng Công an các đơn vị, địa phương trong công tác phòng, chống tham nhũng, tiêu cực.'),
      italic('Trong Kế hoạch này, các đơn vị được ghi theo ký hiệu như sau: Phòng Tham mưu (PV01), Phòng Tổ chức cán bộ (PX01), Phòng Hậu cần (PH10), Thanh tra Công an thành phố (TTr), Công an các xã, phường, đặc khu (CAX).'),
      p('II. NHIỆM VỤ, GIẢI PHÁP', { bold: true }),
      p('1. Công tác phòng ngừa', { bold: true }),
      p('- Tham mưu Giám đốc Công an thành phố ban hành Kế hoạch chuyển đổi vị trí công tác năm 2027 đối với cán bộ, chiến sĩ làm việc tại các vị trí liên quan đến tổ chức cán bộ, tài chính, đầu tư, mua sắm (PX01 chủ trì, phối hợp PV01, TTr; ban hành trong Quý I/2027).'),
      p('- Giao PH10 chủ trì, phối hợp TTr kiểm tra việc quản lý, sử dụng tài sản công, xe ô tô, trang thiết bị của Công an các đơn vị, địa phương; hoàn thành trong Quý III/2027.'),
      p('- Kiểm tra đột xuất việc tiếp nhận, giải quyết hồ sơ đăng ký cư trú tại bộ phận tiếp nhận của Công an cấp xã (TTr chủ trì, phối hợp CAX; định kỳ hằng quý).'),
      p('III. TỔ CHỨC THỰC HIỆN', { bold: true }),
      p('Công an các đơn vị, địa phương báo cáo kết quả thực hiện Kế hoạch về Công an thành phố (qua TTr) trước ngày 10 của tháng cuối quý.'),
    ].join(''),
  });
}

test('ký hiệu định nghĩa trong ngoặc sau tên đơn vị ("PX01", "TTr", "CAX") là đơn vị ấy, trong ngoặc cuối nhiệm vụ và trong câu "Giao … chủ trì"', () => {
  const { plan } = importPlan(readDocx(planDocx(), { name: 'ke-hoach-cong-an-thanh-pho.docx' }));
  const name = (id: string) => plan.units.find((u) => u.id === id)?.name ?? id;
  expect(plan.items.map((item) => [item.id, item.lead.map(name), item.support.map(name)])).toEqual([
    ['II.1.1', ['Phòng Tổ chức cán bộ'], ['Phòng Tham mưu', 'Thanh tra Công an thành phố']],
    ['II.1.2', ['Phòng Hậu cần'], ['Thanh tra Công an thành phố']],
    ['II.1.3', ['Thanh tra Công an thành phố'], ['Công an các xã, phường, đặc khu']],
  ]);
  // Báo cáo của đơn vị có thể ghi ký hiệu của mình: ký hiệu vẫn là một cách viết tên đơn vị.
  const aliases = (unitName: string) => plan.units.find((u) => u.name === unitName)?.aliases ?? [];
  expect(aliases('Phòng Tổ chức cán bộ')).toContain('PX01');
  expect(aliases('Thanh tra Công an thành phố')).toContain('TTr');
  expect(aliases('Công an các xã, phường, đặc khu')).toContain('CAX');
});
