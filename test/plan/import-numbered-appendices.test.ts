/**
 * Kế hoạch giao nhiệm vụ ở hai phụ lục sau phần ký: "Phụ lục I – Nhiệm vụ của các phòng nghiệp vụ", "Phụ lục II – Nhiệm
 * vụ của Bảo hiểm xã hội cơ sở", mỗi bảng đánh số 1, 2, … từ đầu, không có dòng nhóm. Số của phụ lục là nhóm của các
 * dòng (Phụ lục I, dòng 3: nhiệm vụ 1.3; Phụ lục II, dòng 2: 2.2), mỗi phụ lục một đề mục. Một bảng không có đề mục
 * phụ lục đánh số nào vẫn cho ra kế hoạch dùng được: không nhiệm vụ nào thiếu mã hay đề mục. Đơn vị kế hoạch viết tắt
 * ở đầu tên ("BHXH cơ sở Đức Phổ", khi kế hoạch định nghĩa "Bảo hiểm xã hội (BHXH)") còn được biết theo tên viết đủ, như
 * báo cáo của nó tự ghi: "Bảo hiểm xã hội cơ sở Đức Phổ".
 */
import { readDocx } from '../../src/docx';
import { importPlan } from '../../src/plan/import/assemble';
import { parsePlan } from '../../src/plan';
import { rawDocx } from '../docx/helpers';

const run = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const tc = (text: string) => `<w:tc><w:tcPr><w:tcW w:w="1800" w:type="dxa"/></w:tcPr>${run(text)}</w:tc>`;
const tr = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
const table = (...rows: string[][]) =>
  `<w:tbl><w:tblPr/><w:tblGrid>${'<w:gridCol w:w="1800"/>'.repeat(5)}</w:tblGrid>${[
    tr(tc('STT'), tc('Nội dung'), tc('Đơn vị chủ trì'), tc('Đơn vị phối hợp'), tc('Thời gian hoàn thành')),
    ...rows.map((cells) => tr(...cells.map(tc))),
  ].join('')}</w:tbl>`;

const OFFICES = table(
  ['1', 'Quán triệt, triển khai Kế hoạch phòng, chống tham nhũng, tiêu cực năm 2027 đến toàn thể công chức, viên chức và người lao động.', 'Phòng Thanh tra - Kiểm tra', 'Văn phòng', 'Quý I/2027'],
  ['2', 'Công khai dự toán, quyết toán ngân sách, chi phí quản lý bảo hiểm xã hội, bảo hiểm y tế theo quy định.', 'Phòng Kế hoạch - Tài chính', 'Văn phòng', 'Định kỳ quý, 6 tháng, năm'],
  ['3', 'Xây dựng, ban hành Kế hoạch chuyển đổi vị trí công tác năm 2027.', 'Văn phòng', 'Các phòng nghiệp vụ', 'Trước ngày 31/3/2027'],
);
const LOCAL = table(
  ['1', 'Xây dựng, ban hành Kế hoạch phòng, chống tham nhũng, tiêu cực năm 2027 của đơn vị; gửi Kế hoạch về Bảo hiểm xã hội tỉnh.', 'Bảo hiểm xã hội cơ sở', '', 'Trước ngày 31/01/2027'],
  ['2', 'Quản lý chi trả lương hưu, trợ cấp bảo hiểm xã hội hằng tháng qua Bưu điện; thu hồi các khoản chi sai.', 'Bảo hiểm xã hội cơ sở', 'Bưu điện tỉnh', 'Thường xuyên'],
);

function planDocx(appendices: string[]): Uint8Array {
  return rawDocx({
    body: [
      run('BẢO HIỂM XÃ HỘI TỈNH QUẢNG NGÃI'),
      run('Số: 38/KH-BHXH'),
      run('Quảng Ngãi, ngày 14 tháng 01 năm 2027'),
      run('KẾ HOẠCH'),
      run('Công tác phòng, chống tham nhũng, tiêu cực năm 2027'),
      run('Thực hiện Kế hoạch số 5120/KH-BHXH ngày 26/12/2026 của Bảo hiểm xã hội Việt Nam; Bảo hiểm xã hội (BHXH) tỉnh Quảng Ngãi ban hành Kế hoạch công tác phòng, chống tham nhũng, tiêu cực năm 2027 như sau:'),
      run('I. MỤC ĐÍCH, YÊU CẦU'),
      run('- Nâng cao nhận thức, trách nhiệm của công chức, viên chức trong công tác phòng, chống tham nhũng, tiêu cực.'),
      run('II. NHIỆM VỤ, GIẢI PHÁP'),
      run('Nhiệm vụ cụ thể của các phòng nghiệp vụ và của Bảo hiểm xã hội cơ sở được phân công tại Phụ lục I và Phụ lục II kèm theo Kế hoạch này.'),
      run('III. TỔ CHỨC THỰC HIỆN'),
      run('1. Các phòng nghiệp vụ, Bảo hiểm xã hội cơ sở báo cáo kết quả định kỳ quý, 6 tháng, 9 tháng và năm, gửi về Phòng Thanh tra - Kiểm tra trước ngày 15 của tháng cuối quý.'),
      run('Nơi nhận:'),
      run('- Như trên;'),
      run('- Lưu: VT, TT-KT.'),
      run('GIÁM ĐỐC'),
      run('Nguyễn Văn Thạnh'),
      ...appendices,
      run(''),
    ].join(''),
  });
}

