/**
 * Phần tổ chức thực hiện giao nhiệm vụ của phần II theo vị trí, viết như dẫn chiếu văn bản pháp luật: mỗi vị trí chỉ ghi
 * những cấp mà vị trí sau nó không dùng chung ("điểm a, b khoản 1 và khoản 5 Mục II", "gạch đầu dòng thứ nhất điểm a,
 * gạch đầu dòng thứ hai điểm g khoản 3 và gạch đầu dòng thứ nhất khoản 4 Mục II").
 */
import { PLAIN_PARAGRAPH, toDocumentModel } from '../../src/document';
import { readPlanOutline } from '../../src/plan/import/outline';
import { withSharedLevels } from '../../src/plan/import/place-lists';
import { numbersIn } from '../../src/plan/import/assignments';

/** A plan typed in plain type: bold only where the line is in capitals. */
function plainTypedPlan(lines: string[]) {
  const paragraphs = lines.map((text) => ({ ...PLAIN_PARAGRAPH, text, bold: text === text.toUpperCase() }));
  return readPlanOutline(toDocumentModel(paragraphs, { host: 'docx' }));
}

test.each([
  ['điểm a, b khoản 1 và khoản 5 Mục II', ['II.1.a', 'II.1.b', 'II.5']],
  ['gạch đầu dòng thứ nhất điểm a, gạch đầu dòng thứ hai điểm b khoản 3 và gạch đầu dòng thứ nhất khoản 4 Mục II', ['II.3.a.1', 'II.3.b.2', 'II.4.1']],
  ['gạch đầu dòng thứ hai điểm c, điểm đ và điểm e khoản 3 Mục II', ['II.3.c.2', 'II.3.đ', 'II.3.e']],
  ['khoản 2 và gạch đầu dòng thứ hai khoản 4 Mục II', ['II.2', 'II.4.2']],
  ['điểm c khoản 1, gạch đầu dòng thứ nhất điểm c và điểm d khoản 3 Mục II', ['II.1.c', 'II.3.c.1', 'II.3.d']],
])('"%s": mỗi vị trí lấy các cấp lớn hơn của vị trí gần nhất sau nó', (places, ids) => {
  expect(numbersIn(`chủ trì thực hiện các nội dung tại ${places}`)).toEqual(ids);
});

test('dẫn chiếu điều của văn bản pháp luật không phải vị trí trong kế hoạch, giữ nguyên', () => {
  const clause = 'theo quy định tại điểm a, điểm b khoản 1 Điều 3 Nghị định số 59/2019/NĐ-CP';
  expect(withSharedLevels(clause)).toBe(clause);
});

const TASKS = [
  'ỦY BAN NHÂN DÂN ĐẶC KHU',
  'KẾ HOẠCH',
  'Công tác phòng, chống tham nhũng, tiêu cực năm 2027',
  'II. NHIỆM VỤ, GIẢI PHÁP',
  '1. Công tác lãnh đạo, chỉ đạo',
  'a) Tổ chức quán triệt, triển khai Kế hoạch này đến toàn thể cán bộ, công chức, viên chức, hoàn thành trong tháng 02 năm 2027.',
  'b) Nâng cao trách nhiệm của người đứng đầu trong lãnh đạo, chỉ đạo công tác phòng, chống tham nhũng tại cơ quan, đơn vị mình; thực hiện thường xuyên.',
  '2. Công tác tuyên truyền, phổ biến, giáo dục pháp luật',
  '- Tuyên truyền, phổ biến Luật Phòng, chống tham nhũng đến cán bộ, công chức và Nhân dân trên địa bàn; thực hiện thường xuyên.',
  '- Phát huy vai trò giám sát của các tổ chức đoàn thể, cộng đồng dân cư và Nhân dân đối với hoạt động của chính quyền; thực hiện thường xuyên.',
  '3. Thực hiện các giải pháp phòng ngừa',
  'a) Công khai, minh bạch:',
  '- Công khai dự toán, quyết toán ngân sách; công khai kế hoạch đầu tư công; thực hiện thường xuyên.',
  '- Niêm yết, công khai đầy đủ thủ tục hành chính tại nơi tiếp nhận hồ sơ; cập nhật hằng tháng.',
  'b) Kiểm soát xung đột lợi ích:',
  '- Rà soát, nhận diện tình huống có xung đột lợi ích khi phân công công chức thực hiện nhiệm vụ; thực hiện thường xuyên.',
  '4. Tiếp công dân, phát hiện, xử lý tham nhũng',
  '- Tiếp công dân thường xuyên và định kỳ; giải quyết kịp thời khiếu nại, tố cáo thuộc thẩm quyền.',
  '- Tiếp nhận, xử lý tin báo về hành vi tham nhũng; chuyển ngay hồ sơ có dấu hiệu tội phạm đến cơ quan điều tra; thực hiện kịp thời khi phát sinh.',
  'III. TỔ CHỨC THỰC HIỆN',
];

