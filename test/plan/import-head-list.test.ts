/** "các Tổ, Trạm có liên quan phối hợp": các Tổ và nhóm các Trạm của kế hoạch, trừ đơn vị chủ trì nhiệm vụ. */
import { PLAIN_PARAGRAPH, toDocumentModel } from '../../src/document';
import { importPlan } from '../../src/plan/import/assemble';

function prosePlan(lines: readonly string[]) {
  return importPlan(toDocumentModel(lines.map((text) => ({ ...PLAIN_PARAGRAPH, text, bold: text === text.toUpperCase() || /^([IVX]+\.|\d+\.)\s/u.test(text) })), { host: 'docx' })).plan;
}

const PLAN = [
  'CHI CỤC KIỂM LÂM',
  'HẠT KIỂM LÂM KHU VỰC ĐĂK GLEI',
  'Số: 05/KH-HKL',
  'KẾ HOẠCH',
  'Công tác phòng, chống tham nhũng, tiêu cực năm 2027',
  'I. MỤC ĐÍCH, YÊU CẦU',
  '- Kế hoạch được triển khai đến Tổ Tổng hợp, Tổ Kiểm lâm cơ động, các Trạm Kiểm lâm địa bàn số 1, số 2, số 3 (sau đây gọi chung là các Trạm Kiểm lâm địa bàn) và toàn thể công chức của Hạt.',
  'II. NHIỆM VỤ, GIẢI PHÁP',
  '1. Công khai, minh bạch trong tổ chức và hoạt động của Hạt.',
  'Trách nhiệm thực hiện: Tổ Tổng hợp chủ trì; các Trạm Kiểm lâm địa bàn, Tổ Kiểm lâm cơ động phối hợp. Thời gian: Thường xuyên.',
  '2. Thực hiện kết luận thanh tra, kiểm tra của Chi cục Kiểm lâm.',
  'Trách nhiệm thực hiện: Tổ Tổng hợp chủ trì; các Tổ, Trạm có liên quan phối hợp. Thời gian: Theo thời hạn ghi trong kết luận.',
  'III. TỔ CHỨC THỰC HIỆN',
  'Các Tổ, các Trạm Kiểm lâm địa bàn báo cáo kết quả thực hiện về Tổ Tổng hợp trước ngày 10 của tháng cuối quý.',
];

test('"các Tổ, Trạm có liên quan phối hợp" là Tổ Kiểm lâm cơ động và nhóm các Trạm Kiểm lâm địa bàn, không có Tổ Tổng hợp đã chủ trì', () => {
  const plan = prosePlan(PLAN);
  const name = (id: string) => [...plan.units, ...plan.groups].find((u) => u.id === id)?.name;
  const task = plan.items.find((item) => item.text.startsWith('Thực hiện kết luận'))!;
  expect(task.lead.map(name)).toEqual(['Tổ Tổng hợp']);
  expect(task.support.map(name)).toEqual(['Tổ Kiểm lâm cơ động', 'các Trạm Kiểm lâm địa bàn']);
  expect(plan.units.map((u) => u.name)).not.toContain('các Tổ, Trạm có liên quan');
});
