/** Files written with the `docx` package: numbering, styles, hyperlinks, footnotes, tracked changes. */
import {
  AlignmentType,
  DeletedTextRun,
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  HeadingLevel,
  InsertedTextRun,
  LevelFormat,
  Packer,
  Paragraph,
  TextRun,
} from 'docx';
import { readDocx } from '../../src/docx';
import type { DocumentModel } from '../../src/document';
import { partText } from './helpers';

async function build(document: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(document));
}

function texts(model: DocumentModel): string[] {
  return model.paragraphs.map((paragraph) => paragraph.text);
}

describe('Word automatic numbering', () => {
  let model: DocumentModel;

  beforeAll(async () => {
    const numbered = (text: string, level: number, instance = 1) => new Paragraph({ text, numbering: { reference: 'bao-cao', level, instance } });
    const bytes = await build(
      new Document({
        numbering: {
          config: [
            {
              reference: 'bao-cao',
              levels: [
                { level: 0, format: LevelFormat.UPPER_ROMAN, text: '%1.', alignment: AlignmentType.LEFT },
                { level: 1, format: LevelFormat.DECIMAL, text: '%2.', alignment: AlignmentType.LEFT },
                { level: 2, format: LevelFormat.LOWER_LETTER, text: '%3)', alignment: AlignmentType.LEFT },
                { level: 3, format: LevelFormat.BULLET, text: '-', alignment: AlignmentType.LEFT },
              ],
            },
            {
              reference: 'muc-con',
              levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.%1.', start: 3, alignment: AlignmentType.LEFT }],
            },
          ],
        },
        sections: [
          {
            children: [
              numbered('KẾT QUẢ THỰC HIỆN', 0),
              numbered('Công tác lãnh đạo, chỉ đạo', 1),
              numbered('Công tác tuyên truyền', 1),
              numbered('Công khai, minh bạch', 2),
              numbered('Chế độ, định mức, tiêu chuẩn', 2),
              numbered('Quy tắc ứng xử', 2),
              numbered('Xung đột lợi ích', 2),
              numbered('Chuyển đổi vị trí công tác', 2),
              numbered('Ban hành Kế hoạch số 41/KH-SNV', 3),
              numbered('ĐÁNH GIÁ', 0),
              numbered('Ưu điểm', 1),
              numbered('Hạn chế', 2),
              // A second instance of the same list restarts at I.
              numbered('PHỤ LỤC', 0, 2),
              new Paragraph({ text: 'Mục bắt đầu từ ba', numbering: { reference: 'muc-con', level: 0 } }),
            ],
          },
        ],
      }),
    );
    model = readDocx(bytes);
  });

  test('labels as Word shows them, deeper levels reset when a higher level advances', () => {
    expect(model.paragraphs.map((paragraph) => paragraph.listLabel)).toEqual([
      'I.', '1.', '2.', 'a)', 'b)', 'c)', 'd)', 'e)', '-', 'II.', '1.', 'a)', 'I.', '3.3.',
    ]);
  });

  test('the label is in the text, followed by the tab Word puts after it', () => {
    expect(texts(model)[0]).toBe('I.\tKẾT QUẢ THỰC HIỆN');
    expect(model.paragraphs[0]).toMatchObject({ label: 'I.', body: 'KẾT QUẢ THỰC HIỆN', level: 1, headingSource: 'numbering', listLevel: 0 });
    expect(model.paragraphs[8]).toMatchObject({ label: '-', level: 4, headingSource: null, listLevel: 3 });
  });

  test('the outline follows the numbering', () => {
    const first = model.outline[0]!;
    expect(first.label).toBe('I.');
    expect(first.children.map((node) => `${node.label} ${node.title}`)).toEqual(['1. Công tác lãnh đạo, chỉ đạo', '2. Công tác tuyên truyền']);
    // Word's lowerLetter runs a b c d e (no đ): we report what Word shows.
    expect(first.children[1]!.children.map((node) => node.label)).toEqual(['a)', 'b)', 'c)', 'd)', 'e)']);
  });
});

