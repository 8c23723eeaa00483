/** Kế hoạch chia nhiệm vụ theo thời gian: mục "1. Quý I/2027", "5. Thường xuyên trong năm" là thời gian của các nhiệm vụ dưới nó. */
import { PLAIN_PARAGRAPH, toDocumentModel } from '../../src/document';
import { isTimeHeading } from '../../src/plan/import/heading-time';
import { readPlanOutline } from '../../src/plan/import/outline';

/** A prose plan from its lines: headings ("II.", "1.") bold, the rest as written. */
function prosePlan(lines: string[]) {
  return readPlanOutline(toDocumentModel(lines.map((text) => ({ ...PLAIN_PARAGRAPH, text, bold: text === text.toUpperCase() || /^([IVX]+\.|\d+(?:\.\d+)*\.)\s/.test(text) })), { host: 'docx' }));
}

const PLAN = [
  'TRUNG TÂM Y TẾ HUYỆN SƠN DƯƠNG',
  'KẾ HOẠCH',
  'Công tác phòng, chống tham nhũng, tiêu cực năm 2027',
  'II. NHIỆM VỤ VÀ TIẾN ĐỘ THỰC HIỆN',
  'Các khoa, phòng tổ chức thực hiện các nhiệm vụ sau theo tiến độ từng quý:',
  '1. Quý I/2027',
  '- Tổ chức quán triệt Kế hoạch này đến toàn thể viên chức, người lao động; đưa nội dung PCTN, TC vào giao ban định kỳ hằng tháng (Phòng Tổ chức - Hành chính chủ trì; các khoa, phòng phối hợp).',
  '- Xây dựng, ban hành Kế hoạch chuyển đổi vị trí công tác năm 2027, hoàn thành trước ngày 15/3/2027 (Phòng Tổ chức - Hành chính chủ trì; các khoa, phòng phối hợp).',
  '2. 6 tháng đầu năm',
  '- Kiểm tra việc thực hiện Quy tắc ứng xử tại các khoa lâm sàng (Phòng Điều dưỡng chủ trì; Phòng Tổ chức - Hành chính phối hợp).',
  '3. Tháng 12/2027',
  '- Kiểm kê tài sản, thuốc, vật tư y tế cuối năm (Phòng Tài chính - Kế toán chủ trì; Khoa Dược phối hợp).',
  '4. Thường xuyên trong năm',
  '- Niêm yết, công khai giá dịch vụ khám bệnh, chữa bệnh và số điện thoại đường dây nóng tại khu khám bệnh (Phòng Kế hoạch - Nghiệp vụ chủ trì; các khoa phối hợp).',
  '5. Công tác kiểm tra trong năm',
  '- Kiểm tra việc thu viện phí tại các khoa (Phòng Tài chính - Kế toán chủ trì).',
  'III. TỔ CHỨC THỰC HIỆN',
  'Các khoa, phòng báo cáo kết quả thực hiện định kỳ hằng quý gửi về Phòng Tổ chức - Hành chính trước ngày 10 của tháng cuối quý./.',
];

