/**
 * Bảng nhiệm vụ có ô "Đơn vị chủ trì" gộp dọc qua nhiều dòng (Word ghi w:vMerge, các ô dưới đọc ra trống) hoặc chỉ ghi ở
 * dòng đầu, các dòng dưới để trống: dòng nhiệm vụ có thời gian hay đơn vị phối hợp mà ô chủ trì trống là của đơn vị chủ
 * trì dòng trên, trong cùng nhóm; không lan sang nhóm sau.
 */
import { readDocx } from '../../src/docx';
import { readPlanOutline } from '../../src/plan/import/outline';
import { rawDocx } from '../docx/helpers';

const run = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
/** A cell; `merge` "restart" opens a vertical merge, "continue" goes on with the cell above (its text left empty). */
const tc = (text: string, merge?: 'restart' | 'continue') =>
  `<w:tc><w:tcPr><w:tcW w:w="1800" w:type="dxa"/>${merge ? `<w:vMerge${merge === 'restart' ? ' w:val="restart"' : ''}/>` : ''}</w:tcPr>${run(merge === 'continue' ? '' : text)}</w:tc>`;
const tr = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;

function planDocx(vMerge: boolean): Uint8Array {
  const m = (first: boolean) => (vMerge ? (first ? 'restart' : 'continue') : undefined);
  const rows = [
    tr(tc('STT'), tc('Nội dung'), tc('Đơn vị chủ trì'), tc('Đơn vị phối hợp'), tc('Thời gian thực hiện')),
    tr(tc('I.'), tc('THỰC HIỆN CÁC GIẢI PHÁP PHÒNG NGỪA THAM NHŨNG, TIÊU CỰC'), tc(''), tc(''), tc('')),
    tr(tc('1'), tc('Công khai dự toán, quyết toán ngân sách, kết quả mua sắm tài sản công của cơ quan theo quy định.'), tc('Văn phòng', m(true)), tc('Các phòng thuộc Thanh tra tỉnh'), tc('Thường xuyên')),
    tr(tc('2'), tc('Rà soát, sửa đổi, bổ sung Quy chế chi tiêu nội bộ, Quy chế quản lý, sử dụng tài sản công của cơ quan.'), tc('', m(false)), tc(''), tc('Quý I/2027')),
    tr(tc('II.'), tc('PHÁT HIỆN, XỬ LÝ THAM NHŨNG, TIÊU CỰC'), tc(''), tc(''), tc('')),
    tr(tc('1'), tc('Thanh tra trách nhiệm thực hiện pháp luật về PCTN, TC tại 02 sở, ngành theo Kế hoạch thanh tra năm 2027.'), tc('Phòng Nghiệp vụ 1', m(true)), tc('Phòng PCTN, TC'), tc('Theo Kế hoạch thanh tra năm 2027')),
    tr(tc('2'), tc('Thanh tra việc quản lý, sử dụng đất đai, đầu tư xây dựng tại một số cơ quan, đơn vị dễ phát sinh tham nhũng.'), tc('', m(false)), tc('Phòng Nghiệp vụ 2'), tc('Quý II - quý III/2027')),
    tr(tc('3'), tc('Thanh tra đột xuất khi phát hiện dấu hiệu vi phạm pháp luật, tham nhũng, tiêu cực.'), tc('', m(false)), tc('Phòng Nghiệp vụ 2, Phòng Nghiệp vụ 3'), tc('Khi có chỉ đạo')),
  ];
  return rawDocx({
    body: [
      run('THANH TRA TỈNH'),
      run('KẾ HOẠCH'),
      run('Công tác phòng, chống tham nhũng, tiêu cực năm 2027'),
      run('PHỤ LỤC'),
      run('NHIỆM VỤ CÔNG TÁC PHÒNG, CHỐNG THAM NHŨNG, TIÊU CỰC NĂM 2027'),
      `<w:tbl><w:tblPr/><w:tblGrid>${'<w:gridCol w:w="1800"/>'.repeat(5)}</w:tblGrid>${rows.join('')}</w:tbl>`,
      run(''),
    ].join(''),
  });
}

test.each([
  ['ô để trống ở các dòng dưới', false],
  ['ô gộp dọc (w:vMerge)', true],
])('%s: dòng dưới lấy đơn vị chủ trì của dòng trên trong cùng nhóm', (_, vMerge) => {
  const outline = readPlanOutline(readDocx(planDocx(vMerge)));
  expect(outline.items.map((item) => [item.id, item.unitsRaw])).toEqual([
    ['I.1', 'Văn phòng'],
    ['I.2', 'Văn phòng'],
    ['II.1', 'Phòng Nghiệp vụ 1'],
    ['II.2', 'Phòng Nghiệp vụ 1'],
    ['II.3', 'Phòng Nghiệp vụ 1'],
  ]);
  expect(outline.items.find((item) => item.id === 'II.2')!.supportRaw).toBe('Phòng Nghiệp vụ 2');
});
