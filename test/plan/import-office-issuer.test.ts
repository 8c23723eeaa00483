/**
 * Kế hoạch của một văn phòng tham mưu cho hai cơ quan: "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh
 * (sau đây gọi tắt là Văn phòng)" là một cơ quan, không phải "Hội đồng nhân dân tỉnh"; "Chánh Văn phòng, các Phó Chánh
 * Văn phòng" là lãnh đạo của chính Văn phòng, tức cơ quan ban hành.
 */
import { PLAIN_PARAGRAPH, toDocumentModel } from '../../src/document';
import { importPlan } from '../../src/plan/import/assemble';
import { splitBodies } from '../../src/plan/import/split-bodies';

test('"Văn phòng Đoàn ĐBQH và HĐND tỉnh" là một văn phòng chung, như "Văn phòng HĐND và UBND xã"; "Văn phòng Sở và Thanh tra Sở" vẫn là hai', () => {
  expect(splitBodies('Văn phòng Đoàn ĐBQH và HĐND tỉnh')).toEqual(['Văn phòng Đoàn ĐBQH và HĐND tỉnh']);
  expect(splitBodies('Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh')).toEqual(['Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh']);
  expect(splitBodies('Văn phòng Sở và Thanh tra Sở')).toEqual(['Văn phòng Sở', 'Thanh tra Sở']);
});

test('cơ quan ban hành là "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh"; "Chánh Văn phòng, các Phó Chánh Văn phòng" là chính cơ quan ấy', () => {
  const lines = [
    'ĐOÀN ĐBQH VÀ HĐND TỈNH GIA LAI',
    'VĂN PHÒNG',
    'Số: 04/KH-VP',
    '**KẾ HOẠCH**',
    '**Phòng, chống tham nhũng, tiêu cực năm 2027**',
    'Thực hiện Kế hoạch số 09/KH-UBND ngày 06/01/2027 của Ủy ban nhân dân tỉnh, Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh (sau đây gọi tắt là Văn phòng) ban hành Kế hoạch phòng, chống tham nhũng, tiêu cực năm 2027 như sau:',
    '**II. NHIỆM VỤ CỤ THỂ**',
    '1. Tổ chức quán triệt, triển khai Kế hoạch này đến toàn thể công chức, người lao động của Văn phòng; đưa nội dung PCTN, TC vào chương trình giao ban hằng tháng.',
    '- Đơn vị thực hiện: Chánh Văn phòng, các Phó Chánh Văn phòng; các phòng thuộc Văn phòng.',
    '- Thời gian: Quán triệt trong quý I/2027.',
    '2. Rà soát, sửa đổi, bổ sung Quy chế chi tiêu nội bộ của Văn phòng năm 2027.',
    '- Đơn vị thực hiện: Phòng Hành chính - Tổ chức - Quản trị chủ trì, phối hợp với các phòng thuộc Văn phòng.',
    '- Thời gian: Quý I/2027.',
    '**III. TỔ CHỨC THỰC HIỆN**',
    'Các phòng thuộc Văn phòng báo cáo kết quả thực hiện Kế hoạch định kỳ 6 tháng, năm gửi về Phòng Hành chính - Tổ chức - Quản trị trước ngày 05/6/2027 và trước ngày 05/12/2027.',
  ];
  const paragraph = (line: string) => ({ ...PLAIN_PARAGRAPH, text: line.replace(/\*\*/g, ''), bold: /^\*\*.*\*\*$/.test(line) || line === line.toUpperCase() });
  const { plan } = importPlan(toDocumentModel(lines.map(paragraph), { host: 'docx' }));
  const name = (id: string) => plan.units.find((u) => u.id === id)?.name ?? plan.groups.find((g) => g.id === id)?.name ?? id;
  expect(name(plan.meta.issuer)).toBe('Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh');
  expect(plan.items.find((i) => i.id === 'II.1')!.lead.map(name)).toEqual(['Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh', 'các phòng thuộc Văn phòng']);
});
