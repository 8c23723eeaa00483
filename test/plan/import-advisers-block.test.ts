/**
 * Kế hoạch của đảng ủy xã ghi nhiệm vụ thành các gạch đầu dòng trong từng nhóm ("1. Về lãnh đạo, chỉ đạo"), mỗi nhóm khép
 * lại bằng dòng "Cơ quan tham mưu: …; Cơ quan phối hợp: …; Thời gian: …" (có khi tách thành hai đoạn) áp cho mọi gạch của
 * nhóm. Gạch nào tự nêu cơ quan làm ("Hội đồng nhân dân xã (HĐND xã) tăng cường giám sát …") giữ cơ quan ấy; gạch nào tự
 * nêu hạn hoàn thành ("…; hoàn thành trong quý II/2027.") giữ hạn ấy. "Đảng ủy UBND xã lãnh đạo, chỉ đạo UBND xã tổ chức
 * thực hiện": cả hai cùng chủ trì. "Văn phòng Đảng ủy, UBKT Đảng ủy": hai cơ quan.
 */
import { readDocx } from '../../src/docx';
import { readPlanOutline } from '../../src/plan/import/outline';
import { readUnitsLine } from '../../src/plan/import/units-line';
import { p, rawDocx } from '../docx/helpers';

function planDocx(): Uint8Array {
  return rawDocx({
    body: [
      p('ĐẢNG ỦY XÃ TÂN PHÚ', { bold: true }),
      p('Số 09-KH/ĐU'),
      p('KẾ HOẠCH', { bold: true }),
      p('thực hiện công tác phòng, chống tham nhũng, lãng phí, tiêu cực năm 2027', { bold: true }),
      p('II. NHIỆM VỤ, GIẢI PHÁP', { bold: true }),
      p('1. Về lãnh đạo, chỉ đạo', { bold: true }),
      p('- Tăng cường sự lãnh đạo, chỉ đạo của Đảng ủy đối với công tác phòng, chống tham nhũng, lãng phí, tiêu cực; đưa nội dung này vào nghị quyết lãnh đạo hằng quý.'),
      p('- Các chi bộ trực thuộc xây dựng kế hoạch thực hiện của chi bộ; đưa nội dung phòng, chống tham nhũng vào sinh hoạt chi bộ định kỳ.'),
      p('- Hội đồng nhân dân xã (HĐND xã) tăng cường giám sát việc quản lý, sử dụng ngân sách, tài sản công trên địa bàn xã.'),
      p('Cơ quan tham mưu: Ủy ban Kiểm tra Đảng ủy (sau đây viết tắt là UBKT Đảng ủy); Cơ quan phối hợp: Văn phòng Đảng ủy.'),
      p('Thời gian: Thường xuyên trong năm 2027.'),
      p('2. Về phòng, chống lãng phí', { bold: true }),
      p('- Thực hiện nghiêm Luật Thực hành tiết kiệm, chống lãng phí; quản lý, sử dụng hiệu quả ngân sách, tài sản công.'),
      p('- Rà soát, lập phương án xử lý nhà, đất dôi dư sau sắp xếp đơn vị hành chính; hoàn thành trong quý II/2027.'),
      p('Cơ quan tham mưu: Đảng ủy Ủy ban nhân dân xã lãnh đạo, chỉ đạo Ủy ban nhân dân xã tổ chức thực hiện; Cơ quan phối hợp: Văn phòng Đảng ủy, UBKT Đảng ủy; Thời gian: Năm 2027.'),
      p('III. TỔ CHỨC THỰC HIỆN', { bold: true }),
      p('1. Các chi bộ trực thuộc báo cáo kết quả thực hiện về Đảng ủy (qua UBKT Đảng ủy) định kỳ 6 tháng, năm: báo cáo 6 tháng gửi trước ngày 20/5/2027; báo cáo năm gửi trước ngày 20/11/2027.'),
    ].join(''),
  });
}

test('nhóm gạch khép bằng "Cơ quan tham mưu: …; Cơ quan phối hợp: …" và "Thời gian: …": mọi gạch theo dòng ấy, trừ gạch tự nêu cơ quan làm hay hạn hoàn thành', () => {
  const outline = readPlanOutline(readDocx(planDocx(), { name: 'ke-hoach-dang-uy-xa.docx' }));
  const roles = outline.items.map((item) => [item.id, item.unitsRaw === null ? null : readUnitsLine(item.unitsRaw), item.timingRaw]);
  const ubkt = { lead: ['Ủy ban Kiểm tra Đảng ủy'], support: ['Văn phòng Đảng ủy'] };
  const directed = { lead: ['Đảng ủy Ủy ban nhân dân xã', 'Ủy ban nhân dân xã'], support: ['Văn phòng Đảng ủy', 'UBKT Đảng ủy'] };
  expect(roles[0]).toEqual(['II.1.1', ubkt, 'Thường xuyên trong năm 2027.']);
  // Gạch tự nêu cơ quan làm: không nhận dòng "Cơ quan tham mưu"; đơn vị đọc từ chính câu nhiệm vụ.
  expect(roles[1]![1]).toBeNull();
  expect(roles[2]![1]).toBeNull();
  expect(roles[3]).toEqual(['II.2.1', directed, 'Năm 2027.']);
  // Gạch tự nêu hạn hoàn thành giữ hạn của mình.
  expect(roles[4]![1]).toEqual(directed);
  expect(roles[4]![2]).not.toBe('Năm 2027.');
});

test('"Đảng ủy UBND xã lãnh đạo UBND xã thực hiện": cơ quan đảng chỉ đạo và cơ quan làm cùng chủ trì; "UBKT Đảng ủy" mở tên một cơ quan', () => {
  expect(readUnitsLine('Chủ trì: Đảng ủy UBND xã lãnh đạo UBND xã thực hiện; Cơ quan phối hợp: HĐND xã, Văn phòng Đảng ủy.')).toEqual({ lead: ['Đảng ủy UBND xã', 'UBND xã'], support: ['HĐND xã', 'Văn phòng Đảng ủy'] });
  expect(readUnitsLine('Chủ trì: Văn phòng Đảng ủy; Phối hợp: Ban Xây dựng Đảng, UBKT Đảng ủy')).toEqual({ lead: ['Văn phòng Đảng ủy'], support: ['Ban Xây dựng Đảng', 'UBKT Đảng ủy'] });
});
