/**
 * Bảng nhiệm vụ đánh dấu thời gian theo tháng hoặc quý ("TT | Nội dung công việc | Đơn vị thực hiện | T1 | … | T12 |
 * Ghi chú", "Quý I | … | Quý IV"): dấu "x" ở cột tháng là tháng thực hiện. Đủ mọi tháng: thực hiện trong năm; vài tháng:
 * hạn cuối mỗi tháng ấy, trừ khi ô "Ghi chú" ghi hạn của chính việc đó.
 */
import type { Block, TextRun } from '../../src/compose/blocks';
import { readDocx } from '../../src/docx';
import { writeDocx } from '../../src/docx/write';
import { importPlan } from '../../src/plan/import/assemble';
import { parsePlan } from '../../src/plan/load';

const cell = (text: string, bold = false): TextRun[] => (text ? [{ text, bold }] : []);

/** A plan whose tasks are all in the appendix table after the signature. */
function gridPlan(rows: TextRun[][][]) {
  const blocks: Block[] = [
    '**BÁO VÀ PHÁT THANH, TRUYỀN HÌNH QUẢNG NGÃI**',
    '**KẾ HOẠCH**',
    '**Công tác phòng, chống tham nhũng, tiêu cực năm 2027**',
    '**I. MỤC ĐÍCH, YÊU CẦU**',
    'Triển khai thực hiện nghiêm túc các quy định về phòng, chống tham nhũng, tiêu cực.',
    '**II. NHIỆM VỤ, GIẢI PHÁP**',
    'Các nhiệm vụ được phân công cụ thể tại Phụ lục kèm theo Kế hoạch này.',
    '**III. TỔ CHỨC THỰC HIỆN**',
    'Các ban báo cáo kết quả thực hiện gửi Ban Tổ chức - Hành chính trước ngày 08 của tháng cuối quý.',
    '**TỔNG BIÊN TẬP**',
    '**PHỤ LỤC**',
    '**DANH MỤC NHIỆM VỤ CÔNG TÁC PHÒNG, CHỐNG THAM NHŨNG, TIÊU CỰC NĂM 2027**',
  ].map((text) => ({ kind: 'paragraph', runs: [{ text: text.replace(/^\*\*(.*)\*\*$/u, '$1'), bold: /^\*\*.*\*\*$/u.test(text) }] }));
  blocks.push({ kind: 'table', rows, borders: true });
  return importPlan(readDocx(writeDocx(blocks))).plan;
}

/** A task row: its cross in each month (or quarter) listed. */
const row = (stt: string, task: string, units: string, marked: number[], periods: number, note = '', mark = 'x'): TextRun[][] => [
  cell(stt),
  cell(task),
  cell(units),
  ...Array.from({ length: periods }, (_, i) => cell(marked.includes(i + 1) ? mark : '')),
  cell(note),
];
const ALL = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

