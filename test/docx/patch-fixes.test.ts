/**
 * Sửa ngay trong tệp .docx của người dùng (tải về ở trang thử nghiệm, `pctn fix`): khổ giấy và lề, phông, cỡ, đậm,
 * nghiêng của đúng các đoạn được chỉ, và trích dẫn "Ghi đầy đủ" thành một thay đổi được theo dõi (w:del, w:ins).
 * Mỗi phép sửa được thử: kiểm tra lại hết phát hiện đó; chữ của mọi đoạn giữ nguyên; các phần khác của tệp giữ nguyên
 * từng byte.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { checkReport } from '../../src/check';
import { reportTemplate } from '../../src/compose';
import type { Finding } from '../../src/check/types';
import type { DocumentModel } from '../../src/document/model';
import { readDocx } from '../../src/docx';
import { patchDocxFixes, placeIn, toDocxFixes, type DocxFix } from '../../src/docx/patch-fixes';
import { writeDocx } from '../../src/docx/write';
import { plan2023 } from '../../src/plan';

const CLEAN = writeDocx(reportTemplate(plan2023, { unit: 'CCVC', period: 'Q1' }));
const OPTIONS = { author: 'Trợ lý báo cáo PCTN', date: '2026-12-05T00:00:00Z' };

function withDefect(part: 'word/document.xml' | 'word/styles.xml', from: string | RegExp, to: string, bytes = CLEAN): Uint8Array {
  const files = unzipSync(bytes);
  const xml = strFromU8(files[part]!);
  const changed = xml.replace(from, to);
  if (changed === xml) throw new Error(`the defect did not apply: ${String(from)}`);
  return zipSync({ ...files, [part]: strToU8(changed) });
}

const check = (bytes: Uint8Array) => checkReport(plan2023, readDocx(bytes));

/** The finding's fix as fixes of the file, each locator placed in the model the check read. */
function fixesOf(model: DocumentModel, finding: Finding): DocxFix[] {
  const action = finding.action;
  const fix = action?.kind === 'fixFormat' ? action.fix : action?.kind === 'fixText' ? action.fix : null;
  if (!fix) throw new Error(`no fix on ${finding.id}`);
  const { fixes, unplaced } = toDocxFixes(fix, placeIn(model));
  expect(unplaced).toBe(0);
  return fixes;
}

function fixRule(bytes: Uint8Array, rule: string): Uint8Array {
  const model = readDocx(bytes);
  const finding = checkReport(plan2023, model).findings.find((f) => f.rule === rule);
  if (!finding) throw new Error(`no ${rule} finding`);
  const patched = patchDocxFixes(bytes, fixesOf(model, finding), OPTIONS);
  expect(patched.notes).toEqual([]);
  return patched.bytes;
}

const texts = (bytes: Uint8Array) => readDocx(bytes).paragraphs.map((p) => p.text);
const parts = (bytes: Uint8Array) => unzipSync(bytes);

describe.each([
  ['layout-margins', () => withDefect('word/document.xml', /<w:pgMar [^>]*\/>/, '<w:pgMar w:top="567" w:right="567" w:bottom="567" w:left="567" w:header="567" w:footer="567" w:gutter="0"/>')],
  ['layout-paper', () => withDefect('word/document.xml', /<w:pgSz [^>]*\/>/, '<w:pgSz w:w="12240" w:h="15840"/>')],
  ['layout-font', () => withDefect('word/styles.xml', /Times New Roman/g, 'Arial')],
  ['layout-body-size', () => withDefect('word/styles.xml', /<w:sz w:val="28"\/><w:szCs w:val="28"\/><w:lang/, '<w:sz w:val="24"/><w:szCs w:val="24"/><w:lang')],
  ['layout-place-date', () => withDefect('word/document.xml', /(<w:r><w:rPr>)<w:i\/><w:iCs\/>((?:(?!<\/w:r>).)*?ngày \.\.\. tháng)/, '$1$2')],
])('%s', (rule, make) => {
  test('sửa trong tệp: kiểm tra lại hết phát hiện này, không sinh phát hiện thể thức nào khác; chữ và các phần khác giữ nguyên', () => {
    const bytes = make();
    const fixed = fixRule(bytes, rule);
    expect(check(fixed).findings.filter((f) => f.rule.startsWith('layout-')).map((f) => f.rule)).toEqual([]);
    expect(texts(fixed)).toEqual(texts(bytes));
    const [before, after] = [parts(bytes), parts(fixed)];
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const name of Object.keys(before)) if (name !== 'word/document.xml') expect(after[name]).toEqual(before[name]);
  });
});

test('lề trang: chỉ thẻ w:pgMar đổi, mọi ký tự khác của document.xml giữ nguyên', () => {
  const bytes = withDefect('word/document.xml', /<w:pgMar [^>]*\/>/, '<w:pgMar w:top="567" w:right="567" w:bottom="567" w:left="567" w:header="567" w:footer="567" w:gutter="0"/>');
  const before = strFromU8(parts(bytes)['word/document.xml']!);
  const after = strFromU8(parts(fixRule(bytes, 'layout-margins'))['word/document.xml']!);
  const tag = /<w:pgMar [^>]*\/>/;
  expect(after.replace(tag, '')).toBe(before.replace(tag, ''));
  expect(tag.exec(after)![0]).toBe('<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/>');
});

