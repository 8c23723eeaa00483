/** Đề mục giao cả mục ("2. … — Văn phòng Sở chủ trì; các phòng thực hiện"), ngoặc riêng của nội dung, câu thời gian khép mục. */
import { PLAIN_PARAGRAPH, toDocumentModel } from '../../src/document';
import { headingRoles } from '../../src/plan/import/heading-roles';
import { readPlanOutline } from '../../src/plan/import/outline';
import { helpersOnly, opensWithHeads } from '../../src/plan/import/prose-lines';

test.each([
  [
    'Công khai, minh bạch trong hoạt động — Văn phòng Sở chủ trì; các phòng, đơn vị trực thuộc thực hiện',
    'Công khai, minh bạch trong hoạt động',
    'Văn phòng Sở chủ trì; các phòng, đơn vị trực thuộc thực hiện',
  ],
  [
    'Định mức, tiêu chuẩn, chế độ; quản lý tài chính, tài sản công — Phòng Kế hoạch - Tài chính chủ trì; các trường THPT, trung tâm GDNN-GDTX trực thuộc thực hiện',
    'Định mức, tiêu chuẩn, chế độ; quản lý tài chính, tài sản công',
    'Phòng Kế hoạch - Tài chính chủ trì; các trường THPT, trung tâm GDNN-GDTX trực thuộc thực hiện',
  ],
  [
    'Thực hiện quy tắc ứng xử, kỷ luật, kỷ cương; kiểm soát xung đột lợi ích: Phòng Tổ chức cán bộ chủ trì; các phòng, đơn vị trực thuộc thực hiện',
    'Thực hiện quy tắc ứng xử, kỷ luật, kỷ cương; kiểm soát xung đột lợi ích',
    'Phòng Tổ chức cán bộ chủ trì; các phòng, đơn vị trực thuộc thực hiện',
  ],
  [
    'Chuyển đổi vị trí công tác; kiểm soát tài sản, thu nhập — Phòng Tổ chức cán bộ chủ trì, phối hợp với Văn phòng Sở',
    'Chuyển đổi vị trí công tác; kiểm soát tài sản, thu nhập',
    'Phòng Tổ chức cán bộ chủ trì, phối hợp với Văn phòng Sở',
  ],
])('đề mục ghi đơn vị sau tên mục: "%s"', (body, title, units) => {
  expect(headingRoles(body)).toEqual({ title, units });
});

test('đề mục không ghi đơn vị thì không có', () => {
  expect(headingRoles('Tuyên truyền, phổ biến, giáo dục pháp luật về PCTN, TC:')).toBeNull();
  expect(headingRoles('Công tác phối hợp - Giáo dục thường xuyên')).toBeNull();
  expect(headingRoles('Chế độ báo cáo: các phòng, đơn vị trực thuộc báo cáo kết quả thực hiện')).toBeNull();
});

test('ngoặc cuối chỉ ghi đơn vị phối hợp; câu mở đầu bằng người đứng đầu đơn vị', () => {
  expect(helpersOnly('Triển khai học bạ số, văn bằng, chứng chỉ điện tử (Phòng Giáo dục Trung học - Giáo dục thường xuyên phối hợp).')).toBe('Phòng Giáo dục Trung học - Giáo dục thường xuyên phối hợp');
  expect(helpersOnly('Thực hiện thanh toán không dùng tiền mặt (Phòng Kế hoạch - Tài chính chủ trì; các trường THPT phối hợp).')).toBeNull();
  expect(opensWithHeads('Thủ trưởng các trường THPT, trung tâm GDNN-GDTX trực thuộc xây dựng, ban hành Kế hoạch PCTN, TC năm 2027 của đơn vị.')).toBe(true);
  expect(opensWithHeads('Tổ chức hội nghị phổ biến pháp luật về PCTN, TC.')).toBe(false);
});

/** A prose plan from its lines: headings ("II.", "1.", "1.1. …:") bold, the rest as written. */
function prosePlan(lines: string[]) {
  return readPlanOutline(toDocumentModel(lines.map((text) => ({ ...PLAIN_PARAGRAPH, text, bold: text === text.toUpperCase() || /^([IVX]+\.|\d+\.)\s/.test(text) })), { host: 'docx' }));
}

const HEAD = ['SỞ GIÁO DỤC VÀ ĐÀO TẠO', 'Số: 12/KH-SGDĐT', 'KẾ HOẠCH', 'Công tác phòng, chống tham nhũng, tiêu cực năm 2027', 'II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM NĂM 2027'];
const YEAR = 'cả năm 2027; báo cáo kết quả trước ngày 10/11/2027.';

