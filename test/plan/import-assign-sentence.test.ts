/** Nhiệm vụ đánh số trong ngoặc "(1)", "(2)" … liền qua các mục, mỗi nhiệm vụ có đoạn "Giao …"/"Phân công …" sau nó: đơn vị và thời gian. */
import { PLAIN_PARAGRAPH, toDocumentModel } from '../../src/document';
import { readAssignSentence } from '../../src/plan/import/assign-sentence';
import { readPlanOutline } from '../../src/plan/import/outline';
import { unassignedRule } from '../../src/plan/import/unassigned-tasks';
import { INLINE_TIMING } from '../../src/plan/import/prose-lines';
import { readTiming } from '../../src/plan/import/timing';

test.each([
  // Tên viết tắt định nghĩa giữa câu không thuộc tên đơn vị; thời gian sau dấu ";".
  ['Giao Phòng Hành chính - Tổng hợp (sau đây viết tắt là Phòng HC-TH) chủ trì, phối hợp Phòng Trưng bày - Tuyên truyền thực hiện; hoàn thành trong quý I/2027.', 'Chủ trì: Phòng Hành chính - Tổng hợp; phối hợp: Phòng Trưng bày - Tuyên truyền', 'hoàn thành trong quý I/2027'],
  // "X phối hợp với Y thực hiện": X làm, Y giúp.
  ['Phân công Phòng HC-TH phối hợp với Ban Chấp hành Công đoàn cơ sở Bảo tàng thực hiện thường xuyên.', 'Chủ trì: Phòng HC-TH; phối hợp: Ban Chấp hành Công đoàn cơ sở Bảo tàng', 'thường xuyên'],
  ['Phân công Phòng Sưu tầm - Nghiên cứu chủ trì, Phòng Hành chính - Tổng hợp phối hợp thực hiện trong quý II và quý III/2027.', 'Chủ trì: Phòng Sưu tầm - Nghiên cứu; phối hợp: Phòng Hành chính - Tổng hợp', 'trong quý II và quý III/2027'],
  // Việc làm giữa "thực hiện" và thời gian không phải thời gian.
  ['Giao Ban Quản lý di tích và Phòng Trưng bày - Tuyên truyền thực hiện tại địa điểm do đơn vị mình phụ trách, trong năm 2027.', 'Chủ trì: Ban Quản lý di tích và Phòng Trưng bày - Tuyên truyền', 'trong năm 2027'],
  ['Giao Phòng HC-TH chủ trì, phối hợp Ban Chấp hành Công đoàn cơ sở thực hiện, trình Giám đốc ban hành trước ngày 31/3/2027.', 'Chủ trì: Phòng HC-TH; phối hợp: Ban Chấp hành Công đoàn cơ sở', 'trước ngày 31/3/2027'],
  // Ngoặc thuộc tên đơn vị thì giữ; đơn vị phối hợp nêu ở vế sau dấu ";".
  ['Giao Phòng Hành chính - Tổng hợp chủ trì, phối hợp Ban Quản lý di tích, Phòng Nghiệp vụ (Kiểm kê - Bảo quản) tổ chức kiểm tra trong quý III/2027.', 'Chủ trì: Phòng Hành chính - Tổng hợp; phối hợp: Ban Quản lý di tích, Phòng Nghiệp vụ (Kiểm kê - Bảo quản)', 'trong quý III/2027'],
  ['Giao Ban Thanh tra nhân dân Bảo tàng thực hiện theo chương trình công tác năm 2027 của Ban Thanh tra nhân dân; Phòng HC-TH phối hợp, cung cấp hồ sơ, tài liệu.', 'Chủ trì: Ban Thanh tra nhân dân Bảo tàng; phối hợp: Phòng HC-TH', 'theo chương trình công tác năm 2027 của Ban Thanh tra nhân dân'],
  ['Giao Phòng Trưng bày - Tuyên truyền chủ trì, phối hợp Ban Quản lý di tích và Phòng HC-TH thực hiện; năm 2027.', 'Chủ trì: Phòng Trưng bày - Tuyên truyền; phối hợp: Ban Quản lý di tích và Phòng HC-TH', 'năm 2027'],
  // Mỗi việc một thời gian: cả đoạn từ việc đầu đến hết câu.
  ['Giao Phòng Hành chính - Tổng hợp tham mưu ban hành Kế hoạch trong quý I/2027 và tổ chức thực hiện trong năm 2027.', 'Chủ trì: Phòng Hành chính - Tổng hợp', 'ban hành Kế hoạch trong quý I/2027 và tổ chức thực hiện trong năm 2027'],
])('%s', (sentence, units, time) => {
  expect(readAssignSentence(sentence)).toEqual({ units, time });
});

test.each([
  'Giao nhiệm vụ cụ thể cho từng phòng.',
  'Phân công thực hiện như sau:',
  'Tổ chức quán triệt Kế hoạch trong tháng 02/2027.',
])('không phải câu giao việc: %s', (sentence) => {
  expect(readAssignSentence(sentence)).toBeNull();
});

