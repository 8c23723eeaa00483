/**
 * Bảng nhiệm vụ chỉ có một cột người, bộ phận thực hiện ("Người, bộ phận thực hiện"), trong ô ghi nhiều bộ phận và đánh
 * dấu "(chủ trì)" sau một bộ phận: bộ phận đó chủ trì, các bộ phận, chức danh khác trong ô (ghi trước hay sau nó) phối
 * hợp; tên tổ ghi đủ ("Tổ giám sát") là một bộ phận, không phải "Tổ" làm việc giám sát.
 */
import { readDocx } from '../../src/docx';
import { readPlanOutline } from '../../src/plan/import/outline';
import { rawDocx } from '../docx/helpers';

const run = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
/** A cell; each line of `text` a paragraph of its own. */
const tc = (text: string) => `<w:tc><w:tcPr><w:tcW w:w="1800" w:type="dxa"/></w:tcPr>${text.split('\n').map(run).join('')}</w:tc>`;
const tr = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;

function planDocx(): Uint8Array {
  const rows = [
    tr(tc('TT'), tc('Nội dung công việc'), tc('Người, bộ phận thực hiện'), tc('Thời gian'), tc('Sản phẩm')),
    tr(tc('I'), tc('CÔNG KHAI, MINH BẠCH TRONG TIẾP NHẬN, GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH'), tc(''), tc(''), tc('')),
    tr(
      tc('1'),
      tc('Hướng dẫn, tiếp nhận, số hóa hồ sơ và trả kết quả giải quyết thủ tục hành chính đúng hạn; thực hiện xin lỗi bằng văn bản đối với hồ sơ trễ hạn.'),
      tc('Công chức, viên chức tại các quầy\nPhòng Kiểm soát thủ tục hành chính và Tiếp nhận (chủ trì)'),
      tc('Thường xuyên'),
      tc('Báo cáo hằng tháng'),
    ),
    tr(
      tc('2'),
      tc('Vận hành hệ thống camera giám sát tại khu vực tiếp nhận và trả kết quả; trích xuất dữ liệu khi có phản ánh.'),
      tc('Tổ công nghệ thông tin (chủ trì); Tổ giám sát'),
      tc('Thường xuyên'),
      tc('Dữ liệu camera được lưu trữ'),
    ),
    tr(
      tc('3'),
      tc('Kiểm soát xung đột lợi ích, thực hiện quy định về tặng quà, nhận quà và nộp lại quà tặng.'),
      tc('Giám đốc, Phó Giám đốc; Phòng Hành chính - Tổng hợp (chủ trì)'),
      tc('Thường xuyên'),
      tc('Văn bản phân công'),
    ),
    tr(
      tc('4'),
      tc('Xây dựng và thực hiện kế hoạch chuyển đổi vị trí công tác năm 2027 đối với công chức, viên chức.'),
      tc('Phòng Hành chính - Tổng hợp (chủ trì)\nGiám đốc, Phó Giám đốc'),
      tc('Trước ngày 30/6/2027'),
      tc('Kế hoạch chuyển đổi vị trí công tác'),
    ),
  ];
  return rawDocx({
    body: [
      run('TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG'),
      run('KẾ HOẠCH'),
      run('Phòng, chống tham nhũng, tiêu cực năm 2027'),
      run('II. NHIỆM VỤ, GIẢI PHÁP'),
      `<w:tbl><w:tblPr/><w:tblGrid>${'<w:gridCol w:w="1800"/>'.repeat(5)}</w:tblGrid>${rows.join('')}</w:tbl>`,
      run(''),
    ].join(''),
  });
}

test('ô có một bộ phận "(chủ trì)": bộ phận đó chủ trì, các bộ phận, chức danh khác trong ô phối hợp', () => {
  const outline = readPlanOutline(readDocx(planDocx()));
  expect(outline.items.map((item) => [item.lead, item.support])).toEqual([
    [['Phòng Kiểm soát thủ tục hành chính và Tiếp nhận'], ['Công chức, viên chức tại các quầy']],
    [['Tổ công nghệ thông tin'], ['Tổ giám sát']],
    [['Phòng Hành chính - Tổng hợp'], ['Giám đốc, Phó Giám đốc']],
    [['Phòng Hành chính - Tổng hợp'], ['Giám đốc, Phó Giám đốc']],
  ]);
});
