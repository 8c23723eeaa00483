/** "Giao nhiệm vụ:" cuối một mục, các dòng "- " giao từng điểm a), b), c) của mục cho đơn vị, rồi "Thời gian:" chung cho mục. */
import { PLAIN_PARAGRAPH, toDocumentModel } from '../../src/document';
import { readPlanOutline } from '../../src/plan/import/outline';
import { blockLineClauses } from '../../src/plan/import/points-block';

/** A prose plan from its lines: headings ("II.", "1.", "a)") bold, the rest as written. */
function prosePlan(lines: string[]) {
  return readPlanOutline(toDocumentModel(lines.map((text) => ({ ...PLAIN_PARAGRAPH, text, bold: text === text.toUpperCase() || /^([IVX]+\.|\d+\.|[a-zđ]\))\s/.test(text) })), { host: 'docx' }));
}

test('một dòng giao: vế không nêu đơn vị nối tiếp đơn vị của vế trước; lời sau tên điểm chỉ thu hẹp việc, không là đơn vị', () => {
  expect(blockLineClauses('Phòng Tổ chức cán bộ (sau đây viết tắt là Phòng TCCB) chủ trì các nội dung tại điểm a, c; phối hợp thực hiện điểm b.')).toEqual([
    'Phòng Tổ chức cán bộ chủ trì điểm a, c',
    'Phòng Tổ chức cán bộ phối hợp điểm b',
  ]);
  expect(blockLineClauses('Chi cục Kiểm lâm phối hợp thực hiện điểm b đối với nội dung tuyên truyền tại các xã miền núi.')).toEqual(['Chi cục Kiểm lâm phối hợp điểm b']);
  // "phối hợp với X thực hiện điểm a": X chủ trì điểm a ở dòng của nó; đơn vị đầu dòng phối hợp.
  expect(blockLineClauses('Phòng Hợp tác quốc tế chủ trì điểm d; phối hợp với Văn phòng Sở thực hiện điểm a đối với các dự án ODA.')).toEqual([
    'Phòng Hợp tác quốc tế chủ trì điểm d',
    'Phòng Hợp tác quốc tế phối hợp điểm a',
  ]);
});

test('"nội dung a, b", "các điểm còn lại", "toàn bộ mục này", "tổ chức thực hiện"; dòng không nêu điểm nào hay không mở bằng đơn vị thì không phải dòng giao', () => {
  expect(blockLineClauses('Văn phòng Sở chủ trì nội dung a, b; các phòng chuyên môn tổ chức thực hiện các điểm còn lại.')).toEqual([
    'Văn phòng Sở chủ trì điểm a, b',
    'các nội dung còn lại do các phòng chuyên môn thực hiện',
  ]);
  expect(blockLineClauses('Thanh tra Sở phối hợp thực hiện toàn bộ mục này.')).toEqual(['các nội dung trên do Thanh tra Sở phối hợp']);
  expect(blockLineClauses('Tổ chức quán triệt đến toàn thể công chức, viên chức.')).toBeNull();
  expect(blockLineClauses('Tổ chức thực hiện điểm a tại đơn vị mình.')).toBeNull();
});

test('"Giao nhiệm vụ:" cuối mục giao từng điểm; các dòng "- " không thành nhiệm vụ; "Thời gian:" cho mọi điểm không tự nêu thời gian', () => {
  const outline = prosePlan([
    'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2027',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '1. Công tác tuyên truyền, phổ biến pháp luật về phòng, chống tham nhũng',
    'a) Quán triệt Kế hoạch này đến toàn thể công chức, viên chức của Sở; hoàn thành trong tháng 02/2027.',
    'b) Tuyên truyền pháp luật về phòng, chống tham nhũng kết hợp với pháp luật về đất đai, lâm nghiệp cho người dân.',
    'c) Tổ chức 01 lớp bồi dưỡng kiến thức về kiểm soát xung đột lợi ích cho công chức quản lý.',
    'Giao nhiệm vụ:',
    '- Văn phòng Sở (sau đây viết tắt là VPS) chủ trì các nội dung tại điểm a, c; phối hợp thực hiện điểm b.',
    '- Chi cục Kiểm lâm chủ trì điểm b.',
    'Thời gian: Thường xuyên trong năm 2027.',
    '2. Công khai, minh bạch',
    'a) Công khai dự toán, quyết toán ngân sách của Sở theo quy định.',
    '- Niêm yết tại trụ sở Sở.',
    '- Đăng tải trên Cổng thông tin điện tử của Sở.',
    'b) Công khai kết quả tuyển dụng, bổ nhiệm công chức.',
    'Phân công thực hiện:',
    '- Phòng Kế hoạch - Tài chính chủ trì điểm a; các phòng, đơn vị thuộc Sở phối hợp thực hiện điểm a.',
    '- Văn phòng Sở chủ trì các điểm còn lại.',
    'Thời gian: Thường xuyên.',
    'III. TỔ CHỨC THỰC HIỆN',
  ]);
  expect(outline.items.map((item) => [item.id, item.lead, item.support, item.timingRaw])).toEqual([
    ['II.1.a.1', ['Văn phòng Sở'], [], 'hoàn thành trong tháng 02/2027'],
    ['II.1.b.1', ['Chi cục Kiểm lâm'], ['Văn phòng Sở'], 'Thường xuyên trong năm 2027.'],
    ['II.1.c.1', ['Văn phòng Sở'], [], 'Thường xuyên trong năm 2027.'],
    ['II.2.a.1', ['Phòng Kế hoạch - Tài chính'], ['các phòng, đơn vị thuộc Sở'], 'Thường xuyên.'],
    ['II.2.a.2', ['Phòng Kế hoạch - Tài chính'], ['các phòng, đơn vị thuộc Sở'], 'Thường xuyên.'],
    ['II.2.b.1', ['Văn phòng Sở'], [], 'Thường xuyên.'],
  ]);
});
