/** The ten labelled draft reports: the outline readDocx builds matches each report's real structure. */
import { readDocx, formatOutline } from '../../src/docx';
import type { DocumentModel, OutlineNode } from '../../src/document';
import { corpusBytes, corpusLabels, partText } from './helpers';

function read(id: string): DocumentModel {
  return readDocx(corpusBytes(id), { name: `${id}.docx` });
}

/** "I. TITLE" for level 1 and "  1. Title" for level 2, titles in NFC so expectations can be typed. */
function topTwoLevels(model: DocumentModel): string[] {
  const lines: string[] = [];
  const walk = (nodes: OutlineNode[]) => {
    for (const node of nodes) {
      if (node.level > 2) continue;
      lines.push(`${node.level === 2 ? '  ' : ''}${node.label ?? ''} ${node.title.normalize('NFC')}`);
      walk(node.children);
    }
  };
  walk(model.outline);
  return lines;
}

const EXPECTED: Record<string, string[]> = {
  'w1-01': [
    'I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO VIỆC THỰC HIỆN CÁC QUY ĐỊNH CỦA PHÁP LUẬT VỀ PCTN',
    '  1. Việc quán triệt, tuyên truyền, phổ biến pháp luật về PCTN',
    '  2. Việc ban hành văn bản chỉ đạo, hướng dẫn, kế hoạch PCTN',
    'II. KẾT QUẢ THỰC HIỆN CÁC BIỆN PHÁP PHÒNG NGỪA THAM NHŨNG',
    '  1. Công khai, minh bạch về tổ chức và hoạt động của cơ quan, đơn vị',
    '  2. Xây dựng và thực hiện chế độ, định mức, tiêu chuẩn',
    '  3. Thực hiện quy tắc ứng xử, kiểm soát xung đột lợi ích',
    '  4. Chuyển đổi vị trí công tác của người có chức vụ, quyền hạn',
    '  5. Cải cách hành chính, ứng dụng khoa học công nghệ, thanh toán không dùng tiền mặt',
    '  6. Trách nhiệm của người đứng đầu',
    'III. KẾT QUẢ PHÁT HIỆN, XỬ LÝ THAM NHŨNG',
    'IV. ĐÁNH GIÁ TÌNH HÌNH THAM NHŨNG VÀ CÔNG TÁC PCTN',
    '  1. Ưu điểm',
    '  2. Hạn chế và nguyên nhân',
    'V. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ II NĂM 2023',
    'VI. KIẾN NGHỊ, ĐỀ XUẤT',
  ],
  'w1-04': [
    'I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO VÀ TUYÊN TRUYỀN',
    'II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ ĐƯỢC GIAO TẠI KẾ HOẠCH SỐ 18/KH-SNV',
    'III. KẾT QUẢ PHÁT HIỆN, XỬ LÝ THAM NHŨNG',
    'IV. ĐÁNH GIÁ',
    '  1. Ưu điểm',
    '  2. Hạn chế',
    '  3. Nguyên nhân',
    'V. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024',
    'VI. KIẾN NGHỊ',
  ],
  'w1-07': [
    'I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO VÀ TUYÊN TRUYỀN',
    'II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ ĐƯỢC GIAO',
    'III. ĐÁNH GIÁ',
    '  1. Ưu điểm',
    '  2. Hạn chế',
    '  3. Nguyên nhân',
    'IV. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2023',
    'V. ĐỀ XUẤT',
  ],
  'w1-10': ['I. KẾT QUẢ THỰC HIỆN', 'II. ĐÁNH GIÁ CHUNG', 'III. NHIỆM VỤ QUÝ IV NĂM 2023'],
  'w2-02': [
    'I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO VIỆC THỰC HIỆN CÁC QUY ĐỊNH CỦA PHÁP LUẬT VỀ PCTN',
    '  1. Ban hành văn bản lãnh đạo, chỉ đạo',
    '  2. Công tác tuyên truyền, phổ biến, giáo dục pháp luật về PCTN',
    'II. KẾT QUẢ THỰC HIỆN CÁC BIỆN PHÁP PHÒNG NGỪA THAM NHŨNG',
    'III. KẾT QUẢ PHÁT HIỆN, XỬ LÝ THAM NHŨNG',
    'IV. ĐÁNH GIÁ',
    '  1. Kết quả đạt được',
    '  2. Tồn tại, hạn chế và nguyên nhân',
    'V. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024',
    'VI. KIẾN NGHỊ, ĐỀ XUẤT',
  ],
  'w2-05': ['I. KẾT QUẢ THỰC HIỆN', 'II. PHÁT HIỆN, XỬ LÝ THAM NHŨNG', 'III. ĐÁNH GIÁ', 'IV. NHIỆM VỤ QUÝ II NĂM 2023', 'V. KIẾN NGHỊ'],
  'w2-08': ['I. KẾT QUẢ THỰC HIỆN', 'II. ĐÁNH GIÁ', '  1. Ưu điểm', '  2. Hạn chế', '  3. Nguyên nhân', 'III. NHIỆM VỤ QUÝ II NĂM 2023'],
  'w3-01': [
    'I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO VIỆC THỰC HIỆN CÁC QUY ĐỊNH CỦA PHÁP LUẬT VỀ PCTN',
    '  1. Việc quán triệt, tuyên truyền, phổ biến pháp luật về PCTN',
    '  2. Việc ban hành văn bản chỉ đạo, hướng dẫn, kế hoạch PCTN',
    'II. KẾT QUẢ THỰC HIỆN CÁC BIỆN PHÁP PHÒNG NGỪA THAM NHŨNG',
    '  1. Công khai, minh bạch về tổ chức và hoạt động của cơ quan',
    '  2. Xây dựng và thực hiện định mức, tiêu chuẩn, chế độ',
    '  3. Thực hiện quy tắc ứng xử, kiểm soát xung đột lợi ích',
    '  4. Chuyển đổi vị trí công tác',
    '  5. Cải cách hành chính, ứng dụng khoa học, công nghệ trong quản lý và thanh toán không dùng tiền mặt',
    '  6. Trách nhiệm của người đứng đầu',
    'III. KẾT QUẢ PHÁT HIỆN, XỬ LÝ THAM NHŨNG',
    'IV. ĐÁNH GIÁ CHUNG',
    '  1. Ưu điểm',
    '  2. Hạn chế, nguyên nhân',
    'V. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ II NĂM 2023',
    'VI. KIẾN NGHỊ, ĐỀ XUẤT',
  ],
  'w3-04': [
    'I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO VÀ TUYÊN TRUYỀN',
    'II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ ĐƯỢC GIAO',
    '  1. Các nhiệm vụ do Phòng chủ trì',
    '  2. Các nhiệm vụ chung',
    'III. ĐÁNH GIÁ',
    'IV. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM',
    'V. KIẾN NGHỊ',
  ],
  'w3-09': [
    'I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO',
    'II. KẾT QUẢ THỰC HIỆN CÁC BIỆN PHÁP PHÒNG NGỪA THAM NHŨNG',
    '  1. Công khai, minh bạch',
    '  2. Xây dựng và thực hiện chế độ, định mức, tiêu chuẩn',
    '  3. Thực hiện quy tắc ứng xử, kiểm soát xung đột lợi ích',
    '  4. Chuyển đổi vị trí công tác',
    '  5. Cải cách hành chính, ứng dụng công nghệ thông tin, thanh toán không dùng tiền mặt',
    '  6. Kiểm soát tài sản, thu nhập',
    '  7. Trách nhiệm của người đứng đầu',
    'III. KẾT QUẢ PHÁT HIỆN, XỬ LÝ THAM NHŨNG',
    'IV. ĐÁNH GIÁ',
    'V. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM',
    'VI. KIẾN NGHỊ',
  ],
};

