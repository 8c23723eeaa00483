/**
 * Kế hoạch của một Trung tâm giao việc cho "Giám đốc Trung tâm" (kế hoạch gọi tắt mình là "Trung tâm") hay cho "Phó
 * Giám đốc phụ trách": đó là chính Trung tâm làm, qua lãnh đạo của nó, không phải một đơn vị riêng.
 */
import { PLAIN_PARAGRAPH, toDocumentModel } from '../../src/document';
import { importPlan } from '../../src/plan/import/assemble';

function tablePlan(body: readonly string[], rows: readonly (readonly string[])[]) {
  const raws = [
    ...body.map((text) => ({ ...PLAIN_PARAGRAPH, text, bold: text === text.toUpperCase() })),
    ...rows.flatMap((row, r) => row.map((text, c) => ({ ...PLAIN_PARAGRAPH, text, table: { table: 0, row: r, cell: c, depth: 1 } }))),
  ];
  return importPlan(toDocumentModel(raws, { host: 'docx' })).plan;
}

const BODY = [
  'VĂN PHÒNG UBND TỈNH LÂM ĐỒNG',
  'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG',
  'Số: 05/KH-TTPVHCC',
  'Lâm Đồng, ngày 15 tháng 01 năm 2027',
  'KẾ HOẠCH',
  'Công tác phòng, chống tham nhũng, tiêu cực năm 2027',
  'Thực hiện Kế hoạch số 12/KH-VP ngày 09/01/2027 của Văn phòng UBND tỉnh, Trung tâm Phục vụ hành chính công tỉnh (sau đây gọi tắt là Trung tâm) ban hành Kế hoạch công tác phòng, chống tham nhũng, tiêu cực năm 2027 như sau:',
  'II. NHIỆM VỤ, GIẢI PHÁP CỤ THỂ',
];

const ROWS = [
  ['STT', 'Nội dung nhiệm vụ', 'Chủ trì thực hiện', 'Phối hợp thực hiện', 'Thời gian thực hiện'],
  ['A', 'CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO', '', '', ''],
  ['1', 'Quán triệt, triển khai Kế hoạch này đến toàn thể công chức, viên chức, người lao động của Trung tâm.', 'Giám đốc Trung tâm', 'Phòng Hành chính - Tổng hợp', 'Trước 31/3/2027'],
  ['2', 'Đưa nội dung công tác phòng, chống tham nhũng vào chương trình giao ban hằng tháng của Trung tâm.', 'Phó Giám đốc phụ trách', 'Phòng Hành chính - Tổng hợp', 'Hằng tháng'],
  ['3', 'Phân công công chức theo dõi công tác phòng, chống tham nhũng của Trung tâm.', 'Phòng Hành chính - Tổng hợp', 'Bộ phận Công nghệ thông tin', 'Thường xuyên'],
];

test('"Giám đốc Trung tâm" và "Phó Giám đốc phụ trách" chủ trì là chính Trung tâm ban hành kế hoạch', () => {
  const plan = tablePlan(BODY, ROWS);
  const lead = (id: string) => plan.items.find((i) => i.id === id)!.lead;
  expect(lead('II.a.1')).toEqual([plan.meta.issuer]);
  expect(lead('II.a.2')).toEqual([plan.meta.issuer]);
  expect(plan.units.map((u) => u.name)).not.toContain('Phó Giám đốc phụ trách');
  expect(plan.units.map((u) => u.name)).not.toContain('Giám đốc Trung tâm');
});
