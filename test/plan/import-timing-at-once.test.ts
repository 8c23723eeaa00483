/**
 * Thời gian ghi ngay trong câu nhiệm vụ, mở đầu bằng "Ngay": "Ngay trong quý I/2027, tổ chức quán triệt …" — thời gian
 * giữ nguyên như kế hoạch viết ("Ngay trong quý I/2027"), không cắt còn "trong quý I/2027".
 */
import { readDocx } from '../../src/docx';
import { readPlanOutline } from '../../src/plan/import/outline';
import { rawDocx } from '../docx/helpers';

const run = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

function planDocx(): Uint8Array {
  return rawDocx({
    body: [
      run('SỞ DÂN TỘC VÀ TÔN GIÁO'),
      run('KẾ HOẠCH'),
      run('Phòng, chống tham nhũng, tiêu cực năm 2027'),
      run('II. NHIỆM VỤ, GIẢI PHÁP'),
      run('1. Ngay trong quý I/2027, tổ chức quán triệt, triển khai Kế hoạch này đến toàn thể công chức, người lao động của Sở; đưa nội dung phòng, chống tham nhũng, tiêu cực vào chương trình công tác năm của cơ quan.'),
      run('2. Rà soát, sửa đổi Quy chế chi tiêu nội bộ, Quy chế quản lý, sử dụng tài sản công, hoàn thành ngay trước ngày 31/3/2027.'),
      run('III. TỔ CHỨC THỰC HIỆN'),
      run('Văn phòng Sở theo dõi, tổng hợp kết quả thực hiện, báo cáo Giám đốc Sở./.'),
    ].join(''),
  });
}

test('thời gian mở đầu bằng "Ngay" giữ nguyên như viết, đọc ra đúng quý, đúng hạn', () => {
  const items = readPlanOutline(readDocx(planDocx())).items;
  expect(items.slice(0, 2).map((item) => [item.id, item.timingRaw, item.timing])).toEqual([
    ['II.1', 'Ngay trong quý I/2027', [{ kind: 'quarter', quarter: 1, year: 2027 }]],
    ['II.2', 'hoàn thành ngay trước ngày 31/3/2027', [{ kind: 'deadline', date: '2027-03-31' }]],
  ]);
});
