/** The outline builder on hand-made paragraphs, as any host would hand them over. */
import { formatOutline, PLAIN_PARAGRAPH, readLabel, textHash, toDocumentModel, type RawParagraph } from '../../src/document';

function raw(text: string, extra: Partial<RawParagraph> = {}): RawParagraph {
  return { ...PLAIN_PARAGRAPH, text, alignment: 'justify', ...extra };
}

const bold = { bold: true, alignment: 'left' as const };

describe('labels', () => {
  test.each([
    ['I. KẾT QUẢ THỰC HIỆN', 'I.', 'KẾT QUẢ THỰC HIỆN', 1],
    ['XIV. KIẾN NGHỊ', 'XIV.', 'KIẾN NGHỊ', 1],
    ['2. Công tác tuyên truyền', '2.', 'Công tác tuyên truyền', 2],
    ['2.1. Ban hành văn bản', '2.1.', 'Ban hành văn bản', 3],
    ['a) Công khai, minh bạch', 'a)', 'Công khai, minh bạch', 3],
    ['đ) Chuyển đổi vị trí công tác', 'đ)', 'Chuyển đổi vị trí công tác', 3],
    ['- Ban hành 03 văn bản chỉ đạo', '-', 'Ban hành 03 văn bản chỉ đạo', 4],
    ['– Ban hành Kế hoạch số 41/KH-SNV', '–', 'Ban hành Kế hoạch số 41/KH-SNV', 4],
    ['+ Kế hoạch số 18/KH-SNV', '+', 'Kế hoạch số 18/KH-SNV', 5],
    ['• Công văn số 512/UBND-NC', '•', 'Công văn số 512/UBND-NC', 4],
    ['-Tổ chức hội nghị quán triệt', '-', 'Tổ chức hội nghị quán triệt', 4],
    ['1.Công tác lãnh đạo', '1.', 'Công tác lãnh đạo', 2],
    ['\tII.\tĐÁNH GIÁ', 'II.', 'ĐÁNH GIÁ', 1],
  ])('%j → label %j', (text, label, body, level) => {
    expect(readLabel(text, null)).toEqual({ label, body, level });
  });

  test.each([
    'Ngày 15/02/2023, Sở đã ban hành Công văn số 512/UBND-NC.',
    '1.618 công chức, viên chức được chuyển đổi vị trí công tác.',
    '03 văn bản chỉ đạo được ban hành trong quý.',
    'Ví dụ: thực hiện tốt.',
    'Ủy ban nhân dân tỉnh',
  ])('no label in %j', (text) => {
    expect(readLabel(text, null).label).toBeNull();
    expect(readLabel(text, null).body).toBe(text);
  });

  test('a label from Word numbering is taken off the front of the text', () => {
    expect(readLabel('b)\tCông khai, minh bạch', 'b)')).toEqual({ label: 'b)', body: 'Công khai, minh bạch', level: 3 });
    expect(readLabel('III. NHIỆM VỤ QUÝ II', 'III.')).toEqual({ label: 'III.', body: 'NHIỆM VỤ QUÝ II', level: 1 });
  });
});

