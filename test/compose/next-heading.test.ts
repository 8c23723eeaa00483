import { PLAIN_PARAGRAPH as plain, toDocumentModel } from '../../src/document/build';
import type { RawParagraph } from '../../src/document/model';
import { nextHeading, nextLabel, labelFor, toRoman, fromRoman } from '../../src/compose';
const bold = (text: string): RawParagraph => ({ ...plain, text, bold: true });
const body = (text: string): RawParagraph => ({ ...plain, text });
/** A heading numbered by Word's list numbering: the label is in the text, and also in listLabel. */
const auto = (label: string, title: string, level: number): RawParagraph => ({ ...plain, text: `${label} ${title}`, listLabel: label, listLevel: level - 1, bold: true });

const report = toDocumentModel(
  [
    bold('BÁO CÁO'),
    bold('I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO'),
    bold('1. Tuyên truyền, phổ biến pháp luật về phòng, chống tham nhũng'),
    body('Trong quý I, Sở đã tổ chức 02 hội nghị quán triệt.'),
    bold('II. KẾT QUẢ THỰC HIỆN CÁC BIỆN PHÁP PHÒNG NGỪA THAM NHŨNG'),
    bold('1. Công khai, minh bạch'),
    bold('2. Chế độ, định mức, tiêu chuẩn'),
    bold('3. Quy tắc ứng xử'),
    bold('a) Văn hóa công vụ'),
    bold('b) Kỷ luật, kỷ cương hành chính'),
    bold('c) Chỉ thị số 10/CT-TTg'),
    bold('d) Kiểm soát xung đột lợi ích'),
    body('Không phát hiện trường hợp xung đột lợi ích.'),
  ],
  { host: 'playground' },
);

describe('nextHeading: đánh số tiếp theo của tài liệu', () => {
  test('sau "II." là "III." (cấp 1, con trỏ ở cuối tài liệu)', () => {
    expect(nextHeading(report, null, 1, 'KẾT QUẢ PHÁT HIỆN, XỬ LÝ THAM NHŨNG')).toEqual({ kind: 'heading', level: 1, label: 'III.', text: 'KẾT QUẢ PHÁT HIỆN, XỬ LÝ THAM NHŨNG' });
  });

  test('sau "3." là "4."; ở mục I (con trỏ tại đoạn 3) sau "1." là "2."', () => {
    expect(nextHeading(report, null, 2, 'Chuyển đổi vị trí công tác').label).toBe('4.');
    expect(nextHeading(report, 3, 2, 'Ban hành văn bản chỉ đạo').label).toBe('2.');
  });

  test('sau "d)" là "đ)"; điểm đầu tiên dưới một mục chưa có điểm là "a)"', () => {
    expect(nextHeading(report, null, 3, 'Chuyển đổi vị trí công tác').label).toBe('đ)');
    expect(nextHeading(report, 3, 3, 'Hình thức tuyên truyền').label).toBe('a)');
  });

  test('tài liệu đánh số tự động của Word: không gõ số, để Word đánh', () => {
    const numbered = toDocumentModel([auto('I.', 'KẾT QUẢ THỰC HIỆN', 1), auto('1.', 'Công tác lãnh đạo, chỉ đạo', 2), body('Nội dung.')], { host: 'docx' });
    expect(nextHeading(numbered, null, 2, 'Công tác tuyên truyền').label).toBeNull();
    expect(nextHeading(numbered, null, 1, 'ĐÁNH GIÁ').label).toBeNull();
  });

  test('tài liệu chưa có đề mục: bắt đầu bằng "I.", "1.", "a)"; cấp ngoài 1–3 được kẹp lại', () => {
    const empty = toDocumentModel([body('Kính gửi: Thanh tra Sở.')], { host: 'playground' });
    expect([1, 2, 3].map((level) => nextHeading(empty, null, level, 'X').label)).toEqual(['I.', '1.', 'a)']);
    expect(nextHeading(empty, null, 7, 'X').level).toBe(3);
  });

  test('mang theo mã nhiệm vụ khi chèn đề mục của kế hoạch', () => {
    expect(nextHeading(report, null, 3, 'Kiểm soát xung đột lợi ích', 'II.3.d.1').itemId).toBe('II.3.d.1');
  });
});

describe('nhãn đánh số', () => {
  test('chữ cái tiếng Việt: d → đ → e → g → h … x → y, không có f, j, w, z; sau "y)" không còn', () => {
    expect(nextLabel('d)')).toBe('đ)');
    expect(nextLabel('đ)')).toBe('e)');
    expect(nextLabel('e)')).toBe('g)');
    expect(nextLabel('i)')).toBe('k)');
    expect(nextLabel('v)')).toBe('x)');
    expect(nextLabel('y)')).toBeNull();
    expect(labelFor(3, 7)).toBe('g)');
    expect(labelFor(3, 8)).toBe('h)');
  });

  test('số La Mã tới XX và xa hơn', () => {
    const romans = Array.from({ length: 20 }, (_, i) => toRoman(i + 1));
    expect(romans).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX']);
    for (let n = 1; n < 20; n += 1) expect(nextLabel(`${toRoman(n)}.`)).toBe(`${toRoman(n + 1)}.`);
    expect(nextLabel('XX.')).toBe('XXI.');
    expect(fromRoman('IIII')).toBeNull();
    expect(nextLabel('IIV.')).toBeNull();
  });

  test('số Ả Rập, kể cả dạng nhiều cấp "2.1."', () => {
    expect(nextLabel('9.')).toBe('10.');
    expect(nextLabel('2.1.')).toBe('2.2.');
    expect(nextLabel('-')).toBeNull();
  });
});
