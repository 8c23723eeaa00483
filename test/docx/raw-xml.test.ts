/** Hand-written WordprocessingML: the constructs the `docx` package does not write. */
import { readDocx } from '../../src/docx';
import { p, rawDocx } from './helpers';

const run = (text: string, rPr = '') => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;

describe('fields', () => {
  test('a complex field gives its result, never its instruction', () => {
    const body = `<w:p>${run('Xem Kế hoạch tại trang ')}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGEREF _Toc123 \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run('12')}<w:r><w:fldChar w:fldCharType="end"/></w:r>${run(' của báo cáo.')}</w:p>`;
    expect(readDocx(rawDocx({ body })).paragraphs[0]!.text).toBe('Xem Kế hoạch tại trang 12 của báo cáo.');
  });

  test('a field nested in another field\'s instruction shows nothing; the outer result shows', () => {
    const body = `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>IF </w:instrText></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run('3')}<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:instrText> = 3 "có" "không"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run('có')}<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`;
    expect(readDocx(rawDocx({ body })).paragraphs[0]!.text).toBe('có');
  });

  test('a simple field gives its result', () => {
    const body = `<w:p>${run('Ngày báo cáo: ')}<w:fldSimple w:instr=" DATE \\@ &quot;dd/MM/yyyy&quot; ">${run('14/03/2023')}</w:fldSimple></w:p>`;
    expect(readDocx(rawDocx({ body })).paragraphs[0]!.text).toBe('Ngày báo cáo: 14/03/2023');
  });
});

describe('wrappers and tracked changes', () => {
  test('content controls, smart tags and custom XML are read through', () => {
    const body =
      `<w:sdt><w:sdtPr><w:alias w:val="Tên đơn vị"/></w:sdtPr><w:sdtContent>${p('SỞ NỘI VỤ')}</w:sdtContent></w:sdt>` +
      `<w:p>${run('Thanh tra ')}<w:sdt><w:sdtContent>${run('Sở')}</w:sdtContent></w:sdt><w:smartTag w:element="place">${run(' Quảng Ngãi')}</w:smartTag><w:customXml w:element="x">${run(' báo cáo')}</w:customXml></w:p>`;
    expect(readDocx(rawDocx({ body })).paragraphs.map((paragraph) => paragraph.text)).toEqual(['SỞ NỘI VỤ', 'Thanh tra Sở Quảng Ngãi báo cáo']);
  });

  test('deletions and moved-from text are left out, insertions and moved-to text kept', () => {
    const body = `<w:p>${run('Sở đã ban hành ')}<w:del w:id="1" w:author="TTr"><w:r><w:delText>05 văn bản</w:delText></w:r></w:del><w:ins w:id="2" w:author="TTr">${run('03 văn bản')}</w:ins><w:moveFrom w:id="3">${run(' (trong tháng 01)')}</w:moveFrom>${run(' chỉ đạo')}<w:moveTo w:id="4">${run(' trong quý I')}</w:moveTo>${run('.')}</w:p>`;
    const text = readDocx(rawDocx({ body })).paragraphs[0]!.text;
    expect(text).toBe('Sở đã ban hành 03 văn bản chỉ đạo trong quý I.');
  });

  test('a deleted paragraph mark joins the paragraph to the next one; a wholly deleted paragraph disappears', () => {
    const body =
      `<w:p><w:pPr><w:rPr><w:del w:id="5" w:author="TTr"/></w:rPr></w:pPr><w:del w:id="6" w:author="TTr"><w:r><w:delText>Đoạn bị xoá hoàn toàn về kê khai tài sản.</w:delText></w:r></w:del></w:p>` +
      `<w:p><w:pPr><w:rPr><w:del w:id="7" w:author="TTr"/></w:rPr></w:pPr>${run('Sở đã công khai ')}</w:p>` +
      `<w:p>${run('dự toán ngân sách năm 2023.')}</w:p>`;
    const model = readDocx(rawDocx({ body }));
    expect(model.paragraphs.map((paragraph) => paragraph.text)).toEqual(['Sở đã công khai dự toán ngân sách năm 2023.']);
    expect(JSON.stringify(model)).not.toContain('kê khai tài sản');
  });
});

