/**
 * Một dòng "Đơn vị thực hiện" dưới hai gạch đầu dòng, giao mỗi gạch đầu dòng cho một đơn vị theo thứ tự của nó:
 * "Văn phòng (nội dung gạch đầu dòng thứ nhất); Phòng Tổ chức cán bộ (nội dung gạch đầu dòng thứ hai); các Chi cục thực
 * hiện tại đơn vị mình." Mỗi gạch đầu dòng do đơn vị được nêu cho nó chủ trì; vế chung thuộc cả hai.
 */
import { PLAIN_PARAGRAPH, toDocumentModel } from '../../src/document';
import { importPlan } from '../../src/plan/import/assemble';
import { readUnitsLine, unitsByPlace } from '../../src/plan/import/units-line';

const LINE = 'Văn phòng (nội dung gạch đầu dòng thứ nhất); Phòng Tổ chức cán bộ (nội dung gạch đầu dòng thứ hai); các Chi cục thực hiện tại đơn vị mình.';

test('"X (nội dung gạch đầu dòng thứ nhất); Y (nội dung gạch đầu dòng thứ hai)": mỗi gạch đầu dòng một đơn vị', () => {
  expect(readUnitsLine(unitsByPlace(LINE, 1)!).lead).toEqual(['Văn phòng', 'các Chi cục']);
  expect(readUnitsLine(unitsByPlace(LINE, 2)!).lead).toEqual(['Phòng Tổ chức cán bộ', 'các Chi cục']);
  // (Chỉ một vế nêu thứ tự: không chia theo thứ tự.)
  expect(unitsByPlace('Văn phòng (nội dung gạch đầu dòng thứ nhất); các Chi cục thực hiện.', 1)).toBeNull();
});

test('trong kế hoạch: hai gạch đầu dòng công khai, mỗi gạch đầu dòng do đơn vị nêu cho nó thực hiện', () => {
  const lines = [
    '**CỤC THUẾ TỈNH**',
    'Số: 07/KH-CT',
    '**KẾ HOẠCH**',
    '**Phòng, chống tham nhũng, tiêu cực năm 2027**',
    'Thực hiện Kế hoạch số 12/KH-UBND ngày 05/01/2027 của Ủy ban nhân dân tỉnh, Cục Thuế tỉnh ban hành Kế hoạch như sau:',
    '**II. NHIỆM VỤ, GIẢI PHÁP**',
    '**1. Thực hiện các giải pháp phòng ngừa**',
    'a) Công khai, minh bạch trong tổ chức và hoạt động',
    '- Công khai dự toán, quyết toán ngân sách được giao; công khai việc mua sắm, quản lý, sử dụng tài sản công theo quy định.',
    '- Công khai kế hoạch, kết quả tuyển dụng, bổ nhiệm, bổ nhiệm lại công chức lãnh đạo, quản lý theo quy định.',
    `Đơn vị thực hiện: ${LINE}`,
    'Thời gian thực hiện: Thường xuyên.',
    '**III. TỔ CHỨC THỰC HIỆN**',
    'Các đơn vị báo cáo kết quả thực hiện gửi về Văn phòng trước ngày 05/12/2027.',
  ];
  const paragraph = (line: string) => ({ ...PLAIN_PARAGRAPH, text: line.replace(/\*\*/g, ''), bold: /^\*\*.*\*\*$/.test(line) });
  const { plan } = importPlan(toDocumentModel(lines.map(paragraph), { host: 'docx' }));
  const name = (id: string) => plan.units.find((u) => u.id === id)?.name ?? plan.groups.find((g) => g.id === id)?.name ?? id;
  expect(plan.items.find((i) => i.id === 'II.1.a.1')!.lead.map(name)).toEqual(['Văn phòng', 'các Chi cục']);
  expect(plan.items.find((i) => i.id === 'II.1.a.2')!.lead.map(name)).toEqual(['Phòng Tổ chức cán bộ', 'các Chi cục']);
});