test('thuộc tính chữ viết theo đúng thứ tự của lược đồ (Word từ chối tệp sai thứ tự)', () => {
  const run = '<w:r><w:rPr><w:rStyle w:val="Strong"/><w:color w:val="FF0000"/><w:sz w:val="24"/><w:lang w:val="vi-VN"/></w:rPr><w:t>Sở Nội vụ đã ban hành Kế hoạch số 12/KH-SNV.</w:t></w:r>';
  const bytes = withDefect('word/document.xml', /(<w:body>)/, `$1<w:p>${run}</w:p>`);
  const model = readDocx(bytes);
  const p = model.paragraphs.find((x) => x.text.startsWith('Sở Nội vụ đã ban hành'))!;
  const { bytes: fixed } = patchDocxFixes(bytes, [{ kind: 'font', paragraph: p.index, text: p.text, font: { name: 'Times New Roman', sizePt: 14, bold: true } }], OPTIONS);
  const xml = strFromU8(parts(fixed)['word/document.xml']!);
  expect(xml).toContain(
    '<w:r><w:rPr><w:rStyle w:val="Strong"/><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman"/><w:b/><w:bCs/><w:color w:val="FF0000"/><w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN"/></w:rPr><w:t>Sở Nội vụ đã ban hành Kế hoạch số 12/KH-SNV.</w:t></w:r>',
  );
  expect(readDocx(fixed).paragraphs.find((x) => x.index === p.index)).toMatchObject({ bold: true, font: { name: 'Times New Roman', sizePt: 14 } });
});

describe('Ghi đầy đủ trích dẫn trong tệp', () => {
  const CITING = 'Đơn vị đã quán triệt Nghị định số 59/2019/NĐ-CP đến toàn thể công chức, viên chức.';
  // The paragraph takes the place of the first "Kết quả thực hiện: ..." of the results.
  const withCitation = (paragraph: string) => withDefect('word/document.xml', /<w:p>(?:(?!<w:p>).)*?Kết quả thực hiện: \.\.\.(?:(?!<w:p>).)*?<\/w:p>/, paragraph);

  test('lần nêu đầu rút gọn → dạng đầy đủ là phần chèn được theo dõi, chữ cũ là phần xóa được theo dõi; kiểm tra lại hết gợi ý', () => {
    const bytes = withCitation(`<w:p><w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">${CITING}</w:t></w:r></w:p>`);
    const model = readDocx(bytes);
    const finding = checkReport(plan2023, model).findings.find((f) => f.id.startsWith('citation:cite.first-mention-short'))!;
    const { bytes: fixed, notes } = patchDocxFixes(bytes, fixesOf(model, finding), OPTIONS);
    expect(notes).toEqual([]);
    const xml = strFromU8(parts(fixed)['word/document.xml']!);
    expect(xml).toMatch(/<w:del w:id="\d+" w:author="Trợ lý báo cáo PCTN" w:date="2026-12-05T00:00:00Z"><w:r><w:rPr><w:i\/><\/w:rPr><w:delText xml:space="preserve">Nghị định số 59\/2019\/NĐ-CP<\/w:delText><\/w:r><\/w:del>/);
    expect(xml).toMatch(/<w:ins w:id="\d+" [^>]*><w:r><w:rPr><w:i\/><\/w:rPr><w:t xml:space="preserve">Nghị định số 59\/2019\/NĐ-CP ngày 01\/7\/2019 của Chính phủ quy định chi tiết/);
    const read = readDocx(fixed).paragraphs.find((p) => p.text.startsWith('Đơn vị đã quán triệt'))!;
    expect(read.text).toBe(CITING.replace('Nghị định số 59/2019/NĐ-CP', finding.action?.kind === 'fixText' ? finding.action.fix.replacement : ''));
    expect(read.italic).toBe(true);
    expect(check(fixed).findings.some((f) => f.id.startsWith('citation:cite.first-mention-short'))).toBe(false);
  });

  test('trích dẫn nằm trên hai đoạn định dạng (run): không sửa, nói rõ song ngữ, tệp giữ nguyên chữ', () => {
    const split = '<w:p><w:r><w:t xml:space="preserve">Đơn vị đã quán triệt Nghị định số 59/</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">2019/NĐ-CP đến toàn thể công chức, viên chức.</w:t></w:r></w:p>';
    const bytes = withCitation(split);
    const model = readDocx(bytes);
    const finding = checkReport(plan2023, model).findings.find((f) => f.id.startsWith('citation:cite.first-mention-short'))!;
    const { bytes: fixed, notes } = patchDocxFixes(bytes, fixesOf(model, finding), OPTIONS);
    expect(notes.map((n) => n.vi)).toEqual([expect.stringMatching(/^Không sửa được “Nghị định số 59\/2019\/NĐ-CP” trong tệp/)]);
    expect(notes[0]!.en).toMatch(/could not be corrected in the file/);
    expect(texts(fixed)).toEqual(texts(bytes));
  });

  test('đoạn không còn như lúc kiểm tra: để nguyên, báo song ngữ', () => {
    const bytes = withCitation(`<w:p><w:r><w:t xml:space="preserve">${CITING}</w:t></w:r></w:p>`);
    const { bytes: fixed, notes } = patchDocxFixes(bytes, [{ kind: 'text', paragraph: 0, text: 'Một đoạn khác hẳn.', expected: 'Nghị định số 59/2019/NĐ-CP', occurrence: 0, replacement: 'X' }], OPTIONS);
    expect(notes.map((n) => n.vi)).toEqual(['1 đoạn không còn như lúc kiểm tra nên chưa được sửa trong tệp.']);
    expect(texts(fixed)).toEqual(texts(bytes));
  });
});

test('tệp hỏng: lỗi rõ ràng song ngữ, không ném lỗi lạ', () => {
  expect(() => patchDocxFixes(new Uint8Array([1, 2, 3]), [], OPTIONS)).toThrow(expect.objectContaining({ code: 'DOCX_CANNOT_PATCH', vi: expect.stringMatching(/tài liệu gốc không bị thay đổi/) }));
});