test('cột T1 … T12 đánh dấu "x": đủ 12 tháng là thực hiện trong năm; vài tháng là hạn cuối mỗi tháng; "Ghi chú" có hạn thì theo hạn ấy; không đánh dấu thì theo ghi chú', () => {
  const months = Array.from({ length: 12 }, (_, i) => `T${i + 1}`);
  const plan = gridPlan([
    ['TT', 'Nội dung công việc', 'Đơn vị thực hiện', ...months, 'Ghi chú'].map((h) => cell(h, true)),
    [cell('I.', true), cell('CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO; TUYÊN TRUYỀN, PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT VỀ PCTN, TC', true), ...Array.from({ length: 14 }, () => [])],
    row('1', 'Xây dựng, ban hành Kế hoạch công tác PCTN, TC năm 2027; tổ chức quán triệt đến toàn thể viên chức, người lao động.', 'Ban Tổ chức - Hành chính (chủ trì); các ban (phối hợp)', [1], 12, 'Hoàn thành trong tháng 01/2027'),
    row('2', 'Duy trì chuyên trang “Phòng, chống tham nhũng, tiêu cực” trên báo in và báo điện tử.', 'Ban Biên tập báo in và điện tử', ALL, 12, 'Báo in 01 kỳ/tuần'),
    row('3', 'Tuyên truyền, phổ biến pháp luật về PCTN, TC; tổ chức hội nghị hoặc tọa đàm chuyên đề trong nội bộ cơ quan.', 'Ban Tổ chức - Hành chính', [3, 9], 12, '02 hội nghị, tọa đàm'),
    [cell('II.', true), cell('PHÁT HIỆN, XỬ LÝ THAM NHŨNG, TIÊU CỰC', true), ...Array.from({ length: 14 }, () => [])],
    row('4', 'Tự kiểm tra nội bộ việc chi tiêu tài chính, chi trả nhuận bút, nguồn thu quảng cáo.', 'Ban Tổ chức - Hành chính (chủ trì); Ban Kế hoạch - Tài chính (phối hợp)', [6, 12], 12, 'Theo Kế hoạch kiểm tra nội bộ năm 2027'),
    row('5', 'Thực hiện kết luận thanh tra, kiểm tra, kiến nghị của Kiểm toán nhà nước (nếu có).', 'Ban Kế hoạch - Tài chính', [], 12, 'Khi có kết luận, kiến nghị'),
    row('6', 'Báo cáo kết quả thực hiện các nhiệm vụ PCTN, TC quý I, 6 tháng, 9 tháng và năm 2027 gửi Ban TC-HC.', 'Các ban', [3, 6, 9, 12], 12, 'Trước ngày 08 của tháng cuối quý'),
  ]);
  expect(plan.items.map((i) => [i.id, i.timing.raw])).toEqual([
    ['I.1', 'T1; Hoàn thành trong tháng 01/2027'],
    ['I.2', 'T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12; Báo in 01 kỳ/tuần'],
    ['I.3', 'T3, T9; 02 hội nghị, tọa đàm'],
    ['II.4', 'T6, T12; Theo Kế hoạch kiểm tra nội bộ năm 2027'],
    ['II.5', 'Khi có kết luận, kiến nghị'],
    ['II.6', 'T3, T6, T9, T12; Trước ngày 08 của tháng cuối quý'],
  ]);
  const parts = (id: string) => plan.items.find((i) => i.id === id)!.timing.parts;
  expect(parts('I.1')).toEqual([{ kind: 'deadline', date: '2027-01-31' }]);
  expect(parts('I.2')).toEqual([{ kind: 'recurring', within: 'year', year: 2027 }]);
  expect(parts('I.3')).toEqual([
    { kind: 'deadline', date: '2027-03-31', activity: 'tháng 3' },
    { kind: 'deadline', date: '2027-09-30', activity: 'tháng 9' },
  ]);
  expect(parts('II.4').map((p) => p.kind)).toEqual(['deadline', 'deadline', 'followsPlan']);
  expect(parts('II.5')).toEqual([{ kind: 'onRequest' }]);
  expect(parts('II.6')).toEqual([
    { kind: 'periodicReport', dates: [{ day: 8, month: 3 }, { day: 8, month: 6 }, { day: 8, month: 9 }, { day: 8, month: 12 }], periods: ['Q1', 'H1', '9M', 'Y'] },
  ]);
  expect(plan.items.find((i) => i.id === 'I.3')!.lead).toHaveLength(1);
  expect(() => parsePlan(plan)).not.toThrow();
});

test('cột "Quý I … Quý IV" đánh dấu "X", "Tháng 1 … Tháng 12" đánh dấu "✓": quý được đánh dấu là quý thực hiện; đủ mọi quý là trong năm', () => {
  const quarters = ['Quý I', 'Quý II', 'Quý III', 'Quý IV'];
  const byQuarter = gridPlan([
    ['TT', 'Nội dung công việc', 'Đơn vị thực hiện', ...quarters, 'Ghi chú'].map((h) => cell(h, true)),
    [cell('I.', true), cell('THỰC HIỆN CÁC GIẢI PHÁP PHÒNG NGỪA THAM NHŨNG, TIÊU CỰC', true), ...Array.from({ length: 6 }, () => [])],
    row('1', 'Công khai dự toán, quyết toán ngân sách, nguồn thu sự nghiệp của cơ quan.', 'Ban Kế hoạch - Tài chính', [1, 3], 4, '', 'X'),
    row('2', 'Thực hiện quy tắc ứng xử, đạo đức nghề nghiệp của người làm báo.', 'Các ban', [1, 2, 3, 4], 4, '', 'X'),
  ]);
  expect(byQuarter.items.map((i) => [i.timing.raw, i.timing.parts])).toEqual([
    ['Quý I, Quý III', [{ kind: 'quarter', quarter: 1, year: 2027 }, { kind: 'quarter', quarter: 3, year: 2027 }]],
    ['Quý I, Quý II, Quý III, Quý IV', [{ kind: 'recurring', within: 'year', year: 2027 }]],
  ]);
  const months = Array.from({ length: 12 }, (_, i) => `Tháng ${i + 1}`);
  const byMonth = gridPlan([
    ['TT', 'Nội dung công việc', 'Đơn vị thực hiện', ...months, 'Ghi chú'].map((h) => cell(h, true)),
    [cell('I.', true), cell('THỰC HIỆN CÁC GIẢI PHÁP PHÒNG NGỪA THAM NHŨNG, TIÊU CỰC', true), ...Array.from({ length: 14 }, () => [])],
    row('1', 'Kê khai, công khai tài sản, thu nhập năm 2027.', 'Ban Tổ chức - Hành chính', [11, 12], 12, 'Hoàn thành trước ngày 31/12/2027', '✓'),
  ]);
  expect(byMonth.items.map((i) => [i.timing.raw, i.timing.parts])).toEqual([['Tháng 11, Tháng 12; Hoàn thành trước ngày 31/12/2027', [{ kind: 'deadline', date: '2027-12-31' }]]]);
  expect(() => parsePlan(byQuarter)).not.toThrow();
});

