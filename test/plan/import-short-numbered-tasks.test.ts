/**
 * Nhiệm vụ đánh số "1.", "2.", "3." ngay dưới "II. NHIỆM VỤ", mỗi nhiệm vụ một câu, không có gì dưới nó: câu ngắn
 * ("3. Thực hiện kê khai tài sản, thu nhập năm 2027 theo quy định.") cũng là một nhiệm vụ như câu dài, kể cả nhiệm vụ
 * cuối cùng ngay trước "III. TỔ CHỨC THỰC HIỆN" — không bị coi là tiêu đề mục rồi bỏ mất.
 */
import { readDocx } from '../../src/docx';
import { readPlanOutline } from '../../src/plan/import/outline';
import { rawDocx } from '../docx/helpers';

const run = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const bold = (text: string) => `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

function planDocx(): Uint8Array {
  return rawDocx({
    body: [
      run('SỞ DÂN TỘC VÀ TÔN GIÁO'),
      run('KẾ HOẠCH'),
      run('Phòng, chống tham nhũng, tiêu cực năm 2027'),
      run('I. MỤC ĐÍCH, YÊU CẦU'),
      run('Nâng cao hiệu quả công tác phòng, chống tham nhũng, tiêu cực trong cơ quan; xác định rõ trách nhiệm của người đứng đầu.'),
      run('II. NHIỆM VỤ'),
      run('1. Ngay trong quý I/2027, tổ chức quán triệt, triển khai Kế hoạch này đến toàn thể công chức, người lao động của Sở; đưa nội dung phòng, chống tham nhũng, tiêu cực vào chương trình công tác năm của cơ quan.'),
      run('2. Rà soát, sửa đổi Quy chế chi tiêu nội bộ, hoàn thành trước ngày 31/3/2027.'),
      run('3. Thực hiện kê khai tài sản, thu nhập năm 2027 theo quy định.'),
      run('III. TỔ CHỨC THỰC HIỆN'),
      run('Văn phòng Sở theo dõi, tổng hợp kết quả thực hiện, báo cáo Giám đốc Sở trước ngày 15/12/2027./.'),
    ].join(''),
  });
}

test('nhiệm vụ đánh số chỉ một câu ngắn vẫn là nhiệm vụ, kể cả nhiệm vụ cuối trước phần III', () => {
  const outline = readPlanOutline(readDocx(planDocx()));
  expect(outline.items.map((item) => [item.id, item.text])).toEqual([
    ['II.1', 'Ngay trong quý I/2027, tổ chức quán triệt, triển khai Kế hoạch này đến toàn thể công chức, người lao động của Sở; đưa nội dung phòng, chống tham nhũng, tiêu cực vào chương trình công tác năm của cơ quan.'],
    ['II.2', 'Rà soát, sửa đổi Quy chế chi tiêu nội bộ, hoàn thành trước ngày 31/3/2027.'],
    ['II.3', 'Thực hiện kê khai tài sản, thu nhập năm 2027 theo quy định.'],
  ]);
  expect(outline.items[1]!.timing).toEqual([{ kind: 'deadline', date: '2027-03-31' }]);
  expect(outline.headings.map((h) => h.id)).toEqual(['II']);
});

test('tiêu đề mục in đậm có gạch đầu dòng dưới nó vẫn là tiêu đề, không thành nhiệm vụ', () => {
  const outline = readPlanOutline(readDocx(rawDocx({
    body: [
      run('KẾ HOẠCH'),
      run('Phòng, chống tham nhũng, tiêu cực năm 2027'),
      run('II. NHIỆM VỤ'),
      bold('1. Công tác tuyên truyền, phổ biến, giáo dục pháp luật.'),
      run('- Tổ chức quán triệt các văn bản mới về phòng, chống tham nhũng, tiêu cực đến công chức, người lao động.'),
      run('2. Thực hiện kê khai tài sản, thu nhập năm 2027 theo quy định.'),
      run('III. TỔ CHỨC THỰC HIỆN'),
      run('Văn phòng Sở tổng hợp, báo cáo Giám đốc Sở./.'),
    ].join(''),
  })));
  expect(outline.items.map((item) => item.id)).toEqual(['II.1.1', 'II.2']);
});

test('mục in đậm không có nội dung nào dưới nó, ngay trước phần III: không đọc là nhiệm vụ, nhưng được nêu để người dùng xem lại', () => {
  const outline = readPlanOutline(readDocx(rawDocx({
    body: [
      run('KẾ HOẠCH'),
      run('Phòng, chống tham nhũng, tiêu cực năm 2027'),
      run('II. NHIỆM VỤ'),
      run('1. Thực hiện kê khai tài sản, thu nhập năm 2027 theo quy định.'),
      bold('2. Công tác kiểm tra, giám sát'),
      run('III. TỔ CHỨC THỰC HIỆN'),
      run('Văn phòng Sở tổng hợp, báo cáo Giám đốc Sở./.'),
    ].join(''),
  })));
  expect(outline.items.map((item) => item.id)).toEqual(['II.1']);
  expect(outline.doubts.map((doubt) => doubt.vi)).toContain('Mục "2. Công tác kiểm tra, giám sát" không có nội dung nào dưới nó: không đọc là nhiệm vụ.');
});
