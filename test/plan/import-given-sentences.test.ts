/**
 * Kế hoạch văn xuôi của UBND tỉnh: mỗi điểm a), b) là một nhiệm vụ, khép lại bằng câu "Giao …" (hoặc "Đề nghị …"), có
 * khi hai câu "Giao" — một cho đơn vị chủ trì, một cho các cơ quan làm tiếp phần việc của mình. Đơn vị của mọi câu "Giao"
 * đều chủ trì, đơn vị "phối hợp với" là phối hợp, thời gian của từng câu nối lại theo thứ tự. Mục có tên in đậm viết liền
 * câu "Giao" ("4. Đánh giá …: Giao …") cũng vậy.
 */
import { readDocx } from '../../src/docx';
import { readPlanOutline } from '../../src/plan/import/outline';
import { escapeXml, p, rawDocx } from '../docx/helpers';

/** A paragraph opening with a bold run-in title: "**4. Đánh giá …:** Giao …". */
const runIn = (title: string, text: string) =>
  `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${escapeXml(title)}</w:t></w:r><w:r><w:t xml:space="preserve">${escapeXml(` ${text}`)}</w:t></w:r></w:p>`;

function planDocx(): Uint8Array {
  return rawDocx({
    body: [
      p('ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ', { bold: true }),
      p('Số: 25/KH-UBND'),
      p('KẾ HOẠCH', { bold: true }),
      p('Phòng, chống tham nhũng, tiêu cực năm 2027', { bold: true }),
      p('II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM', { bold: true }),
      p('1. Công tác tuyên truyền, phổ biến pháp luật', { bold: true }),
      p('a) Tuyên truyền, phổ biến Luật Phòng, chống tham nhũng và các văn bản hướng dẫn thi hành bằng nhiều hình thức phù hợp. Giao Sở Tư pháp chủ trì, phối hợp với Thanh tra tỉnh hướng dẫn lồng ghép nội dung PCTNTC vào Kế hoạch phổ biến, giáo dục pháp luật năm 2027; thời gian: Quý I/2027. Giao các cơ quan, đơn vị, địa phương tổ chức tuyên truyền tại cơ quan, đơn vị, địa phương mình; thời gian: thường xuyên.'),
      p('b) Duy trì chuyên mục phòng, chống tham nhũng, tiêu cực trên sóng phát thanh, truyền hình và báo điện tử. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh chủ trì, phối hợp với Sở Văn hóa, Thể thao và Du lịch thực hiện; thời gian: thường xuyên.'),
      p('2. Kiểm soát tài sản, thu nhập', { bold: true }),
      p('a) Tổ chức kê khai, công khai bản kê khai tài sản, thu nhập hằng năm đúng đối tượng, thời hạn theo Nghị định số 130/2020/NĐ-CP. Giao các sở, ban, ngành thực hiện; thời gian: hoàn thành trước ngày 31/12/2027. Giao Thanh tra tỉnh hướng dẫn, đôn đốc việc kê khai và tiếp nhận bản kê khai theo thẩm quyền; thời gian: Quý IV/2027.'),
      p('b) Theo dõi, tổng hợp kết quả thực hiện quy định về tặng quà, nhận quà tặng; tham mưu UBND tỉnh báo cáo Thanh tra Chính phủ. Giao Thanh tra tỉnh thực hiện; thời gian: Quý IV/2027. Giao các sở, ban, ngành báo cáo kết quả về Thanh tra tỉnh trước ngày 15/11/2027.'),
      runIn('3. Đánh giá công tác PCTNTC năm 2027:', 'Giao Thanh tra tỉnh chủ trì, phối hợp với Sở Nội vụ tham mưu UBND tỉnh tự đánh giá công tác PCTNTC cấp tỉnh năm 2027; thời gian: tháng 11/2027.'),
      p('III. TỔ CHỨC THỰC HIỆN', { bold: true }),
      p('Các sở, ban, ngành báo cáo kết quả thực hiện về Thanh tra tỉnh trước ngày 10 của tháng cuối quý.'),
    ].join(''),
  });
}

test('mỗi câu "Giao" giao phần việc của mình: đơn vị của các câu cùng chủ trì, thời gian nối theo thứ tự; "Đề nghị …" và tên mục in đậm viết liền câu "Giao" cũng đọc được', () => {
  const outline = readPlanOutline(readDocx(planDocx(), { name: 'ke-hoach-tinh.docx' }));
  expect(outline.items.map((item) => [item.id, item.lead, item.support, item.timingRaw])).toEqual([
    ['II.1.a.1', ['Sở Tư pháp', 'các cơ quan, đơn vị, địa phương'], ['Thanh tra tỉnh'], 'Quý I/2027; thường xuyên'],
    ['II.1.b.1', ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh'], ['Sở Văn hóa, Thể thao và Du lịch'], 'thường xuyên'],
    ['II.2.a.1', ['các sở, ban, ngành', 'Thanh tra tỉnh'], [], 'hoàn thành trước ngày 31/12/2027; Quý IV/2027'],
    ['II.2.b.1', ['Thanh tra tỉnh', 'các sở, ban, ngành'], [], 'Quý IV/2027; trước ngày 15/11/2027'],
    ['II.3', ['Thanh tra tỉnh'], ['Sở Nội vụ'], 'tháng 11/2027'],
  ]);
});
