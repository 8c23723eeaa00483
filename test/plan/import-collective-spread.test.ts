/** "các phòng thuộc Sở và các đơn vị này gọi chung là các phòng, đơn vị trực thuộc": nhiệm vụ giao "Trưởng các phòng thuộc
 * Sở, thủ trưởng các đơn vị trực thuộc" là giao cho nhóm gọi chung ấy; "các đơn vị này" là các trường, trung tâm vừa kể. */
import { PLAIN_PARAGRAPH, toDocumentModel } from '../../src/document';
import { importPlan } from '../../src/plan/import/assemble';
import { collectivesUnderBoth, gatherSpread } from '../../src/plan/import/collective-spread';

function prosePlan(lines: readonly string[]) {
  return importPlan(toDocumentModel(lines.map((text) => ({ ...PLAIN_PARAGRAPH, text, bold: text === text.toUpperCase() || /^([IVX]+\.|\d+\.)\s/u.test(text) })), { host: 'docx' })).plan;
}

const PLAN = [
  'UBND TỈNH GIA LAI',
  'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
  'Số: 15/KH-SGDĐT',
  'KẾ HOẠCH',
  'Công tác phòng, chống tham nhũng, tiêu cực năm 2027',
  'I. MỤC ĐÍCH, YÊU CẦU',
  '- Trưởng các phòng thuộc Sở, Hiệu trưởng các trường trung học phổ thông, Giám đốc các trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên trực thuộc Sở (sau đây gọi là các trường THPT, trung tâm GDNN-GDTX trực thuộc; các phòng thuộc Sở và các đơn vị này gọi chung là các phòng, đơn vị trực thuộc) chịu trách nhiệm trước Giám đốc Sở về kết quả công tác PCTN, TC tại phòng, đơn vị mình.',
  'II. NHIỆM VỤ, GIẢI PHÁP',
  '1. Kiểm tra việc thực hiện các quy định về công khai, minh bạch tại các trường THPT, trung tâm GDNN-GDTX trực thuộc.',
  '1.1. Thanh tra Sở chủ trì; các phòng, đơn vị trực thuộc phối hợp.',
  '1.2. Trưởng các phòng thuộc Sở, thủ trưởng các đơn vị trực thuộc chịu trách nhiệm người đứng đầu khi để xảy ra tham nhũng, tiêu cực tại phòng, đơn vị mình.',
  'III. TỔ CHỨC THỰC HIỆN',
  'Các phòng, đơn vị trực thuộc báo cáo kết quả thực hiện về Thanh tra Sở trước ngày 10 của tháng cuối quý.',
];

test('"Trưởng các phòng thuộc Sở, thủ trưởng các đơn vị trực thuộc" là nhóm "các phòng, đơn vị trực thuộc" mà kế hoạch gọi chung', () => {
  const plan = prosePlan(PLAN);
  const name = (id: string) => [...plan.units, ...plan.groups].find((u) => u.id === id)?.name;
  const task = plan.items.find((item) => item.text.includes('người đứng đầu khi để xảy ra'))!;
  expect(task.lead.map(name)).toEqual(['các phòng, đơn vị trực thuộc']);
});

test('"các đơn vị này" trong định nghĩa nhóm gọi chung là các trường THPT, trung tâm GDNN-GDTX vừa được gọi tên', () => {
  const plan = prosePlan(PLAN);
  const name = (id: string) => [...plan.units, ...plan.groups].find((u) => u.id === id)?.name;
  const group = plan.groups.find((g) => g.name === 'các phòng, đơn vị trực thuộc')!;
  expect(group.members.map(name)).toEqual(['các phòng thuộc Sở', 'các trường THPT, trung tâm GDNN-GDTX trực thuộc']);
});