test('"Văn phòng: chủ trì thực hiện các nội dung tại điểm a khoản 1, gạch đầu dòng thứ nhất điểm a, điểm b khoản 3 và khoản 4 Mục II": phần riêng của một đơn vị thắng nhóm chung', () => {
  const outline = plainTypedPlan([
    ...TASKS,
    '1. Văn phòng HĐND và UBND đặc khu: chủ trì thực hiện các nội dung tại điểm a khoản 1, gạch đầu dòng thứ nhất điểm a, điểm b khoản 3 và khoản 4 Mục II; tham mưu Ủy ban nhân dân đặc khu báo cáo kết quả thực hiện Kế hoạch.',
    '2. Phòng Kinh tế: chủ trì thực hiện gạch đầu dòng thứ hai điểm a khoản 3 Mục II.',
    '3. Phòng Văn hóa - Xã hội: chủ trì thực hiện khoản 2 Mục II.',
    '4. Thủ trưởng các cơ quan, đơn vị: thực hiện nội dung tại điểm b khoản 1 Mục II tại cơ quan, đơn vị mình; phối hợp thực hiện các nội dung khác của Kế hoạch khi được yêu cầu.',
  ]);
  expect(outline.items.map((item) => [item.id, item.lead])).toEqual([
    ['II.1.a.1', ['Văn phòng HĐND và UBND đặc khu']],
    ['II.1.b.1', ['các cơ quan, đơn vị']],
    ['II.2.1', ['Phòng Văn hóa - Xã hội']],
    ['II.2.2', ['Phòng Văn hóa - Xã hội']],
    ['II.3.a.1', ['Văn phòng HĐND và UBND đặc khu']],
    ['II.3.a.2', ['Phòng Kinh tế']],
    ['II.3.b.1', ['Văn phòng HĐND và UBND đặc khu']],
    ['II.4.1', ['Văn phòng HĐND và UBND đặc khu']],
    ['II.4.2', ['Văn phòng HĐND và UBND đặc khu']],
  ]);
});

test('"phối hợp với X thực hiện …" là phối hợp, cả khi lời giao việc riêng của đơn vị trùng nội dung nhiệm vụ; "đề nghị Ủy ban MTTQ … phối hợp" sau nhãn "Đối với …:"', () => {
  const outline = plainTypedPlan([
    ...TASKS,
    '1. Văn phòng HĐND và UBND đặc khu: chủ trì thực hiện các nội dung tại khoản 1, khoản 3 và khoản 4 Mục II.',
    '2. Phòng Văn hóa - Xã hội: chủ trì thực hiện khoản 2 Mục II.',
    '3. Công an đặc khu: phối hợp với Văn phòng HĐND và UBND đặc khu thực hiện gạch đầu dòng thứ hai khoản 4 Mục II; chủ động nắm tình hình, kịp thời phát hiện, điều tra, xử lý các vụ việc có dấu hiệu tội phạm tham nhũng theo thẩm quyền.',
    '4. Đối với Mặt trận Tổ quốc và các đoàn thể: đề nghị Ủy ban MTTQ Việt Nam đặc khu phối hợp với Phòng Văn hóa - Xã hội thực hiện gạch đầu dòng thứ hai khoản 2 Mục II; tăng cường giám sát việc thực hiện Kế hoạch này.',
  ]);
  const roles = (id: string) => {
    const item = outline.items.find((i) => i.id === id)!;
    return [item.lead, item.support];
  };
  expect(roles('II.4.2')).toEqual([['Văn phòng HĐND và UBND đặc khu'], ['Công an đặc khu']]);
  expect(roles('II.2.2')).toEqual([['Phòng Văn hóa - Xã hội'], ['Ủy ban MTTQ Việt Nam đặc khu']]);
  expect(roles('II.2.1')).toEqual([['Phòng Văn hóa - Xã hội'], []]);
});
