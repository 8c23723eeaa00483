/**
 * Lãnh đạo chỉ đạo không phải đơn vị làm: "Phó Giám đốc phụ trách tài chính chỉ đạo; Phòng Tài chính - Kế toán thực
 * hiện", dòng "Lãnh đạo chỉ đạo: Phó Giám đốc Trần Minh Khoa" trong ô đơn vị. Người (một chức danh, có tên hay không)
 * không chủ trì, không phối hợp khi có đơn vị làm; chỉ nêu mỗi chức danh thì giữ như cũ.
 */
import type { Block, TextRun } from '../../src/compose/blocks';
import { PLAIN_PARAGRAPH, toDocumentModel } from '../../src/document';
import { readDocx } from '../../src/docx';
import { writeDocx } from '../../src/docx/write';
import { importPlan } from '../../src/plan/import/assemble';
import { readUnitsLine, unitsFromText } from '../../src/plan/import/units-line';
import type { Plan } from '../../src/plan/schema';

test.each([
  ['Phó Giám đốc phụ trách tài chính chỉ đạo; Phòng Tài chính - Kế toán thực hiện', ['Phòng Tài chính - Kế toán'], []],
  [
    'Phó Giám đốc phụ trách chuyên môn chỉ đạo; Khoa Dược - Vật tư y tế (chủ trì); Khoa Xét nghiệm, Phòng Tài chính - Kế toán (phối hợp)',
    ['Khoa Dược - Vật tư y tế'],
    ['Khoa Xét nghiệm', 'Phòng Tài chính - Kế toán'],
  ],
  ['Giám đốc Sở chỉ đạo chung; Văn phòng Sở chủ trì; các phòng chuyên môn phối hợp', ['Văn phòng Sở'], ['các phòng chuyên môn']],
  ['Chủ trì: Phòng Kinh doanh - Phát hành; Phối hợp: Các Chi nhánh; Lãnh đạo chỉ đạo: Phó Giám đốc Trần Minh Khoa', ['Phòng Kinh doanh - Phát hành'], ['Các Chi nhánh']],
  ['Chủ trì: Ban Kiểm soát nội bộ; Lãnh đạo phụ trách: Phó Giám đốc Lê Thị Ngọc Hân', ['Ban Kiểm soát nội bộ'], []],
  ['Phó Giám đốc phụ trách tài chính chỉ đạo, Phòng Tài chính - Kế toán thực hiện', ['Phòng Tài chính - Kế toán'], []],
  ['Phó Tổng Giám đốc chỉ đạo, Phòng Kế toán (chủ trì), Ban Kiểm soát nội bộ (phối hợp)', ['Phòng Kế toán'], ['Ban Kiểm soát nội bộ']],
  // Trường học giao việc cho người, Hiệu trưởng trong đó: "Hiệu trưởng chỉ đạo, Tổ Văn phòng thực hiện" giữ như cũ.
  ['Hiệu trưởng chỉ đạo, Tổ Văn phòng thực hiện', ['Tổ Văn phòng'], ['Hiệu trưởng']],
  // Lãnh đạo tập thể chỉ đạo (Ban Thường vụ, Ban Giám đốc) khi có đơn vị được giao làm: không chủ trì, không phối hợp.
  ['Ban Thường vụ chỉ đạo; Văn phòng chủ trì', ['Văn phòng'], []],
  ['Ban Giám đốc chỉ đạo; các phòng chuyên môn thực hiện', ['các phòng chuyên môn'], []],
  // Chỉ nêu Ban Thường vụ: giữ như cũ.
  ['Ban Thường vụ chỉ đạo', ['Ban Thường vụ'], []],
  // Chỉ nêu chức danh: chức danh đứng cho đơn vị làm, như trước.
  ['Phó Giám đốc phụ trách chỉ đạo', ['Phó Giám đốc phụ trách'], []],
  // "Giám đốc các Chi nhánh" là người đứng đầu các đơn vị, không phải một người chỉ đạo.
  ['Giám đốc các Chi nhánh chỉ đạo; Phòng Kế toán - Tài vụ thực hiện', ['các Chi nhánh', 'Phòng Kế toán - Tài vụ'], []],
])('%s', (line, lead, support) => {
  expect(readUnitsLine(line)).toEqual({ lead, support });
});

test('ngoặc cuối nhiệm vụ "(Phó Giám đốc phụ trách tài chính chỉ đạo, Phòng Tài chính - Kế toán thực hiện; hằng quý)": phòng chủ trì, không ai phối hợp', () => {
  expect(unitsFromText('Công khai dự toán, quyết toán ngân sách nhà nước (Phó Giám đốc phụ trách tài chính chỉ đạo, Phòng Tài chính - Kế toán thực hiện; hằng quý).')).toEqual({ lead: ['Phòng Tài chính - Kế toán'], support: [] });
});

function rolesIn(plan: Plan) {
  const name = (id: string) => plan.units.find((u) => u.id === id)?.name ?? plan.groups.find((g) => g.id === id)!.name;
  return (id: string) => {
    const item = plan.items.find((i) => i.id === id)!;
    return [item.lead.map(name), item.support.map(name)];
  };
}