test('chỉ gộp khi đủ mỗi loại một nhóm, đúng thứ tự tên gọi chung', () => {
  const whole = [{ name: 'các phòng, đơn vị trực thuộc', members: ['các phòng thuộc Sở', 'các trường THPT, trung tâm GDNN-GDTX trực thuộc'] }];
  expect(gatherSpread(['Văn phòng Sở', 'các phòng thuộc Sở', 'các đơn vị trực thuộc'], whole)).toEqual(['Văn phòng Sở', 'các phòng, đơn vị trực thuộc']);
  expect(gatherSpread(['các đơn vị trực thuộc', 'các phòng thuộc Sở'], whole)).toEqual(['các đơn vị trực thuộc', 'các phòng thuộc Sở']);
  expect(gatherSpread(['các phòng thuộc Sở'], whole)).toEqual(['các phòng thuộc Sở']);
  // (Its members as the plan listed them stay as written.)
  expect(gatherSpread(['các phòng thuộc Sở', 'các trường THPT, trung tâm GDNN-GDTX trực thuộc'], [{ name: 'các phòng, trường trực thuộc', members: ['các phòng thuộc Sở', 'các trường THPT, trung tâm GDNN-GDTX trực thuộc'] }])).toEqual(['các phòng thuộc Sở', 'các trường THPT, trung tâm GDNN-GDTX trực thuộc']);
});

test('nhóm gọi chung có cả Văn phòng Sở: "các phòng chuyên môn thuộc Sở; các đơn vị sự nghiệp trực thuộc Sở" không phải cả nhóm', () => {
  const plan = prosePlan([
    ...PLAN.slice(0, 6),
    '- Văn phòng Sở, các phòng chuyên môn thuộc Sở và các đơn vị sự nghiệp trực thuộc Sở (sau đây gọi chung là các phòng, đơn vị thuộc Sở) xác định công tác PCTN, TC là nhiệm vụ thường xuyên.',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '1. Rà soát, công khai thủ tục hành chính thuộc thẩm quyền giải quyết của Sở.',
    'Trách nhiệm thực hiện: Thanh tra Sở chủ trì; các phòng chuyên môn thuộc Sở, các đơn vị sự nghiệp trực thuộc Sở phối hợp. Thời gian: Thường xuyên.',
    'III. TỔ CHỨC THỰC HIỆN',
    'Các phòng, đơn vị thuộc Sở báo cáo kết quả thực hiện về Thanh tra Sở trước ngày 10 của tháng cuối quý.',
  ]);
  const name = (id: string) => [...plan.units, ...plan.groups].find((u) => u.id === id)?.name;
  const task = plan.items.find((item) => item.unitsRaw.includes('các phòng chuyên môn thuộc Sở'))!;
  expect(task.support.map(name)).toEqual(['các phòng chuyên môn thuộc Sở', 'các đơn vị sự nghiệp trực thuộc Sở']);
});

test('"Trưởng các phòng, Trưởng Ban Quản lý di tích" khi kế hoạch kể "các phòng, Ban thuộc Bảo tàng" có một Ban duy nhất: cả nhóm', () => {
  const whole = [{ name: 'các phòng, Ban thuộc Bảo tàng', members: ['Phòng Hành chính - Tổng hợp', 'Phòng Trưng bày - Tuyên truyền', 'Ban Quản lý di tích'] }];
  expect(gatherSpread(['các phòng', 'Ban Quản lý di tích'], whole)).toEqual(['các phòng, Ban thuộc Bảo tàng']);
  // (Một phòng được gọi tên không thay cho "các phòng" khi có nhiều phòng.)
  expect(gatherSpread(['Phòng Hành chính - Tổng hợp', 'Ban Quản lý di tích'], whole)).toEqual(['Phòng Hành chính - Tổng hợp', 'Ban Quản lý di tích']);
  const plan = prosePlan([
    'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH',
    'BẢO TÀNG TỈNH',
    'Số: 07/KH-BT',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2027',
    'II. NỘI DUNG, NHIỆM VỤ',
    '1. Phát hiện, xử lý tham nhũng, tiêu cực',
    '(1) Trưởng các phòng, Trưởng Ban Quản lý di tích chịu trách nhiệm khi để xảy ra tham nhũng, tiêu cực tại đơn vị mình phụ trách.',
    'Phân công Trưởng các phòng, Trưởng Ban Quản lý di tích thực hiện thường xuyên.',
    'III. TỔ CHỨC THỰC HIỆN',
    '1. Trưởng các phòng, Ban thuộc Bảo tàng (Phòng Hành chính - Tổng hợp, Phòng Trưng bày - Tuyên truyền, Phòng Sưu tầm - Nghiên cứu, Ban Quản lý di tích) căn cứ nội dung Kế hoạch, chủ động tổ chức thực hiện.',
    '2. Các phòng, Ban báo cáo kết quả thực hiện Kế hoạch gửi về Phòng Hành chính - Tổng hợp trước ngày 05/6/2027 đối với báo cáo 6 tháng và trước ngày 05/12/2027 đối với báo cáo năm.',
  ]);
  const group = plan.groups.find((g) => plan.items[0]!.lead.includes(g.id))!;
  const name = (id: string) => plan.units.find((u) => u.id === id)?.name;
  expect(plan.items[0]!.lead).toEqual([group.id]);
  expect(group.members.map(name)).toEqual(['Phòng Hành chính - Tổng hợp', 'Phòng Trưng bày - Tuyên truyền', 'Phòng Sưu tầm - Nghiên cứu', 'Ban Quản lý di tích']);
});

