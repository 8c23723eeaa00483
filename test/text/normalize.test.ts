import { normalizeForMatch, originalSlice, toOriginalSpan } from '../../src/text';

const fold = (text: string): string => normalizeForMatch(text).text;

/** Windows-1258 style: vowel marks precomposed, tone marks combining (as typed with some keyboards). */
function windows1258Style(text: string): string {
  const tones = /[\u0300\u0301\u0303\u0309\u0323]/g;
  return Array.from(text.normalize('NFC'), (char) => {
    const decomposed = char.normalize('NFD');
    const tone = decomposed.match(tones)?.join('') ?? '';
    return decomposed.replace(tones, '').normalize('NFC') + tone;
  }).join('');
}

describe('Unicode forms', () => {
  const sentence = 'Báo cáo kết quả công tác phòng, chống tham nhũng quý I năm 2023 của Sở Nội vụ';

  it('folds NFD input to the same key as NFC input', () => {
    const nfd = sentence.normalize('NFD');
    expect(nfd).not.toBe(sentence);
    expect(fold(nfd)).toBe(fold(sentence));
    expect(fold(sentence)).toBe('báo cáo kết quả công tác phòng, chống tham nhũng quý i năm 2023 của sở nội vụ');
  });

  it('folds mixed Windows-1258-style input (precomposed ê/ơ/ư plus a combining tone)', () => {
    const mixed = windows1258Style(sentence);
    expect(mixed).toContain('\u00ea\u0301'); // ê + sắc in "kết"
    expect(mixed).toContain('\u01a1\u0309'); // ơ + hỏi in "Sở"
    expect(fold(mixed)).toBe(fold(sentence));
  });

  it('maps a match in NFD text back to exactly the decomposed characters of the word', () => {
    const nfd = 'Ủy ban nhân dân tỉnh Quảng Ngãi'.normalize('NFD');
    const normalized = normalizeForMatch(nfd);
    const at = normalized.text.indexOf('quảng ngãi');
    const span = toOriginalSpan(normalized, at, at + 'quảng ngãi'.length);
    expect(nfd.slice(span.start, span.end)).toBe('Quảng Ngãi'.normalize('NFD'));
    expect(span.end).toBe(nfd.length);
  });
});

describe('tone placement in open oa, oe, uy', () => {
  const pairs: Array<[string, string]> = [
    ['hoà', 'hòa'], ['hoá', 'hóa'], ['hoả', 'hỏa'], ['hoã', 'hõa'], ['hoạ', 'họa'],
    ['loè', 'lòe'], ['khoé', 'khóe'], ['khoẻ', 'khỏe'], ['khoẽ', 'khõe'], ['xoẹ', 'xọe'],
    ['tuỳ', 'tùy'], ['thuý', 'thúy'], ['uỷ', 'ủy'], ['luỹ', 'lũy'], ['thuỵ', 'thụy'],
  ];

  it.each(pairs)('%s and %s give the same key, the old style', (newStyle, oldStyle) => {
    expect(fold(newStyle)).toBe(oldStyle);
    expect(fold(oldStyle)).toBe(oldStyle);
  });

  it.each(pairs)('upper case %s folds like lower case', (newStyle, oldStyle) => {
    expect(fold(newStyle.toUpperCase())).toBe(oldStyle);
    expect(fold(oldStyle.toUpperCase())).toBe(oldStyle);
  });

  it('keeps upper case when case folding is off', () => {
    expect(normalizeForMatch('CỘNG HOÀ XÃ HỘI, UỶ BAN', { foldCase: false }).text).toBe('CỘNG HÒA XÃ HỘI, ỦY BAN');
  });

  it('folds inside running text, with NFD input too', () => {
    const text = 'Quốc hội khoá XV; Uỷ ban nhân dân; sức khoẻ; thuỷ lợi';
    expect(fold(text)).toBe('quốc hội khóa xv; ủy ban nhân dân; sức khỏe; thủy lợi');
    expect(fold(text.normalize('NFD'))).toBe(fold(text));
  });

  it('leaves the u of qu alone: quý, quỳnh', () => {
    expect(fold('quý')).toBe('quý');
    expect(fold('Quỳnh')).toBe('quỳnh');
    expect(fold('QUỸ phòng, chống thiên tai')).toBe('quỹ phòng, chống thiên tai');
  });

  it('leaves syllables with a final consonant or a third vowel alone: hoàng, toán, khuyến, ngoài, xoáy', () => {
    for (const word of ['hoàng', 'toán', 'khuyến', 'kế hoạch', 'khoảng', 'ngoài', 'xoáy', 'khuya', 'huỳnh']) {
      expect(fold(word)).toBe(word);
    }
  });

  it('moves the mapping of both vowels to the whole pair', () => {
    const normalized = normalizeForMatch('hoà');
    expect(toOriginalSpan(normalized, 0, 3)).toEqual({ start: 0, end: 3 });
    expect(toOriginalSpan(normalized, 1, 2)).toEqual({ start: 1, end: 3 });
  });
});

