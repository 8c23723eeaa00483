/**
 * Dòng đơn vị đứng TRƯỚC nhiệm vụ nó giao ("Đơn vị chủ trì: X; phối hợp: Y" rồi "1. Quán triệt …"): dòng ấy là của các
 * nhiệm vụ dưới nó, tới dòng sau; "Đơn vị chủ trì (nhiệm vụ 6, 7): …" giao cả hai nhiệm vụ. Kế hoạch viết dòng đơn vị
 * sau nhiệm vụ vẫn đọc như cũ.
 */
import { PLAIN_PARAGRAPH, toDocumentModel } from '../../src/document';
import { readPlanOutline } from '../../src/plan/import/outline';

const outlineOf = (lines: string[]) =>
  readPlanOutline(toDocumentModel(lines.map((text) => ({ ...PLAIN_PARAGRAPH, text, bold: /^[IVX]+\.\s/.test(text) || text === text.toUpperCase() })), { host: 'docx' }));

const HEAD = ['TRUNG TÂM PHÁT TRIỂN QUỸ ĐẤT', 'KẾ HOẠCH', 'Công tác phòng, chống tham nhũng, tiêu cực năm 2027'];

test('dòng đơn vị mở đầu mỗi nhiệm vụ: giao cho nhiệm vụ dưới nó, không phải nhiệm vụ trên', () => {
  const outline = outlineOf([
    ...HEAD,
    'II. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO; TUYÊN TRUYỀN, PHỔ BIẾN PHÁP LUẬT VỀ PCTN-TC',
    'Đơn vị chủ trì: Phòng Hành chính - Tổng hợp; phối hợp: các Phòng nghiệp vụ',
    '1. Quán triệt, triển khai Kế hoạch này đến toàn thể viên chức, người lao động của Trung tâm; đưa nội dung PCTN-TC vào giao ban định kỳ hằng tháng; thời gian: quý I/2027.',
    'Đơn vị chủ trì: Phòng Kế hoạch - Tài chính',
    '2. Công khai dự toán, quyết toán ngân sách và nguồn thu sự nghiệp của Trung tâm theo quy định; thời gian: thường xuyên; công khai dự toán trong quý I/2027.',
    'III. PHÁT HIỆN, XỬ LÝ THAM NHŨNG, TIÊU CỰC',
    'Đơn vị chủ trì (nhiệm vụ 3, 4): Phòng Hành chính - Tổng hợp; phối hợp: Phòng Kế hoạch - Tài chính',
    '3. Xây dựng, thực hiện Kế hoạch kiểm tra nội bộ năm 2027 ở các khâu dễ phát sinh tham nhũng, tiêu cực; thời gian: ban hành kế hoạch trong tháng 02/2027.',
    '4. Tiếp nhận, xử lý kịp thời đơn thư phản ánh, tố cáo liên quan đến hành vi tham nhũng, tiêu cực của viên chức, người lao động.',
    'Viên chức được giao xử lý phải báo cáo kết quả với Giám đốc; thời gian: thường xuyên.',
    'IV. TỔ CHỨC THỰC HIỆN',
    'Các phòng báo cáo kết quả thực hiện Kế hoạch về Phòng Hành chính - Tổng hợp trước ngày 05/12/2027.',
  ]);
  expect(outline.items.map((item) => [item.id, item.lead, item.support, item.timingRaw])).toEqual([
    ['II.1', ['Phòng Hành chính - Tổng hợp'], ['các Phòng nghiệp vụ'], 'quý I/2027'],
    ['II.2', ['Phòng Kế hoạch - Tài chính'], [], 'thường xuyên; công khai dự toán trong quý I/2027'],
    ['III.3', ['Phòng Hành chính - Tổng hợp'], ['Phòng Kế hoạch - Tài chính'], 'ban hành kế hoạch trong tháng 02/2027'],
    ['III.4', ['Phòng Hành chính - Tổng hợp'], ['Phòng Kế hoạch - Tài chính'], 'thường xuyên'],
  ]);
  expect(outline.doubts.filter((doubt) => /không đứng sau nhiệm vụ nào/u.test(doubt.vi))).toEqual([]);
});

test('dòng đơn vị khép lại nhiệm vụ phía trên vẫn là của nhiệm vụ ấy', () => {
  const outline = outlineOf([
    ...HEAD,
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '1. Quán triệt, triển khai Kế hoạch này đến toàn thể viên chức, người lao động của Trung tâm; đưa nội dung PCTN-TC vào giao ban định kỳ hằng tháng.',
    'Đơn vị chủ trì: Phòng Hành chính - Tổng hợp; phối hợp: các Phòng nghiệp vụ',
    '2. Công khai dự toán, quyết toán ngân sách và nguồn thu sự nghiệp của Trung tâm theo quy định của pháp luật về ngân sách.',
    'Đơn vị chủ trì: Phòng Kế hoạch - Tài chính',
    'III. TỔ CHỨC THỰC HIỆN',
    'Các phòng báo cáo kết quả thực hiện Kế hoạch về Phòng Hành chính - Tổng hợp trước ngày 05/12/2027.',
  ]);
  expect(outline.items.map((item) => [item.id, item.lead])).toEqual([
    ['II.1', ['Phòng Hành chính - Tổng hợp']],
    ['II.2', ['Phòng Kế hoạch - Tài chính']],
  ]);
});