test('đơn vị ở dòng đề mục giao mọi nội dung của mục; nội dung ghi ngoặc đơn vị riêng thì theo ngoặc; đề mục không thành nhiệm vụ', () => {
  const outline = prosePlan([
    ...HEAD,
    '2. Công khai, minh bạch trong hoạt động — Văn phòng Sở chủ trì; các phòng, đơn vị trực thuộc thực hiện',
    '- Công khai, minh bạch về tổ chức và hoạt động của cơ quan, đơn vị theo Điều 10 Luật Phòng, chống tham nhũng.',
    '- Công khai kế hoạch, chỉ tiêu, kết quả tuyển dụng viên chức (Phòng Tổ chức cán bộ thực hiện).',
    '- Triển khai học bạ số, văn bằng, chứng chỉ điện tử (Phòng Giáo dục Trung học - Giáo dục thường xuyên phối hợp).',
    `Thời gian thực hiện: ${YEAR}`,
    '4. Thực hiện quy tắc ứng xử, kỷ luật, kỷ cương: Phòng Tổ chức cán bộ chủ trì; các phòng, đơn vị trực thuộc thực hiện',
    '- Chấn chỉnh kỷ luật, kỷ cương hành chính, thời giờ làm việc; thực hiện đúng quy định về tặng quà, nhận quà tặng.',
    'Thời gian thực hiện: thường xuyên.',
    'III. TỔ CHỨC THỰC HIỆN',
  ]);
  expect(outline.items.map((item) => item.id)).toEqual(['II.2.1', 'II.2.2', 'II.2.3', 'II.4.1']);
  expect(outline.items.map((item) => [item.lead, item.support])).toEqual([
    [['Văn phòng Sở', 'các phòng, đơn vị trực thuộc'], []],
    [['Phòng Tổ chức cán bộ'], []],
    [['Văn phòng Sở', 'các phòng, đơn vị trực thuộc'], ['Phòng Giáo dục Trung học - Giáo dục thường xuyên']],
    [['Phòng Tổ chức cán bộ', 'các phòng, đơn vị trực thuộc'], []],
  ]);
  expect(outline.headings.find((h) => h.id === 'II.4')?.title).toBe('Thực hiện quy tắc ứng xử, kỷ luật, kỷ cương');
});

test('câu "Thời gian thực hiện: …" khép một mục mà đề mục đã giao: thời gian của mọi nội dung trong mục, trừ nội dung ghi thời gian riêng', () => {
  const outline = prosePlan([
    ...HEAD,
    '3. Quản lý tài chính, tài sản công trong các cơ sở giáo dục — Phòng Kế hoạch - Tài chính chủ trì; các trường THPT trực thuộc thực hiện',
    '3.1. Rà soát, sửa đổi, bổ sung Quy chế chi tiêu nội bộ của cơ quan Sở năm 2027 (Văn phòng Sở chủ trì, phối hợp với Phòng Kế hoạch - Tài chính; hoàn thành trong quý I/2027).',
    '3.2. Hướng dẫn, kiểm tra việc thu, quản lý, sử dụng học phí, các khoản thu dịch vụ và các khoản tài trợ tại các đơn vị trực thuộc.',
    '3.3. Kiểm tra việc thực hiện chế độ, định mức, tiêu chuẩn tại 04 trường THPT (Thanh tra Sở chủ trì, phối hợp với Phòng Kế hoạch - Tài chính; theo Kế hoạch thanh tra, kiểm tra năm 2027 của Sở).',
    `Thời gian thực hiện: ${YEAR}`,
    '5. Chuyển đổi vị trí công tác; kiểm soát tài sản, thu nhập — Phòng Tổ chức cán bộ chủ trì, phối hợp với Văn phòng Sở',
    '5.1. Chuyển đổi vị trí công tác:',
    '- Xây dựng, ban hành Kế hoạch chuyển đổi vị trí công tác năm 2027 của cơ quan Sở.',
    '- Hướng dẫn, đôn đốc các trường THPT trực thuộc thực hiện kế hoạch chuyển đổi vị trí công tác.',
    '5.2. Tổ chức kê khai, công khai bản kê khai tài sản, thu nhập hằng năm (hoàn thành việc kê khai trước ngày 31/12/2027).',
    `Thời gian thực hiện: năm 2027, theo tiến độ ghi tại từng nội dung; báo cáo kết quả trước ngày 10/11/2027.`,
    'III. TỔ CHỨC THỰC HIỆN',
  ]);
  expect(outline.items.map((item) => [item.id, item.timingRaw])).toEqual([
    ['II.3.1', 'hoàn thành trong quý I/2027'],
    ['II.3.2', YEAR],
    ['II.3.3', 'theo Kế hoạch thanh tra, kiểm tra năm 2027 của Sở'],
    ['II.5.1.1', 'năm 2027, theo tiến độ ghi tại từng nội dung; báo cáo kết quả trước ngày 10/11/2027.'],
    ['II.5.1.2', 'năm 2027, theo tiến độ ghi tại từng nội dung; báo cáo kết quả trước ngày 10/11/2027.'],
    ['II.5.2', 'hoàn thành việc kê khai trước ngày 31/12/2027'],
  ]);
  expect(outline.items.find((item) => item.id === 'II.3.2')).toMatchObject({ lead: ['Phòng Kế hoạch - Tài chính', 'các trường THPT trực thuộc'] });
  expect(outline.items.find((item) => item.id === 'II.5.1.2')).toMatchObject({ lead: ['Phòng Tổ chức cán bộ'], support: ['Văn phòng Sở'] });
});

test('mục chỉ có tên ("3. Thực hiện các giải pháp phòng ngừa"): câu thời gian sau "c)" vẫn chỉ là của "c)"', () => {
  const outline = prosePlan([
    ...HEAD,
    '3. Thực hiện các giải pháp phòng ngừa tham nhũng, tiêu cực',
    'a) Công khai, minh bạch',
    '- Văn phòng Sở công khai các thủ tục hành chính trên Cổng thông tin điện tử của Sở.',
    'c) Cải cách hành chính, chuyển đổi số',
    '- Phòng Kế hoạch - Tài chính thực hiện chi trả lương, phụ cấp qua tài khoản.',
    'Thời gian thực hiện: Thường xuyên.',
    'III. TỔ CHỨC THỰC HIỆN',
  ]);
  expect(outline.items.map((item) => [item.id, item.timingRaw])).toEqual([
    ['II.3.a.1', null],
    ['II.3.c.1', 'Thường xuyên.'],
  ]);
});
