/** Mục in đậm "1. 6 tháng đầu năm 2027", "2. …" và dưới mỗi mục các nhiệm vụ chữ thường đánh số lại "1.", "2.": nhiệm vụ là cấp dưới của mục. */
import { PLAIN_PARAGRAPH, toDocumentModel } from '../../src/document';
import { readPlanOutline } from '../../src/plan/import/outline';

/** A prose plan from its lines: "**…**" bold, the rest plain. */
function prosePlan(lines: string[]) {
  return readPlanOutline(
    toDocumentModel(
      lines.map((line) => {
        const bold = /^\*\*.*\*\*$/u.test(line);
        return { ...PLAIN_PARAGRAPH, text: bold ? line.slice(2, -2) : line, bold };
      }),
      { host: 'docx' },
    ),
  );
}

const HEAD = ['SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', '**KẾ HOẠCH**', '**Phòng, chống tham nhũng, tiêu cực năm 2027**', '**II. NHIỆM VỤ VÀ THỜI GIAN THỰC HIỆN**'];
const TAIL = ['**III. TỔ CHỨC THỰC HIỆN**', 'Các phòng, đơn vị báo cáo kết quả thực hiện định kỳ 6 tháng, năm gửi về Văn phòng Sở trước ngày 10/6/2027 và 10/12/2027./.'];

const PLAN = [
  ...HEAD,
  '**1. 6 tháng đầu năm 2027**',
  '1. Quán triệt, triển khai Kế hoạch này đến toàn thể công chức, viên chức, người lao động của Sở. (Đơn vị thực hiện: Văn phòng Sở; phối hợp: các phòng, đơn vị thuộc Sở)',
  '2. Xây dựng, ban hành Kế hoạch chuyển đổi vị trí công tác năm 2027, hoàn thành trước ngày 31/3/2027. (Đơn vị thực hiện: Văn phòng Sở)',
  '3. Công khai dự toán ngân sách năm 2027 được giao trên Cổng thông tin điện tử của Sở. (Đơn vị thực hiện: Phòng Kế hoạch - Tài chính; phối hợp: Văn phòng Sở)',
  '**2. 6 tháng cuối năm 2027**',
  '1. Kiểm tra việc thực hiện quy định về công khai, minh bạch tại 02 đơn vị sự nghiệp trực thuộc. (Đơn vị thực hiện: Thanh tra Sở; phối hợp: Phòng Kế hoạch - Tài chính)',
  '2. Tổ chức kê khai tài sản, thu nhập hằng năm đối với người có nghĩa vụ kê khai. (Đơn vị thực hiện: Văn phòng Sở; phối hợp: các phòng, đơn vị thuộc Sở)',
  '**3. Nhiệm vụ thường xuyên**',
  '1. Tiếp nhận, xử lý phản ánh, kiến nghị, tố cáo liên quan đến tham nhũng, tiêu cực theo thẩm quyền. (Đơn vị thực hiện: Thanh tra Sở)',
  '2. Thực hiện nghiêm quy định về tặng quà, nhận quà tặng và kiểm soát xung đột lợi ích. (Đơn vị thực hiện: các phòng, đơn vị thuộc Sở)',
  ...TAIL,
];

describe('nhiệm vụ chữ thường đánh số lại dưới từng mục in đậm', () => {
  const outline = prosePlan(PLAN);
  const items = Object.fromEntries(outline.items.map((item) => [item.id, item]));

  test('mỗi nhiệm vụ là một mục con của mục in đậm trên nó: II.1.1 … II.3.2', () => {
    expect(outline.items.map((item) => item.id)).toEqual(['II.1.1', 'II.1.2', 'II.1.3', 'II.2.1', 'II.2.2', 'II.3.1', 'II.3.2']);
    expect(outline.headings.map((h) => [h.id, h.label, h.title])).toEqual([
      ['II', 'II.', 'NHIỆM VỤ VÀ THỜI GIAN THỰC HIỆN'],
      ['II.1', '1.', '6 tháng đầu năm 2027'],
      ['II.2', '2.', '6 tháng cuối năm 2027'],
      ['II.3', '3.', 'Nhiệm vụ thường xuyên'],
    ]);
  });

  test('đơn vị thực hiện và phối hợp đọc từ ngoặc cuối nhiệm vụ', () => {
    expect([items['II.1.3']!.lead, items['II.1.3']!.support]).toEqual([['Phòng Kế hoạch - Tài chính'], ['Văn phòng Sở']]);
    expect([items['II.2.1']!.lead, items['II.2.1']!.support]).toEqual([['Thanh tra Sở'], ['Phòng Kế hoạch - Tài chính']]);
  });

  test('mục chỉ là thời gian cho nhiệm vụ dưới nó thời gian; hạn riêng của nhiệm vụ giữ bên cạnh', () => {
    expect([items['II.1.1']!.timingRaw, items['II.1.1']!.timing]).toEqual(['6 tháng đầu năm 2027', [{ kind: 'deadline', date: '2027-06-30' }]]);
    expect([items['II.2.2']!.timingRaw, items['II.2.2']!.timing]).toEqual(['6 tháng cuối năm 2027', [{ kind: 'deadline', date: '2027-12-31' }]]);
    expect([items['II.3.1']!.timingRaw, items['II.3.1']!.timing]).toEqual(['Nhiệm vụ thường xuyên', [{ kind: 'recurring', within: 'always' }]]);
    expect(items['II.1.2']!.timing).toContainEqual({ kind: 'deadline', date: '2027-03-31' });
  });
});

describe('không phải bố cục ấy', () => {
  test('số in đậm và chữ thường nối tiếp nhau ("1." đậm, "2." thường) là cùng một cấp', () => {
    const outline = prosePlan([
      ...HEAD,
      '**1. Công tác tuyên truyền, phổ biến pháp luật về phòng, chống tham nhũng**',
      '- Tổ chức quán triệt Kế hoạch này đến toàn thể công chức, viên chức (Văn phòng Sở chủ trì; các phòng, đơn vị phối hợp).',
      '2. Thực hiện kê khai tài sản, thu nhập năm 2027 theo quy định (Văn phòng Sở chủ trì; các phòng, đơn vị phối hợp).',
      '3. Kiểm tra việc thực hiện Quy tắc ứng xử tại các đơn vị sự nghiệp trực thuộc (Thanh tra Sở chủ trì).',
      ...TAIL,
    ]);
    expect(outline.items.map((item) => item.id)).toEqual(['II.1.1', 'II.2', 'II.3']);
  });

  test('một mục in đậm duy nhất: không đủ để nói số chữ thường là cấp dưới', () => {
    const outline = prosePlan([
      ...HEAD,
      '**1. Các nhiệm vụ trọng tâm**',
      '1. Tổ chức quán triệt Kế hoạch này đến toàn thể công chức, viên chức, người lao động của Sở trong quý I/2027 (Văn phòng Sở chủ trì).',
      '2. Kiểm tra việc thực hiện Quy tắc ứng xử tại các đơn vị sự nghiệp trực thuộc trong quý III/2027 (Thanh tra Sở chủ trì).',
      ...TAIL,
    ]);
    expect(outline.items.map((item) => item.id)).not.toContain('II.1.1');
  });
});
