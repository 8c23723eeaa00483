/**
 * Thể thức theo Nghị định 30/2020/NĐ-CP, Phụ lục I: mỗi quy tắc được thử trên một tệp .docx sinh ra đúng thể thức
 * (không có phát hiện nào) và trên chính tệp đó sau khi cài đúng một lỗi (đúng một phát hiện của quy tắc ấy).
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { checkReport } from '../../src/check';
import { reportTemplate } from '../../src/compose';
import { readDocx } from '../../src/docx';
import { writeDocx } from '../../src/docx/write';
import { plan2023 } from '../../src/plan';

const CLEAN = writeDocx(reportTemplate(plan2023, { unit: 'CCVC', period: 'Q1' }));

/** The clean template with one change to document.xml or styles.xml. */
function withDefect(part: 'word/document.xml' | 'word/styles.xml', from: string | RegExp, to: string): Uint8Array {
  const files = unzipSync(CLEAN);
  const xml = strFromU8(files[part]!);
  const changed = xml.replace(from, to);
  if (changed === xml) throw new Error(`the defect did not apply: ${String(from)}`);
  return zipSync({ ...files, [part]: strToU8(changed) });
}

const layoutFindings = (bytes: Uint8Array) => checkReport(plan2023, readDocx(bytes)).findings.filter((f) => f.rule.startsWith('layout-'));

test('mẫu báo cáo đúng thể thức: không có phát hiện thể thức nào', () => {
  expect(layoutFindings(CLEAN)).toEqual([]);
});

test('phụ lục ngang sau một ngắt phần (phần cuối ngang, báo cáo dọc) không phải lỗi khổ giấy; đọc ra hai phần', () => {
  const appendix = withDefect(
    'word/document.xml',
    /<w:sectPr>(.*?)<w:pgSz [^>]*\/>(.*?)<\/w:sectPr><\/w:body>/,
    '<w:p><w:pPr><w:sectPr>$1<w:pgSz w:w="11906" w:h="16838"/>$2</w:sectPr></w:pPr></w:p><w:p><w:r><w:t>PHỤ LỤC</w:t></w:r></w:p><w:sectPr>$1<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>$2</w:sectPr></w:body>',
  );
  expect(readDocx(appendix).page).toMatchObject({ widthMm: 297, heightMm: 210, sections: 2 });
  expect(layoutFindings(appendix).filter((f) => f.rule === 'layout-paper')).toEqual([]);
  expect(readDocx(CLEAN).page?.sections).toBe(1);
});

