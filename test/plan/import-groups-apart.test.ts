/** "các phòng", "các phòng nghiệp vụ" và "các Phòng Giao dịch" là ba nhóm kế hoạch kể riêng, dù tên này mở đầu tên kia. */
import { PLAIN_PARAGRAPH, toDocumentModel } from '../../src/document';
import { importPlan } from '../../src/plan/import/assemble';

/** A prose plan: one paragraph per line, headings ("I.", "1.", "1.1.") and lines in capitals bold. */
function prosePlan(lines: readonly string[]) {
  return importPlan(toDocumentModel(lines.map((text) => ({ ...PLAIN_PARAGRAPH, text, bold: text === text.toUpperCase() || /^([IVX]+\.|\d+\.)\s/u.test(text) })), { host: 'docx' })).plan;
}

const PLAN = [
  'KHO BẠC NHÀ NƯỚC KHU VỰC XIII',
  'Số: 07/KH-KBKV13',
  'KẾ HOẠCH',
  'Công tác phòng, chống tham nhũng, tiêu cực năm 2027',
  'II. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU',
  'Các phòng thuộc KBNN khu vực XIII (gồm: Văn phòng, Phòng Tổ chức cán bộ và Kiểm tra, Phòng Kế toán nhà nước, Phòng Kiểm soát chi; sau đây gọi chung là các phòng) và Phòng Giao dịch số 1, Phòng Giao dịch số 2, Phòng Giao dịch số 3 (sau đây gọi chung là các Phòng Giao dịch) tập trung thực hiện các nhiệm vụ sau đây.',
  '1. Công tác lãnh đạo, chỉ đạo',
  'Văn phòng và các Phòng Giao dịch phối hợp thực hiện các nội dung tại mục 1.',
  '1.1. Trưởng các phòng, Trưởng các Phòng Giao dịch thực hiện nghiêm chế độ trách nhiệm của người đứng đầu theo Nghị định số 59/2019/NĐ-CP (các phòng, các Phòng Giao dịch).',
  '1.2. Niêm yết số điện thoại đường dây nóng, hộp thư góp ý tại trụ sở và các Phòng Giao dịch (Văn phòng).',
  '2. Thực hiện các giải pháp phòng ngừa tham nhũng, tiêu cực',
  'Các phòng nghiệp vụ (Phòng Kế toán nhà nước, Phòng Kiểm soát chi) và các Phòng Giao dịch phối hợp thực hiện các nội dung tại mục 2.',
  '2.1. Thực hiện tự kiểm tra nghiệp vụ kế toán, kiểm soát chi, an toàn kho quỹ định kỳ hằng quý tại đơn vị (các phòng nghiệp vụ, các Phòng Giao dịch).',
  '2.2. Tổ chức kê khai, công khai bản kê khai tài sản, thu nhập hằng năm theo Nghị định số 130/2020/NĐ-CP (Phòng Tổ chức cán bộ và Kiểm tra).',
  '2.3. Thực hiện nghiêm Quy tắc ứng xử của công chức, người lao động trong hệ thống Kho bạc Nhà nước (các phòng, các Phòng Giao dịch).',
  'III. TỔ CHỨC THỰC HIỆN',
  'Các phòng, các Phòng Giao dịch báo cáo kết quả thực hiện Kế hoạch định kỳ hằng quý gửi về Phòng Tổ chức cán bộ và Kiểm tra trước ngày 06 của tháng cuối quý.',
];

test('mỗi nhóm giữ đúng thành viên kế hoạch kể cho nó ("(gồm: …; sau đây gọi chung là các phòng)"); "các phòng" không phải tên khác của "các Phòng Giao dịch"', () => {
  const plan = prosePlan(PLAN);
  const members = Object.fromEntries(plan.groups.map((g) => [g.name.toLowerCase(), g.members.map((id) => plan.units.find((u) => u.id === id)!.name).sort()]));
  expect(members).toEqual({
    'các phòng': ['Phòng Kiểm soát chi', 'Phòng Kế toán nhà nước', 'Phòng Tổ chức cán bộ và Kiểm tra', 'Văn phòng'].sort(),
    'các phòng nghiệp vụ': ['Phòng Kiểm soát chi', 'Phòng Kế toán nhà nước'].sort(),
    'các phòng giao dịch': ['Phòng Giao dịch số 1', 'Phòng Giao dịch số 2', 'Phòng Giao dịch số 3'],
  });
});

test('nhóm chủ trì đã gồm đơn vị phối hợp của cả mục thì đơn vị ấy không phối hợp thêm', () => {
  const plan = prosePlan(PLAN);
  const name = (id: string) => [...plan.units, ...plan.groups].find((u) => u.id === id)!.name;
  const support = (id: string) => plan.items.find((i) => i.id === id)!.support.map(name);
  // ("Văn phòng và các Phòng Giao dịch phối hợp thực hiện các nội dung tại mục 1": Văn phòng là một trong các phòng.)
  expect(support('II.1.1')).toEqual([]);
  expect(support('II.1.2')).toEqual(['các Phòng Giao dịch']);
  // (Các phòng nghiệp vụ đều thuộc các phòng.)
  expect(support('II.2.3')).toEqual([]);
  expect(support('II.2.2')).toEqual(['các phòng nghiệp vụ', 'các Phòng Giao dịch']);
});

test('nhiệm vụ do "các phòng, các Phòng Giao dịch" chủ trì giao cho hai nhóm đó; ngoặc đơn "(Văn phòng)" cuối nội dung không phải thành viên của nhóm đứng trước', () => {
  const plan = prosePlan(PLAN);
  const name = (id: string) => [...plan.units, ...plan.groups].find((u) => u.id === id)!.name;
  const lead = (id: string) => plan.items.find((i) => i.id === id)!.lead.map(name);
  expect(lead('II.1.1')).toEqual(['các phòng', 'các Phòng Giao dịch']);
  expect(lead('II.1.2')).toEqual(['Văn phòng']);
  expect(lead('II.2.1')).toEqual(['các phòng nghiệp vụ', 'các Phòng Giao dịch']);
});
