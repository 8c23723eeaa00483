/** Dòng "Đơn vị thực hiện" dưới hai gạch đầu dòng, trong đó một đơn vị kèm việc "theo dõi, kiểm tra": gạch đầu dòng mở
 * bằng chính việc ấy là của đơn vị đó, gạch còn lại là của các đơn vị kia. */
import { PLAIN_PARAGRAPH, toDocumentModel } from '../../src/document';
import { importPlan } from '../../src/plan/import/assemble';

function imported(unitsLine: string) {
  const lines = [
    'VĂN PHÒNG ĐOÀN ĐBQH VÀ HĐND TỈNH',
    'Số: 04/KH-VP',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2027',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '1. Thực hiện quy tắc ứng xử, kỷ luật, kỷ cương hành chính:',
    '+ Công chức, người lao động thực hiện nghiêm Quy tắc ứng xử của cơ quan; thực hiện đúng quy định về tặng quà, nhận quà; không để xảy ra nhũng nhiễu, gây phiền hà.',
    '+ Theo dõi, nhắc nhở, kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính, thời giờ làm việc của công chức, người lao động; tham mưu Chánh Văn phòng xử lý các trường hợp vi phạm.',
    unitsLine,
    '- Thời gian: Thường xuyên.',
    '2. Tổ chức kê khai, công khai bản kê khai tài sản, thu nhập hằng năm theo quy định.',
    '- Đơn vị thực hiện: Phòng Hành chính - Tổ chức - Quản trị.',
    '- Thời gian: Quý IV/2027.',
  ];
  const raws = lines.map((text) => ({ ...PLAIN_PARAGRAPH, text, bold: text === text.toUpperCase() }));
  const { plan } = importPlan(toDocumentModel(raws, { host: 'docx' }));
  const name = (id: string) => plan.units.find((u) => u.id === id)?.name ?? plan.groups.find((g) => g.id === id)!.name;
  return plan.items.map((i) => [i.lead.map(name), i.support.map(name)]);
}

test('"Các phòng thuộc Văn phòng; Phòng X theo dõi, kiểm tra": gạch "Theo dõi, nhắc nhở, kiểm tra …" do Phòng X chủ trì', () => {
  expect(imported('- Đơn vị thực hiện: Các phòng thuộc Văn phòng; Phòng Hành chính - Tổ chức - Quản trị theo dõi, kiểm tra.').slice(0, 2)).toEqual([
    [['Các phòng thuộc Văn phòng'], []],
    [['Phòng Hành chính - Tổ chức - Quản trị'], []],
  ]);
});

test('không gạch nào mở bằng việc của đơn vị ấy: cả hai gạch chung một dòng', () => {
  const [first, second] = imported('- Đơn vị thực hiện: Các phòng thuộc Văn phòng; Phòng Hành chính - Tổ chức - Quản trị hướng dẫn, đôn đốc.');
  expect(first).toEqual(second);
});
