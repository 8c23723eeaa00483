/** Câu khép mỗi phần giao việc cho chức danh và nhóm người kèm vai trò ("Phó Chánh án phụ trách chỉ đạo; Tổ Hành chính - Tư
 * pháp, Kế toán thực hiện; các Thẩm phán, Thư ký phối hợp. Thời gian: thường xuyên."): áp cho các nhiệm vụ của phần ấy. */
import { PLAIN_PARAGRAPH, toDocumentModel } from '../../src/document';
import { readPlanOutline } from '../../src/plan/import/outline';
import { postsRoles } from '../../src/plan/import/posts-roles';

test.each([
  // Chức danh chỉ chỉ đạo không phải người thực hiện khi đã có bộ phận làm; nhóm Thẩm phán, Thư ký là một nhóm.
  ['Phó Chánh án phụ trách chỉ đạo; Tổ Hành chính - Tư pháp, Kế toán thực hiện; các Thẩm phán, Thư ký phối hợp. Thời gian: thường xuyên.', ['Tổ Hành chính - Tư pháp', 'Kế toán'], ['các Thẩm phán, Thư ký']],
  // Lời nói rõ là ai ("được phân công …") không thuộc tên; người kiểm tra, nhắc nhở là phối hợp.
  ['Các Thẩm phán, Thư ký, Thẩm tra viên, công chức và người lao động thực hiện; Chánh án, Phó Chánh án thường xuyên kiểm tra, nhắc nhở; Chi bộ, Công đoàn cơ sở phối hợp giám sát.', ['Các Thẩm phán, Thư ký, Thẩm tra viên', 'công chức, người lao động'], ['Chánh án', 'Phó Chánh án', 'Chi bộ', 'Công đoàn cơ sở']],
  ['Tổ Hành chính - Tư pháp hướng dẫn, tổng hợp; Chánh án, Phó Chánh án, các Thẩm phán, Thư ký, Thẩm tra viên và Kế toán thuộc diện phải kê khai thực hiện.', ['Tổ Hành chính - Tư pháp', 'Chánh án', 'Phó Chánh án', 'các Thẩm phán, Thư ký, Thẩm tra viên', 'Kế toán'], []],
  ['Thẩm phán, Thư ký được phân công giải quyết vụ việc thực hiện; Phó Chánh án phụ trách kiểm tra, đôn đốc.', ['Thẩm phán, Thư ký'], ['Phó Chánh án phụ trách']],
])('%s', (text, lead, support) => {
  expect(postsRoles(text)).toEqual({ lead, support });
});

test.each([
  // Chỉ có đơn vị, hoặc "phối hợp với": để dòng đơn vị đọc; câu nhiệm vụ không phải câu giao việc.
  'Tổ Hành chính - Tư pháp chủ trì thực hiện; Chi bộ, Công đoàn cơ sở phối hợp.',
  'Hiệu trưởng chủ trì, phối hợp với Công đoàn trường.',
  'Thẩm phán, Thư ký, Thẩm tra viên không gặp gỡ, tiếp xúc đương sự ngoài trụ sở.',
])('không phải câu giao việc cho chức danh: %s', (text) => {
  expect(postsRoles(text)).toBeNull();
});

test('kế hoạch của Tòa án: câu chức danh khép phần áp cho các gạch "+" và đoạn văn của phần ấy, cả thời gian', () => {
  const lines = [
    'TÒA ÁN NHÂN DÂN KHU VỰC 2 - LÀO CAI',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2027',
    'II. NHIỆM VỤ CỤ THỂ',
    '1. Công tác lãnh đạo, chỉ đạo',
    '+ Quán triệt các văn bản chỉ đạo của Tòa án nhân dân tối cao về công tác PCTN, TC đến toàn thể công chức, người lao động.',
    '+ Phân công 01 Phó Chánh án phụ trách công tác PCTN, TC; kịp thời chấn chỉnh, xử lý nghiêm vi phạm.',
    'Chánh án chủ trì, chỉ đạo chung; Tổ Hành chính - Tư pháp tham mưu thực hiện; Chi bộ, Công đoàn cơ sở phối hợp. Thời gian: thường xuyên trong năm 2027.',
    '2. Kiểm soát tài sản, thu nhập',
    'Tổ chức kê khai tài sản, thu nhập hằng năm theo Nghị định số 130/2020/NĐ-CP, hoàn thành trước ngày 31/12/2027.',
    'Tổ Hành chính - Tư pháp hướng dẫn, tổng hợp; Chánh án, Phó Chánh án và Kế toán thuộc diện phải kê khai thực hiện.',
    'III. TỔ CHỨC THỰC HIỆN',
  ];
  const outline = readPlanOutline(toDocumentModel(lines.map((text) => ({ ...PLAIN_PARAGRAPH, text, bold: text === text.toUpperCase() || /^([IVX]+\.|\d+\.)\s/.test(text) })), { host: 'docx' }));
  expect(outline.items.map((item) => [item.id, item.lead, item.support, item.timingRaw])).toEqual([
    ['II.1.1', ['Chánh án', 'Tổ Hành chính - Tư pháp'], ['Chi bộ', 'Công đoàn cơ sở'], 'thường xuyên trong năm 2027.'],
    ['II.1.2', ['Chánh án', 'Tổ Hành chính - Tư pháp'], ['Chi bộ', 'Công đoàn cơ sở'], 'thường xuyên trong năm 2027.'],
    ['II.2.1', ['Tổ Hành chính - Tư pháp', 'Chánh án', 'Phó Chánh án', 'Kế toán'], [], 'hoàn thành trước ngày 31/12/2027'],
  ]);
});
