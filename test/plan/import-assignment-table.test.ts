/**
 * Phụ lục phân công sau chữ ký, mỗi dòng một đơn vị ("TT | Đơn vị | Nhiệm vụ chủ trì | Nhiệm vụ phối hợp"), ô nêu số
 * của các nhiệm vụ viết bằng văn xuôi ở trên, theo đủ kiểu: "Toàn bộ mục II.4", "Các nhiệm vụ tại mục 3", "3.2 (kiểm tra
 * hộ tịch, chứng thực tại cấp xã)" chọn một gạch của 3.2; tên đơn vị có dấu phẩy vẫn là một đơn vị.
 */
import { PLAIN_PARAGRAPH, toDocumentModel } from '../../src/document';
import { importPlan } from '../../src/plan/import/assemble';
import { readPlanOutline } from '../../src/plan/import/outline';

function modelWithAppendix(lines: readonly string[], rows: readonly (readonly string[])[]) {
  const paragraphs = [
    ...lines.map((line) => {
      const text = line.replace(/^\*\*(.*)\*\*$/u, '$1');
      return { ...PLAIN_PARAGRAPH, text, bold: text !== line || text === text.toUpperCase() };
    }),
    ...rows.flatMap((row, r) => row.map((text, c) => ({ ...PLAIN_PARAGRAPH, text, table: { table: 0, row: r, cell: c, depth: 1 } }))),
  ];
  return toDocumentModel(paragraphs, { host: 'docx' });
}

const planWithAppendix = (lines: readonly string[], rows: readonly (readonly string[])[]) => readPlanOutline(modelWithAppendix(lines, rows));

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

test('bảng "TT | Cơ quan, đơn vị | Chủ trì nhiệm vụ số | Phối hợp nhiệm vụ số" giao các nhiệm vụ "1." … theo số; dòng "Các cơ quan chuyên môn, đơn vị thuộc UBND xã" là một nhóm', () => {
  const { plan } = importPlan(
    modelWithAppendix(
      [
        'ỦY BAN NHÂN DÂN XÃ HÒA PHÚ',
        'KẾ HOẠCH',
        'Phòng, chống tham nhũng, tiêu cực năm 2027',
        'II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM',
        '**Công tác lãnh đạo, chỉ đạo và tuyên truyền**',
        '1. Quán triệt, triển khai Kế hoạch này đến cán bộ, công chức, người lao động của các cơ quan, đơn vị thuộc UBND xã.',
        '2. Tuyên truyền, phổ biến pháp luật về PCTN, TC trên hệ thống truyền thanh xã và các cuộc họp thôn.',
        '**Phòng ngừa, phát hiện và xử lý tham nhũng, tiêu cực**',
        '3. Niêm yết, công khai thủ tục hành chính tại Trung tâm Phục vụ hành chính công xã.',
        '4. Tiếp nhận, xử lý tin báo, tố giác về tội phạm tham nhũng, chức vụ trên địa bàn xã.',
        '5. Thực hiện nghiêm quy tắc ứng xử, văn hóa công vụ tại cơ quan, đơn vị.',
        'III. TỔ CHỨC THỰC HIỆN',
        'Ủy ban nhân dân xã phân công các cơ quan, đơn vị chủ trì, phối hợp thực hiện như sau:',
      ],
      [
        ['TT', 'Cơ quan, đơn vị', 'Chủ trì nhiệm vụ số', 'Phối hợp nhiệm vụ số'],
        ['1', 'Văn phòng HĐND và UBND xã', '1, 2', '3'],
        ['2', 'Trung tâm Phục vụ hành chính công xã', '3', ''],
        ['3', 'Công an xã', '4', '2'],
        ['4', 'Các cơ quan chuyên môn, đơn vị thuộc UBND xã', '5', '1, 4'],
      ],
    ),
  );
  const name = (id: string) => plan.units.find((u) => u.id === id)?.name;
  expect(plan.items.map((item) => [item.id, item.lead.map(name), item.support.map(name)])).toEqual([
    ['II.1', ['Văn phòng HĐND và UBND xã'], ['Các cơ quan chuyên môn, đơn vị thuộc UBND xã']],
    ['II.2', ['Văn phòng HĐND và UBND xã'], ['Công an xã']],
    ['II.3', ['Trung tâm Phục vụ hành chính công xã'], ['Văn phòng HĐND và UBND xã']],
    ['II.4', ['Công an xã'], ['Các cơ quan chuyên môn, đơn vị thuộc UBND xã']],
    ['II.5', ['Các cơ quan chuyên môn, đơn vị thuộc UBND xã'], []],
  ]);
  expect(plan.units.find((u) => u.name === 'Các cơ quan chuyên môn, đơn vị thuộc UBND xã')?.kind).toBe('group');
});
