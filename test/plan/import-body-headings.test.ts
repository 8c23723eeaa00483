/**
 * Kế hoạch của UBND xã chia phần nhiệm vụ theo cơ quan: "1. Văn phòng HĐND và UBND xã:" rồi các gạch đầu dòng, … "5. Các
 * thôn, tổ dân phố:", "6. Đề nghị Ủy ban MTTQ Việt Nam xã và các tổ chức chính trị - xã hội xã:". Tên ở đề mục chủ trì
 * các gạch đầu dòng dưới nó (lời "Đề nghị" chỉ là cách nói với Mặt trận, không thuộc tên); "phối hợp với X" trong gạch
 * đầu dòng là phối hợp (kể cả trước "đăng tải"), các ban mà cơ quan ấy "Chỉ đạo … thực hiện" cũng phối hợp.
 */
import { readDocx } from '../../src/docx';
import { readPlanOutline } from '../../src/plan/import/outline';
import { escapeXml, p, rawDocx } from '../docx/helpers';

const bullet = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(`- ${text}`)}</w:t></w:r></w:p>`;

function planDocx(): Uint8Array {
  return rawDocx({
    body: [
      p('ỦY BAN NHÂN DÂN XÃ BA TƠ', { bold: true }),
      p('KẾ HOẠCH', { bold: true }),
      p('Công tác phòng, chống tham nhũng, tiêu cực năm 2027', { bold: true }),
      p('II. NHIỆM VỤ CỤ THỂ VÀ PHÂN CÔNG THỰC HIỆN', { bold: true }),
      p('1. Phòng Kinh tế:', { bold: true }),
      bullet('Tham mưu UBND xã công khai dự toán ngân sách xã năm 2027; phối hợp với Văn phòng HĐND và UBND xã đăng tải trên Trang thông tin điện tử xã (Theo thời hạn quy định).'),
      bullet('Thực hiện công khai quy hoạch, kế hoạch sử dụng đất, phương án bồi thường, hỗ trợ, tái định cư; phối hợp với các thôn, tổ dân phố niêm yết công khai tại nhà văn hóa thôn (Thường xuyên).'),
      p('2. Các thôn, tổ dân phố:', { bold: true }),
      bullet('Phối hợp tuyên truyền pháp luật về PCTNTC đến Nhân dân qua các cuộc họp thôn, tổ dân phố và loa truyền thanh thôn (ít nhất 01 lần/quý).'),
      p('3. Đề nghị Ủy ban MTTQ Việt Nam xã và các tổ chức chính trị - xã hội xã:', { bold: true }),
      bullet('Tuyên truyền, vận động đoàn viên, hội viên và Nhân dân tích cực tham gia phát hiện, tố giác hành vi tham nhũng, tiêu cực (Thường xuyên).'),
      bullet('Chỉ đạo Ban Thanh tra nhân dân xã, Ban Giám sát đầu tư của cộng đồng xã thực hiện giám sát việc quản lý, sử dụng ngân sách, đất đai (Theo chương trình giám sát năm 2027).'),
      p('III. TỔ CHỨC THỰC HIỆN', { bold: true }),
      p('Các cơ quan, đơn vị báo cáo kết quả thực hiện về Văn phòng HĐND và UBND xã trước ngày 10 của tháng cuối quý.'),
    ].join(''),
  });
}

test('đề mục là tên cơ quan ("Các thôn, tổ dân phố:", "Đề nghị Ủy ban MTTQ Việt Nam xã …:") chủ trì các gạch đầu dòng dưới nó; đơn vị "phối hợp với", "Chỉ đạo … thực hiện" là phối hợp', () => {
  const outline = readPlanOutline(readDocx(planDocx(), { name: 'ke-hoach-xa.docx' }));
  expect(outline.items.map((item) => [item.id, item.lead, item.support])).toEqual([
    ['II.1.1', ['Phòng Kinh tế'], ['Văn phòng HĐND và UBND xã']],
    ['II.1.2', ['Phòng Kinh tế'], ['các thôn, tổ dân phố']],
    ['II.2.1', ['Các thôn, tổ dân phố'], []],
    ['II.3.1', ['Ủy ban MTTQ Việt Nam xã', 'các tổ chức chính trị - xã hội xã'], []],
    ['II.3.2', ['Ủy ban MTTQ Việt Nam xã', 'các tổ chức chính trị - xã hội xã'], ['Ban Thanh tra nhân dân xã', 'Ban Giám sát đầu tư của cộng đồng xã']],
  ]);
});
