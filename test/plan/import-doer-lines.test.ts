/**
 * Kế hoạch của bệnh viện ghi sau mỗi gạch đầu dòng một dòng in nghiêng nêu người làm: "Khoa, phòng chủ trì: X; phối
 * hợp: Y" (nhãn là các loại đơn vị của bệnh viện, không phải tên đơn vị), hay "Thực hiện: Trưởng khoa, phòng" (chỉ nêu
 * người làm, không nhãn nào khác), rồi dòng "Thời gian: …". "Trưởng khoa, phòng" là các khoa, phòng; đơn vị đứng sau
 * làm một phần việc của mình ("kiểm tra, đôn đốc", "tổ chức khảo sát, tổng hợp") là phối hợp, tên không kèm việc làm.
 */
import { readDocx } from '../../src/docx';
import { readPlanOutline } from '../../src/plan/import/outline';
import { escapeXml, p, rawDocx } from '../docx/helpers';

const italic = (text: string) => `<w:p><w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;

function planDocx(): Uint8Array {
  return rawDocx({
    body: [
      p('SỞ Y TẾ TỈNH QUẢNG NGÃI'),
      p('BỆNH VIỆN ĐA KHOA KHU VỰC ĐỨC PHỔ', { bold: true }),
      p('KẾ HOẠCH', { bold: true }),
      p('Phòng, chống tham nhũng, tiêu cực năm 2027', { bold: true }),
      p('II. NHIỆM VỤ, GIẢI PHÁP', { bold: true }),
      p('1. Tuyên truyền, giáo dục và phòng ngừa', { bold: true }),
      p('- Phổ biến Luật Phòng, chống tham nhũng và Quy tắc ứng xử của viên chức y tế cho toàn thể viên chức, người lao động.'),
      italic('Khoa, phòng chủ trì: Phòng Tổ chức cán bộ; phối hợp: Phòng Kế hoạch tổng hợp, Công đoàn bệnh viện.'),
      italic('Thời gian: quý II năm 2027.'),
      p('- Tự kiểm tra việc chấp hành quy chế chuyên môn, thời gian làm việc tại khoa, phòng mình; báo cáo kết quả hằng quý.'),
      italic('Thực hiện: Trưởng khoa, phòng; Phòng Tổ chức cán bộ kiểm tra, đôn đốc.'),
      italic('Thời gian: hằng quý.'),
      p('- Khảo sát sự hài lòng của người bệnh nội trú, ngoại trú; không gợi ý, nhận tiền, quà của người bệnh.'),
      italic('Thực hiện: Toàn bệnh viện; Phòng Quản lý chất lượng tổ chức khảo sát, tổng hợp.'),
      italic('Thời gian: thường xuyên.'),
      p('III. TỔ CHỨC THỰC HIỆN', { bold: true }),
      p('Trưởng các khoa, phòng báo cáo kết quả về Phòng Tổ chức cán bộ trước ngày 10 của tháng cuối quý.'),
    ].join(''),
  });
}

test('dòng "Khoa, phòng chủ trì: …; phối hợp: …" và "Thực hiện: …" sau mỗi gạch đầu dòng: chủ trì, phối hợp, thời gian', () => {
  const outline = readPlanOutline(readDocx(planDocx(), { name: 'ke-hoach-benh-vien.docx' }));
  expect(outline.items.map((item) => [item.id, item.lead, item.support, item.timingRaw])).toEqual([
    ['II.1.1', ['Phòng Tổ chức cán bộ'], ['Phòng Kế hoạch tổng hợp', 'Công đoàn bệnh viện'], 'quý II năm 2027.'],
    ['II.1.2', ['các khoa, phòng'], ['Phòng Tổ chức cán bộ'], 'hằng quý.'],
    ['II.1.3', ['Toàn bệnh viện'], ['Phòng Quản lý chất lượng'], 'thường xuyên.'],
  ]);
});
