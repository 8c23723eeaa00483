/**
 * Bảng nhiệm vụ không có cột thời gian, các dòng nhóm là kỳ ("I | QUÝ I/2027", "V | THỰC HIỆN THƯỜNG XUYÊN TRONG NĂM"):
 * thời gian của dòng là dòng nhóm, như một cột thời gian. Dòng tự ghi ngày của mình trong nội dung ("Trước ngày 15/3/2027,
 * xây dựng …") vẫn lấy kỳ của nhóm, ngày ấy là hạn đứng bên cạnh.
 */
import { readDocx } from '../../src/docx';
import { readPlanOutline } from '../../src/plan/import/outline';
import { rawDocx } from '../docx/helpers';

const run = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const tc = (text: string) => `<w:tc><w:tcPr><w:tcW w:w="1800" w:type="dxa"/></w:tcPr>${run(text)}</w:tc>`;
const tr = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;

function planDocx(rows: string[]): Uint8Array {
  return rawDocx({
    body: [
      run('ỦY BAN NHÂN DÂN PHƯỜNG'),
      run('KẾ HOẠCH'),
      run('Công tác phòng, chống tham nhũng, tiêu cực năm 2027'),
      run('II. NỘI DUNG CÔNG VIỆC, THỜI GIAN THỰC HIỆN'),
      `<w:tbl><w:tblPr/><w:tblGrid>${'<w:gridCol w:w="1800"/>'.repeat(5)}</w:tblGrid>${[tr(tc('TT'), tc('Nội dung công việc'), tc('Bộ phận/cá nhân thực hiện'), tc('Bộ phận phối hợp'), tc('Sản phẩm')), ...rows].join('')}</w:tbl>`,
      run('III. TỔ CHỨC THỰC HIỆN'),
      run('1. Văn phòng HĐND và UBND phường là đầu mối, theo dõi, đôn đốc các bộ phận triển khai Kế hoạch này.'),
    ].join(''),
  });
}

const rows = [
  tr(tc('I'), tc('QUÝ I/2027'), tc(''), tc(''), tc('')),
  tr(tc('1'), tc('Xây dựng, ban hành Kế hoạch công tác PCTN, TC năm 2027 của UBND phường.'), tc('Văn phòng HĐND và UBND phường'), tc('Phòng Văn hóa - Xã hội'), tc('Kế hoạch')),
  tr(tc('2'), tc('Trước ngày 15/3/2027, xây dựng, ban hành Kế hoạch chuyển đổi vị trí công tác năm 2027; công khai Kế hoạch trong cơ quan.'), tc('Văn phòng HĐND và UBND phường'), tc('Trung tâm phục vụ hành chính công phường'), tc('Kế hoạch chuyển đổi vị trí công tác')),
  tr(tc('II'), tc('QUÝ IV/2027'), tc(''), tc(''), tc('')),
  tr(tc('1'), tc('Tổ chức kê khai tài sản, thu nhập hằng năm; công khai bản kê khai theo Nghị định số 130/2020/NĐ-CP; hoàn thành trước ngày 15/12/2027.'), tc('Văn phòng HĐND và UBND phường'), tc('Các phòng chuyên môn'), tc('Bản kê khai')),
  tr(tc('III'), tc('THỰC HIỆN THƯỜNG XUYÊN TRONG NĂM'), tc(''), tc(''), tc('')),
  tr(tc('1'), tc('Tiếp công dân; tiếp nhận, xử lý đơn khiếu nại, tố cáo liên quan đến tham nhũng, tiêu cực theo thẩm quyền.'), tc('Văn phòng HĐND và UBND phường'), tc('Công an phường'), tc('Báo cáo')),
];

test('dòng nhóm là kỳ: thời gian của các dòng dưới nó; ngày riêng trong nội dung là hạn bên cạnh', () => {
  const outline = readPlanOutline(readDocx(planDocx(rows)));
  expect(outline.items.map((item) => [item.id, item.timingRaw])).toEqual([
    ['I.1', 'QUÝ I/2027'],
    ['I.2', 'QUÝ I/2027'],
    ['II.1', 'QUÝ IV/2027'],
    ['III.1', 'THỰC HIỆN THƯỜNG XUYÊN TRONG NĂM'],
  ]);
  expect(outline.items.find((item) => item.id === 'I.2')!.timing).toEqual([
    { kind: 'quarter', quarter: 1, year: 2027 },
    { kind: 'deadline', date: '2027-03-15' },
  ]);
  expect(outline.items.find((item) => item.id === 'II.1')!.timing).toEqual([
    { kind: 'quarter', quarter: 4, year: 2027 },
    { kind: 'deadline', date: '2027-12-15' },
  ]);
});
