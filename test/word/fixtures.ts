/** Fake Word documents with real report phrasing, shared by the Word adapter tests. */
import type { FakeParagraphSpec } from '../support/fake-word';

export const REPORT: FakeParagraphSpec[] = [
  { text: 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI', bold: true, alignment: 'Centered' },
  { text: 'SỞ NỘI VỤ', bold: true, alignment: 'Centered' },
  { text: 'BÁO CÁO', bold: true, alignment: 'Centered' },
  { text: 'Kết quả công tác phòng, chống tham nhũng quý I năm 2023', bold: true, alignment: 'Centered' },
  { text: 'KẾT QUẢ CÔNG TÁC PHÒNG, CHỐNG THAM NHŨNG', styleBuiltIn: 'Heading1', list: { listString: 'I.', level: 0 }, bold: true },
  { text: 'Công tác lãnh đạo, chỉ đạo, điều hành', styleBuiltIn: 'Heading2', list: { listString: '1.', level: 1 }, bold: true },
  { text: 'Việc quán triệt, tuyên truyền, phổ biến chủ trương, chính sách', list: { listString: 'a)', level: 2 }, italic: true },
  {
    text: 'Sở đã ban hành Kế hoạch số 45/KH-SNV ngày 10/02/2023 về công tác PCTN.\tTrong quý, đã tổ chức 02 hội nghị quán triệt.',
    alignment: 'Justified',
    bold: null,
  },
  { text: 'Tên văn bản', cell: { rowIndex: 0, cellIndex: 0 }, bold: true },
  { text: 'Số lượng', cell: { rowIndex: 0, cellIndex: 1 }, bold: true },
  { text: 'Kế hoạch', cell: { rowIndex: 1, cellIndex: 0 } },
  { text: '02', cell: { rowIndex: 1, cellIndex: 1 } },
  { text: 'Số liệu tính từ ngày 15/12/2022 đến ngày 14/3/2023.\u000bNguồn: Thanh tra Sở.' },
  { text: 'KIẾN NGHỊ, ĐỀ XUẤT', bold: true },
  { text: ['Đề nghị Thanh tra tỉnh ', { deleted: 'sớm ' }, 'hướng dẫn', { inserted: ' cụ thể' }, ' việc kê khai tài sản, thu nhập.'] },
  { text: 'Không có.', list: { listString: '-', level: 3 } },
  { text: 'Nơi nhận:', bold: true, italic: true },
];

/** A long report: the same kinds of paragraphs repeated (headings, numbering, tables, body text), `count` in all. */
export function longReport(count: number): FakeParagraphSpec[] {
  const cycle: FakeParagraphSpec[] = [
    { text: 'KẾT QUẢ THỰC HIỆN NHIỆM VỤ', styleBuiltIn: 'Heading1', list: { listString: 'II.', level: 0 } },
    { text: 'Công tác tuyên truyền, phổ biến pháp luật về PCTN', list: { listString: '2.', level: 1 } },
    { text: 'Công khai, minh bạch trong hoạt động của cơ quan', list: { listString: 'b)', level: 2 } },
    { text: 'Đã niêm yết công khai 12 thủ tục hành chính tại Bộ phận một cửa.' },
    { text: 'Nội dung', cell: { rowIndex: 0, cellIndex: 0 } },
    { text: 'Kết quả', cell: { rowIndex: 0, cellIndex: 1 } },
    { text: 'Hoàn thành đúng tiến độ.' },
  ];
  return Array.from({ length: count }, (_, index) => {
    const spec = cycle[index % cycle.length] as FakeParagraphSpec;
    return { ...spec, text: `${spec.text as string} (${index})` };
  });
}
