/** Câu cuối của nhiệm vụ giao việc theo vai ("X chủ trì, Y phối hợp; hoàn thành …"): đơn vị chủ trì, phối hợp và thời gian. */
import { PLAIN_PARAGRAPH, toDocumentModel } from '../../src/document';
import { closingRoles } from '../../src/plan/import/closing-roles';
import { readPlanOutline } from '../../src/plan/import/outline';

test.each([
  // "tham mưu", "chủ trì", "thực hiện" giao chủ trì; "phối hợp" giao phối hợp; phần còn lại là thời gian.
  ['Rà soát, sửa đổi Quy chế chi tiêu nội bộ. Giao Văn phòng tham mưu, các bộ phận nghiệp vụ phối hợp thực hiện; hoàn thành trong quý II/2027.', ['Văn phòng'], ['các bộ phận nghiệp vụ'], 'hoàn thành trong quý II/2027'],
  ['Cung cấp tin, bài về PCTNTC. Bộ phận Tổng hợp thực hiện, mỗi quý ít nhất 01 tin, bài.', ['Bộ phận Tổng hợp'], [], 'mỗi quý ít nhất 01 tin, bài'],
  // Tên có dấu phẩy và chữ thường vẫn nguyên; chức danh viết hoa là người thực hiện.
  ['Thực hiện nghiêm Quy tắc ứng xử của ngành. Lãnh đạo Viện, Kiểm sát viên thực hiện thường xuyên.', ['Lãnh đạo Viện', 'Kiểm sát viên'], [], 'thường xuyên'],
  ['Kịp thời kháng nghị, kiến nghị khắc phục vi phạm. Bộ phận Kiểm sát giải quyết các vụ, việc dân sự, hành chính thực hiện thường xuyên.', ['Bộ phận Kiểm sát giải quyết các vụ, việc dân sự, hành chính'], [], 'thường xuyên'],
  // "X chủ trì, Y thực hiện": cả hai cùng chủ trì.
  ['Tiếp nhận, xử lý đơn, thư tố cáo. Bộ phận Tổng hợp chủ trì, Kiểm sát viên được phân công thực hiện khi có đơn, thư.', ['Bộ phận Tổng hợp', 'Kiểm sát viên được phân công'], [], 'khi có đơn, thư'],
  // Người được tham mưu không phải đơn vị, cũng không phải thời gian; "Lãnh đạo phụ trách" là người theo dõi, không phải đơn vị.
  ['Xây dựng Kế hoạch chuyển đổi vị trí công tác. Giao Văn phòng tham mưu Viện trưởng ban hành trong quý I/2027; tổ chức thực hiện trong năm 2027. Lãnh đạo phụ trách: đồng chí Phó Viện trưởng Lê Thị Hồng Nhung.', ['Văn phòng'], [], 'ban hành trong quý I/2027; tổ chức thực hiện trong năm 2027'],
  // Đơn vị theo dõi, đôn đốc việc của đơn vị khác là phối hợp.
  ['Đẩy mạnh thanh toán không dùng tiền mặt. Các đơn vị trực thuộc thực hiện; Phòng Nghiệp vụ Y theo dõi, đôn đốc.', ['Các đơn vị trực thuộc'], ['Phòng Nghiệp vụ Y'], null],
  // Chức danh tự làm việc của mình sau dấu ";" cũng chủ trì; cả vế ấy là thời gian ("khi phát sinh").
  ['Báo cáo khi có xung đột lợi ích. Kiểm sát viên thực hiện thường xuyên; Viện trưởng, Phó Viện trưởng xem xét, quyết định khi phát sinh.', ['Kiểm sát viên', 'Viện trưởng', 'Phó Viện trưởng'], [], 'thường xuyên; Viện trưởng, Phó Viện trưởng xem xét, quyết định khi phát sinh'],
  // Việc làm trước thời gian không thuộc thời gian.
  ['Công khai danh sách, mức hưởng trợ cấp. Phòng Người có công thực hiện theo lĩnh vực được giao, thường xuyên trong năm.', ['Phòng Người có công'], [], 'thường xuyên trong năm'],
])('%s', (text, lead, support, time) => {
  expect(closingRoles(text)).toEqual({ lead, support, time });
});

test.each([
  // Một câu duy nhất là chính nhiệm vụ; "(chủ trì)", "phối hợp với" để dòng đơn vị đọc.
  'Văn phòng thực hiện công khai dự toán ngân sách.',
  'Tuyên truyền pháp luật về PCTN. Văn phòng Sở (chủ trì), các phòng, đơn vị thuộc Sở (phối hợp) thực hiện thường xuyên.',
  'Rà soát thủ tục hành chính. Giao Văn phòng Sở chủ trì, phối hợp với các phòng chuyên môn thực hiện.',
  'Tổ chức tự kiểm tra nội bộ. Tổ chức thực hiện trong quý III/2027.',
])('không phải câu giao việc theo vai: %s', (text) => {
  expect(closingRoles(text)).toBeNull();
});

test('kế hoạch văn xuôi: mỗi gạch đầu dòng lấy đơn vị và thời gian từ câu cuối của chính nó', () => {
  const lines = [
    'VIỆN KIỂM SÁT NHÂN DÂN KHU VỰC 6 - NGHỆ AN',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2027',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '1. Công tác lãnh đạo, chỉ đạo',
    '- Xây dựng, ban hành Quyết định phân công nhiệm vụ PCTNTC cho từng đồng chí Phó Viện trưởng, từng bộ phận. Giao Văn phòng tham mưu, Bộ phận Tổng hợp phối hợp thực hiện; hoàn thành trong tháng 01/2027.',
    '2. Công tác phát hiện, xử lý tham nhũng, tiêu cực',
    '- Tổ chức tự kiểm tra nội bộ việc chấp hành pháp luật, quy chế nghiệp vụ tại các bộ phận, 02 đợt trong năm. Bộ phận Tổng hợp chủ trì, Văn phòng và các bộ phận nghiệp vụ phối hợp; đợt 1 trong quý II/2027, đợt 2 trong quý IV/2027.',
    '- Kiểm sát chặt chẽ việc thi hành án dân sự. Bộ phận Kiểm sát thi hành án thực hiện, thường xuyên; cuộc trực tiếp kiểm sát hoàn thành trong quý III/2027. Lãnh đạo phụ trách: đồng chí Phó Viện trưởng Đặng Văn Phúc.',
    'III. TỔ CHỨC THỰC HIỆN',
  ];
  const outline = readPlanOutline(toDocumentModel(lines.map((text) => ({ ...PLAIN_PARAGRAPH, text, bold: text === text.toUpperCase() || /^([IVX]+\.|\d+\.)\s/.test(text) })), { host: 'docx' }));
  expect(outline.items.map((item) => [item.id, item.lead, item.support, item.timingRaw])).toEqual([
    ['II.1.1', ['Văn phòng'], ['Bộ phận Tổng hợp'], 'hoàn thành trong tháng 01/2027'],
    ['II.2.1', ['Bộ phận Tổng hợp'], ['Văn phòng', 'các bộ phận nghiệp vụ'], 'đợt 1 trong quý II/2027, đợt 2 trong quý IV/2027'],
    ['II.2.2', ['Bộ phận Kiểm sát thi hành án'], [], 'thường xuyên; cuộc trực tiếp kiểm sát hoàn thành trong quý III/2027'],
  ]);
  expect(outline.items.map((item) => item.timing?.map((part) => part.kind))).toEqual([['deadline'], ['quarter', 'quarter'], ['recurring', 'quarter']]);
});