describe('styles', () => {
  test('a custom style based on a heading style inherits its outline level; heading names are matched case-insensitively', async () => {
    const bytes = await build(
      new Document({
        styles: {
          paragraphStyles: [
            { id: 'TieuDeMuc', name: 'Tiêu đề mục', basedOn: 'Heading2', run: { bold: true } },
            { id: 'DamNghieng', name: 'Đậm nghiêng', basedOn: 'Normal', run: { bold: true, italics: true } },
          ],
        },
        sections: [
          {
            children: [
              new Paragraph({ text: 'KẾT QUẢ THỰC HIỆN', heading: HeadingLevel.HEADING_1 }),
              new Paragraph({ text: 'Công tác lãnh đạo, chỉ đạo', style: 'TieuDeMuc' }),
              new Paragraph({ text: 'Trong kỳ, đơn vị đã ban hành 03 văn bản.', style: 'DamNghieng' }),
            ],
          },
        ],
      }),
    );
    const model = readDocx(bytes);
    expect(model.paragraphs[0]).toMatchObject({ builtInHeading: 1, outlineLevel: 1, level: 1, headingSource: 'style', styleId: 'Heading1' });
    expect(model.paragraphs[1]).toMatchObject({ builtInHeading: null, outlineLevel: 2, level: 2, headingSource: 'outlineLevel', styleName: 'Tiêu đề mục', bold: true });
    // Bold and italic come from the paragraph style, not from the runs.
    expect(model.paragraphs[2]).toMatchObject({ bold: true, italic: true, headingSource: null });
    expect(model.outline.map((node) => node.title)).toEqual(['KẾT QUẢ THỰC HIỆN']);
    expect(model.outline[0]!.children.map((node) => node.title)).toEqual(['Công tác lãnh đạo, chỉ đạo']);
  });
});

describe('hyperlinks, footnotes and tracked changes', () => {
  let bytes: Uint8Array;
  let model: DocumentModel;
  const deleted = 'Sở đã tổ chức 05 hội nghị tập huấn về kê khai tài sản.';

  beforeAll(async () => {
    bytes = await build(
      new Document({
        footnotes: { 1: { children: [new Paragraph('Kế hoạch số 18/KH-SNV ngày 31/01/2023 của Sở Nội vụ.')] } },
        sections: [
          {
            children: [
              new Paragraph({
                children: [
                  new TextRun('Văn bản được đăng tại '),
                  new ExternalHyperlink({ link: 'https://snv.quangngai.gov.vn', children: [new TextRun({ text: 'Trang thông tin điện tử', style: 'Hyperlink' })] }),
                  new TextRun(' của Sở'),
                  new FootnoteReferenceRun(1),
                  new TextRun('.'),
                ],
              }),
              new Paragraph({
                children: [
                  new TextRun('Trong quý, '),
                  new DeletedTextRun({ text: deleted, id: 1, author: 'Thanh tra Sở', date: '2023-03-20T08:00:00Z' }),
                  new InsertedTextRun({ text: 'Sở đã tổ chức 02 hội nghị quán triệt.', id: 2, author: 'Thanh tra Sở', date: '2023-03-20T08:00:00Z' }),
                ],
              }),
            ],
          },
        ],
      }),
    );
    model = readDocx(bytes);
  });

  test('hyperlink text is read in place, the footnote reference adds nothing', () => {
    expect(model.paragraphs[0]!.text).toBe('Văn bản được đăng tại Trang thông tin điện tử của Sở.');
  });

  test('footnotes are read apart, into notes', () => {
    expect(model.notes).toEqual([{ kind: 'footnote', id: '1', text: 'Kế hoạch số 18/KH-SNV ngày 31/01/2023 của Sở Nội vụ.' }]);
    expect(texts(model).some((text) => text.includes('Kế hoạch số 18/KH-SNV'))).toBe(false);
  });

  test('a tracked deletion is nowhere in the model; the insertion is kept', () => {
    expect(partText(bytes, 'word/document.xml')).toContain(deleted);
    expect(model.paragraphs[1]!.text).toBe('Trong quý, Sở đã tổ chức 02 hội nghị quán triệt.');
    expect(JSON.stringify(model)).not.toContain('05 hội nghị');
  });
});