test('dòng "Trách nhiệm: Phó Giám đốc phụ trách tài chính chỉ đạo; Phòng Tài chính - Kế toán thực hiện. Thời hạn: …" sau nhiệm vụ: phòng làm chủ trì, Phó Giám đốc không là đơn vị', () => {
  const lines = [
    'SỞ Y TẾ TỈNH NINH BÌNH',
    'TRUNG TÂM KIỂM SOÁT BỆNH TẬT',
    'Số: 09/KH-KSBT',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2027',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '1. Công khai, minh bạch trong hoạt động của Trung tâm',
    'a) Công khai dự toán, số liệu và thuyết minh tình hình thực hiện dự toán, quyết toán ngân sách nhà nước; công khai nguồn thu sự nghiệp, việc trích lập và sử dụng các quỹ.',
    'Trách nhiệm: Phó Giám đốc phụ trách tài chính chỉ đạo; Phòng Tài chính - Kế toán thực hiện. Thời hạn: hằng quý, trước ngày 12 của tháng cuối quý.',
    'b) Quản lý chặt chẽ việc nhập, xuất, bảo quản, cấp phát vắc xin, sinh phẩm, hóa chất xét nghiệm; kiểm kê kho, đối chiếu số liệu giữa kho, khoa sử dụng và sổ kế toán.',
    'Trách nhiệm: Phó Giám đốc phụ trách chuyên môn chỉ đạo; Khoa Dược - Vật tư y tế (chủ trì); Khoa Xét nghiệm, Phòng Tài chính - Kế toán (phối hợp). Thời hạn: hằng quý, trước ngày 12 của tháng cuối quý.',
    'III. TỔ CHỨC THỰC HIỆN',
    'Các khoa, phòng báo cáo kết quả thực hiện về Phòng Tổ chức - Hành chính trước ngày 12 của tháng cuối quý.',
  ];
  const model = toDocumentModel(lines.map((text) => ({ ...PLAIN_PARAGRAPH, text, bold: text === text.toUpperCase() || /^\d+\.|^I+\./.test(text) })), { host: 'docx' });
  const roles = rolesIn(importPlan(model).plan);
  expect(roles('II.1.a.1')).toEqual([['Phòng Tài chính - Kế toán'], []]);
  expect(roles('II.1.b.1')).toEqual([['Khoa Dược - Vật tư y tế'], ['Khoa Xét nghiệm', 'Phòng Tài chính - Kế toán']]);
});

test('bảng "TT | Nội dung công việc | Đơn vị thực hiện | Thời gian", ô đơn vị có dòng "Chủ trì: …", "Phối hợp: …", "Lãnh đạo chỉ đạo: Phó Giám đốc …": Phó Giám đốc không phối hợp', () => {
  const cell = (text: string, bold = false): TextRun[] => [{ text, bold }];
  const paragraph = (text: string): Block => ({ kind: 'paragraph', runs: [{ text, bold: text === text.toUpperCase() }] });
  const blocks: Block[] = [
    paragraph('CÔNG TY TNHH MTV XỔ SỐ KIẾN THIẾT KHÁNH HÒA'),
    paragraph('Số: 07/KH-XSKT'),
    paragraph('KẾ HOẠCH'),
    paragraph('Công tác phòng, chống tham nhũng, tiêu cực năm 2027'),
    paragraph('B. NHIỆM VỤ, GIẢI PHÁP'),
    {
      kind: 'table',
      borders: true,
      rows: [
        ['TT', 'Nội dung công việc', 'Đơn vị thực hiện', 'Thời gian'].map((h) => cell(h, true)),
        [cell('I.', true), cell('CÔNG TÁC TUYÊN TRUYỀN, PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT VỀ PCTN, TC', true), [], []],
        [cell('1.1'), cell('Phổ biến quy định của pháp luật về kinh doanh xổ số, quy định về PCTN, TC đến các đại lý xổ số.'), cell('Chủ trì: Phòng Kinh doanh - Phát hành\nPhối hợp: Các Chi nhánh\nLãnh đạo chỉ đạo: Phó Giám đốc Trần Minh Khoa'), cell('Quý II/2027')],
        [cell('1.2'), cell('Quán triệt Kế hoạch này đến toàn thể người quản lý, người lao động của Công ty.'), cell('Phòng Kế hoạch - Tổng hợp'), cell('Quý I/2027')],
      ],
    },
    paragraph('C. TỔ CHỨC THỰC HIỆN'),
    paragraph('Các phòng, các Chi nhánh báo cáo kết quả về Phòng Kế hoạch - Tổng hợp trước ngày 10 của tháng cuối quý.'),
  ];
  const { plan } = importPlan(readDocx(writeDocx(blocks)));
  const roles = rolesIn(plan);
  const [first, second] = plan.items.map((i) => i.id);
  expect(roles(first!)).toEqual([['Phòng Kinh doanh - Phát hành'], ['Các Chi nhánh']]);
  expect(roles(second!)).toEqual([['Phòng Kế hoạch - Tổng hợp'], []]);
});

test.each([
  [
    'Đồng chí Phó Viện trưởng phụ trách khối hình sự chỉ đạo Phòng Thực hành quyền công tố và kiểm sát xét xử phối hợp với Tòa án nhân dân khu vực 2 tổ chức phiên tòa rút kinh nghiệm đối với các vụ án tham nhũng.',
    ['Phòng Thực hành quyền công tố và kiểm sát xét xử'],
    ['Tòa án nhân dân khu vực 2'],
  ],
  ['Phó Chánh án phụ trách lĩnh vực dân sự chỉ đạo Tòa Dân sự thực hiện công bố bản án đúng thời hạn.', ['Tòa Dân sự'], []],
])('câu nhiệm vụ "Phó … phụ trách … chỉ đạo X (phối hợp với Y) …": X làm, Y phối hợp, người chỉ đạo không là đơn vị (%s)', (text, lead, support) => {
  expect(unitsFromText(text)).toEqual({ lead, support });
});
