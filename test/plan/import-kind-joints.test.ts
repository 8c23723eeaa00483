/** "các phòng, chi nhánh" là hai nhóm kế hoạch đã nêu ("các phòng" và "các chi nhánh"); "Phòng Bồi thường, GPMB" là một phòng. */
import { PLAIN_PARAGRAPH, toDocumentModel } from '../../src/document';
import { importPlan } from '../../src/plan/import/assemble';

/** A prose plan: one paragraph per line, headings ("I.", "1.", "1.1.") and lines in capitals bold. */
function prosePlan(lines: readonly string[]) {
  return importPlan(toDocumentModel(lines.map((text) => ({ ...PLAIN_PARAGRAPH, text, bold: text === text.toUpperCase() || /^([IVX]+\.|\d+\.)\s/u.test(text) })), { host: 'docx' })).plan;
}

const PLAN = [
  'TRUNG TÂM PHÁT TRIỂN QUỸ ĐẤT',
  'Số: 07/KH-TTPTQĐ',
  'KẾ HOẠCH',
  'Công tác phòng, chống tham nhũng, tiêu cực năm 2027',
  'II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN',
  '1. Công tác lãnh đạo, chỉ đạo',
  '1.1. Các Chi nhánh Trung tâm Phát triển quỹ đất khu vực (sau đây gọi chung là các chi nhánh) xây dựng, ban hành kế hoạch công tác phòng, chống tham nhũng năm 2027 tại chi nhánh (các chi nhánh).',
  '1.2. Quán triệt Kế hoạch này đến toàn thể viên chức, người lao động. Phòng Hành chính - Tổng hợp chủ trì; các phòng, chi nhánh thực hiện.',
  '2. Công tác phòng ngừa',
  '2.1. Công khai dự thảo phương án bồi thường, hỗ trợ, tái định cư tại trụ sở Ủy ban nhân dân cấp xã. Phòng Bồi thường, giải phóng mặt bằng thực hiện thường xuyên.',
  '2.2. Chi trả tiền bồi thường cho người có đất thu hồi qua tài khoản ngân hàng. Phòng Kế hoạch - Tài chính chủ trì, phối hợp với Phòng Bồi thường, GPMB và các chi nhánh thực hiện thường xuyên.',
  '2.3. Trưởng các phòng, Giám đốc các chi nhánh chịu trách nhiệm người đứng đầu khi để xảy ra tham nhũng tại đơn vị mình phụ trách.',
];

test('"các phòng, chi nhánh" là nhóm gồm hai nhóm kế hoạch đã nêu: "các phòng" và "các Chi nhánh … khu vực"', () => {
  const plan = prosePlan(PLAN);
  const name = (id: string) => [...plan.units, ...plan.groups].find((u) => u.id === id)!.name;
  const joint = plan.groups.find((g) => g.name === 'các phòng, chi nhánh')!;
  expect(joint.members.map(name)).toEqual(['các phòng', 'Các Chi nhánh Trung tâm Phát triển quỹ đất khu vực']);
});

test('"Phòng Bồi thường, GPMB" là "Phòng Bồi thường, giải phóng mặt bằng" viết tắt, không phải hai đơn vị', () => {
  const plan = prosePlan(PLAN);
  const name = (id: string) => [...plan.units, ...plan.groups].find((u) => u.id === id)!.name;
  const item = plan.items.find((i) => i.id === 'II.2.2')!;
  expect(item.support.map(name)).toEqual(['Phòng Bồi thường, giải phóng mặt bằng', 'Các Chi nhánh Trung tâm Phát triển quỹ đất khu vực']);
  expect(plan.units.map((u) => u.name)).not.toContain('GPMB');
});
