/** "Các phòng chuyên môn thuộc UBND đặc khu (gồm: Văn phòng …, Phòng Kinh tế, …)": ngoặc đơn mở bằng "gồm:" kể thành viên của nhóm. */
import { PLAIN_PARAGRAPH, toDocumentModel } from '../../src/document';
import { importPlan } from '../../src/plan/import/assemble';

/** A prose plan: one paragraph per line, headings ("I.", "1.", "a)") and lines in capitals bold. */
function prosePlan(lines: readonly string[]) {
  return importPlan(toDocumentModel(lines.map((text) => ({ ...PLAIN_PARAGRAPH, text, bold: text === text.toUpperCase() || /^([IVX]+\.|\d+\.)\s/u.test(text) })), { host: 'docx' })).plan;
}

const PLAN = [
  'ỦY BAN NHÂN DÂN',
  'ĐẶC KHU PHÚ QUỐC',
  'Số: 12/KH-UBND',
  'KẾ HOẠCH',
  'Công tác phòng, chống tham nhũng, tiêu cực năm 2027',
  'II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM',
  'Các phòng chuyên môn thuộc UBND đặc khu (gồm: Văn phòng Hội đồng nhân dân và Ủy ban nhân dân đặc khu (sau đây gọi là Văn phòng HĐND và UBND đặc khu), Phòng Kinh tế, Phòng Văn hóa - Xã hội, Phòng Nội vụ), Trung tâm Phục vụ hành chính công và các đơn vị sự nghiệp công lập thuộc UBND đặc khu tập trung thực hiện tốt các nhiệm vụ, giải pháp sau:',
  '1. Công tác lãnh đạo, chỉ đạo',
  'a) Văn phòng HĐND và UBND đặc khu chủ trì, phối hợp với Phòng Nội vụ tham mưu UBND đặc khu ban hành các văn bản chỉ đạo, triển khai Kế hoạch này.',
  'b) Các phòng chuyên môn, đơn vị sự nghiệp thuộc UBND đặc khu thực hiện trách nhiệm giải trình theo quy định tại Nghị định số 59/2019/NĐ-CP, khi có yêu cầu.',
];

test('nhóm "các phòng chuyên môn" mang các thành viên kể trong ngoặc "(gồm: …)"', () => {
  const plan = prosePlan(PLAN);
  const name = (id: string) => [...plan.units, ...plan.groups].find((u) => u.id === id)!.name;
  const group = plan.groups.find((g) => g.name.toLowerCase() === 'các phòng chuyên môn')!;
  expect(group.members.map(name)).toEqual(['Văn phòng Hội đồng nhân dân và Ủy ban nhân dân đặc khu', 'Phòng Kinh tế', 'Phòng Văn hóa - Xã hội', 'Phòng Nội vụ']);
});