describe('i/y spelling variants', () => {
  it('folds whole-word qui to quy', () => {
    expect(fold('theo qui định')).toBe('theo quy định');
    expect(fold('Qui chế')).toBe('quy chế');
    expect(fold('quí I/2023')).toBe('quý i/2023');
    expect(fold('quĩ')).toBe('quỹ');
  });

  it('does not touch qui inside a longer word', () => {
    expect(fold('quinin')).toBe('quinin');
  });

  it('folds kĩ/kỹ, lí/lý, mĩ/mỹ and kì/kỳ to the y form', () => {
    expect(fold('kĩ năng')).toBe('kỹ năng');
    expect(fold('kỹ năng')).toBe('kỹ năng');
    expect(fold('lí do')).toBe('lý do');
    expect(fold('thẩm mĩ')).toBe('thẩm mỹ');
    expect(fold('kì báo cáo')).toBe('kỳ báo cáo');
    expect(fold('tỉ lệ')).toBe('tỷ lệ');
    expect(fold('KỈ LUẬT')).toBe('kỷ luật');
  });

  it('leaves other i syllables alone', () => {
    expect(fold('chỉ đạo, thị xã, chi tiêu')).toBe('chỉ đạo, thị xã, chi tiêu');
  });
});

describe('look-alikes, spacing and punctuation', () => {
  it('reads Ð (U+00D0) as Đ', () => {
    expect(fold('\u00d0ảng ủy')).toBe('đảng ủy');
    expect(fold('\u00d0ảm bảo')).toBe(fold('Đảm bảo'));
  });

  it.each([
    ['no-break space', 'Sở\u00a0Nội vụ'],
    ['vertical tab (manual line break)', 'Sở\u000bNội vụ'],
    ['tab', 'Sở\tNội vụ'],
    ['several spaces', 'Sở    Nội vụ'],
    ['paragraph mark and line feed', 'Sở\r\nNội vụ'],
    ['thin space', 'Sở\u2009Nội vụ'],
  ])('turns %s into one space', (_name, text) => {
    expect(fold(text)).toBe('sở nội vụ');
  });

  it.each([
    ['soft hyphen', 'tham\u00ad nhũng'],
    ['zero-width space', 'tham \u200bnhũng'],
    ['byte order mark', '\ufefftham nhũng'],
    ['zero-width non-joiner', 'tham\u200c nhũng'],
    ['zero-width joiner', 'tham nhũ\u200dng'],
  ])('removes the %s', (_name, text) => {
    expect(fold(text)).toBe('tham nhũng');
  });

  it('keeps one space when invisible characters sit between spaces', () => {
    expect(fold('Sở \u200b\u00ad Nội vụ')).toBe('sở nội vụ');
  });

  it('turns en dash, em dash and minus into a hyphen', () => {
    expect(fold('Độc lập – Tự do — Hạnh phúc')).toBe('độc lập - tự do - hạnh phúc');
    expect(fold('nhiệt độ \u22125')).toBe('nhiệt độ -5');
  });

  it('turns curly quotes into ASCII quotes', () => {
    expect(fold('“Kế hoạch” và ‘báo cáo’')).toBe('"kế hoạch" và \'báo cáo\'');
  });

  it('turns the ellipsis into three dots and maps them to the one character', () => {
    const normalized = normalizeForMatch('Nội dung…');
    expect(normalized.text).toBe('nội dung...');
    const at = normalized.text.indexOf('.');
    expect(toOriginalSpan(normalized, at, at + 1)).toEqual({ start: 8, end: 9 });
    expect(toOriginalSpan(normalized, at, at + 3)).toEqual({ start: 8, end: 9 });
  });

  it('lower-cases Vietnamese capitals after NFC', () => {
    expect(fold('KẾT QUẢ THỰC HIỆN CÔNG TÁC PCTN')).toBe('kết quả thực hiện công tác pctn');
    expect(fold('ĐƯỜNG LỐI CỦA ĐẢNG'.normalize('NFD'))).toBe('đường lối của đảng');
  });

  it('does not trim: that is the caller\'s job', () => {
    expect(fold('  Sở Nội vụ ')).toBe(' sở nội vụ ');
  });
});

