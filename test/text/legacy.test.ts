import { convertLegacy, convertLegacyMapped, detectLegacyEncoding, originalSlice } from '../../src/text';
import { encodeTcvn3, encodeVni } from './support/legacy-encoder';

const TONES = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];
const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
/** Every Vietnamese vowel letter with every tone, lower case (72 letters). */
const LOWER_LETTERS = VOWELS.flatMap((vowel) => TONES.map((tone) => (vowel + tone).normalize('NFC')));

const SENTENCE = 'Báo cáo kết quả công tác phòng, chống tham nhũng quý I năm 2023 của Sở Nội vụ tỉnh Quảng Ngãi; Ủy ban nhân dân tỉnh chỉ đạo thực hiện nghiêm túc.';
const PANGRAM = 'Đường lối đổi mới: khuyến khích người dân tự nguyện kê khai tài sản, thu nhập; xử lý nghiêm vi phạm, giữ vững kỷ cương.';

describe('TCVN3 (ABC)', () => {
  it('converts the published samples', () => {
    expect(convertLegacy('B¶o Th¾ng', 'tcvn3')).toBe('Bảo Thắng');
    expect(convertLegacy('B¸t X¸t', 'tcvn3')).toBe('Bát Xát');
    expect(convertLegacy('M\u00adêng Kh\u00ad¬ng', 'tcvn3')).toBe('Mường Khương');
  });

  it('converts hand-written TCVN3 words', () => {
    expect(convertLegacy('c¸n bé, c«ng chøc', 'tcvn3')).toBe('cán bộ, công chức');
    expect(convertLegacy('phßng, chèng tham nhòng', 'tcvn3')).toBe('phòng, chống tham nhũng');
    expect(convertLegacy('§¶ng ñy', 'tcvn3')).toBe('Đảng ủy');
  });

  it('round-trips every lower-case letter with every tone, and đ', () => {
    expect(LOWER_LETTERS).toHaveLength(72);
    for (const letter of [...LOWER_LETTERS, 'đ']) {
      const encoded = encodeTcvn3(letter);
      expect(encoded).toHaveLength(1);
      expect(convertLegacy(encoded, 'tcvn3')).toBe(letter);
    }
  });

  it('round-trips the toneless capitals Ă Â Ê Ô Ơ Ư Đ', () => {
    for (const letter of ['Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ']) expect(convertLegacy(encodeTcvn3(letter), 'tcvn3')).toBe(letter);
  });

  it('reads capital fonts (.VnTimeH) as capitals: every toned capital round-trips', () => {
    for (const letter of LOWER_LETTERS) {
      const capital = letter.toUpperCase();
      expect(convertLegacy(encodeTcvn3(capital, true), 'tcvn3', { capitals: true })).toBe(capital);
    }
    expect(convertLegacy('b¸o c¸o kÕt qu¶', 'tcvn3', { capitals: true })).toBe('BÁO CÁO KẾT QUẢ');
  });

  it('round-trips whole sentences', () => {
    for (const sentence of [SENTENCE.toLowerCase(), PANGRAM.toLowerCase()]) {
      const encoded = encodeTcvn3(sentence);
      expect(encoded).not.toBe(sentence);
      expect(convertLegacy(encoded, 'tcvn3')).toBe(sentence);
    }
    expect(convertLegacy(encodeTcvn3(SENTENCE.toUpperCase(), true), 'tcvn3', { capitals: true })).toBe(SENTENCE.toUpperCase());
  });

  it('maps every converted letter back to its byte', () => {
    const legacy = 'c«ng t¸c';
    const converted = convertLegacyMapped(legacy, 'tcvn3');
    expect(converted.text).toBe('công tác');
    expect(originalSlice(converted, 5, 8)).toBe('t¸c');
  });
});