describe.each([
  ['layout-margins', withDefect('word/document.xml', /<w:pgMar [^>]*\/>/, '<w:pgMar w:top="567" w:right="567" w:bottom="567" w:left="567" w:header="567" w:footer="567" w:gutter="0"/>'), /^Lề trang chưa đúng: lề trên 10 mm \(cần 20–25\); lề dưới 10 mm \(cần 20–25\); lề trái 10 mm \(cần 30–35\); lề phải 10 mm \(cần 15–20\)/],
  ['layout-paper', withDefect('word/document.xml', /<w:pgSz [^>]*\/>/, '<w:pgSz w:w="12240" w:h="15840"/>'), /^Khổ giấy 215,9 × 279,4 mm, cần A4/],
  ['layout-font', withDefect('word/styles.xml', /Times New Roman/g, 'Arial'), /^Văn bản dùng phông Arial, cần phông Times New Roman/],
  ['layout-paper', withDefect('word/document.xml', /<w:pgSz [^>]*\/>/, '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>'), /^Trang A4 đặt ngang; văn bản trình bày theo chiều dài khổ A4/],
  ['layout-body-size', withDefect('word/styles.xml', /<w:sz w:val="28"\/><w:szCs w:val="28"\/><w:lang/, '<w:sz w:val="24"/><w:szCs w:val="24"/><w:lang'), /^Phần nội dung cỡ chữ 12, cần cỡ 13 đến 14/],
  ['layout-national-title', withDefect('word/document.xml', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Cộng hòa xã hội chủ nghĩa Việt Nam'), /^Quốc hiệu phải viết in hoa: “Cộng hòa xã hội chủ nghĩa Việt Nam”/],
  ['layout-national-title', withDefect('word/document.xml', 'Độc lập - Tự do - Hạnh phúc', 'Độc lập – Tự do – Hạnh phúc'), /^Tiêu ngữ viết là “Độc lập - Tự do - Hạnh phúc” .*không phải “Độc lập – Tự do – Hạnh phúc”/],
  ['layout-number', withDefect('word/document.xml', 'Số: .../BC-CCVC', 'Số 12/BC-CCVC'), /^Số, ký hiệu viết theo dạng “Số: 12\/BC-VP”.*không phải “Số 12\/BC-CCVC”/],
  ['layout-place-date', withDefect('word/document.xml', 'ngày ... tháng ... năm 2023', 'ngày 1 tháng 06 năm 2023'), /^Địa danh, ngày tháng: viết “ngày 01 tháng 6” thay cho “ngày 1 tháng 06”/],
  ['layout-recipients', withDefect('word/document.xml', /<w:p>(?:(?!<w:p>).)*?- Lưu: VT, CCVC\.(?:(?!<w:p>).)*?<\/w:p>/, ''), /^Nơi nhận: dòng cuối là "- Lưu: VT, \.\.\." \(bản lưu\)/],
])('%s', (rule, bytes, message) => {
  test('một lỗi cài vào tệp đúng thể thức → đúng một phát hiện của quy tắc này, có chỗ và lời nhắn song ngữ', () => {
    const found = layoutFindings(bytes);
    expect(found.map((f) => f.rule)).toEqual([rule]);
    expect(found[0]!.severity).toBe('warning');
    expect(found[0]!.message.vi).toMatch(message);
    expect(found[0]!.message.vi).toMatch(/\(Nghị định 30\/2020\/NĐ-CP, Phụ lục I\)\.$/);
    expect(found[0]!.message.en).toMatch(/\(Decree 30\/2020\/NĐ-CP, Appendix I\)\.$/);
  });
});

test('Nơi nhận gõ không có gạch ngang ("Như trên;" ... "Lưu: VT, CCVC."): một phát hiện nói đúng điều đó', () => {
  const files = unzipSync(CLEAN);
  const xml = strFromU8(files['word/document.xml']!);
  const undashed = xml.replace(/(<w:t(?: [^>]*)?>)- (?=[^<]*(?:;|Lưu: VT, CCVC\.)<\/w:t>)/g, '$1');
  expect(undashed).not.toBe(xml);
  const found = layoutFindings(zipSync({ ...files, 'word/document.xml': strToU8(undashed) }));
  expect(found.map((f) => f.rule)).toEqual(['layout-recipients']);
  expect(found[0]!.message.vi).toMatch(/^Nơi nhận: mỗi nơi nhận, kể cả dòng "Lưu", mở đầu bằng gạch ngang \("- "\)/);
  expect(found[0]!.message.vi).not.toMatch(/dòng cuối là/);
});

test('ký hiệu của cơ quan có "&" ("BC-CCHC&CTTN") hay chữ thường ("BC-TTr") là đúng dạng; thiếu "BC" thì không', () => {
  expect(layoutFindings(withDefect('word/document.xml', 'Số: .../BC-CCVC', 'Số: 12/BC-CCHC&amp;CTTN')).map((f) => f.rule)).toEqual([]);
  expect(layoutFindings(withDefect('word/document.xml', 'Số: .../BC-CCVC', 'Số: 12/BC-TTr')).map((f) => f.rule)).toEqual([]);
  expect(layoutFindings(withDefect('word/document.xml', 'Số: .../BC-CCVC', 'Số: 12/CCHC&amp;CTTN')).map((f) => f.rule)).toEqual(['layout-number']);
});

test('dòng ngày tháng không in nghiêng', () => {
  const bytes = withDefect('word/document.xml', /(<w:r><w:rPr>)<w:i\/><w:iCs\/>((?:(?!<\/w:r>).)*?ngày \.\.\. tháng)/, '$1$2');
  expect(layoutFindings(bytes).map((f) => f.message.vi)).toEqual([expect.stringMatching(/dòng địa danh, ngày tháng phải in nghiêng/)]);
});

describe('sửa định dạng bằng một cú bấm: chỉ định dạng, không bao giờ chữ', () => {
  const fixOf = (bytes: Uint8Array, rule: string) => {
    const finding = layoutFindings(bytes).find((f) => f.rule === rule)!;
    return finding.action?.kind === 'fixFormat' ? finding.action.fix : null;
  };

  test('lề 10 mm: khổ A4, mỗi lề về giá trị gần nhất Nghị định 30 cho phép', () => {
    const bytes = withDefect('word/document.xml', /<w:pgMar [^>]*\/>/, '<w:pgMar w:top="567" w:right="1701" w:bottom="2268" w:left="567" w:header="567" w:footer="567" w:gutter="0"/>');
    expect(fixOf(bytes, 'layout-margins')).toEqual({ kind: 'page', paper: 'A4', marginsMm: { top: 20, bottom: 25, left: 30, right: 20 } });
  });

  test('phông Arial: mọi đoạn có chữ đặt Times New Roman, không đổi gì khác', () => {
    const bytes = withDefect('word/styles.xml', /Times New Roman/g, 'Arial');
    const fix = fixOf(bytes, 'layout-font');
    if (fix?.kind !== 'paragraphs') throw new Error('no paragraph fix');
    const texts = readDocx(bytes).paragraphs.filter((p) => p.text.trim() !== '');
    expect(fix.changes).toHaveLength(texts.length);
    expect(new Set(fix.changes.map((c) => JSON.stringify(c.font)))).toEqual(new Set([JSON.stringify({ name: 'Times New Roman' })]));
  });

  test('cỡ 12: đoạn nội dung về cỡ 13, tiêu đề và bảng giữ nguyên', () => {
    const bytes = withDefect('word/styles.xml', /<w:sz w:val="28"\/><w:szCs w:val="28"\/><w:lang/, '<w:sz w:val="24"/><w:szCs w:val="24"/><w:lang');
    const fix = fixOf(bytes, 'layout-body-size');
    if (fix?.kind !== 'paragraphs') throw new Error('no paragraph fix');
    expect(fix.changes.length).toBeGreaterThan(0);
    expect(fix.changes.every((c) => JSON.stringify(c.font) === JSON.stringify({ sizePt: 13 }))).toBe(true);
    const model = readDocx(bytes);
    for (const change of fix.changes) {
      const p = model.paragraphs[change.locator.index]!;
      expect(p.table).toBeNull();
      expect(p.headingSource).toBeNull();
    }
  });

  test('Quốc hiệu viết thường: là việc của người viết, không có nút sửa (chữ không bị đổi)', () => {
    const bytes = withDefect('word/document.xml', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Cộng hòa xã hội chủ nghĩa Việt Nam');
    expect(fixOf(bytes, 'layout-national-title')).toBeNull();
  });

  test('ngày tháng không nghiêng: chỉ đặt nghiêng đoạn đó', () => {
    const bytes = withDefect('word/document.xml', /(<w:r><w:rPr>)<w:i\/><w:iCs\/>((?:(?!<\/w:r>).)*?ngày \.\.\. tháng)/, '$1$2');
    const fix = fixOf(bytes, 'layout-place-date');
    if (fix?.kind !== 'paragraphs') throw new Error('no paragraph fix');
    expect(fix.changes).toHaveLength(1);
    expect(fix.changes[0]!.font).toEqual({ italic: true });
    expect(readDocx(bytes).paragraphs[fix.changes[0]!.locator.index]!.text).toMatch(/ngày \.\.\. tháng \.\.\. năm 2023/);
  });
});