test('"các phòng, đơn vị thuộc, trực thuộc Sở" (hai loại, hai chữ "thuộc") là một nhóm: "Trưởng các phòng, Thủ trưởng các đơn vị thuộc, trực thuộc Sở" gộp lại thành nhóm ấy, còn "các đơn vị thuộc, trực thuộc Sở" (một loại) vẫn là hai nhóm', () => {
  const wholes = collectivesUnderBoth(['7. Chế độ báo cáo: Các phòng, đơn vị thuộc, trực thuộc Sở báo cáo kết quả thực hiện Kế hoạch gửi về Sở (qua Thanh tra Sở) trước ngày 05/6/2027.']);
  expect(wholes.map((w) => w.name)).toEqual(['các phòng, đơn vị thuộc, trực thuộc Sở']);
  expect(gatherSpread(['Văn phòng Sở', 'các phòng', 'các đơn vị thuộc Sở', 'các đơn vị trực thuộc Sở'], wholes)).toEqual(['Văn phòng Sở', 'các phòng, đơn vị thuộc, trực thuộc Sở']);
  // (Mỗi loại một nhóm có tên riêng, không đủ hai chữ "thuộc" cho loại sau: hai nhóm như kế hoạch viết.)
  expect(gatherSpread(['các phòng chuyên môn thuộc Sở', 'các đơn vị sự nghiệp trực thuộc Sở'], wholes)).toEqual(['các phòng chuyên môn thuộc Sở', 'các đơn vị sự nghiệp trực thuộc Sở']);
  expect(gatherSpread(['các đơn vị thuộc Sở', 'các đơn vị trực thuộc Sở'], wholes)).toEqual(['các đơn vị thuộc Sở', 'các đơn vị trực thuộc Sở']);
  const plan = prosePlan([
    'UBND TỈNH QUẢNG NGÃI',
    'SỞ TÀI CHÍNH',
    'Số: 21/KH-STC',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2027',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '1. Đề cao trách nhiệm của người đứng đầu trong công tác PCTNTC: trực tiếp chỉ đạo, tổ chức thực hiện các biện pháp phòng ngừa tham nhũng, tiêu cực trong phạm vi phụ trách. Thực hiện thường xuyên.',
    'Đơn vị thực hiện: Trưởng các phòng, Thủ trưởng các đơn vị thuộc, trực thuộc Sở.',
    'III. TỔ CHỨC THỰC HIỆN',
    'Các phòng, đơn vị thuộc, trực thuộc Sở báo cáo kết quả thực hiện về Thanh tra Sở trước ngày 05/6/2027 và trước ngày 05/12/2027.',
  ]);
  const name = (id: string) => [...plan.units, ...plan.groups].find((u) => u.id === id)?.name;
  expect(plan.items[0]!.lead.map(name)).toEqual(['các phòng, đơn vị thuộc, trực thuộc Sở']);
});