describe('special characters', () => {
  test('tabs, line breaks, non-breaking hyphens, symbols and entities', () => {
    const body = `<w:p>${run('TT')}<w:r><w:tab/></w:r>${run('Nội dung')}<w:r><w:br/></w:r>${run('KT')}<w:r><w:noBreakHyphen/></w:r>${run('XH &amp; CCHC &lt;2023&gt;')}<w:r><w:sym w:font="Symbol" w:char="F0B7"/></w:r></w:p>`;
    expect(readDocx(rawDocx({ body })).paragraphs[0]!.text).toBe('TT\tNội dung\nKT-XH & CCHC <2023>•');
  });
});

describe('tables', () => {
  test('nested tables: every table counted in document order, with its depth', () => {
    const cell = (content: string) => `<w:tc><w:tcPr/>${content}</w:tc>`;
    const inner = `<w:tbl><w:tr>${cell(p('Quý I'))}${cell(p('Quý II'))}</w:tr></w:tbl>`;
    const body =
      `<w:tbl><w:tblPr/><w:tr>${cell(p('TT'))}${cell(p('Kết quả'))}</w:tr><w:tr>${cell(p('1'))}${cell(p('Tổng hợp:') + inner + p('Đạt'))}</w:tr></w:tbl>` +
      p('Đoạn sau bảng');
    const model = readDocx(rawDocx({ body }));
    const where = Object.fromEntries(model.paragraphs.map((paragraph) => [paragraph.text, paragraph.table]));
    expect(where['TT']).toEqual({ table: 0, row: 0, cell: 0, column: 0, depth: 1 });
    expect(where['Tổng hợp:']).toEqual({ table: 0, row: 1, cell: 1, column: 1, depth: 1 });
    expect(where['Quý II']).toEqual({ table: 1, row: 0, cell: 1, column: 1, depth: 2 });
    expect(where['Đạt']).toEqual({ table: 0, row: 1, cell: 1, column: 1, depth: 1 });
    expect(where['Đoạn sau bảng']).toBeNull();
  });

  test('a deleted table row is left out', () => {
    const body = `<w:tbl><w:tr>${`<w:tc>${p('Giữ lại')}</w:tc>`}</w:tr><w:tr><w:trPr><w:del w:id="9" w:author="TTr"/></w:trPr><w:tc><w:p><w:del w:id="10" w:author="TTr"><w:r><w:delText>Hàng đã xoá</w:delText></w:r></w:del></w:p></w:tc></w:tr></w:tbl>`;
    expect(readDocx(rawDocx({ body })).paragraphs.map((paragraph) => paragraph.text)).toEqual(['Giữ lại']);
  });
});

