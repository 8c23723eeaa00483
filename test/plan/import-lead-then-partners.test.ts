/**
 * Câu cuối của nhiệm vụ "X chủ trì, phối hợp Y và Z thực hiện; thời gian: …" (không có chữ "với" sau "phối hợp"): đơn vị
 * đứng ngay sau "phối hợp" là đơn vị phối hợp, như câu "X chủ trì, phối hợp với Y …"; không chỉ còn đơn vị chủ trì.
 */
import { readDocx } from '../../src/docx';
import { closingRoles } from '../../src/plan/import/closing-roles';
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
      p('1. Công khai, minh bạch trong tổ chức và hoạt động', { bold: true }),
      p('- Công khai dự toán, quyết toán ngân sách nhà nước của Sở và các đơn vị trực thuộc theo quy định. Phòng Kế hoạch - Tài chính chủ trì, phối hợp Văn phòng Sở thực hiện; thời gian: theo thời hạn quy định.'),
      p('2. Tự kiểm tra việc thực hiện các quy định về PCTN, TC tại 02 đơn vị sự nghiệp công lập trực thuộc Sở. Văn phòng Sở chủ trì, phối hợp Phòng Kế hoạch - Tài chính và Trung tâm Công nghệ thông tin thực hiện; thời gian: Quý III/2027.'),
      p('III. TỔ CHỨC THỰC HIỆN', { bold: true }),
      p('1. Các phòng, đơn vị báo cáo kết quả thực hiện Kế hoạch gửi về Văn phòng Sở trước ngày 05/12/2027 đối với báo cáo năm.'),
    ].join(''),
  });
}

test('"X chủ trì, phối hợp Y thực hiện; thời gian: …" cuối nhiệm vụ: Y là đơn vị phối hợp', () => {
  const outline = readPlanOutline(readDocx(planDocx(), { name: 'ke-hoach-so.docx' }));
  expect(outline.items.map((item) => [item.id, item.lead, item.support, item.timingRaw])).toEqual([
    ['II.1.1', ['Phòng Kế hoạch - Tài chính'], ['Văn phòng Sở'], 'theo thời hạn quy định'],
    ['II.2', ['Văn phòng Sở'], ['Phòng Kế hoạch - Tài chính', 'Trung tâm Công nghệ thông tin'], 'Quý III/2027'],
  ]);
});

test('câu "X chủ trì, phối hợp Y …" để dòng đơn vị đọc, không đọc theo vai (chỉ còn chủ trì)', () => {
  expect(closingRoles('Rà soát Quy chế chi tiêu nội bộ. Phòng Kế hoạch - Tài chính chủ trì, phối hợp Văn phòng Sở thực hiện; thời gian: Quý I/2027.')).toBeNull();
});
