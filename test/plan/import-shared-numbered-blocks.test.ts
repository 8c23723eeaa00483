/** Nhiệm vụ đánh số "3.4.", "3.5." mỗi nhiệm vụ có khối "Đơn vị chủ trì / Đơn vị phối hợp / Thời gian thực hiện" riêng, trừ
 * vài nhiệm vụ dùng chung khối của nhiệm vụ sau; "Các đơn vị theo chức năng, nhiệm vụ" là mọi đơn vị của kế hoạch. */
import { PLAIN_PARAGRAPH, toDocumentModel } from '../../src/document';
import { importPlan } from '../../src/plan/import/assemble';
import { readPlanOutline } from '../../src/plan/import/outline';
import { wholeBodyGroups } from '../../src/plan/import/whole-body';
import type { Unit } from '../../src/plan/schema';

const LINES = [
  'KHO BẠC NHÀ NƯỚC KHU VỰC XIII',
  'KẾ HOẠCH',
  'Công tác phòng, chống tham nhũng, tiêu cực năm 2027',
  'II. NHIỆM VỤ, GIẢI PHÁP',
  '3. Thực hiện các biện pháp phòng ngừa tham nhũng, tiêu cực',
  '3.1. Rà soát, sửa đổi, bổ sung Quy chế chi tiêu nội bộ, Quy chế quản lý, sử dụng tài sản công của đơn vị.',
  'Đơn vị chủ trì: Văn phòng.',
  'Đơn vị phối hợp: Phòng Kế toán nhà nước.',
  'Thời gian thực hiện: Trong quý I/2027.',
  '3.2. Thực hiện nghiêm Quy tắc ứng xử của công chức, người lao động; các quy định về tặng quà, nhận quà tặng và nộp lại quà tặng.',
  '3.3. Tiếp tục thực hiện Chỉ thị số 10/CT-TTg ngày 22/4/2019 của Thủ tướng Chính phủ; chấp hành kỷ luật, kỷ cương hành chính, thái độ phục vụ khách hàng đến giao dịch.',
  'Đơn vị chủ trì: Các đơn vị theo chức năng, nhiệm vụ.',
  'Đơn vị phối hợp: Phòng Tổ chức cán bộ.',
  'Thời gian thực hiện: Thường xuyên.',
  '3.4. Xây dựng, ban hành Kế hoạch chuyển đổi vị trí công tác năm 2027; ban hành kế hoạch trong quý I/2027.',
  '3.5. Tổ chức kê khai tài sản, thu nhập hằng năm theo Nghị định số 130/2020/NĐ-CP.',
  'Đơn vị chủ trì: Phòng Tổ chức cán bộ.',
  'Thời gian thực hiện: Trước ngày 15/12/2027.',
  '3.6. Kiểm soát xung đột lợi ích khi phân công công chức kiểm soát hồ sơ, chứng từ.',
  '3.7. Theo dõi, đôn đốc việc thực hiện kết luận thanh tra, kiểm tra, kiểm toán.',
  'Thời gian thực hiện: Thường xuyên.',
  'III. TỔ CHỨC THỰC HIỆN',
];

function plainTypedPlan(lines: readonly string[]) {
  return toDocumentModel(lines.map((text) => ({ ...PLAIN_PARAGRAPH, text, bold: text === text.toUpperCase() })), { host: 'docx' });
}

test('nhiệm vụ đánh số không có khối riêng dùng chung khối đơn vị của nhiệm vụ liền sau; nhiệm vụ tự ghi thời gian, hay khối chỉ có dòng thời gian, thì không', () => {
  const outline = readPlanOutline(plainTypedPlan(LINES));
  expect(outline.items.map((item) => [item.id, item.lead, item.support, item.timingRaw])).toEqual([
    ['II.3.1', ['Văn phòng'], ['Phòng Kế toán nhà nước'], 'Trong quý I/2027.'],
    ['II.3.2', ['Các đơn vị'], ['Phòng Tổ chức cán bộ'], 'Thường xuyên.'],
    ['II.3.3', ['Các đơn vị'], ['Phòng Tổ chức cán bộ'], 'Thường xuyên.'],
    // (It says its own time: it stands alone.)
    ['II.3.4', expect.anything(), [], 'ban hành kế hoạch trong quý I/2027'],
    ['II.3.5', ['Phòng Tổ chức cán bộ'], [], 'Trước ngày 15/12/2027.'],
    // (A time line alone is its own task's only.)
    ['II.3.6', expect.anything(), [], null],
    ['II.3.7', expect.anything(), [], 'Thường xuyên.'],
  ]);
});

test('"Các đơn vị theo chức năng, nhiệm vụ" chủ trì: mọi đơn vị kế hoạch nêu tên, mỗi đơn vị báo cáo phần việc của mình', () => {
  const { plan } = importPlan(plainTypedPlan(LINES));
  const group = plan.groups.find((g) => g.name === 'Các đơn vị');
  const names = (ids: readonly string[]) => ids.map((id) => plan.units.find((u) => u.id === id)?.name ?? id);
  expect(names(group?.members ?? [])).toEqual(expect.arrayContaining(['Văn phòng', 'Phòng Kế toán nhà nước', 'Phòng Tổ chức cán bộ']));
});

test('"các đơn vị" là tên gọi chung của một nhóm hẹp hơn ("… sau đây gọi chung là các đơn vị"), hay đã gộp "các đơn vị trường học": không phải mọi đơn vị', () => {
  const issuer: Unit = { id: 'S', name: 'Sở Giáo dục và Đào tạo', kind: 'department', aliases: [] };
  const units: Unit[] = [issuer, { id: 'VP', name: 'Văn phòng Sở', kind: 'division', aliases: [] }, { id: 'CDV', name: 'Các đơn vị', kind: 'group', aliases: [] }];
  expect(wholeBodyGroups(units, issuer, ['Đơn vị chủ trì: Các đơn vị theo chức năng, nhiệm vụ.'])).toEqual([{ name: 'Các đơn vị', members: ['Văn phòng Sở'], collective: false }]);
  expect(wholeBodyGroups(units, issuer, ['Thủ trưởng các trường trực thuộc (sau đây gọi chung là các đơn vị) chịu trách nhiệm.'])).toEqual([]);
  const merged: Unit[] = [issuer, units[1]!, { id: 'CDV', name: 'các đơn vị', kind: 'group', aliases: ['các đơn vị trường học'] }];
  expect(wholeBodyGroups(merged, issuer, [])).toEqual([]);
});
