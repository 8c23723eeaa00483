/**
 * Phụ lục "Nội dung (theo mục II) | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian" sau chữ ký dẫn nhiệm vụ bằng số mục và
 * vị trí gạch đầu dòng trong ngoặc ("1 (gạch đầu dòng thứ nhất)", "4 (gạch đầu dòng thứ hai, thứ ba)", "2.1", "7"): mỗi
 * hàng giao đúng những gạch đầu dòng nó dẫn, không cả mục.
 */
import { PLAIN_PARAGRAPH, toDocumentModel } from '../../src/document';
import { importPlan } from '../../src/plan/import/assemble';
import { citedPlaces } from '../../src/plan/import/cited-places';

/** A prose plan: one paragraph per line, "**...**" lines bold; then the appendix table, row by row. */
function prosePlan(lines: readonly string[], rows: readonly (readonly string[])[]) {
  const paragraph = (line: string) => ({ ...PLAIN_PARAGRAPH, text: line.replace(/\*\*/g, ''), bold: /^\*\*.*\*\*$/.test(line) });
  const cells = rows.flatMap((row, r) => row.map((text, c) => ({ ...PLAIN_PARAGRAPH, text, table: { table: 0, row: r, cell: c, depth: 1 } })));
  return importPlan(toDocumentModel([...lines.map(paragraph), ...cells], { host: 'docx' }));
}

test.each([
  ['1 (gạch đầu dòng thứ nhất)', ['II.1.1']],
  ['4 (gạch đầu dòng thứ hai, thứ ba)', ['II.4.2', 'II.4.3']],
  ['5 (các gạch đầu dòng 1–3)', ['II.5.1', 'II.5.2', 'II.5.3']],
  ['2.1', ['II.2.1']],
  ['7', ['II.7']],
  ['B.3-B.4 Công khai dự toán', ['II.b.3', 'II.b.4']],
])('ô "%s" dẫn các nhiệm vụ %j của mục II', (cell, ids) => {
  expect(citedPlaces(cell, 'II')).toEqual(ids);
});

test('hàng phụ lục "1 (gạch đầu dòng thứ hai)" giao gạch đầu dòng thứ hai của mục 1, không phải mọi gạch đầu dòng của mục 1', () => {
  const { plan } = prosePlan(
    [
      '**BCH HỘI NÔNG DÂN TỈNH LÂM ĐỒNG**',
      'Số: 86-KH/HNDT',
      '**KẾ HOẠCH**',
      '**thực hiện công tác phòng, chống tham nhũng, tiêu cực năm 2027**',
      '**II. NHIỆM VỤ, GIẢI PHÁP**',
      '**1. Công tác lãnh đạo, chỉ đạo**',
      '- Tổ chức quán triệt các chủ trương của Đảng, chính sách, pháp luật của Nhà nước về công tác PCTN, TC đến cán bộ Hội các cấp.',
      '- Xây dựng, ban hành và tổ chức thực hiện kế hoạch PCTN, TC năm 2027 của từng ban, đơn vị và của Hội Nông dân cấp xã.',
      '- Kiểm tra việc thực hiện kế hoạch PCTN, TC tại một số ban, đơn vị và Hội Nông dân cấp xã.',
      '**2. Công tác tuyên truyền, phổ biến, giáo dục pháp luật về PCTN, TC**',
      '2.1. Đổi mới nội dung, hình thức tuyên truyền pháp luật về PCTN, TC cho cán bộ, hội viên, nông dân thông qua sinh hoạt chi hội.',
      '2.2. Xây dựng chuyên mục "Nông dân với phòng, chống tham nhũng, tiêu cực" trên Trang thông tin điện tử Hội Nông dân tỉnh.',
      '**3. Trách nhiệm của người đứng đầu**',
      'Đề cao trách nhiệm nêu gương của người đứng đầu trong lãnh đạo, chỉ đạo, tổ chức thực hiện công tác PCTN, TC.',
      '**III. TỔ CHỨC THỰC HIỆN**',
      '1. Văn phòng, Ban Tổ chức - Kiểm tra, Ban Tuyên huấn (sau đây gọi chung là các ban, đơn vị) căn cứ nội dung Kế hoạch và Phụ lục phân công thực hiện kèm theo, chủ động triển khai các nhiệm vụ được giao.',
      '2. Các ban, đơn vị báo cáo kết quả thực hiện công tác PCTN, TC gửi về Ban Thường vụ Hội Nông dân tỉnh (qua Ban Tổ chức - Kiểm tra): báo cáo 6 tháng gửi trước ngày 10/6/2027; báo cáo năm gửi trước ngày 10/12/2027.',
      'T/M BAN THƯỜNG VỤ',
      'CHỦ TỊCH',
      'Trần Văn Hiệp',
      '**PHỤ LỤC: PHÂN CÔNG THỰC HIỆN**',
    ],
    [
      ['Nội dung (theo mục II)', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian'],
      ['1 (gạch đầu dòng thứ nhất)', 'Văn phòng', 'Ban Tuyên huấn', 'Quý I/2027'],
      ['1 (gạch đầu dòng thứ hai, thứ ba)', 'Ban Tổ chức - Kiểm tra', 'Văn phòng', 'Trước ngày 28/02/2027'],
      ['2.1', 'Ban Tuyên huấn', 'Văn phòng', 'Thường xuyên'],
      ['2.2', 'Văn phòng', 'Ban Tuyên huấn', 'Quý II/2027'],
      ['3', 'Các ban, đơn vị', '', 'Thường xuyên'],
    ],
  );
  const name = (id: string) => plan.units.find((u) => u.id === id)?.name ?? plan.groups.find((g) => g.id === id)?.name ?? id;
  expect(plan.items.map((i) => [i.id, i.lead.map(name).join('; '), i.support.map(name).join('; '), i.timing.raw])).toEqual([
    ['II.1.1', 'Văn phòng', 'Ban Tuyên huấn', 'Quý I/2027'],
    ['II.1.2', 'Ban Tổ chức - Kiểm tra', 'Văn phòng', 'Trước ngày 28/02/2027'],
    ['II.1.3', 'Ban Tổ chức - Kiểm tra', 'Văn phòng', 'Trước ngày 28/02/2027'],
    ['II.2.1', 'Ban Tuyên huấn', 'Văn phòng', 'Thường xuyên'],
    ['II.2.2', 'Văn phòng', 'Ban Tuyên huấn', 'Quý II/2027'],
    ['II.3.1', 'Các ban, đơn vị', '', 'Thường xuyên'],
  ]);
  const lead = plan.items.at(-1)!.lead[0]!;
  expect(plan.groups.find((g) => g.id === lead)?.members.map(name)).toEqual(['Văn phòng', 'Ban Tổ chức - Kiểm tra', 'Ban Tuyên huấn']);
});
