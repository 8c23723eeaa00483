/** Người làm là chủ ngữ của câu nhiệm vụ, một dãy chức danh, lớp người ("Các Thẩm phán, Thư ký Tòa án, Thẩm tra viên chủ động
 * …"): các chức danh tư pháp đứng cạnh nhau là một nhóm người, công chức, người lao động là nhóm khác; lời nói rõ là ai
 * ("được phân công …", "khi được phân công …") không thuộc tên. */
import { PLAIN_PARAGRAPH, toDocumentModel } from '../../src/document';
import { readPlanOutline } from '../../src/plan/import/outline';
import { personsNamed } from '../../src/plan/import/posts-roles';

test.each([
  ['Các Thẩm phán, Thư ký Tòa án, Thẩm tra viên', ['Các Thẩm phán, Thư ký Tòa án, Thẩm tra viên']],
  ['Các Thẩm phán, Thư ký Tòa án được phân công giải quyết vụ án', ['Các Thẩm phán, Thư ký Tòa án']],
  ['Các Kiểm sát viên, Kiểm tra viên và người lao động', ['Các Kiểm sát viên, Kiểm tra viên', 'người lao động']],
])('%s', (subject, names) => {
  expect(personsNamed(subject)).toEqual(names);
});

test.each(['Văn phòng, các Thẩm phán', 'Tổ Hành chính tư pháp', 'Thư ký Tòa án nhân dân tỉnh'])('có đơn vị hoặc tên dài hơn chức danh: không phải dãy người (%s)', (subject) => {
  expect(personsNamed(subject)).toBeNull();
});

test('kế hoạch văn xuôi của Viện kiểm sát: chủ ngữ là các Kiểm sát viên, Kiểm tra viên, Thư ký — một nhóm, không tách từng chức danh', () => {
  const lines = [
    'VIỆN KIỂM SÁT NHÂN DÂN KHU VỰC 5 - GIA LAI',
    'KẾ HOẠCH',
    'Phòng, chống tham nhũng, tiêu cực năm 2027',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '1. Công khai, minh bạch; kiểm soát xung đột lợi ích',
    '- Các Kiểm sát viên, Kiểm tra viên được phân công kiểm sát giải quyết vụ án có trách nhiệm công khai thông tin theo quy định của ngành.',
    '- Các Kiểm sát viên, Kiểm tra viên, Thư ký khi được phân công tiến hành tố tụng mà có căn cứ cho rằng mình có xung đột lợi ích phải kịp thời báo cáo Viện trưởng; Văn phòng thực hiện phân công án ngẫu nhiên bằng phần mềm.',
    '- Các Kiểm sát viên, Kiểm tra viên và người lao động nghiêm túc chấp hành quy tắc ứng xử của ngành Kiểm sát nhân dân.',
    'III. TỔ CHỨC THỰC HIỆN',
  ];
  const outline = readPlanOutline(toDocumentModel(lines.map((text) => ({ ...PLAIN_PARAGRAPH, text, bold: text === text.toUpperCase() || /^([IVX]+\.|\d+\.)\s/.test(text) })), { host: 'docx' }));
  expect(outline.items.map((item) => [item.id, item.lead])).toEqual([
    ['II.1.1', ['Các Kiểm sát viên, Kiểm tra viên']],
    ['II.1.2', ['Các Kiểm sát viên, Kiểm tra viên, Thư ký', 'Văn phòng']],
    ['II.1.3', ['Các Kiểm sát viên, Kiểm tra viên', 'người lao động']],
  ]);
});
