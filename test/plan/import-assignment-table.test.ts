/**
 * Phụ lục phân công sau chữ ký, mỗi dòng một đơn vị ("TT | Đơn vị | Nhiệm vụ chủ trì | Nhiệm vụ phối hợp"), ô nêu số
 * của các nhiệm vụ viết bằng văn xuôi ở trên, theo đủ kiểu: "Toàn bộ mục II.4", "Các nhiệm vụ tại mục 3", "3.2 (kiểm tra
 * hộ tịch, chứng thực tại cấp xã)" chọn một gạch của 3.2; tên đơn vị có dấu phẩy vẫn là một đơn vị.
 */
import { PLAIN_PARAGRAPH, toDocumentModel } from '../../src/document';
import { readPlanOutline } from '../../src/plan/import/outline';

function planWithAppendix(lines: readonly string[], rows: readonly (readonly string[])[]) {
  const paragraphs = [
    ...lines.map((line) => {
      const text = line.replace(/^\*\*(.*)\*\*$/u, '$1');
      return { ...PLAIN_PARAGRAPH, text, bold: text !== line || text === text.toUpperCase() };
    }),
    ...rows.flatMap((row, r) => row.map((text, c) => ({ ...PLAIN_PARAGRAPH, text, table: { table: 0, row: r, cell: c, depth: 1 } }))),
  ];
  return readPlanOutline(toDocumentModel(paragraphs, { host: 'docx' }));
}

test('phụ lục "Đơn vị | Nhiệm vụ chủ trì | Nhiệm vụ phối hợp": "Toàn bộ mục II.4", "Các nhiệm vụ tại mục 3", ngoặc chọn một gạch, dòng "Các phòng, đơn vị còn lại … mục 1"', () => {
  const outline = planWithAppendix(
    [
      'SỞ TƯ PHÁP',
      'KẾ HOẠCH',
      'Công tác phòng, chống tham nhũng, tiêu cực năm 2027',
      'II. NHIỆM VỤ, GIẢI PHÁP',
      '**1. Công tác lãnh đạo, chỉ đạo**',
      '1.1. Quán triệt, triển khai Kế hoạch này đến toàn thể công chức, viên chức, người lao động trong tháng 02/2027.',
      '**2. Thực hiện các giải pháp phòng ngừa tham nhũng, tiêu cực**',
      '2.1. Nâng cao chất lượng thẩm định dự thảo văn bản quy phạm pháp luật; thực hiện thường xuyên.',
      '**3. Phát hiện, xử lý tham nhũng, tiêu cực**',
      '3.1. Tổ chức tự kiểm tra nội bộ việc quản lý, sử dụng ngân sách, tài sản công, hoàn thành trước ngày 31/10/2027.',
      '3.2. Lồng ghép nội dung PCTNTC trong công tác kiểm tra chuyên ngành:',
      '- Kiểm tra việc chấp hành pháp luật về công chứng, luật sư, đấu giá tài sản tại các tổ chức hành nghề.',
      '- Kiểm tra công tác đăng ký, quản lý hộ tịch, chứng thực tại Ủy ban nhân dân một số xã, phường; hoàn thành trước ngày 30/9/2027.',
      '**4. Theo dõi, đánh giá, báo cáo công tác PCTNTC**',
      '4.1. Theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch này; tổng hợp kết quả, tham mưu báo cáo định kỳ.',
      '4.2. Tổ chức tự đánh giá công tác PCTNTC năm 2027 của Sở trước ngày 30/11/2027.',
      'III. TỔ CHỨC THỰC HIỆN',
      'Trưởng các phòng, đơn vị căn cứ Phụ lục phân công thực hiện kèm theo Kế hoạch này chủ động triển khai các nhiệm vụ được giao.',
      'PHỤ LỤC: PHÂN CÔNG THỰC HIỆN',
    ],
    [
      ['TT', 'Đơn vị', 'Nhiệm vụ chủ trì', 'Nhiệm vụ phối hợp'],
      ['1', 'Văn phòng Sở', '1.1, 3.1; Toàn bộ mục II.4', ''],
      ['2', 'Phòng Hành chính tư pháp', '3.2 (kiểm tra hộ tịch, chứng thực tại cấp xã)', ''],
      ['3', 'Phòng Bổ trợ tư pháp', '3.2 (kiểm tra tổ chức hành nghề công chứng, luật sư, đấu giá tài sản)', ''],
      ['4', 'Phòng Xây dựng, kiểm tra và theo dõi thi hành pháp luật', '2.1', 'Các nhiệm vụ tại mục 3'],
      ['5', 'Các phòng, đơn vị còn lại', 'Tổ chức thực hiện các nhiệm vụ chung tại mục 1', ''],
    ],
  );
  const xdkt = 'Phòng Xây dựng, kiểm tra và theo dõi thi hành pháp luật';
  expect(outline.items.map((item) => [item.id, item.lead, item.support])).toEqual([
    ['II.1.1', ['Văn phòng Sở', 'Các phòng, đơn vị còn lại'], []],
    ['II.2.1', [xdkt], []],
    ['II.3.1', ['Văn phòng Sở'], [xdkt]],
    ['II.3.2.1', ['Phòng Bổ trợ tư pháp'], [xdkt]],
    ['II.3.2.2', ['Phòng Hành chính tư pháp'], [xdkt]],
    ['II.4.1', ['Văn phòng Sở'], []],
    ['II.4.2', ['Văn phòng Sở'], []],
  ]);
});
