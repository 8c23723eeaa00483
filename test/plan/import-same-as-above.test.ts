/**
 * Bảng nhiệm vụ của Sở ghi ô lặp lại dòng trên bằng "Như trên", "nt", "-nt-" (ở cột chủ trì, phối hợp hay thời gian),
 * hay "Các đơn vị trên" (các đơn vị dòng trên nêu, trừ đơn vị chính dòng này đã ghi ở cột kia). Ô lặp lại lấy giá trị
 * dòng trên đã đọc xong, nên chuỗi "Như trên" nối tiếp nhau về đến dòng viết rõ. Thời gian giữ nguyên chữ "nt" như văn
 * bản ghi, còn nội dung đọc theo dòng trên.
 */
import { readDocx } from '../../src/docx';
import { readPlanOutline } from '../../src/plan/import/outline';
import { saysSameAsAbove } from '../../src/plan/import/same-as-above';
import { escapeXml, rawDocx } from '../docx/helpers';

const para = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
const tc = (text = '') => `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>${para(text)}</w:tc>`;
const tr = (...cells: string[]) => `<w:tr>${cells.map((text) => tc(text)).join('')}</w:tr>`;

function planDocx(): Uint8Array {
  const rows = [
    tr('STT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian thực hiện'),
    tr('I', 'CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO; TUYÊN TRUYỀN, PHỔ BIẾN PHÁP LUẬT VỀ PCTN, TC', '', '', ''),
    tr('1', 'Lãnh đạo, chỉ đạo triển khai các văn bản của Trung ương, Tỉnh ủy về PCTN, TC; đưa nội dung PCTN, TC vào giao ban định kỳ.', 'Văn phòng Sở', 'Thanh tra Sở, các phòng chuyên môn', 'Thường xuyên'),
    tr('2', 'Tuyên truyền, phổ biến pháp luật về PCTN, TC cho công chức, viên chức, người lao động; duy trì chuyên mục trên Cổng thông tin điện tử của Sở.', 'Văn phòng Sở', 'Các đơn vị trên', 'Như trên'),
    tr('II', 'THANH TRA, KIỂM TRA; PHÁT HIỆN, XỬ LÝ THAM NHŨNG, TIÊU CỰC', '', '', ''),
    tr('3', 'Thanh tra trách nhiệm của Thủ trưởng trong việc thực hiện pháp luật về PCTN, TC tại 02 đơn vị trực thuộc Sở.', 'Thanh tra Sở', 'Phòng Tổ chức cán bộ', 'Quý III/2027'),
    tr('4', 'Theo dõi, đôn đốc việc thực hiện kết luận, kiến nghị sau thanh tra, kiểm tra.', 'Như trên', 'Văn phòng Sở', 'nt'),
    tr('5', 'Tiếp nhận, xử lý phản ánh, kiến nghị, đơn thư tố cáo liên quan đến tham nhũng, tiêu cực.', 'nt', '-nt-', '-nt-'),
    tr('6', 'Kiểm soát xung đột lợi ích trong cấp chứng chỉ hành nghề, thẩm định hồ sơ, đấu thầu, mua sắm.', 'Các đơn vị trên và các đơn vị trực thuộc Sở', '', 'Thường xuyên'),
  ];
  return rawDocx({
    body: [
      para('UBND TỈNH KON TUM'),
      para('SỞ Y TẾ'),
      para('KẾ HOẠCH'),
      para('Phòng, chống tham nhũng, tiêu cực năm 2027'),
      para('II. NHIỆM VỤ, GIẢI PHÁP'),
      `<w:tbl><w:tblPr/><w:tblGrid>${'<w:gridCol w:w="2000"/>'.repeat(5)}</w:tblGrid>${rows.join('')}</w:tbl>`,
      para('III. TỔ CHỨC THỰC HIỆN'),
      para('Các đơn vị báo cáo kết quả thực hiện về Sở Y tế (qua Thanh tra Sở) trước ngày 10 của tháng cuối quý.'),
    ].join(''),
  });
}

test('ô "Như trên", "nt", "-nt-", "Các đơn vị trên" lấy giá trị dòng trên, kể cả khi dòng trên cũng ghi "nt"', () => {
  const outline = readPlanOutline(readDocx(planDocx(), { name: 'ke-hoach-so-y-te.docx' }));
  expect(outline.items.map((item) => [item.id, item.lead, item.support, item.timingRaw, item.timing?.map((part) => part.kind)])).toEqual([
    ['I.1', ['Văn phòng Sở'], ['Thanh tra Sở', 'các phòng chuyên môn'], 'Thường xuyên', ['recurring']],
    ['I.2', ['Văn phòng Sở'], ['Thanh tra Sở', 'các phòng chuyên môn'], 'Như trên', ['recurring']],
    ['II.3', ['Thanh tra Sở'], ['Phòng Tổ chức cán bộ'], 'Quý III/2027', ['quarter']],
    ['II.4', ['Thanh tra Sở'], ['Văn phòng Sở'], 'nt', ['quarter']],
    ['II.5', ['Thanh tra Sở'], ['Văn phòng Sở'], '-nt-', ['quarter']],
    ['II.6', ['Thanh tra Sở', 'Văn phòng Sở', 'các đơn vị trực thuộc Sở'], [], 'Thường xuyên', ['recurring']],
  ]);
});

test('chỉ cả ô nói "như trên" mới là lặp lại; tên đơn vị có chữ "trên" vẫn là tên', () => {
  expect(['Như trên', 'nt', '-nt-', '(như trên)', 'Nt.', 'NT'].every(saysSameAsAbove)).toBe(true);
  expect(['Các đơn vị trên địa bàn', 'Thường xuyên', 'Ban Chỉ đạo', 'ntr'].some(saysSameAsAbove)).toBe(false);
});