describe('accent-free fold', () => {
  it('strips marks and maps đ to d', () => {
    expect(normalizeForMatch('Đảng ủy Sở Nội vụ', { accents: false }).text).toBe('dang uy so noi vu');
  });

  it('gives one key for every tone style and Unicode form', () => {
    const keys = ['Hoà bình', 'Hòa bình', 'HOÀ BÌNH'.normalize('NFD'), '\u00d0à Nẵng'].map(
      (text) => normalizeForMatch(text, { accents: false }).text,
    );
    expect(keys).toEqual(['hoa binh', 'hoa binh', 'hoa binh', 'da nang']);
  });

  it('keeps the offsets exact', () => {
    const original = 'Chỉ thị số 10/CT-TTg về đẩy mạnh';
    const normalized = normalizeForMatch(original, { accents: false });
    const at = normalized.text.indexOf('day manh');
    expect(originalSlice(normalized, at, at + 'day manh'.length)).toBe('đẩy mạnh');
  });
});

describe('spans', () => {
  it('rejects a span outside the text with a bilingual error', () => {
    const normalized = normalizeForMatch('Sở Nội vụ');
    expect(() => toOriginalSpan(normalized, 3, 99)).toThrow(/ngoài văn bản.*outside the normalized text/);
    expect(() => toOriginalSpan(normalized, 5, 4)).toThrow(/outside/);
  });

  it('maps an empty match to an empty span and keeps the end sentinel', () => {
    const original = 'a\u200b';
    const normalized = normalizeForMatch(original);
    expect(normalized.map.length).toBe(normalized.text.length + 1);
    expect(normalized.map[normalized.text.length]).toBe(original.length);
    expect(toOriginalSpan(normalized, 1, 1)).toEqual({ start: 2, end: 2 });
  });

  it('does not widen a match over removed characters around it', () => {
    const original = 'công\u00ad tác  PCTN';
    const normalized = normalizeForMatch(original);
    const at = normalized.text.indexOf('công');
    expect(toOriginalSpan(normalized, at, at + 4)).toEqual({ start: 0, end: 4 });
  });

  it('handles empty input', () => {
    const normalized = normalizeForMatch('');
    expect(normalized.text).toBe('');
    expect(Array.from(normalized.map)).toEqual([0]);
  });

  it('keeps characters outside the BMP whole', () => {
    const normalized = normalizeForMatch('Báo cáo 😀 xong');
    expect(normalized.text).toBe('báo cáo 😀 xong');
    const at = normalized.text.indexOf('😀');
    expect(originalSlice(normalized, at, at + 2)).toBe('😀');
  });
});

describe('scratch buffers reused from one text to the next', () => {
  it('gives every result maps of its own: a later text never changes an earlier result', () => {
    const first = normalizeForMatch('Ủy ban nhân dân tỉnh Quảng Ngãi', { expandAbbreviations: true });
    const before = { text: first.text, map: [...first.map], ends: [...first.ends] };
    normalizeForMatch('Kế hoạch PCTN của UBND tỉnh, CBCC thực hiện kê khai', { expandAbbreviations: true });
    normalizeForMatch('Hoà giải ở cơ sở', { accents: false });
    expect({ text: first.text, map: [...first.map], ends: [...first.ends] }).toEqual(before);
    expect(first.map).toHaveLength(first.text.length + 1);
    expect(first.ends).toHaveLength(first.text.length);
  });

  it('expands an abbreviation (normalized inside) while the paragraph is being built, spans intact', () => {
    const text = 'Thực hiện Kế hoạch PCTN năm 2023';
    const normalized = normalizeForMatch(text, { expandAbbreviations: true });
    const at = normalized.text.indexOf('phòng, chống tham nhũng');
    expect(at).toBeGreaterThan(0);
    expect(originalSlice(normalized, at, at + 'phòng, chống tham nhũng'.length)).toBe('PCTN');
    expect(originalSlice(normalized, 0, 'thực hiện'.length)).toBe('Thực hiện');
  });
});
