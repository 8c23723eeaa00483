/** word/document.xml read block by block as the scanner streams it: order, limits, deep nesting, size. */
import { strToU8, zipSync } from 'fflate';
import { DocxReadError, readDocx } from '../../src/docx';
import { p, rawDocx } from './helpers';

function readError(bytes: Uint8Array, options?: Parameters<typeof readDocx>[1]): DocxReadError {
  try {
    readDocx(bytes, options);
  } catch (error) {
    expect(error).toBeInstanceOf(DocxReadError);
    return error as DocxReadError;
  }
  throw new Error('readDocx did not throw');
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A .docx whose word/document.xml is exactly `documentXml`. */
function docxWithDocument(documentXml: string): Uint8Array {
  return zipSync({
    '_rels/.rels': strToU8('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>'),
    'word/document.xml': strToU8(documentXml),
  });
}

describe('the body is read block by block, in order', () => {
  test('empty self-closing paragraphs, tables and content controls keep their places among paragraphs', () => {
    const body = `${p('I. KẾT QUẢ')}<w:p/><w:tbl><w:tr><w:tc>${p('Ô bảng')}</w:tc></w:tr></w:tbl><w:sdt><w:sdtContent>${p('Trong điều khiển nội dung')}</w:sdtContent></w:sdt>${p('II. ĐÁNH GIÁ')}`;
    const model = readDocx(rawDocx({ body }));
    expect(model.paragraphs.map((paragraph) => [paragraph.index, paragraph.text, paragraph.table?.table ?? null])).toEqual([
      [0, 'I. KẾT QUẢ', null],
      [1, '', null],
      [2, 'Ô bảng', 0],
      [3, 'Trong điều khiển nội dung', null],
      [4, 'II. ĐÁNH GIÁ', null],
    ]);
  });

  test('a second w:body is ignored, as a tree walk of the first body would', () => {
    const xml = `<w:document xmlns:w="${W}"><w:body>${p('Thân văn bản')}</w:body><w:body>${p('Không đọc')}</w:body></w:document>`;
    expect(readDocx(docxWithDocument(xml)).paragraphs.map((paragraph) => paragraph.text)).toEqual(['Thân văn bản']);
  });

  test('paragraphs outside w:body (in a w:background, say) are not read', () => {
    const xml = `<w:document xmlns:w="${W}"><w:background><w:p><w:r><w:t>Nền</w:t></w:r></w:p></w:background><w:body>${p('Nội dung')}</w:body></w:document>`;
    expect(readDocx(docxWithDocument(xml)).paragraphs.map((paragraph) => paragraph.text)).toEqual(['Nội dung']);
  });

  test('a document without w:body, or whose root is not w:document, has no document', () => {
    expect(readError(docxWithDocument(`<w:document xmlns:w="${W}"/>`)).code).toBe('DOCX_NO_DOCUMENT');
    expect(readError(docxWithDocument(`<w:glossaryDocument xmlns:w="${W}"><w:body>${p('x')}</w:body></w:glossaryDocument>`)).code).toBe('DOCX_NO_DOCUMENT');
  });

  test('a malformed tail after good paragraphs still refuses the whole document', () => {
    const xml = `<w:document xmlns:w="${W}"><w:body>${p('Đoạn một')}${p('Đoạn hai')}<w:p><w:r></w:p></w:body></w:document>`;
    const error = readError(docxWithDocument(xml));
    expect(error.code).toBe('DOCX_MALFORMED_XML');
    expect(error.vi).toContain('word/document.xml');
  });

  test('malformed styles.xml is named in the error', () => {
    const error = readError(rawDocx({ body: p('Báo cáo'), styles: '<w:style w:styleId="Normal"><w:name w:val="Normal"/>' }));
    expect(error.code).toBe('DOCX_MALFORMED_XML');
    expect(error.en).toContain('word/styles.xml');
  });
});

describe('size and depth', () => {
  test('50,000 paragraphs are all read, in order, with their text', () => {
    const body = Array.from({ length: 50_000 }, (_, i) => p(`${i + 1}. Nội dung công việc thứ ${i + 1} về phòng, chống tham nhũng`)).join('');
    const model = readDocx(rawDocx({ body }));
    expect(model.paragraphs).toHaveLength(50_000);
    expect(model.paragraphs[0]!.text).toBe('1. Nội dung công việc thứ 1 về phòng, chống tham nhũng');
    expect(model.paragraphs[49_999]!.text).toBe('50000. Nội dung công việc thứ 50000 về phòng, chống tham nhũng');
  });

  test('100,000 nested elements in document.xml give a clean error, not a stack overflow', () => {
    const depth = 100_000;
    const body = `<w:p>${'<w:ins>'.repeat(depth)}<w:r><w:t>x</w:t></w:r>${'</w:ins>'.repeat(depth)}</w:p>`;
    const error = readError(rawDocx({ body }));
    expect(error.code).toBe('DOCX_MALFORMED_XML');
    expect(error.en).toContain('nested too deeply');
  });

  test('deep but allowed nesting is read without overflowing the stack: tables in tables, insertions in insertions', () => {
    const tables = 300; // 3 XML levels each: about 900 levels below w:body
    const nestedTables = '<w:tbl><w:tr><w:tc>'.repeat(tables) + p('Ô trong cùng') + '</w:tc></w:tr></w:tbl>'.repeat(tables);
    const insertions = 900;
    const nestedInsertions = `<w:p>${'<w:ins>'.repeat(insertions)}<w:r><w:t>Chèn sâu</w:t></w:r>${'</w:ins>'.repeat(insertions)}</w:p>`;
    const model = readDocx(rawDocx({ body: nestedTables + nestedInsertions }));
    expect(model.paragraphs[0]).toMatchObject({ text: 'Ô trong cùng', table: { table: tables - 1, row: 0, cell: 0, depth: tables } });
    expect(model.paragraphs[1]!.text).toBe('Chèn sâu');
  });

  test('the depth limit can be lowered', () => {
    const body = `<w:p>${'<w:ins>'.repeat(20)}<w:r><w:t>x</w:t></w:r>${'</w:ins>'.repeat(20)}</w:p>`;
    expect(readDocx(rawDocx({ body })).paragraphs[0]!.text).toBe('x');
    expect(readError(rawDocx({ body }), { limits: { maxXmlDepth: 20 } }).en).toContain('over 20 levels');
  });
});
