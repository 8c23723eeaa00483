/**
 * Nhóm đơn vị kế hoạch viết tắt một phần: "các Đội, Hải quan cửa khẩu (HQCK) thuộc Chi cục" rồi trong bảng "Các Đội,
 * HQCK" là cùng một nhóm, không phải "Các Đội" và một đơn vị "HQCK".
 */
import { PLAIN_PARAGRAPH, toDocumentModel } from '../../src/document';
import { importPlan } from '../../src/plan/import/assemble';
import { rejoinAbbreviatedTails } from '../../src/plan/import/abbreviated-tail';

test('"Các Đội, HQCK" viết đủ là "các Đội, Hải quan cửa khẩu" (một nhóm) thì ghép lại; "Phòng Tổng hợp, TTKĐ" viết đủ vẫn là hai đơn vị thì giữ nguyên', () => {
  const paragraphs = [
    'Đề cao trách nhiệm của người đứng đầu các Đội, Hải quan cửa khẩu (HQCK) thuộc Chi cục.',
    'Phòng Tổng hợp, Trung tâm kiểm định (TTKĐ) theo dõi việc thực hiện.',
  ];
  expect(rejoinAbbreviatedTails(['Các Đội', 'HQCK'], paragraphs)).toEqual(['Các Đội, Hải quan cửa khẩu']);
  expect(rejoinAbbreviatedTails(['Phòng Tổng hợp', 'TTKĐ'], paragraphs)).toEqual(['Phòng Tổng hợp', 'TTKĐ']);
});

test('bảng nhiệm vụ của Chi cục Hải quan: "Các Đội, HQCK" và "Các Đội, Hải quan cửa khẩu" là một nhóm', () => {
  const lines = [
    'CỤC HẢI QUAN',
    'CHI CỤC HẢI QUAN KHU VỰC VII',
    'Số: 09/KH-HQKVVII',
    'KẾ HOẠCH',
    'Công tác phòng, chống tham nhũng, tiêu cực năm 2027',
    'Chi cục Hải quan khu vực VII (sau đây gọi là Chi cục) ban hành Kế hoạch công tác phòng, chống tham nhũng, tiêu cực năm 2027 như sau:',
    'I. MỤC ĐÍCH, YÊU CẦU',
    '- Đề cao trách nhiệm của người đứng đầu các Đội, Hải quan cửa khẩu (HQCK) thuộc Chi cục trong công tác PCTN, TC.',
    'II. NHIỆM VỤ CỤ THỂ',
  ];
  const rows = [
    ['STT', 'Nội dung', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian'],
    ['I', 'CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO', '', '', ''],
    ['1', 'Quán triệt các văn bản chỉ đạo của Cục Hải quan về PCTN, TC đến toàn thể công chức, người lao động.', 'Đội Tổng hợp', 'Các Đội, Hải quan cửa khẩu', 'Quý I/2027'],
    ['2', 'Thủ trưởng các Đội, HQCK phân công cụ thể công chức thực hiện các nhiệm vụ được giao tại Kế hoạch này.', 'Các Đội, HQCK', 'Đội Tổng hợp', 'Quý I/2027'],
    ['3', 'Tuyên truyền, phổ biến pháp luật về PCTN, TC; lồng ghép trong sinh hoạt chi bộ, công đoàn.', 'Đội Tổng hợp', 'Công đoàn cơ sở Chi cục; các Đội, HQCK', 'Thường xuyên'],
  ];
  const paragraph = (text: string) => ({ ...PLAIN_PARAGRAPH, text, bold: text === text.toUpperCase() || /^[IVX]+\.\s/u.test(text) });
  const cells = rows.flatMap((row, r) => row.map((text, c) => ({ ...PLAIN_PARAGRAPH, text, table: { table: 0, row: r, cell: c, depth: 1 } })));
  const { plan } = importPlan(toDocumentModel([...lines.map(paragraph), ...cells], { host: 'docx' }));
  const name = (id: string) => [...plan.units, ...plan.groups].find((u) => u.id === id)!.name;
  const roles = (id: string) => {
    const item = plan.items.find((i) => i.id === id)!;
    return [item.lead.map(name), item.support.map(name)];
  };
  expect(roles('I.1')).toEqual([['Đội Tổng hợp'], ['Các Đội, Hải quan cửa khẩu']]);
  expect(roles('I.2')).toEqual([['Các Đội, Hải quan cửa khẩu'], ['Đội Tổng hợp']]);
  expect(roles('I.3')).toEqual([['Đội Tổng hợp'], ['Công đoàn cơ sở Chi cục', 'Các Đội, Hải quan cửa khẩu']]);
  expect(plan.units.map((u) => u.name)).not.toContain('HQCK');
});
