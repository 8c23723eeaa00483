import { findPhrase, ngramSimilarity, normalizeForMatch, syllableNgrams, tokenize, tokenizeText } from '../../src/text';

const texts = (input: string): string[] => tokenize(input).map((token) => token.text);

describe('tokenize', () => {
  it('splits Vietnamese syllables on spaces and punctuation', () => {
    expect(texts('Tăng cường công tác lãnh đạo, chỉ đạo; triển khai (đồng bộ).')).toEqual([
      'tăng', 'cường', 'công', 'tác', 'lãnh', 'đạo', 'chỉ', 'đạo', 'triển', 'khai', 'đồng', 'bộ',
    ]);
  });

  it('keeps ký hiệu, dates and numbers whole and says what they are', () => {
    const tokens = tokenize('Chỉ thị số 10/CT-TTg, Nghị định 59/2019/NĐ-CP ngày 01/07/2019; quý I/2023; 1.234,5 triệu đồng; QH14');
    const byText = new Map(tokens.map((token) => [token.text, token.kind]));
    expect(byText.get('10/ct-ttg')).toBe('code');
    expect(byText.get('59/2019/nđ-cp')).toBe('code');
    expect(byText.get('01/07/2019')).toBe('code');
    expect(byText.get('i/2023')).toBe('code');
    expect(byText.get('1.234,5')).toBe('number');
    expect(byText.get('qh14')).toBe('code');
    expect(byText.get('chỉ')).toBe('word');
    expect(texts('1186/SNV-TTr')).toEqual(['1186/snv-ttr']);
  });

  it('splits a hyphen or slash between lower-case words but keeps it inside a code', () => {
    expect(texts('kinh tế-xã hội và/hoặc')).toEqual(['kinh', 'tế', 'xã', 'hội', 'và', 'hoặc']);
    expect(texts('KT-XH; V/v')).toEqual(['kt-xh', 'v/v']);
  });

  it('ends a sentence-final number at the full stop', () => {
    expect(texts('đạt 100%. Tiếp tục')).toEqual(['đạt', '100', 'tiếp', 'tục']);
  });

  it('gives each token its span in the normalized and the original text', () => {
    const original = 'Uỷ  ban\u00a0nhân dân tỉnh';
    const normalized = normalizeForMatch(original);
    const tokens = tokenize(normalized);
    expect(tokens.map((token) => original.slice(token.original.start, token.original.end))).toEqual(['Uỷ', 'ban', 'nhân', 'dân', 'tỉnh']);
    expect(tokens.map((token) => normalized.text.slice(token.start, token.end))).toEqual(['ủy', 'ban', 'nhân', 'dân', 'tỉnh']);
  });

  it('returns punctuation tokens only when asked', () => {
    const tokens = tokenize('đạo, chỉ', { punctuation: true });
    expect(tokens.map((token) => `${token.text}:${token.kind}`)).toEqual(['đạo:word', ',:punct', 'chỉ:word']);
  });

  it('tokenizes with expansion through tokenizeText', () => {
    expect(tokenizeText('Công tác PCTN', { expandAbbreviations: true }).map((token) => token.text)).toEqual([
      'công', 'tác', 'phòng', 'chống', 'tham', 'nhũng',
    ]);
  });
});

describe('syllable n-grams and phrases', () => {
  it('builds n-grams across punctuation', () => {
    const grams = syllableNgrams(tokenize('phòng, chống tham nhũng', { punctuation: true }), 2).map((gram) => gram.key);
    expect(grams).toEqual(['phòng chống', 'chống tham', 'tham nhũng']);
  });

  it('finds a phrase whatever the tone style, case and punctuation, with its original span', () => {
    const original = 'Thực hiện công tác PHÒNG, CHỐNG tham nhũng và phòng chống tham nhũng; Uỷ ban nhân dân';
    const matches = findPhrase(tokenize(original), tokenize('phòng chống tham nhũng'));
    expect(matches.map((match) => original.slice(match.original.start, match.original.end))).toEqual([
      'PHÒNG, CHỐNG tham nhũng',
      'phòng chống tham nhũng',
    ]);
    const uyBan = findPhrase(tokenize(original), tokenize('Ủy ban'));
    expect(uyBan.map((match) => original.slice(match.original.start, match.original.end))).toEqual(['Uỷ ban']);
  });

  it('finds nothing for an empty needle or an absent phrase', () => {
    expect(findPhrase(tokenize('công tác cán bộ'), tokenize(''))).toEqual([]);
    expect(findPhrase(tokenize('công tác cán bộ'), tokenize('tham nhũng'))).toEqual([]);
  });

  it('scores similar task wordings higher than unrelated ones', () => {
    const task = tokenize('Tổ chức kê khai tài sản, thu nhập năm 2023 theo quy định');
    const close = tokenize('Đã tổ chức kê khai tài sản, thu nhập năm 2023 theo qui định');
    const far = tokenize('Tuyên truyền, phổ biến, giáo dục pháp luật');
    expect(ngramSimilarity(task, task)).toBe(1);
    expect(ngramSimilarity(task, close)).toBeGreaterThan(0.8);
    expect(ngramSimilarity(task, far)).toBe(0);
    expect(ngramSimilarity(tokenize('PCTN'), tokenize('pctn'))).toBe(1);
    expect(ngramSimilarity(tokenize(''), tokenize('a b'))).toBe(0);
  });
});
