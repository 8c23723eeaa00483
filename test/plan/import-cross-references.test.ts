/** Phần tổ chức thực hiện giao các nhiệm vụ đánh số của phần II bằng cách dẫn chiếu "điểm …" cho từng đơn vị. */
import { PLAIN_PARAGRAPH, toDocumentModel } from '../../src/document';
import { readPlanOutline } from '../../src/plan/import/outline';

/** A plan typed in plain type: bold only where the line is in capitals. */
function plainTypedPlan(lines: string[]) {
  const paragraphs = lines.map((text) => ({ ...PLAIN_PARAGRAPH, text, bold: text === text.toUpperCase() }));
  return readPlanOutline(toDocumentModel(paragraphs, { host: 'docx' }));
}

const TASKS = [
  'BẢO HIỂM XÃ HỘI TỈNH',
  'KẾ HOẠCH',
  'Công tác phòng, chống tham nhũng, tiêu cực năm 2027',
  'II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM',
  '1. Tổ chức quán triệt Kế hoạch này đến toàn thể công chức, viên chức và người lao động. Nhiệm vụ này thực hiện thường xuyên.',
  '2. Thực hiện kiểm soát xung đột lợi ích theo quy định tại Nghị định số 59/2019/NĐ-CP của Chính phủ.',
  '3. Xây dựng, ban hành Kế hoạch chuyển đổi vị trí công tác năm 2027, hoàn thành trong quý I/2027.',
  '4. Tổ chức kê khai, công khai bản kê khai tài sản, thu nhập hằng năm theo Nghị định số 130/2020/NĐ-CP.',
  '5. Thực hiện thanh toán không dùng tiền mặt trong chi trả tiền lương, phụ cấp, các khoản thu nhập của công chức, viên chức và người lao động.',
  'III. TỔ CHỨC THỰC HIỆN',
];

test('"chủ trì thực hiện các nhiệm vụ từ điểm 2 đến điểm 4 mục II": mọi điểm từ điểm đầu đến điểm cuối, kể cả hai đầu', () => {
  const outline = plainTypedPlan([
    ...TASKS,
    '1. Văn phòng: chủ trì thực hiện nhiệm vụ tại điểm 1 và điểm 5 mục II.',
    '2. Phòng Tổ chức cán bộ: chủ trì thực hiện các nhiệm vụ từ điểm 2 đến điểm 4 mục II.',
  ]);
  expect(outline.items.map((item) => [item.id, item.lead])).toEqual([
    ['II.1', ['Văn phòng']],
    ['II.2', ['Phòng Tổ chức cán bộ']],
    ['II.3', ['Phòng Tổ chức cán bộ']],
    ['II.4', ['Phòng Tổ chức cán bộ']],
    ['II.5', ['Văn phòng']],
  ]);
});

test('"Văn phòng, các phòng và Bảo hiểm xã hội cơ sở căn cứ chức năng, nhiệm vụ thực hiện nhiệm vụ tại điểm 5 mục II": các đơn vị đứng trước "căn cứ chức năng, nhiệm vụ" cùng chủ trì', () => {
  const outline = plainTypedPlan([
    ...TASKS,
    '1. Phòng Tổ chức cán bộ: chủ trì thực hiện các nhiệm vụ tại điểm 1, 2–4 mục II.',
    '2. Văn phòng, các phòng và Bảo hiểm xã hội cơ sở căn cứ chức năng, nhiệm vụ thực hiện nhiệm vụ tại điểm 5 mục II. Chánh Văn phòng, Trưởng các phòng chịu trách nhiệm trước Giám đốc về kết quả thực hiện.',
  ]);
  expect(outline.items.find((item) => item.id === 'II.5')?.lead).toEqual(['Văn phòng', 'các phòng', 'Bảo hiểm xã hội cơ sở']);
  expect(outline.items.find((item) => item.id === 'II.3')?.lead).toEqual(['Phòng Tổ chức cán bộ']);
});