describe('toDocumentModel', () => {
  const paragraphs: RawParagraph[] = [
    raw('BÁO CÁO', { bold: true, allCaps: false, alignment: 'center' }),
    raw('Kết quả công tác phòng, chống tham nhũng quý I năm 2023', { bold: true, alignment: 'center' }),
    raw('Thực hiện Kế hoạch số 18/KH-SNV ngày 31/01/2023 của Sở Nội vụ, Thanh tra Sở báo cáo như sau:'),
    raw('I. KẾT QUẢ THỰC HIỆN CÁC BIỆN PHÁP PHÒNG NGỪA THAM NHŨNG', bold),
    raw('1. Công tác lãnh đạo, chỉ đạo', bold),
    raw('- Ban hành 03 văn bản chỉ đạo về công tác PCTN.'),
    raw('+ Kế hoạch số 18/KH-SNV ngày 31/01/2023;'),
    raw('2. Công khai, minh bạch trong hoạt động của cơ quan', bold),
    raw('d) Công khai dự toán ngân sách', { bold: true }),
    raw('đ) Chuyển đổi vị trí công tác', { bold: true }),
    raw('1. Trong quý, Sở đã ban hành Kế hoạch số 41/KH-SNV ngày 20/02/2023 về chuyển đổi vị trí công tác đối với 05 công chức, viên chức theo đúng quy định của Nghị định số 59/2019/NĐ-CP.'),
    raw('KẾT QUẢ PHÁT HIỆN, XỬ LÝ THAM NHŨNG', { bold: true, alignment: 'justify' }),
    raw('Trong kỳ không phát hiện vụ việc tham nhũng.'),
    raw('II. ĐÁNH GIÁ', { builtInHeading: 1, outlineLevel: 1, styleId: 'Heading1', styleName: 'heading 1' }),
    raw('Ưu điểm', { outlineLevel: 2, styleId: 'TieuDeMuc', styleName: 'Tiêu đề mục' }),
    raw('1. Ưu điểm', { table: { table: 0, row: 1, cell: 1, depth: 1 }, bold: true }),
  ];
  const model = toDocumentModel(paragraphs, { host: 'playground', name: 'thu-nghiem' });
  const at = (index: number) => model.paragraphs[index]!;

  test('levels and heading sources', () => {
    expect([at(3).level, at(3).headingSource]).toEqual([1, 'typedLabel']);
    expect([at(4).level, at(4).headingSource]).toEqual([2, 'typedLabel']);
    expect([at(5).level, at(5).headingSource, at(5).label]).toEqual([4, null, '-']);
    expect([at(6).level, at(6).headingSource, at(6).label]).toEqual([5, null, '+']);
    expect([at(8).level, at(8).headingSource]).toEqual([3, 'typedLabel']);
    expect([at(9).label, at(9).level, at(9).headingSource]).toEqual(['đ)', 3, 'typedLabel']);
    expect([at(11).level, at(11).headingSource, at(11).label]).toEqual([1, 'boldCaps', null]);
    expect([at(13).level, at(13).headingSource]).toEqual([1, 'style']);
    expect([at(14).level, at(14).headingSource]).toEqual([2, 'outlineLevel']);
  });

  test('a long sentence that merely starts with "1." is content, not a heading', () => {
    expect(at(10).label).toBe('1.');
    expect(at(10).level).toBe(2);
    expect(at(10).headingSource).toBeNull();
  });

  test('the centred title block is not a heading', () => {
    expect(at(0).headingSource).toBeNull();
    expect(at(1).headingSource).toBeNull();
    expect(at(2).headingSource).toBeNull();
  });

  test('a paragraph in a table keeps its label but is not a heading of the body outline', () => {
    expect(at(15).label).toBe('1.');
    expect(at(15).headingSource).toBeNull();
  });

  test('the outline tree', () => {
    expect(formatOutline(model)).toEqual([
      '1 I. KẾT QUẢ THỰC HIỆN CÁC BIỆN PHÁP PHÒNG NGỪA THAM NHŨNG',
      '2   1. Công tác lãnh đạo, chỉ đạo',
      '2   2. Công khai, minh bạch trong hoạt động của cơ quan',
      '3     d) Công khai dự toán ngân sách',
      '3     đ) Chuyển đổi vị trí công tác',
      '1 KẾT QUẢ PHÁT HIỆN, XỬ LÝ THAM NHŨNG',
      '1 II. ĐÁNH GIÁ',
      '2   Ưu điểm',
    ]);
    const first = model.outline[0]!;
    expect(first.paragraph).toBe(3);
    expect(first.children.map((node) => node.paragraph)).toEqual([4, 7]);
    expect(first.children[1]!.children.map((node) => node.label)).toEqual(['d)', 'đ)']);
  });

  test('locators carry the index and an FNV-1a hash of the text', () => {
    expect(at(4).locator).toEqual({ index: 4, textHash: textHash('1. Công tác lãnh đạo, chỉ đạo') });
    // FNV-1a 32-bit reference values.
    expect(textHash('')).toBe('811c9dc5');
    expect(textHash('a')).toBe('e40c292c');
    expect(textHash('Tham nhũng')).not.toBe(textHash('Tham nhũng.'));
  });

  test('source, notes and warnings pass through', () => {
    const withExtras = toDocumentModel([raw('I. KẾT QUẢ', bold)], { host: 'docx' }, {
      notes: [{ kind: 'footnote', id: '1', text: 'Theo Kế hoạch số 18/KH-SNV.' }],
      warnings: [{ code: 'X', vi: 'Cảnh báo', en: 'Warning' }],
    });
    expect(withExtras.notes).toHaveLength(1);
    expect(withExtras.warnings[0]!.code).toBe('X');
    expect(model.source).toEqual({ host: 'playground', name: 'thu-nghiem' });
  });

  test('a run-in label with its content is content; a heading ending in a colon loses the colon', () => {
    const runIn = toDocumentModel(
      [
        raw('a) Về công tác tuyên truyền: Trong kỳ, đơn vị đã tổ chức 02 buổi sinh hoạt chuyên đề cho toàn thể công chức, viên chức và người lao động.'),
        raw('b) Kết quả thực hiện:', { bold: true }),
        raw('I. KẾT QUẢ THỰC HIỆN\t3', { styleName: 'toc 1', styleId: 'TOC1' }),
      ],
      { host: 'docx' },
    );
    expect(runIn.paragraphs[0]!).toMatchObject({ label: 'a)', level: 3, headingSource: null });
    expect(runIn.outline.map((node) => [node.label, node.title])).toEqual([['b)', 'Kết quả thực hiện']]);
  });
});
