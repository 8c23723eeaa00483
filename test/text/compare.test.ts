import { foldForCompare, sameText, stripAccents, toNfc } from '../../src/text';

describe('comparison helpers', () => {
  it('foldForCompare gives the trimmed match key', () => {
    expect(foldForCompare('  CỘNG HOÀ  XÃ HỘI\u00a0CHỦ NGHĨA VIỆT NAM ')).toBe('cộng hòa xã hội chủ nghĩa việt nam');
  });

  it('sameText ignores Unicode form, tone style, spacing, dashes and case', () => {
    expect(sameText('Độc lập – Tự do – Hạnh phúc', 'ĐỘC LẬP - TỰ DO - HẠNH PHÚC'.normalize('NFD'))).toBe(true);
    expect(sameText('Uỷ ban nhân dân', 'Ủy  ban nhân dân')).toBe(true);
    expect(sameText('Ủy ban nhân dân', 'Hội đồng nhân dân')).toBe(false);
    expect(sameText('tham nhũng', 'tham nhung')).toBe(false);
    expect(sameText('tham nhũng', 'tham nhung', { accents: false })).toBe(true);
  });

  it('stripAccents removes diacritics only, keeping case and punctuation', () => {
    expect(stripAccents('Đảng ủy Sở Nội vụ, QUẢNG NGÃI!')).toBe('Dang uy So Noi vu, QUANG NGAI!');
    expect(stripAccents('Phòng, chống tham nhũng'.normalize('NFD'))).toBe('Phong, chong tham nhung');
  });

  it('toNfc composes decomposed text', () => {
    const nfd = 'Nghị định'.normalize('NFD');
    expect(toNfc(nfd)).toBe('Nghị định');
    expect(toNfc(nfd).length).toBeLessThan(nfd.length);
  });
});