test('quy tắc "các nhiệm vụ tại Mục II … không ghi đơn vị thực hiện giao X chủ trì, tham mưu Giám đốc": X chủ trì', () => {
  expect(unassignedRule(['2. Các nhiệm vụ tại Mục II Kế hoạch này không ghi đơn vị thực hiện giao Phòng Hành chính - Tổng hợp chủ trì, tham mưu Giám đốc tổ chức thực hiện.'])).toEqual({ bodies: 'Phòng Hành chính - Tổng hợp', advises: null, helpers: null });
});

test('kế hoạch văn xuôi: nhiệm vụ "(n)" giữ số in, đoạn "Giao …" sau nó là đơn vị và thời gian của riêng nó', () => {
  const lines = [
    'BẢO TÀNG TỈNH',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2027',
    'II. NỘI DUNG, NHIỆM VỤ',
    '1. Công tác tuyên truyền, phổ biến, giáo dục pháp luật về PCTN, TC',
    '(1) Tổ chức quán triệt, phổ biến Kế hoạch này đến toàn thể viên chức, người lao động của Bảo tàng trong tháng 02/2027.',
    '(2) Xây dựng chuyên mục "Phòng, chống tham nhũng, tiêu cực" trên Trang thông tin điện tử của Bảo tàng.',
    'Giao Phòng Hành chính - Tổng hợp (sau đây viết tắt là Phòng HC-TH) chủ trì, phối hợp Phòng Trưng bày - Tuyên truyền thực hiện; hoàn thành trong quý I/2027.',
    '2. Các biện pháp phòng ngừa tham nhũng, tiêu cực',
    'Thực hiện đồng bộ các biện pháp phòng ngừa theo quy định của Luật Phòng, chống tham nhũng năm 2018, trong đó tập trung vào các nội dung sau:',
    '(3) Công khai dự toán, quyết toán ngân sách và kết quả thu phí tham quan. Giao Phòng Hành chính - Tổng hợp thực hiện thường xuyên, đúng thời hạn quy định.',
    '(4) Quản lý chặt chẽ hiện vật, tài liệu trong kho cơ sở và hiện vật đang trưng bày.',
    'Phân công Phòng Nghiệp vụ (Kiểm kê - Bảo quản) chủ trì, Phòng Trưng bày - Tuyên truyền phối hợp thực hiện trong quý III/2027.',
    'III. TỔ CHỨC THỰC HIỆN',
    '1. Các nhiệm vụ tại Mục II Kế hoạch này không ghi đơn vị thực hiện giao Phòng Hành chính - Tổng hợp chủ trì, tham mưu Giám đốc tổ chức thực hiện.',
  ];
  const outline = readPlanOutline(toDocumentModel(lines.map((text) => ({ ...PLAIN_PARAGRAPH, text, bold: text === text.toUpperCase() || /^([IVX]+\.|\d+\.)\s/.test(text) })), { host: 'docx' }));
  expect(outline.items.map((item) => [item.id, item.lead, item.support, item.timingRaw])).toEqual([
    ['II.1.1', [], [], 'trong tháng 02/2027'],
    ['II.1.2', ['Phòng Hành chính - Tổng hợp'], ['Phòng Trưng bày - Tuyên truyền'], 'hoàn thành trong quý I/2027'],
    ['II.2.3', ['Phòng Hành chính - Tổng hợp'], [], 'thường xuyên, đúng thời hạn quy định'],
    ['II.2.4', ['Phòng Nghiệp vụ'], ['Phòng Trưng bày - Tuyên truyền'], 'trong quý III/2027'],
  ]);
  expect(outline.items.map((item) => item.text.slice(0, 30))).toEqual(['Tổ chức quán triệt, phổ biến K', 'Xây dựng chuyên mục "Phòng, ch', 'Công khai dự toán, quyết toán ', 'Quản lý chặt chẽ hiện vật, tài']);
  expect(outline.items[2]!.text).toBe('Công khai dự toán, quyết toán ngân sách và kết quả thu phí tham quan.');
});

test('"khi phát sinh" khép một vế là thời gian; "khi phát sinh vụ việc" thì không', () => {
  expect(INLINE_TIMING.exec('Tiếp nhận, xử lý phản ánh, tố cáo liên quan đến viên chức của Bảo tàng khi phát sinh; giữ bí mật, bảo vệ người tố cáo.')?.[0]).toBe('khi phát sinh');
  expect(INLINE_TIMING.exec('Báo cáo Giám đốc khi phát sinh vụ việc tham nhũng')).toBeNull();
});

test('"ngay sau khi Kế hoạch được ban hành" trong câu nhiệm vụ là thời gian: ngay đầu năm của kế hoạch (quý I)', () => {
  expect(INLINE_TIMING.exec('Ban Thường vụ Đảng ủy lãnh đạo, chỉ đạo quán triệt, triển khai Kế hoạch này; tổ chức thực hiện ngay sau khi Kế hoạch được ban hành.')?.[0]).toBe('ngay sau khi Kế hoạch được ban hành');
  expect(readTiming('ngay sau khi Kế hoạch được ban hành', 2027)).toEqual({ parts: [{ kind: 'quarter', quarter: 1, year: 2027 }], doubt: null });
  expect(readTiming('ngay sau khi ban hành Kế hoạch này', 2027).doubt).toBeNull();
});
