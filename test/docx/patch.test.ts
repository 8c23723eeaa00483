/** Lưu mà không làm hỏng tài liệu: chỉ thêm đoạn được chèn vào document.xml, mọi phần khác giữ nguyên từng byte. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { readDocx, readDocxWithBlocks } from '../../src/docx/read';
import { patchDocx } from '../../src/docx/patch';
import { bodyLayout } from '../../src/docx/body-children';
import { insertedBlocksXml } from '../../src/docx/write';
import { isAppError } from '../../src/errors/app-error';
import type { Block } from '../../src/compose/blocks';

const CORPUS = path.join(__dirname, '../fixtures/corpus');
const files = readdirSync(CORPUS).filter((f) => f.endsWith('.docx'));

const HEADING: Block[] = [
  { kind: 'heading', level: 2, label: '9.', text: 'Kiểm soát xung đột lợi ích' },
  { kind: 'placeholder', text: '(Bổ sung kết quả thực hiện)', tag: 'pctn:placeholder:II.3.d.1' },
];
const LAST: Block[] = [{ kind: 'paragraph', runs: [{ text: 'Đoạn cuối được chèn.' }] }];
const shape = (p: { text: string; table: unknown }) => `${p.table ? 'T' : 'P'}|${p.text}`;

describe.each(files)('%s: chèn rồi lưu', (file) => {
  const original = new Uint8Array(readFileSync(path.join(CORPUS, file)));
  const { model, blockOfParagraph } = readDocxWithBlocks(original);
  const xml = strFromU8(unzipSync(original)['word/document.xml']!);

  test('mỗi đoạn biết mình ở phần tử nào của thân tài liệu; số phần tử khớp với document.xml', () => {
    expect(blockOfParagraph).toHaveLength(model.paragraphs.length);
    expect(Math.max(...blockOfParagraph)).toBeLessThan(bodyLayout(xml).children.length);
    for (let i = 1; i < blockOfParagraph.length; i += 1) expect(blockOfParagraph[i]!).toBeGreaterThanOrEqual(blockOfParagraph[i - 1]!);
  });

  test('mọi đoạn gốc còn nguyên, đúng thứ tự, bảng vẫn là bảng; chỉ thêm đúng các đoạn chèn; các phần khác giữ nguyên từng byte', () => {
    // After the first paragraph outside a table past the header, and at the end.
    const at = model.paragraphs.findIndex((p, i) => i > 12 && p.table === null);
    const patched = patchDocx(original, [
      { afterBlock: blockOfParagraph[at]!, blocks: HEADING },
      { afterBlock: 'end', blocks: LAST },
    ]);
    const back = readDocx(patched);
    const expected = [...model.paragraphs.slice(0, at + 1).map(shape), 'P|9. Kiểm soát xung đột lợi ích', 'P|(Bổ sung kết quả thực hiện)', ...model.paragraphs.slice(at + 1).map(shape), 'P|Đoạn cuối được chèn.'];
    expect(back.paragraphs.map(shape)).toEqual(expected);
    expect(back.paragraphs[at + 2]!.tag).toBe('pctn:placeholder:II.3.d.1');

    const before = unzipSync(original);
    const after = unzipSync(patched);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const name of Object.keys(before)) if (name !== 'word/document.xml') expect(Buffer.from(after[name]!).equals(Buffer.from(before[name]!))).toBe(true);
    // document.xml: the original characters, with the inserted XML in two places and nothing else changed.
    const patchedXml = strFromU8(after['word/document.xml']!);
    expect(patchedXml.length).toBeGreaterThan(xml.length);
    const sectPr = /<w:sectPr[\s\S]*<\/w:sectPr>/.exec(xml)?.[0];
    if (sectPr) expect(patchedXml).toContain(sectPr);
    const removed = patchedXml.replace(insertedBlocksXml(HEADING), '').replace(insertedBlocksXml(LAST), '');
    expect(removed).toBe(xml);
  });
});

describe('chỗ chèn', () => {
  const original = new Uint8Array(readFileSync(path.join(CORPUS, 'w2-05.docx')));
  const { model, blockOfParagraph } = readDocxWithBlocks(original);

  test('chèn sau một ô của bảng thì đoạn mới đứng sau cả bảng, không vào trong bảng', () => {
    const cell = model.paragraphs.findIndex((p) => p.table !== null);
    let lastOfTable = cell;
    while (model.paragraphs[lastOfTable + 1]?.table?.table === model.paragraphs[cell]!.table!.table) lastOfTable += 1;
    const back = readDocx(patchDocx(original, [{ afterBlock: blockOfParagraph[cell]!, blocks: HEADING }]));
    expect(back.paragraphs[lastOfTable + 1]!.text).toBe('9. Kiểm soát xung đột lợi ích');
    expect(back.paragraphs[lastOfTable + 1]!.table).toBeNull();
    expect(back.paragraphs.slice(0, lastOfTable + 1).map(shape)).toEqual(model.paragraphs.slice(0, lastOfTable + 1).map(shape));
  });

  test('đầu tài liệu', () => {
    const back = readDocx(patchDocx(original, [{ afterBlock: 'start', blocks: HEADING }]));
    expect(back.paragraphs[0]!.text).toBe('9. Kiểm soát xung đột lợi ích');
    expect(back.paragraphs.slice(2).map(shape)).toEqual(model.paragraphs.map(shape));
  });

  test('document.xml UTF-16 hay tệp không phải gói zip: lỗi song ngữ, không tạo tệp hỏng', () => {
    const files = unzipSync(original);
    const utf16 = zipSync({ ...files, 'word/document.xml': new Uint8Array([0xff, 0xfe, ...strToU8('<')]) });
    for (const bad of [utf16, strToU8('không phải docx')]) {
      try {
        patchDocx(bad, [{ afterBlock: 'end', blocks: HEADING }]);
        throw new Error('expected a failure');
      } catch (error) {
        expect(isAppError(error) && error.code).toBe('DOCX_CANNOT_PATCH');
        expect(isAppError(error) && error.vi).toMatch(/tài liệu gốc không bị thay đổi/);
        expect(isAppError(error) && error.en).toMatch(/original document is unchanged/);
      }
    }
  });
});
