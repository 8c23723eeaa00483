import { normalizeForMatch, originalSlice, sameText, toOriginalSpan } from '../../src/text';

const expand = (text: string): string => normalizeForMatch(text, { expandAbbreviations: true }).text;

describe('abbreviation expansion', () => {
  it.each([
    ['PCTN', 'phòng, chống tham nhũng'],
    ['PCTNTC', 'phòng, chống tham nhũng, tiêu cực'],
    ['CBCCVC', 'cán bộ, công chức, viên chức'],
    ['CBCC', 'cán bộ, công chức'],
    ['CCVC', 'công chức, viên chức'],
    ['CCHC', 'cải cách hành chính'],
    ['XĐLI', 'xung đột lợi ích'],
    ['TSTN', 'tài sản, thu nhập'],
    ['QTƯX', 'quy tắc ứng xử'],
    ['UBND', 'ủy ban nhân dân'],
    ['HĐND', 'hội đồng nhân dân'],
    ['TTĐT', 'thông tin điện tử'],
    ['TTHC', 'thủ tục hành chính'],
    ['CNTT', 'công nghệ thông tin'],
    ['NSNN', 'ngân sách nhà nước'],
    ['VP', 'văn phòng'],
    ['TTr', 'thanh tra'],
    ['TTCP', 'thanh tra chính phủ'],
  ])('expands %s as a whole word', (abbreviation, expansion) => {
    expect(expand(`công tác ${abbreviation} năm 2023`)).toBe(`công tác ${expansion} năm 2023`);
  });

  it('đọc chữ tắt quen dùng của cán bộ: CC, VC, CB, KLKC, TS, TN, QCCTNB, TTKDTM (chỉ khi đứng riêng, không trong ký hiệu)', () => {
    expect(expand('đã bố trí 01 CC kế toán; 02 VC, 01 CB')).toBe('đã bố trí 01 công chức kế toán; 02 viên chức, 01 cán bộ');
    expect(expand('lồng ghép k/tra KLKC, QTƯX')).toBe('lồng ghép kiểm tra kỷ luật, kỷ cương, quy tắc ứng xử');
    expect(expand('hướng dẫn kê khai TS, TN hằng năm')).toBe('hướng dẫn kê khai tài sản, thu nhập hằng năm');
    expect(expand('sửa đổi QCCTNB; chi trả TTKDTM')).toBe('sửa đổi quy chế chi tiêu nội bộ; chi trả thanh toán không dùng tiền mặt');
    // Inside a ký hiệu, and as part of a longer word, nothing changes.
    expect(expand('Số: 10/BC-CC')).toBe('số: 10/bc-cc');
    expect(expand('CCVC')).toBe('công chức, viên chức');
  });

  it('chữ tắt của thực hành tiết kiệm, chống lãng phí và của kiểm tra, giám sát: THTK, CLP, KTGS, BTTND, ĐVSN', () => {
    expect(expand('xây dựng Chương trình THTK, CLP năm 2027')).toBe('xây dựng chương trình thực hành tiết kiệm, chống lãng phí năm 2027');
    expect(expand('kết quả THTK; công tác CLP')).toBe('kết quả thực hành tiết kiệm; công tác chống lãng phí');
    expect(expand('Chương trình KTGS của BTTND tại 03 ĐVSN')).toBe('chương trình kiểm tra, giám sát của ban thanh tra nhân dân tại 03 đơn vị sự nghiệp');
    expect(expand('Số: 12/KH-THTK')).toBe('số: 12/kh-thtk');
  });

  it('chữ tắt gõ không dấu (vội, hoặc máy không có bộ gõ tiếng Việt) vẫn được đọc: QTUX, XDLI, TTDT, HDND, NLD', () => {
    expect(expand('CC thực hiện đúng QTUX; ký cam kết không có XDLI')).toBe('công chức thực hiện đúng quy tắc ứng xử; ký cam kết không có xung đột lợi ích');
    expect(expand('đăng trên Trang TTDT; báo cáo HDND xã; 12 NLD')).toBe('đăng trên trang thông tin điện tử; báo cáo hội đồng nhân dân xã; 12 người lao động');
    // Within a ký hiệu nothing changes, as for the marked forms.
    expect(expand('Nghị quyết số 05/NQ-HDND')).toBe('nghị quyết số 05/nq-hdnd');
  });

  it('expands forms that span punctuation: KN, TC and PCTN, TC', () => {
    expect(expand('giải quyết KN, TC')).toBe('giải quyết khiếu nại, tố cáo');
    expect(expand('giải quyết KN,TC kịp thời')).toBe('giải quyết khiếu nại, tố cáo kịp thời');
    expect(expand('công tác PCTN, TC')).toBe('công tác phòng, chống tham nhũng, tiêu cực');
  });

  it('expands signature prefixes and subject lines: TM., KT., V/v', () => {
    expect(expand('TM. UBND TỈNH')).toBe('thay mặt ủy ban nhân dân tỉnh');
    expect(expand('KT. GIÁM ĐỐC')).toBe('ký thay giám đốc');
    expect(expand('V/v báo cáo công tác PCTN')).toBe('về việc báo cáo công tác phòng, chống tham nhũng');
  });

  it('expands the hyphenated KT-XH', () => {
    expect(expand('phát triển KT-XH')).toBe('phát triển kinh tế - xã hội');
  });

  it('leaves abbreviations inside a ký hiệu alone', () => {
    expect(expand('Quyết định số 1090/QĐ-UBND')).toBe('quyết định số 1090/qđ-ubnd');
    expect(expand('Công văn số 1186/SNV-TTr')).toBe('công văn số 1186/snv-ttr');
    expect(expand('Chỉ thị số 10-CT/TU')).toBe('chỉ thị số 10-ct/tu');
  });

  it('only expands the abbreviation as written: lower-case words stay words', () => {
    expect(expand('vp')).toBe('vp');
    expect(expand('Pctn')).toBe('pctn');
    expect(expand('PCTNX')).toBe('pctnx');
  });

  it('falls back to the shorter form when the longer one is not written as the abbreviation', () => {
    expect(expand('PCTN, tc')).toBe('phòng, chống tham nhũng, tc');
  });

  it('makes the abbreviation and its written-out form compare equal', () => {
    const options = { expandAbbreviations: true };
    expect(sameText('Kết quả công tác PCTN của UBND tỉnh', 'Kết quả công tác phòng, chống tham nhũng của Uỷ ban nhân dân tỉnh', options)).toBe(true);
    expect(sameText('Kết quả công tác PCTN', 'Kết quả công tác phòng, chống tham nhũng')).toBe(false);
  });

  it('maps any match inside an expansion back to the whole abbreviation', () => {
    const original = 'Báo cáo của UBND tỉnh về CBCC cấp xã';
    const normalized = normalizeForMatch(original, { expandAbbreviations: true });
    for (const needle of ['nhân dân', 'ủy ban', 'ủy ban nhân dân', 'công chức']) {
      const at = normalized.text.indexOf(needle);
      expect(at).toBeGreaterThanOrEqual(0);
      const slice = originalSlice(normalized, at, at + needle.length);
      expect(['UBND', 'CBCC']).toContain(slice);
    }
    const at = normalized.text.indexOf('tỉnh');
    expect(toOriginalSpan(normalized, at - 'dân '.length, at + 4)).toEqual({ start: original.indexOf('UBND'), end: original.indexOf('tỉnh') + 4 });
  });

  it('expands abbreviations typed in NFD or with a soft hyphen inside', () => {
    expect(expand('HĐND'.normalize('NFD'))).toBe('hội đồng nhân dân');
    expect(expand('PC\u00adTN')).toBe('phòng, chống tham nhũng');
  });

  it('keeps case in the expansion when case folding is off', () => {
    expect(normalizeForMatch('UBND tỉnh', { expandAbbreviations: true, foldCase: false }).text).toBe('Ủy ban nhân dân tỉnh');
  });

  it('works with the accent-free fold', () => {
    expect(normalizeForMatch('HĐND tỉnh', { expandAbbreviations: true, accents: false }).text).toBe('hoi dong nhan dan tinh');
  });
});
