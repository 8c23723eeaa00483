/**
 * Phần Tổ chức thực hiện nêu đơn vị và thời gian cho các nhiệm vụ không ghi: "Đối với các nhiệm vụ tại Mục II không ghi
 * đơn vị chủ trì, giao Văn phòng Sở chủ trì, …; nhiệm vụ không ghi thời gian thì thực hiện thường xuyên trong năm 2027."
 */
import { PLAIN_PARAGRAPH, toDocumentModel } from '../../src/document';
import { importPlan } from '../../src/plan/import/assemble';
import { organisationRuleTime } from '../../src/plan/import/rule-time';
import { unassignedRule } from '../../src/plan/import/unassigned-tasks';

/** A prose plan: one paragraph per line, "**...**" lines bold. */
function prosePlan(lines: readonly string[]) {
  const paragraph = (line: string) => ({ ...PLAIN_PARAGRAPH, text: line.replace(/\*\*/g, ''), bold: /^\*\*.*\*\*$/.test(line) });
  return importPlan(toDocumentModel(lines.map(paragraph), { host: 'docx' }));
}

const RULE = '2. Đối với các nhiệm vụ tại Mục II không ghi đơn vị chủ trì, giao Văn phòng Sở chủ trì, tham mưu Giám đốc Sở tổ chức thực hiện; nhiệm vụ không ghi thời gian thì thực hiện thường xuyên trong năm 2027.';

test('"Đối với các nhiệm vụ … không ghi đơn vị chủ trì, giao Văn phòng Sở chủ trì, tham mưu Giám đốc Sở …": Văn phòng Sở chủ trì', () => {
  expect(unassignedRule([RULE])).toEqual({ bodies: 'Văn phòng Sở', advises: null, helpers: null });
});

test('"nhiệm vụ không ghi thời gian thì thực hiện thường xuyên trong năm 2027" trong câu có số thứ tự của phần Tổ chức thực hiện', () => {
  expect(organisationRuleTime(['1. Trưởng các phòng, Thủ trưởng các đơn vị căn cứ Kế hoạch này tổ chức thực hiện.', RULE])).toBe('thực hiện thường xuyên trong năm 2027');
  expect(organisationRuleTime(['Các phòng, đơn vị báo cáo kết quả thực hiện về Văn phòng Sở trước ngày 10 của tháng cuối quý.'])).toBeNull();
});

test('nhiệm vụ không có ngoặc đơn vị, thời gian lấy đơn vị và thời gian phần Tổ chức thực hiện nêu; nhiệm vụ có ngoặc giữ của mình', () => {
  const { plan } = prosePlan([
    'UBND TỈNH GIA LAI',
    '**SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG**',
    'Số: 215/KH-SNNMT',
    '**KẾ HOẠCH**',
    '**Công tác phòng, chống tham nhũng, tiêu cực năm 2027**',
    '**II. NHIỆM VỤ, GIẢI PHÁP**',
    '**1. Công tác lãnh đạo, chỉ đạo**',
    '1.1. Quán triệt, triển khai Kế hoạch này đến toàn thể công chức, viên chức, người lao động của Sở (Chủ trì: Văn phòng Sở; Phối hợp: các phòng chuyên môn; Thời gian: Quý I/2027).',
    '1.2. Phân công công chức đầu mối theo dõi, tổng hợp công tác phòng, chống tham nhũng, tiêu cực của Sở.',
    '**2. Công khai, minh bạch trong hoạt động**',
    '2.1. Công khai dự toán, quyết toán ngân sách nhà nước của Sở và các đơn vị sự nghiệp trực thuộc (Chủ trì: Phòng Kế hoạch - Tài chính).',
    '2.2. Kiểm tra việc thực hiện chế độ, định mức, tiêu chuẩn tại 01 đơn vị sự nghiệp trực thuộc Sở (Chủ trì: Thanh tra Sở; Thời gian: Quý III/2027).',
    '**III. TỔ CHỨC THỰC HIỆN**',
    '1. Trưởng các phòng chuyên môn, Thủ trưởng các đơn vị sự nghiệp trực thuộc Sở căn cứ nhiệm vụ được giao tại Kế hoạch này tổ chức triển khai thực hiện nghiêm túc, hiệu quả.',
    RULE,
    '3. Các phòng chuyên môn, đơn vị sự nghiệp trực thuộc Sở báo cáo kết quả thực hiện gửi về Văn phòng Sở trước ngày 10 của tháng cuối quý./.',
  ]);
  const item = (id: string) => plan.items.find((i) => i.id === id)!;
  const name = (id: string) => plan.units.find((u) => u.id === id)?.name;
  expect(item('II.1.2').lead.map(name)).toEqual(['Văn phòng Sở']);
  expect(item('II.1.2').support).toEqual([]);
  expect(item('II.1.2').timing.raw).toBe('thực hiện thường xuyên trong năm 2027');
  expect(item('II.2.1').timing.raw).toBe('thực hiện thường xuyên trong năm 2027');
  expect(item('II.2.1').lead.map(name)).toEqual(['Phòng Kế hoạch - Tài chính']);
  expect(item('II.2.2').timing.raw).toBe('Quý III/2027');
  expect(item('II.1.1').lead.map(name)).toEqual(['Văn phòng Sở']);
});