describe('every corpus report: level-1 and level-2 headings in order, with their labels', () => {
  test.each(Object.keys(EXPECTED))('%s', (id) => {
    const model = read(id);
    expect(topTwoLevels(model)).toEqual(EXPECTED[id]);
    // Nothing from the header block, the table cells or the signature block gets into the outline.
    const headingIndexes = model.paragraphs.filter((paragraph) => paragraph.headingSource !== null);
    expect(headingIndexes.every((paragraph) => paragraph.table === null)).toBe(true);
    expect(formatOutline(model)[0]).toMatch(/^1 I\. /);
  });
});

describe('kinds of report files', () => {
  test('heading styles (w3-04): headings come from Heading 1 / Heading 2, not from bold', () => {
    expect(corpusLabels('w3-04').render).toContain('--headings=styles');
    const model = read('w3-04');
    const headings = model.paragraphs.filter((paragraph) => paragraph.headingSource !== null);
    expect(headings.length).toBe(7);
    for (const heading of headings) {
      expect(heading.headingSource).toBe('style');
      expect(heading.styleName).toMatch(/^Heading [12]$/);
      expect(heading.builtInHeading).toBe(heading.level);
    }
  });

  test('bold typed numbering (w1-04): "I." and "1." typed in the text, bold, no style', () => {
    const model = read('w1-04');
    const assessment = model.paragraphs.find((paragraph) => paragraph.text === 'IV. ĐÁNH GIÁ');
    expect(assessment).toMatchObject({ label: 'IV.', body: 'ĐÁNH GIÁ', level: 1, headingSource: 'typedLabel', bold: true, listLabel: null, styleName: 'Normal' });
    const bullet = model.paragraphs.find((paragraph) => paragraph.text.startsWith('- Tham mưu UBND tỉnh ban hành Quy định tiêu chuẩn'));
    expect(bullet).toMatchObject({ label: '-', level: 4, headingSource: null });
  });

  test('automatic numbering (w2-08): the "I." Word draws is put in front of the text, as the reader sees it', () => {
    const xml = partText(corpusBytes('w2-08'), 'word/document.xml');
    expect(xml.includes('>I.')).toBe(false);
    expect(xml.includes('<w:numPr>')).toBe(true);
    const model = read('w2-08');
    const first = model.paragraphs.find((paragraph) => paragraph.listLabel === 'I.');
    expect(first).toBeDefined();
    expect(first!.text.normalize('NFC')).toBe('I.\tKẾT QUẢ THỰC HIỆN');
    expect(first!.listLevel).toBe(0);
    expect(first!.label).toBe('I.');
    const labels = model.paragraphs.filter((paragraph) => paragraph.listLabel !== null).map((paragraph) => paragraph.listLabel);
    expect(labels).toEqual(['I.', 'II.', '1.', '2.', '3.', 'III.']);
  });

  test('NFD text (w2-02): decomposed marks are kept in text, and labels and levels are still read', () => {
    const model = read('w2-02');
    const decomposed = model.paragraphs.filter((paragraph) => paragraph.text !== paragraph.text.normalize('NFC'));
    expect(decomposed.length).toBeGreaterThan(20);
    const proposals = model.paragraphs.find((paragraph) => paragraph.text.normalize('NFC') === 'VI. KIẾN NGHỊ, ĐỀ XUẤT');
    expect(proposals).toMatchObject({ label: 'VI.', level: 1, headingSource: 'typedLabel' });
    // The body is the text after the label, so offsets map straight back to the host's text.
    expect(proposals!.text.endsWith(proposals!.body)).toBe(true);
  });

  test('old-style tone marks (w1-01): "hoà", "Uỷ" are read as written', () => {
    const model = read('w1-01');
    expect(model.paragraphs.some((paragraph) => paragraph.text === 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBe(true);
    expect(model.paragraphs.some((paragraph) => paragraph.text.includes('Uỷ ban nhân dân tỉnh'))).toBe(true);
  });

  test('words split across runs (w2-08): runs are joined exactly, with no invented spaces', () => {
    const xml = partText(corpusBytes('w2-08'), 'word/document.xml');
    // The file is in NFD and one word is cut in two runs: "NỘI VU" + combining dot below + " TỈN" + "H ...".
    expect(xml.includes(`>${'NỘI VU'.normalize('NFD')}</w:t>`)).toBe(true);
    expect(xml.includes(`>H QUẢNG N</w:t>`.normalize('NFD'))).toBe(true);
    const model = read('w2-08');
    expect(model.paragraphs[0]!.text.normalize('NFC')).toBe('SỞ NỘI VỤ TỈNH QUẢNG NGÃI');
    expect(model.paragraphs[1]!.text.normalize('NFC')).toBe('PHÒNG CẢI CÁCH HÀNH CHÍNH VÀ CÔNG TÁC THANH NIÊN');
    expect(model.paragraphs[1]!.bold).toBe(true);
  });

  test('tables (w1-04): cells keep their table, row and cell, and do not enter the outline', () => {
    const model = read('w1-04');
    const rowEleven = model.paragraphs.filter((paragraph) => paragraph.table?.table === 1 && paragraph.table.row === 11);
    expect(rowEleven.map((paragraph) => [paragraph.table!.cell, paragraph.text.slice(0, 37)])).toEqual([
      [0, '11'],
      [1, 'Chế độ trách nhiệm của người đứng đầu'],
      [2, 'Phòng CCVC'],
      [3, 'Năm 2023, trên địa bàn tỉnh có 01 trư'],
    ]);
    expect(rowEleven.every((paragraph) => paragraph.table!.depth === 1 && paragraph.headingSource === null)).toBe(true);
    const header = model.paragraphs.find((paragraph) => paragraph.text === 'Nhiệm vụ');
    expect(header!.table).toEqual({ table: 1, row: 0, cell: 1, column: 1, depth: 1 });
    // The header block (table 0) and the signature block (table 2) are tables too.
    expect(model.paragraphs[0]!.table).toEqual({ table: 0, row: 0, cell: 0, column: 0, depth: 1 });
    expect(model.paragraphs.at(-1)!.table!.table).toBe(2);
  });

  test('locators: index in document order and an FNV-1a hash of the text', () => {
    const model = read('w3-09');
    model.paragraphs.forEach((paragraph, index) => expect(paragraph.locator.index).toBe(index));
    const hashes = new Set(model.paragraphs.filter((paragraph) => paragraph.text !== '').map((paragraph) => paragraph.locator.textHash));
    expect(hashes.size).toBe(new Set(model.paragraphs.filter((paragraph) => paragraph.text !== '').map((p) => p.text)).size);
    expect(model.paragraphs[0]!.locator.textHash).toMatch(/^[0-9a-f]{8}$/);
  });
});
