/** Ngoặc cuối nhiệm vụ ghi "(Đơn vị thực hiện: …)" là dòng đơn vị của nhiệm vụ: không báo "không có dòng Đơn vị thực hiện". */
import { PLAIN_PARAGRAPH, toDocumentModel } from '../../src/document';
import { readPlanOutline } from '../../src/plan/import/outline';

const outline = readPlanOutline(
  toDocumentModel(
    [
      'SỞ CÔNG THƯƠNG',
      'KẾ HOẠCH',
      'Phòng, chống tham nhũng, tiêu cực năm 2027',
      'II. NHIỆM VỤ, GIẢI PHÁP',
      '1. Công tác phòng ngừa tham nhũng',
      '- Xây dựng kế hoạch phòng, chống tham nhũng năm 2027 của Chi cục, gửi về Sở (qua Văn phòng Sở) để theo dõi (Đơn vị thực hiện: Chi cục Quản lý thị trường; Thời gian: hoàn thành trong tháng 02/2027).',
      '- Tiếp nhận, xử lý phản ánh, kiến nghị liên quan đến tham nhũng, tiêu cực theo thẩm quyền (Đơn vị thực hiện: Thanh tra Sở).',
      'III. TỔ CHỨC THỰC HIỆN',
      'Các phòng, đơn vị báo cáo kết quả định kỳ 6 tháng, năm gửi về Văn phòng Sở trước ngày 10/6/2027 và 10/12/2027./.',
    ].map((text) => ({ ...PLAIN_PARAGRAPH, text, bold: /^(II?I?\.|\d\.)\s|^KẾ HOẠCH$/u.test(text) })),
    { host: 'docx' },
  ),
);

test('đơn vị đọc từ ngoặc có nhãn, không có nghi vấn "không có dòng Đơn vị thực hiện"', () => {
  expect(outline.items.map((item) => [item.id, item.lead])).toEqual([
    ['II.1.1', ['Chi cục Quản lý thị trường']],
    ['II.1.2', ['Thanh tra Sở']],
  ]);
  expect(outline.doubts.filter((d) => d.vi.includes('không có dòng "Đơn vị thực hiện"'))).toEqual([]);
});
