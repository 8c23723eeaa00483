/** Tên loại của cơ quan ban hành ("Vườn quốc gia" của "Vườn quốc gia Cúc Phương") ở cuối tên một đơn vị của nó. */
import { PLAIN_PARAGRAPH, toDocumentModel } from '../../src/document';
import { importPlan } from '../../src/plan/import/assemble';
import { issuerKind } from '../../src/plan/import/issuer-suffix';

test('đơn vị mang tên loại của cơ quan ban hành ở cuối ("Hạt Kiểm lâm Vườn quốc gia" của "Vườn quốc gia Cúc Phương") còn được gọi bằng phần trước ("Hạt Kiểm lâm"); loại một chữ ("Ban", "Trường") thì không', () => {
  expect(issuerKind('Vườn quốc gia Cúc Phương')).toEqual(['vườn quốc gia']);
  expect(issuerKind('Ban Dân vận')).toEqual([]);
  expect(issuerKind('Trường Chính trị')).toEqual([]);
  expect(issuerKind('VƯỜN QUỐC GIA CÚC PHƯƠNG')).toEqual([]);
  const plan = importPlan(toDocumentModel([
    'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG',
    'VƯỜN QUỐC GIA CÚC PHƯƠNG',
    'Số: 12/KH-VQG',
    'Ninh Bình, ngày 10 tháng 01 năm 2027',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2027',
    'Thực hiện Kế hoạch của Bộ Nông nghiệp và Môi trường, Vườn quốc gia Cúc Phương ban hành Kế hoạch như sau:',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '1. Công tác tuyên truyền',
    'a) Tuyên truyền pháp luật về phòng, chống tham nhũng cho người dân vùng đệm.',
    'b) Kiểm tra việc chấp hành kỷ luật tại các trạm kiểm lâm.',
    'Giao nhiệm vụ:',
    '- Phòng Tổ chức - Hành chính chủ trì điểm a.',
    '- Hạt Kiểm lâm Vườn quốc gia chủ trì điểm b; phối hợp thực hiện điểm a.',
    'Thời gian: Thường xuyên.',
    'III. TỔ CHỨC THỰC HIỆN',
    'Các phòng, đơn vị báo cáo kết quả định kỳ 6 tháng, năm gửi về Phòng Tổ chức - Hành chính trước ngày 05/6/2027 và trước ngày 05/12/2027.',
  ].map((text) => ({ ...PLAIN_PARAGRAPH, text, bold: text === text.toUpperCase() || /^([IVX]+\.|\d+\.|[a-zđ]\))\s/.test(text) })), { host: 'docx' })).plan;
  expect(plan.units.find((u) => u.name === 'Hạt Kiểm lâm Vườn quốc gia')!.aliases).toContain('Hạt Kiểm lâm');
});