describe('mục chỉ là thời gian', () => {
  const items = Object.fromEntries(prosePlan(PLAN).items.map((item) => [item.id, item]));

  test('nhiệm vụ không ghi thời gian lấy thời gian của mục, đúng như mục viết', () => {
    expect([items['II.1.1']!.timingRaw, items['II.1.1']!.timing]).toEqual(['Quý I/2027', [{ kind: 'quarter', quarter: 1, year: 2027 }]]);
    expect([items['II.2.1']!.timingRaw, items['II.2.1']!.timing]).toEqual(['6 tháng đầu năm', [{ kind: 'deadline', date: '2027-06-30' }]]);
    expect([items['II.3.1']!.timingRaw, items['II.3.1']!.timing]).toEqual(['Tháng 12/2027', [{ kind: 'deadline', date: '2027-12-31' }]]);
    expect([items['II.4.1']!.timingRaw, items['II.4.1']!.timing]).toEqual(['Thường xuyên trong năm', [{ kind: 'recurring', within: 'year' }]]);
  });

  test('hạn riêng của nhiệm vụ ("hoàn thành trước ngày 15/3/2027") giữ nguyên, kèm quý của mục', () => {
    expect(items['II.1.2']!.timingRaw).toBe('hoàn thành trước ngày 15/3/2027');
    expect(items['II.1.2']!.timing).toEqual([
      { kind: 'quarter', quarter: 1, year: 2027 },
      { kind: 'deadline', date: '2027-03-15' },
    ]);
  });

  test('"định kỳ hằng tháng" trong câu nhiệm vụ là cách làm, không phải thời gian: thời gian là của mục', () => {
    expect(items['II.1.1']!.timingRaw).toBe('Quý I/2027');
  });

  test('mục có nội dung ("Công tác kiểm tra trong năm") không phải thời gian', () => {
    expect(items['II.5.1']!.timingRaw).not.toBe('Công tác kiểm tra trong năm');
  });
});

describe('"1. Nhiệm vụ thường xuyên" rồi "2. Nhiệm vụ theo thời gian" chia "2.1. Quý I/2027", …', () => {
  const items = Object.fromEntries(
    prosePlan([
      'ỦY BAN NHÂN DÂN PHƯỜNG TÂY NHA TRANG',
      'KẾ HOẠCH',
      'Phòng, chống tham nhũng, tiêu cực năm 2027',
      'II. NHIỆM VỤ, GIẢI PHÁP',
      '1. Nhiệm vụ thường xuyên',
      '- Niêm yết, công khai đầy đủ thủ tục hành chính tại Trung tâm Phục vụ hành chính công phường (VP chủ trì; các phòng, đơn vị phối hợp).',
      '2. Nhiệm vụ theo thời gian',
      '2.1. Quý I/2027',
      '- Xây dựng, ban hành Kế hoạch chuyển đổi vị trí công tác năm 2027 (VP chủ trì; các phòng, đơn vị phối hợp).',
      '2.2. Quý II/2027',
      '- Kiểm tra việc thực hiện Quy tắc ứng xử tại các phòng, đơn vị (VP chủ trì; các phòng, đơn vị phối hợp).',
      'III. TỔ CHỨC THỰC HIỆN',
      'Các phòng, đơn vị báo cáo kết quả định kỳ hằng quý gửi về Văn phòng HĐND và UBND phường trước ngày 10 của tháng cuối quý./.',
    ]).items.map((item) => [item.id, item]),
  );

  test('mục "Nhiệm vụ thường xuyên" cho nhiệm vụ dưới nó thời gian thường xuyên; mục quý cho quý', () => {
    expect([items['II.1.1']!.timingRaw, items['II.1.1']!.timing]).toEqual(['Nhiệm vụ thường xuyên', [{ kind: 'recurring', within: 'always' }]]);
    expect(items['II.2.1.1']!.timing).toEqual([{ kind: 'quarter', quarter: 1, year: 2027 }]);
    expect(items['II.2.2.1']!.timing).toEqual([{ kind: 'quarter', quarter: 2, year: 2027 }]);
  });
});

test.each([
  ['Quý I/2027', true],
  ['Quý III năm 2027', true],
  ['Quý I và Quý II/2027', true],
  ['Tháng 3/2027', true],
  ['6 tháng đầu năm', true],
  ['6 tháng cuối năm 2027', true],
  ['Thường xuyên trong năm', true],
  ['Trong năm 2027', true],
  ['Năm 2027:', true],
  ['Nhiệm vụ thường xuyên', true],
  ['Các nhiệm vụ thực hiện trong quý I/2027', true],
  ['Nhiệm vụ theo thời gian', false],
  ['Công tác tuyên truyền thường xuyên', false],
  ['Kiểm tra trong quý I/2027', false],
  ['Lãnh đạo, chỉ đạo', false],
])('"%s" là một mục chỉ là thời gian: %s', (title, expected) => {
  expect(isTimeHeading(title)).toBe(expected);
});
