/**
 * Bảng nhiệm vụ ghi thời gian từng dòng, riêng một nhóm chỉ ghi ở dòng đầu, các dòng dưới đến hết nhóm để trống (hay ô
 * gộp dọc, đọc ra trống): thời gian ấy là của cả nhóm. Dòng không số thứ tự, chỉ có chữ ở ô nhiệm vụ, là phần tiếp của
 * nhiệm vụ dòng trên. Bảng để trống thời gian rải rác thì ô trống vẫn là không ghi thời gian.
 */
import { readDocx } from '../../src/docx';
import { readPlanOutline } from '../../src/plan/import/outline';
import { unitsFromText } from '../../src/plan/import/units-from-text';
import { rawDocx } from '../docx/helpers';

const run = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const tc = (text: string) => `<w:tc><w:tcPr><w:tcW w:w="1800" w:type="dxa"/></w:tcPr>${run(text)}</w:tc>`;
const tr = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;

function planDocx(rows: string[]): Uint8Array {
  return rawDocx({
    body: [
      run('TRUNG TÂM CÔNG TÁC XÃ HỘI TỈNH'),
      run('KẾ HOẠCH'),
      run('Phòng, chống tham nhũng, tiêu cực năm 2027'),
      run('PHỤ LỤC'),
      `<w:tbl><w:tblPr/><w:tblGrid>${'<w:gridCol w:w="1800"/>'.repeat(5)}</w:tblGrid>${[tr(tc('TT'), tc('Nhiệm vụ'), tc('Bộ phận chủ trì'), tc('Bộ phận phối hợp'), tc('Thời gian')), ...rows].join('')}</w:tbl>`,
      run(''),
    ].join(''),
  });
}

const groupOne = [
  tr(tc('1'), tc('CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO'), tc(''), tc(''), tc('')),
  tr(tc('1.1'), tc('Quán triệt Kế hoạch này đến toàn thể viên chức, người lao động'), tc('Giám đốc'), tc('Phòng Hành chính – Tổng hợp'), tc('Quý I/2027')),
  tr(tc('1.2'), tc('Xây dựng kế hoạch triển khai tại phòng, tổ'), tc('Các phòng'), tc(''), tc('Tháng 01/2027')),
];
const groupTwo = (second: string) => [
  tr(tc('2'), tc('CÔNG KHAI, MINH BẠCH'), tc(''), tc(''), tc('')),
  tr(tc('2.1'), tc('Công khai dự toán, quyết toán ngân sách của Trung tâm'), tc('Tổ Kế toán'), tc('Phòng Hành chính – Tổng hợp'), tc('Thường xuyên trong năm 2027')),
  tr(tc('2.2'), tc('Công khai tiêu chuẩn, định mức tiền ăn của đối tượng tại bảng tin nhà ăn;'), tc('Phòng Công tác xã hội'), tc('Tổ Kế toán'), tc(second)),
  tr(tc(''), tc('công khai danh sách đối tượng tiếp nhận mới hằng tháng'), tc(''), tc(''), tc('')),
  tr(tc('2.3'), tc('Tiếp nhận, quản lý tiền, hàng tài trợ; công khai kết quả phân phối hằng quý'), tc('Tổ Kế toán'), tc('Ban Thanh tra nhân dân'), tc('')),
];

test('nhóm chỉ ghi thời gian ở dòng đầu: các dòng dưới cùng thời gian ấy; dòng tiếp nối vào nhiệm vụ trên', () => {
  const outline = readPlanOutline(readDocx(planDocx([...groupOne, ...groupTwo('')])));
  expect(outline.items.map((item) => [item.id, item.timingRaw])).toEqual([
    ['1.1', 'Quý I/2027'],
    ['1.2', 'Tháng 01/2027'],
    ['2.1', 'Thường xuyên trong năm 2027'],
    ['2.2', 'Thường xuyên trong năm 2027'],
    ['2.3', 'Thường xuyên trong năm 2027'],
  ]);
  expect(outline.items.find((item) => item.id === '2.2')!.text).toBe(
    'Công khai tiêu chuẩn, định mức tiền ăn của đối tượng tại bảng tin nhà ăn;\ncông khai danh sách đối tượng tiếp nhận mới hằng tháng',
  );
});

test('bảng để trống thời gian rải rác: ô trống vẫn không ghi thời gian', () => {
  const scattered = [...groupOne.slice(0, 2), tr(tc('1.2'), tc('Xây dựng kế hoạch triển khai tại phòng, tổ'), tc('Các phòng'), tc(''), tc(''))];
  const outline = readPlanOutline(readDocx(planDocx([...scattered, ...groupTwo('')])));
  expect(outline.items.find((item) => item.id === '2.2')!.timingRaw).toBeNull();
});

test('dòng giữa nhóm có thời gian riêng: không phải thời gian chung của nhóm', () => {
  const outline = readPlanOutline(readDocx(planDocx([...groupOne, ...groupTwo('Quý II/2027')])));
  expect(outline.items.find((item) => item.id === '2.2')!.timingRaw).toBe('Quý II/2027');
  expect(outline.items.find((item) => item.id === '2.3')!.timingRaw).not.toBe('Thường xuyên trong năm 2027');
});

test('"Phó Giám đốc theo lĩnh vực được phân công chỉ đạo …": Phó Giám đốc làm', () => {
  expect(unitsFromText('Phó Giám đốc theo lĩnh vực được phân công chỉ đạo các phòng, tổ thực hiện các biện pháp phòng ngừa tham nhũng, tiêu cực.').lead).toEqual(['Phó Giám đốc']);
  expect(unitsFromText('Phó Giám đốc chỉ đạo các phòng, tổ thực hiện các biện pháp phòng ngừa tham nhũng, tiêu cực.').lead).toEqual(['Phó Giám đốc']);
});
