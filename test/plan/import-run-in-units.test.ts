/**
 * Kế hoạch văn xuôi có điểm a), b), c): dòng "Đơn vị chủ trì …; đơn vị phối hợp …; thời gian …" khi đứng riêng dưới
 * điểm, khi viết liền vào câu cuối của điểm. Dòng riêng dưới điểm cuối của mục chỉ là của những điểm chưa tự ghi đơn vị.
 */
import { PLAIN_PARAGRAPH, toDocumentModel } from '../../src/document';
import { importPlan } from '../../src/plan/import/assemble';

/** A prose plan: one paragraph per line, "**...**" lines bold. */
function prosePlan(lines: readonly string[]) {
  const paragraph = (line: string) => ({ ...PLAIN_PARAGRAPH, text: line.replace(/\*\*/g, ''), bold: /^\*\*.*\*\*$/.test(line) });
  return importPlan(toDocumentModel(lines.map(paragraph), { host: 'docx' }));
}

test('điểm có đơn vị viết liền câu cuối giữ đơn vị và thời gian của mình, không lấy dòng riêng của điểm cuối mục; "báo cáo trước ngày …" sau "thời gian: Thường xuyên;" vẫn là thời gian', () => {
  const { plan } = prosePlan([
    'THI HÀNH ÁN DÂN SỰ TỈNH GIA LAI',
    'Số: 18/KH-THADS',
    '**KẾ HOẠCH**',
    '**Công tác phòng, chống tham nhũng, tiêu cực năm 2027**',
    '**II. NHIỆM VỤ, GIẢI PHÁP**',
    '**1. Công khai, minh bạch trong tổ chức và hoạt động**',
    'a) Công khai dự toán, quyết toán ngân sách, việc quản lý, sử dụng tài sản công tại trụ sở THADS tỉnh.',
    'Đơn vị chủ trì: Văn phòng; đơn vị phối hợp: Phòng Tổ chức cán bộ; thời gian: Thường xuyên.',
    'b) Công khai, minh bạch trong hoạt động thi hành án: thông báo, niêm yết quyết định về thi hành án đúng thời hạn theo quy định. Đơn vị chủ trì: Phòng Nghiệp vụ và tổ chức thi hành án; đơn vị phối hợp: các Phòng Thi hành án dân sự khu vực; thời gian: Thường xuyên.',
    'c) Tiếp nhận, thực hiện trách nhiệm giải trình về quyết định, hành vi trong tổ chức thi hành án khi đương sự có yêu cầu.',
    'Đơn vị chủ trì: các Phòng Thi hành án dân sự khu vực; đơn vị phối hợp: Phòng Kiểm tra; thời gian: Khi có yêu cầu.',
    '**2. Phát hiện, xử lý tham nhũng, tiêu cực**',
    'a) Theo dõi, đôn đốc thực hiện kết luận kiểm tra, thanh tra, kiểm toán; tổng hợp kết quả khắc phục báo cáo Trưởng Thi hành án dân sự tỉnh định kỳ 6 tháng, năm. Đơn vị chủ trì: Phòng Kiểm tra; đơn vị phối hợp: Văn phòng; thời gian: Thường xuyên; báo cáo trước ngày 05/6/2027 và 05/12/2027.',
    'b) Thực hiện chế độ trách nhiệm của người đứng đầu theo quy định.',
    'Đơn vị chủ trì: Phòng Tổ chức cán bộ; đơn vị phối hợp: Phòng Kiểm tra; thời gian: Thường xuyên và khi đánh giá, xếp loại cuối năm 2027.',
    '**III. TỔ CHỨC THỰC HIỆN**',
    'Các Phòng Thi hành án dân sự khu vực báo cáo kết quả thực hiện gửi về Phòng Kiểm tra trước ngày 08/6/2027 (báo cáo 6 tháng) và trước ngày 08/12/2027 (báo cáo năm).',
  ]);
  const name = (id: string) => plan.units.find((u) => u.id === id)?.name ?? plan.groups.find((g) => g.id === id)?.name ?? id;
  expect(plan.items.map((i) => [i.id, i.lead.map(name).join('; '), i.support.map(name).join('; '), i.timing.raw.replace(/\.$/u, '')])).toEqual([
    ['II.1.a.1', 'Văn phòng', 'Phòng Tổ chức cán bộ', 'Thường xuyên'],
    ['II.1.b.1', 'Phòng Nghiệp vụ và tổ chức thi hành án', 'các Phòng Thi hành án dân sự khu vực', 'Thường xuyên'],
    ['II.1.c.1', 'các Phòng Thi hành án dân sự khu vực', 'Phòng Kiểm tra', 'Khi có yêu cầu'],
    ['II.2.a.1', 'Phòng Kiểm tra', 'Văn phòng', 'Thường xuyên; báo cáo trước ngày 05/6/2027 và 05/12/2027'],
    ['II.2.b.1', 'Phòng Tổ chức cán bộ', 'Phòng Kiểm tra', 'Thường xuyên và khi đánh giá, xếp loại cuối năm 2027'],
  ]);
});