/** A row of a table with lead and support columns and a cross in each quarter listed, no note. */
const quarterRow = (stt: string, task: string, lead: string, support: string, marked: number[]): TextRun[][] => [
  cell(stt),
  cell(task),
  cell(lead),
  cell(support),
  ...[1, 2, 3, 4].map((q) => cell(marked.includes(q) ? 'x' : '')),
];

test('cột "Q1 | Q2 | Q3 | Q4" (viết tắt của quý) đánh dấu "x", không có cột "Ghi chú": quý được đánh dấu là thời gian duy nhất của nhiệm vụ', () => {
  const plan = gridPlan([
    ['STT', 'Nội dung', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Q1', 'Q2', 'Q3', 'Q4'].map((h) => cell(h, true)),
    [cell('I', true), cell('CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO', true), ...Array.from({ length: 6 }, () => [])],
    quarterRow('1', 'Xây dựng, ban hành Kế hoạch công tác PCTN, TC năm 2027; theo dõi, đôn đốc việc thực hiện tại các ban.', 'Ban Tổ chức - Hành chính', 'Các ban', [1, 2, 3, 4]),
    quarterRow('2', 'Tổ chức 01 hội nghị đối thoại với cộng tác viên về nhuận bút, quảng cáo.', 'Ban Kế hoạch - Tài chính', 'Ban Tổ chức - Hành chính', [2]),
    quarterRow('3', 'Rà soát, sửa đổi Quy chế chi tiêu nội bộ của cơ quan.', 'Ban Kế hoạch - Tài chính', 'Các ban', [1, 4]),
  ]);
  expect(plan.items.map((i) => [i.id, i.timing.raw, i.timing.parts])).toEqual([
    ['I.1', 'Q1, Q2, Q3, Q4', [{ kind: 'recurring', within: 'year', year: 2027 }]],
    ['I.2', 'Q2', [{ kind: 'quarter', quarter: 2, year: 2027 }]],
    ['I.3', 'Q1, Q4', [{ kind: 'quarter', quarter: 1, year: 2027 }, { kind: 'quarter', quarter: 4, year: 2027 }]],
  ]);
  expect(plan.items.map((i) => i.support.length)).toEqual([1, 1, 1]);
  expect(() => parsePlan(plan)).not.toThrow();
});

test('ô quý ghi ngày thay dấu "x" ("nhiệm vụ có thời hạn cụ thể thì ghi ngày hoàn thành"): hạn ngày ấy trong năm của kế hoạch, bên các quý đánh dấu; bốn ngày báo cáo cuối quý là báo cáo định kỳ', () => {
  const dated = (stt: string, task: string, lead: string, support: string, cells: string[]): TextRun[][] => [cell(stt), cell(task), cell(lead), cell(support), ...cells.map((c) => cell(c))];
  const plan = gridPlan([
    ['TT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Quý I', 'Quý II', 'Quý III', 'Quý IV'].map((h) => cell(h, true)),
    [cell('I', true), cell('THỰC HIỆN CÁC GIẢI PHÁP PHÒNG NGỪA THAM NHŨNG, TIÊU CỰC', true), ...Array.from({ length: 6 }, () => [])],
    dated('1', 'Các ban xây dựng kế hoạch phòng, chống tham nhũng, tiêu cực năm 2027 của ban; tự kiểm tra việc thực hiện kế hoạch.', 'Các ban', 'Ban Tổ chức - Hành chính', ['31/01', '', '', 'x']),
    dated('2', 'Rà soát, sửa đổi Quy chế chi tiêu nội bộ của cơ quan.', 'Ban Kế hoạch - Tài chính', 'Các ban', ['28/02', '', '', '']),
    dated('3', 'Tổ chức kê khai tài sản, thu nhập hằng năm đối với người có nghĩa vụ kê khai.', 'Ban Tổ chức - Hành chính', 'Các ban', ['', '', '', '15/12']),
    dated('4', 'Tổng hợp, báo cáo kết quả công tác phòng, chống tham nhũng, tiêu cực định kỳ quý, 6 tháng, năm gửi Đài.', 'Ban Tổ chức - Hành chính', 'Các ban', ['12/3', '12/6', '12/9', '05/12']),
  ]);
  expect(plan.items.map((i) => [i.id, i.timing.raw, i.timing.parts])).toEqual([
    ['I.1', 'Trước ngày 31/01/2027; Quý IV', [{ kind: 'deadline', date: '2027-01-31' }, { kind: 'quarter', quarter: 4, year: 2027 }]],
    ['I.2', 'Trước ngày 28/02/2027', [{ kind: 'deadline', date: '2027-02-28' }]],
    ['I.3', 'Trước ngày 15/12/2027', [{ kind: 'deadline', date: '2027-12-15' }]],
    ['I.4', 'Trước ngày 12/3/2027, 12/6/2027, 12/9/2027 và 05/12/2027', [
      { kind: 'periodicReport', dates: [{ day: 12, month: 3 }, { day: 12, month: 6 }, { day: 12, month: 9 }, { day: 5, month: 12 }], periods: ['Q1', 'H1', '9M', 'Y'] },
    ]],
  ]);
  expect(() => parsePlan(plan)).not.toThrow();
});
