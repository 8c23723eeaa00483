/** Phần "IV. TIẾN ĐỘ THỰC HIỆN" sau cùng của kế hoạch: mỗi dòng một mốc thời gian, áp cho các nội dung tại điểm nó nêu. */
import { PLAIN_PARAGRAPH, toDocumentModel } from '../../src/document';
import { numbersIn } from '../../src/plan/import/assignments';
import { readPlanOutline } from '../../src/plan/import/outline';

/** A prose plan from its lines: headings ("II.", "1.", "1.1.") bold, the rest as written. */
function prosePlan(lines: string[]) {
  return readPlanOutline(toDocumentModel(lines.map((text) => ({ ...PLAIN_PARAGRAPH, text, bold: text === text.toUpperCase() || /^([IVX]+\.|\d+\.)\s/.test(text) })), { host: 'docx' }));
}

const PLAN = [
  'KHO BẠC NHÀ NƯỚC KHU VỰC XIII',
  'KẾ HOẠCH',
  'Công tác phòng, chống tham nhũng, tiêu cực năm 2027',
  'II. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU',
  '1. Công tác lãnh đạo, chỉ đạo',
  '1.1. Tổ chức quán triệt, triển khai Kế hoạch này đến toàn thể công chức; đưa nội dung PCTN, TC vào nội dung giao ban định kỳ hằng tháng (Phòng Tổ chức cán bộ và Kiểm tra).',
  '1.2. Xây dựng, ban hành kế hoạch triển khai công tác PCTN, TC năm 2027 tại đơn vị (các Phòng Giao dịch).',
  '2. Thực hiện các giải pháp phòng ngừa tham nhũng, tiêu cực',
  '2.1. Công khai, minh bạch trong hoạt động của cơ quan:',
  '- Công khai dự toán, tình hình thực hiện dự toán và quyết toán kinh phí ngân sách được giao (Văn phòng).',
  '- Niêm yết công khai thủ tục hành chính, hồ sơ, quy trình giải quyết công việc tại trụ sở (Phòng Kiểm soát chi).',
  '- Tiếp nhận và thực hiện trách nhiệm giải trình đối với khách hàng giao dịch (Phòng Tổ chức cán bộ và Kiểm tra).',
  '2.2. Tổ chức kê khai, công khai bản kê khai tài sản, thu nhập hằng năm theo Nghị định số 130/2020/NĐ-CP (Phòng Tổ chức cán bộ và Kiểm tra).',
  'III. TỔ CHỨC THỰC HIỆN',
  'Các phòng, các Phòng Giao dịch báo cáo kết quả thực hiện Kế hoạch định kỳ hằng quý gửi về Phòng Tổ chức cán bộ và Kiểm tra trước ngày 06 của tháng cuối quý.',
  'IV. TIẾN ĐỘ THỰC HIỆN',
  '- Quý I/2027: các nội dung tại điểm 1.1, 1.2.',
  '- Quý IV/2027: nội dung tại điểm 2.2; hoàn thành việc kê khai tài sản, thu nhập hằng năm trước ngày 31/12/2027.',
  '- Khi có yêu cầu: nội dung tại gạch đầu dòng thứ ba điểm 2.1.',
  '- Thường xuyên trong năm: các nội dung còn lại./.',
];

test('mỗi nội dung lấy thời gian của dòng nêu điểm của nó; "các nội dung còn lại" là những nội dung không dòng nào nêu', () => {
  const timing = Object.fromEntries(prosePlan(PLAN).items.map((item) => [item.id, item.timing]));
  expect(timing).toEqual({
    'II.1.1': [{ kind: 'quarter', quarter: 1, year: 2027 }],
    'II.1.2': [{ kind: 'quarter', quarter: 1, year: 2027 }],
    'II.2.1.1': [{ kind: 'recurring', within: 'year' }],
    'II.2.1.2': [{ kind: 'recurring', within: 'year' }],
    'II.2.1.3': [{ kind: 'onRequest' }],
    // ("hằng năm" là của việc kê khai, không phải thời gian của nó.)
    'II.2.2': [{ kind: 'quarter', quarter: 4, year: 2027 }, { kind: 'deadline', date: '2027-12-31' }],
  });
});

test('dòng tiến độ thắng cách đoán thời gian từ câu nhiệm vụ ("định kỳ hằng tháng")', () => {
  const item = prosePlan(PLAN).items.find((i) => i.id === 'II.1.1')!;
  expect(item.timingRaw).toBe('Quý I/2027: các nội dung tại điểm 1.1, 1.2.');
});

test('kế hoạch không có phần tiến độ thì không đổi gì', () => {
  const outline = prosePlan(PLAN.slice(0, PLAN.indexOf('IV. TIẾN ĐỘ THỰC HIỆN')));
  expect(outline.items.find((i) => i.id === 'II.1.1')!.timing).not.toEqual([{ kind: 'quarter', quarter: 1, year: 2027 }]);
});

test.each([
  ['nội dung tại gạch đầu dòng thứ ba điểm 2.1', ['2.1.3']],
  ['các nội dung tại điểm 1.1, 1.2, 2.3', ['1.1', '1.2', '2.3']],
  ['gạch đầu dòng thứ hai mục 3', ['3.2']],
])('"%s" nêu các nội dung %j', (clause, numbers) => {
  expect(numbersIn(clause)).toEqual(numbers);
});