test('hai phụ lục sau phần ký, mỗi bảng đánh số từ 1: số của phụ lục là nhóm của các dòng', () => {
  const { plan } = importPlan(
    readDocx(
      planDocx([
        run('Phụ lục I'),
        run('NHIỆM VỤ CỦA CÁC PHÒNG NGHIỆP VỤ THUỘC BHXH TỈNH'),
        run('(Kèm theo Kế hoạch số 38/KH-BHXH ngày 14/01/2027 của BHXH tỉnh Quảng Ngãi)'),
        OFFICES,
        run(''),
        run('Phụ lục II: Nhiệm vụ của Bảo hiểm xã hội cơ sở'),
        run('(Kèm theo Kế hoạch số 38/KH-BHXH ngày 14/01/2027 của BHXH tỉnh Quảng Ngãi)'),
        LOCAL,
      ]),
    ),
  );
  expect(plan.items.map((item) => [item.id, item.section])).toEqual([
    ['1.1', '1'],
    ['1.2', '1'],
    ['1.3', '1'],
    ['2.1', '2'],
    ['2.2', '2'],
  ]);
  expect(plan.headings.filter((h) => /^\d+$/.test(h.id)).map((h) => [h.id, h.label, h.title])).toEqual([
    ['1', 'Phụ lục I', 'NHIỆM VỤ CỦA CÁC PHÒNG NGHIỆP VỤ THUỘC BHXH TỈNH'],
    ['2', 'Phụ lục II', 'Nhiệm vụ của Bảo hiểm xã hội cơ sở'],
  ]);
  expect(() => parsePlan(plan)).not.toThrow();
});

test('bảng đánh số từ 1 dưới "PHỤ LỤC" không số, không dòng nhóm: vẫn có mã, có đề mục, kế hoạch dùng được', () => {
  const { plan, doubts } = importPlan(readDocx(planDocx([run('PHỤ LỤC'), run('DANH MỤC NHIỆM VỤ NĂM 2027'), OFFICES])));
  expect(plan.items).toHaveLength(3);
  for (const item of plan.items) {
    expect(item.section).not.toBe('');
    expect(item.id).toBe(`${item.section}.${item.ordinal}`);
  }
  expect(plan.items.map((item) => item.ordinal)).toEqual([1, 2, 3]);
  expect(doubts.some((d) => /không thuộc đề mục nào/u.test(d.vi))).toBe(true);
  expect(() => parsePlan(plan)).not.toThrow();
});

test('tên đơn vị mở đầu bằng chữ viết tắt kế hoạch đã định nghĩa: tên viết đủ là một cách gọi của đơn vị', () => {
  const { plan } = importPlan(
    readDocx(
      planDocx([
        run('Phụ lục 1'),
        run('NHIỆM VỤ CỦA BẢO HIỂM XÃ HỘI CƠ SỞ'),
        table(
          ['1', 'Kiểm tra việc đóng BHXH, BHYT, BHTN tại các đơn vị sử dụng lao động nợ đóng kéo dài trên địa bàn thị xã Đức Phổ.', 'BHXH cơ sở Đức Phổ', 'Phòng Thanh tra - Kiểm tra', 'Quý III/2027'],
          ['2', 'Rà soát, đối chiếu việc cấp thẻ BHYT cho người dân tộc thiểu số; thu hồi thẻ cấp trùng, cấp sai đối tượng.', 'BHXH cơ sở Ba Tơ', 'Phòng Thanh tra - Kiểm tra', 'Trước ngày 30/6/2027'],
        ),
      ]),
    ),
  );
  expect(plan.items.map((item) => item.id)).toEqual(['1.1', '1.2']);
  const unit = plan.units.find((u) => u.name === 'BHXH cơ sở Đức Phổ');
  expect(unit?.aliases).toContain('Bảo hiểm xã hội cơ sở Đức Phổ');
  expect(plan.units.find((u) => u.name === 'BHXH cơ sở Ba Tơ')?.aliases).toContain('Bảo hiểm xã hội cơ sở Ba Tơ');
});
