import { unzipSync } from 'fflate';
import { readDocx } from '../../src/docx';
import { writeDocx, escapeXml } from '../../src/docx/write';
import type { Block } from '../../src/compose/blocks';
import { checkReport } from '../../src/check';
import { plan2023 } from '../../src/plan';
import { partText } from './helpers';

const REPORT: Block[] = [
  { kind: 'pageSetup', paper: 'A4', marginsMm: { top: 20, bottom: 20, left: 30, right: 15 }, font: { name: 'Times New Roman', sizePt: 14 } },
  { kind: 'paragraph', runs: [{ text: 'SỞ NỘI VỤ TỈNH QUẢNG NGÃI', bold: true }], format: { alignment: 'center' } },
  { kind: 'heading', level: 1, label: 'I.', text: 'CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO' },
  { kind: 'heading', level: 2, label: '1.', text: 'Việc quán triệt, tuyên truyền, phổ biến' },
  {
    kind: 'paragraph',
    runs: [
      { text: 'Trong kỳ, Sở đã tổ chức ' },
      { text: '02 hội nghị', bold: true },
      { text: ' quán triệt Luật Phòng, chống tham nhũng & các văn bản <hướng dẫn>.', italic: true },
    ],
    format: { firstLineIndentMm: 10, alignment: 'justify' },
  },
  { kind: 'heading', level: 3, label: null, text: 'a) Công khai, minh bạch' },
  { kind: 'placeholder', text: 'Kết quả thực hiện: ...', tag: 'pctn:placeholder' },
  {
    kind: 'table',
    borders: true,
    rows: [
      [[{ text: 'Đơn vị', bold: true }], [{ text: 'Số vụ việc', bold: true }]],
      [[{ text: 'Thanh tra Sở' }], [{ text: '0' }]],
    ],
  },
];

describe('writeDocx', () => {
  const bytes = writeDocx(REPORT);
  const model = readDocx(bytes);

  test('the reader reads back every paragraph, with Vietnamese text intact and escapes undone', () => {
    expect(model.paragraphs.map((p) => p.text)).toEqual([
      'SỞ NỘI VỤ TỈNH QUẢNG NGÃI',
      'I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO',
      '1. Việc quán triệt, tuyên truyền, phổ biến',
      'Trong kỳ, Sở đã tổ chức 02 hội nghị quán triệt Luật Phòng, chống tham nhũng & các văn bản <hướng dẫn>.',
      'a) Công khai, minh bạch',
      'Kết quả thực hiện: ...',
      'Đơn vị',
      'Số vụ việc',
      'Thanh tra Sở',
      '0',
      '',
    ]);
  });

  test('headings carry the built-in Heading 1–3 styles and build the outline', () => {
    expect(model.paragraphs.slice(1, 3).map((p) => [p.builtInHeading, p.styleName, p.headingSource])).toEqual([
      [1, 'heading 1', 'style'],
      [2, 'heading 2', 'style'],
    ]);
    expect(model.paragraphs[4]?.builtInHeading).toBe(3);
    expect(model.outline).toHaveLength(1);
    expect(model.outline[0]?.children[0]?.title).toBe('Việc quán triệt, tuyên truyền, phổ biến');
    expect(model.outline[0]?.children[0]?.children[0]?.label).toBe('a)');
  });

  test('bold, italic, alignment and table cells come back as the reader sees them', () => {
    expect(model.paragraphs[0]).toMatchObject({ bold: true, alignment: 'center', table: null });
    expect(model.paragraphs[5]?.italic).toBe(true);
    expect(model.paragraphs[3]?.alignment).toBe('justify');
    expect(model.paragraphs.slice(6, 10).map((p) => p.table && [p.table.table, p.table.row, p.table.cell])).toEqual([
      [0, 0, 0],
      [0, 0, 1],
      [0, 1, 0],
      [0, 1, 1],
    ]);
  });

  test('A4 page, margins in twips and the font in the style defaults', () => {
    const document = partText(bytes, 'word/document.xml');
    expect(document).toContain('<w:pgSz w:w="11906" w:h="16838"/>');
    expect(document).toContain('w:left="1701"');
    expect(document).toContain('w:right="850"');
    expect(document).toContain('<w:tag w:val="pctn:placeholder"/>');
    const styles = partText(bytes, 'word/styles.xml');
    expect(styles).toContain('w:ascii="Times New Roman"');
    expect(styles).toContain('<w:sz w:val="28"/>');
    expect(styles).toMatch(/w:styleId="Heading3"><w:name w:val="heading 3"\/>/);
    expect(Object.keys(unzipSync(bytes)).sort()).toEqual(['[Content_Types].xml', '_rels/.rels', 'word/_rels/document.xml.rels', 'word/document.xml', 'word/styles.xml']);
  });

  test('no blocks still gives a readable document with one empty paragraph', () => {
    const empty = readDocx(writeDocx([]));
    expect(empty.paragraphs.map((p) => p.text)).toEqual(['']);
  });

  test('control characters that XML forbids are dropped, line breaks kept', () => {
    expect(escapeXml('a\u0001b & "c"')).toBe('ab &amp; &quot;c&quot;');
    const withBreak = readDocx(writeDocx([{ kind: 'paragraph', runs: [{ text: 'Dòng một\nDòng hai\u000b' }] }]));
    expect(withBreak.paragraphs[0]?.text.replace(/\s+/g, ' ')).toBe('Dòng một Dòng hai');
  });

  test('a report written by the writer can be checked: its headings are found by style', () => {
    const result = checkReport(plan2023, model);
    expect(result.sections.leadership.present).toBe(true);
  });
});