describe('styles and numbering read from the XML', () => {
  test('a localized heading style id with the English built-in name, and a direct outline level', () => {
    const styles = `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="uMuc1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:caps/></w:rPr></w:style>`;
    const body = p('Kết quả thực hiện', { style: 'uMuc1' }) + `<w:p><w:pPr><w:outlineLvl w:val="1"/></w:pPr>${run('Công tác tuyên truyền')}</w:p>` + p('Nội dung.');
    const model = readDocx(rawDocx({ body, styles }));
    expect(model.paragraphs[0]).toMatchObject({ styleId: 'uMuc1', styleName: 'heading 1', builtInHeading: 1, bold: true, allCaps: true, headingSource: 'style' });
    expect(model.paragraphs[1]).toMatchObject({ outlineLevel: 2, level: 2, headingSource: 'outlineLevel' });
    expect(model.paragraphs[2]).toMatchObject({ styleId: 'Normal', level: null });
  });

  test('numbering given by a paragraph style, continued across w:num that share a definition, restarted by startOverride', () => {
    const numbering =
      `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/><w:suff w:val="space"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl></w:abstractNum>` +
      `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>` +
      `<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="4"/></w:lvlOverride></w:num>`;
    const styles = `<w:style w:type="paragraph" w:styleId="MucLon"><w:name w:val="Mục lớn"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>`;
    const numbered = (text: string, numId: string, ilvl: number) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>${run(text)}</w:p>`;
    const body =
      p('KẾT QUẢ', { style: 'MucLon' }) +
      numbered('Tuyên truyền', '1', 1) +
      numbered('Công khai', '1', 1) +
      numbered('ĐÁNH GIÁ', '2', 0) +
      numbered('Ưu điểm', '2', 1) +
      numbered('KIẾN NGHỊ', '3', 0) +
      `<w:p><w:pPr><w:pStyle w:val="MucLon"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr>${run('Không đánh số')}</w:p>`;
    const model = readDocx(rawDocx({ body, styles, numbering }));
    expect(model.paragraphs.map((paragraph) => paragraph.text)).toEqual([
      'I. KẾT QUẢ',
      'a)\tTuyên truyền',
      'b)\tCông khai',
      'II. ĐÁNH GIÁ',
      'a)\tƯu điểm',
      'IV. KIẾN NGHỊ',
      'Không đánh số',
    ]);
  });
});

describe('legacy fonts and text boxes', () => {
  const body =
    `<w:p>${run('B¸o c¸o kÕt qu¶', '<w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/>')}</w:p>` +
    `<w:p>${run('Có hộp văn bản')}<w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wps:txbx><w:txbxContent>${p('Chữ trong hộp')}</w:txbxContent></wps:txbx></wp:inline></w:drawing></w:r></w:p>`;

  test('văn bản gõ phông .VnTime (TCVN3) được chuyển sang Unicode theo mặc định, có cảnh báo', () => {
    const model = readDocx(rawDocx({ body }));
    expect(model.paragraphs[0]).toMatchObject({ text: 'Báo cáo kết quả', legacyFont: '.VnTime' });
    expect(model.warnings[0]!.code).toBe('DOCX_LEGACY_FONT_CONVERTED');
  });

  test('VNI-Times cũng được chuyển; chữ Unicode thật trong phông cũ thì giữ nguyên', () => {
    const vni = `<w:p>${run('Xin chaøo caùc baïn', '<w:rFonts w:ascii="VNI-Times" w:hAnsi="VNI-Times"/>')}</w:p><w:p>${run('Đã là Unicode', '<w:rFonts w:ascii=".VnTime"/>')}</w:p>`;
    const model = readDocx(rawDocx({ body: vni }));
    expect(model.paragraphs.map((p) => p.text)).toEqual(['Xin chào các bạn', 'Đã là Unicode']);
  });

  test('runs in a .Vn font are flagged, with a warning, and kept as written without a converter', () => {
    const model = readDocx(rawDocx({ body }), { convertLegacy: false });
    expect(model.paragraphs[0]).toMatchObject({ text: 'B¸o c¸o kÕt qu¶', legacyFont: '.VnTime' });
    expect(model.warnings.map((warning) => warning.code)).toEqual(['DOCX_LEGACY_FONT', 'DOCX_TEXT_BOX_SKIPPED']);
    expect(model.warnings[0]!.vi).toContain('.VnTime');
    expect(model.paragraphs[1]!.text).toBe('Có hộp văn bản');
    expect(JSON.stringify(model.paragraphs)).not.toContain('Chữ trong hộp');
  });

  test('a converter hook is called with the run text and its font', () => {
    const calls: [string, string][] = [];
    const model = readDocx(rawDocx({ body }), {
      convertLegacy: (text, font) => {
        calls.push([text, font]);
        return 'Báo cáo kết quả';
      },
    });
    expect(calls).toEqual([['B¸o c¸o kÕt qu¶', '.VnTime']]);
    expect(model.paragraphs[0]!.text).toBe('Báo cáo kết quả');
    expect(model.warnings[0]!.code).toBe('DOCX_LEGACY_FONT_CONVERTED');
  });
});

describe('thẻ của content control', () => {
  test('đoạn nằm trong content control mang thẻ của nó; đoạn thường không có thẻ', () => {
    const body =
      '<w:p><w:r><w:t>1. Trách nhiệm giải trình</w:t></w:r></w:p>' +
      '<w:sdt><w:sdtPr><w:tag w:val="pctn:placeholder"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>Kết quả thực hiện: ...</w:t></w:r></w:p></w:sdtContent></w:sdt>' +
      '<w:p><w:r><w:t xml:space="preserve">Theo </w:t></w:r><w:sdt><w:sdtPr><w:tag w:val="pctn:citation:nd-59-2019"/></w:sdtPr><w:sdtContent><w:r><w:t>Nghị định số 59/2019/NĐ-CP</w:t></w:r></w:sdtContent></w:sdt></w:p>';
    const model = readDocx(rawDocx({ body }));
    expect(model.paragraphs.map((p) => p.tag)).toEqual([undefined, 'pctn:placeholder', 'pctn:citation:nd-59-2019']);
    expect(model.paragraphs[2]!.text).toBe('Theo Nghị định số 59/2019/NĐ-CP');
  });
});
