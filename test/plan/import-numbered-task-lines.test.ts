/**
 * Kế hoạch đánh số nhiệm vụ "1." … "n." rồi giao theo số trong bảng "TT | Cơ quan, đơn vị | Chủ trì nhiệm vụ số | Phối
 * hợp nhiệm vụ số": số là một nhiệm vụ, đơn vị giao việc của kế hoạch. Nhiệm vụ có các dòng "- " dưới câu dẫn ("… bằng
 * các hình thức phù hợp:") là một nhiệm vụ, các dòng là nội dung của nó, không tách thành nhiệm vụ riêng. Bảng nêu mục
 * ("Chủ trì thực hiện (mục)") thì các dòng "- " dưới mục vẫn là nhiệm vụ. Câu "Các nhiệm vụ không ghi thời gian thực hiện
 * thường xuyên trong năm." đứng riêng một đoạn dưới bảng là thời gian của nhiệm vụ không ghi, giữ nguyên cả câu.
 */
import { readDocx } from '../../src/docx';
import { readPlanOutline } from '../../src/plan/import/outline';
import { rawDocx } from '../docx/helpers';

const run = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const tc = (text: string) => `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>${run(text)}</w:tc>`;
const tr = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;

function planDocx(leadHeader: string, supportHeader: string, underTable: readonly string[] = []): Uint8Array {
  const rows = [
    tr(tc('TT'), tc('Cơ quan, đơn vị'), tc(leadHeader), tc(supportHeader)),
    tr(tc('1'), tc('Văn phòng HĐND và UBND xã'), tc('1, 3'), tc('2')),
    tr(tc('2'), tc('Phòng Văn hóa – Xã hội'), tc('2'), tc('1')),
    tr(tc('3'), tc('Công an xã'), tc('4'), tc('2, 3')),
  ];
  return rawDocx({
    body: [
      run('ỦY BAN NHÂN DÂN XÃ HÒA THẮNG'),
      run('KẾ HOẠCH'),
      run('Phòng, chống tham nhũng, tiêu cực năm 2027'),
      run('I. MỤC ĐÍCH, YÊU CẦU'),
      run('- Nâng cao nhận thức, trách nhiệm của cán bộ, công chức, người lao động trong công tác PCTN, TC.'),
      run('II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM'),
      run('1. Tổ chức quán triệt, triển khai Kế hoạch này đến toàn thể cán bộ, công chức, người lao động của các cơ quan, đơn vị thuộc UBND xã.'),
      run('2. Tuyên truyền, phổ biến, giáo dục pháp luật về PCTN, TC cho cán bộ, công chức và Nhân dân trên địa bàn xã bằng các hình thức phù hợp:'),
      run('- Lồng ghép trong các hội nghị, buổi sinh hoạt của cơ quan, đơn vị và các cuộc họp thôn, buôn;'),
      run('- Đăng tải tin, bài trên Trang thông tin điện tử xã; phát trên hệ thống truyền thanh xã.'),
      run('Thời gian: Quý II/2027.'),
      run('3. Thực hiện công khai, minh bạch về tổ chức và hoạt động của cơ quan, đơn vị theo Điều 10 Luật Phòng, chống tham nhũng, trong đó tập trung:'),
      run('- Công khai dự toán, quyết toán và tình hình thực hiện dự toán ngân sách xã;'),
      run('- Công khai công tác tuyển dụng, bố trí, sử dụng cán bộ, công chức, người lao động.'),
      run('4. Tiếp nhận, phân loại, xác minh ban đầu tin báo, tố giác về tội phạm tham nhũng, chức vụ trên địa bàn xã.'),
      run('III. TỔ CHỨC THỰC HIỆN'),
      run('Ủy ban nhân dân xã phân công các cơ quan, đơn vị chủ trì, phối hợp thực hiện như sau:'),
      `<w:tbl><w:tblPr/><w:tblGrid>${'<w:gridCol w:w="2000"/>'.repeat(4)}</w:tblGrid>${rows.join('')}</w:tbl>`,
      ...underTable.map(run),
      run('Các cơ quan, đơn vị báo cáo kết quả thực hiện định kỳ hằng quý về Ủy ban nhân dân xã (qua Văn phòng HĐND và UBND xã) trước ngày 08 của tháng cuối quý.'),
    ].join(''),
  });
}

test('bảng "Chủ trì nhiệm vụ số | Phối hợp nhiệm vụ số": nhiệm vụ có các dòng "- " là một nhiệm vụ, giao cả theo số', () => {
  const { items } = readPlanOutline(readDocx(planDocx('Chủ trì nhiệm vụ số', 'Phối hợp nhiệm vụ số')));
  expect(items.map((item) => [item.id, item.lead, item.support, item.timingRaw])).toEqual([
    ['II.1', ['Văn phòng HĐND và UBND xã'], ['Phòng Văn hóa – Xã hội'], null],
    ['II.2', ['Phòng Văn hóa – Xã hội'], ['Văn phòng HĐND và UBND xã', 'Công an xã'], 'Quý II/2027.'],
    ['II.3', ['Văn phòng HĐND và UBND xã'], ['Công an xã'], null],
    ['II.4', ['Công an xã'], [], null],
  ]);
  expect(items[1]!.text).toBe(
    [
      'Tuyên truyền, phổ biến, giáo dục pháp luật về PCTN, TC cho cán bộ, công chức và Nhân dân trên địa bàn xã bằng các hình thức phù hợp:',
      '- Lồng ghép trong các hội nghị, buổi sinh hoạt của cơ quan, đơn vị và các cuộc họp thôn, buôn;',
      '- Đăng tải tin, bài trên Trang thông tin điện tử xã; phát trên hệ thống truyền thanh xã.',
    ].join('\n'),
  );
});

test('bảng nêu mục ("Chủ trì thực hiện (mục)"): các dòng "- " dưới mục vẫn là nhiệm vụ', () => {
  const { items } = readPlanOutline(readDocx(planDocx('Chủ trì thực hiện (mục)', 'Phối hợp thực hiện (mục)')));
  expect(items.map((item) => item.id)).toEqual(['II.1', 'II.2.1', 'II.2.2', 'II.3.1', 'II.3.2', 'II.4']);
});

test('câu "Các nhiệm vụ không ghi thời gian thực hiện thường xuyên trong năm." đứng riêng dưới bảng: cả câu là thời gian của nhiệm vụ không ghi', () => {
  const rule = 'Các nhiệm vụ không ghi thời gian thực hiện thường xuyên trong năm.';
  const { items } = readPlanOutline(readDocx(planDocx('Chủ trì nhiệm vụ số', 'Phối hợp nhiệm vụ số', [rule])));
  expect(items.map((item) => [item.id, item.timingRaw, item.timing])).toEqual([
    ['II.1', 'Các nhiệm vụ không ghi thời gian thực hiện thường xuyên trong năm', [{ kind: 'recurring', within: 'year' }]],
    ['II.2', 'Quý II/2027.', [{ kind: 'quarter', quarter: 2, year: 2027 }]],
    ['II.3', 'Các nhiệm vụ không ghi thời gian thực hiện thường xuyên trong năm', [{ kind: 'recurring', within: 'year' }]],
    ['II.4', 'Các nhiệm vụ không ghi thời gian thực hiện thường xuyên trong năm', [{ kind: 'recurring', within: 'year' }]],
  ]);
});