describe('VNI-Windows', () => {
  it('converts the published sample', () => {
    expect(convertLegacy('Xin chaøo caùc baïn', 'vni')).toBe('Xin chào các bạn');
  });

  it('converts hand-written VNI words, capitals included', () => {
    expect(convertLegacy('Ñaûng uûy', 'vni')).toBe('Đảng ủy');
    expect(convertLegacy('phoøng, choáng tham nhuõng', 'vni')).toBe('phòng, chống tham nhũng');
    expect(convertLegacy('Ban Chæ ñaïo; Sôû Noäi vuï', 'vni')).toBe('Ban Chỉ đạo; Sở Nội vụ');
    expect(convertLegacy('BAÙO CAÙO', 'vni')).toBe('BÁO CÁO');
    expect(convertLegacy('ÑÖÔØNG', 'vni')).toBe('ĐƯỜNG');
  });

  it('round-trips every letter with every tone, in both cases, and đ', () => {
    for (const letter of [...LOWER_LETTERS, 'đ']) {
      expect(convertLegacy(encodeVni(letter), 'vni')).toBe(letter);
      expect(convertLegacy(encodeVni(letter.toUpperCase()), 'vni')).toBe(letter.toUpperCase());
    }
  });

  it('round-trips whole sentences', () => {
    for (const sentence of [SENTENCE, PANGRAM, SENTENCE.toUpperCase()]) {
      const encoded = encodeVni(sentence);
      expect(encoded).not.toBe(sentence);
      expect(convertLegacy(encoded, 'vni')).toBe(sentence);
    }
  });

  it('maps a two-byte letter back to both bytes', () => {
    const converted = convertLegacyMapped('caùc', 'vni');
    expect(converted.text).toBe('các');
    expect(originalSlice(converted, 1, 2)).toBe('aù');
  });

  it('rejects an unknown encoding with a bilingual error', () => {
    expect(() => convertLegacy('abc', 'viscii' as never)).toThrow(/Bảng mã cũ.*Unsupported legacy encoding/);
  });
});

describe('detectLegacyEncoding', () => {
  it('detects TCVN3 text', () => {
    expect(detectLegacyEncoding('B¶o Th¾ng').encoding).toBe('tcvn3');
    expect(detectLegacyEncoding(encodeTcvn3(SENTENCE.toLowerCase())).encoding).toBe('tcvn3');
    expect(detectLegacyEncoding(encodeTcvn3(PANGRAM.toLowerCase())).reason).toBe('characters');
  });

  it('detects VNI text', () => {
    expect(detectLegacyEncoding('Xin chaøo caùc baïn').encoding).toBe('vni');
    expect(detectLegacyEncoding(encodeVni(SENTENCE)).encoding).toBe('vni');
    expect(detectLegacyEncoding(encodeVni(PANGRAM.toUpperCase())).encoding).toBe('vni');
  });

  it('never detects ordinary Unicode Vietnamese, in either tone style or in NFD', () => {
    for (const text of [
      SENTENCE,
      PANGRAM,
      SENTENCE.normalize('NFD'),
      'Cộng hoà xã hội chủ nghĩa Việt Nam. Độc lập - Tự do - Hạnh phúc. Hoà bình, khoẻ mạnh, thuỷ lợi.',
      'hoà hoá',
      'Hà Nội, ngày 05 tháng 01 năm 2023',
    ]) {
      expect(detectLegacyEncoding(text).encoding).toBeNull();
    }
  });

  it('never detects English text', () => {
    for (const text of [
      'The department reports on anti-corruption work every quarter.',
      'Résumé of the café meeting: naïve plans, “quotes” and © 2023 — fine.',
      '',
    ]) {
      expect(detectLegacyEncoding(text).encoding).toBeNull();
    }
  });

  it('follows a font name hint', () => {
    expect(detectLegacyEncoding('Ban chØ ®¹o', '.VnTime')).toEqual(expect.objectContaining({ encoding: 'tcvn3', capitals: false, reason: 'font' }));
    expect(detectLegacyEncoding('b¸o c¸o', '.VnTimeH')).toEqual(expect.objectContaining({ encoding: 'tcvn3', capitals: true }));
    expect(detectLegacyEncoding('ke hoach', '.VnArialH').capitals).toBe(true);
    expect(detectLegacyEncoding('Baùo caùo', 'VNI-Times').encoding).toBe('vni');
  });

  it('ignores a legacy font name on text that is already Unicode', () => {
    expect(detectLegacyEncoding('Báo cáo kết quả', '.VnTime').encoding).toBeNull();
    expect(detectLegacyEncoding('Báo cáo kết quả', 'VNI-Times').encoding).toBeNull();
  });
});
