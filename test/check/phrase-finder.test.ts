import { PhraseFinder } from '../../src/check/match/phrase-finder';

describe('PhraseFinder', () => {
  const phrases = ['chỉ đạo', 'lãnh đạo, chỉ đạo', 'kê khai', 'ai tài', 'a', '', 'đạo'];
  const finder = new PhraseFinder(phrases);
  const texts = ['', 'a', 'lãnh đạo, chỉ đạo việc kê khai tài sản', 'khai tài sản', 'chỉ đạochỉ đạo', 'không có gì', 'đạo'];

  it.each(texts)('finds what filter and includes find, in the list order: %p', (text) => {
    expect(finder.foundIn(text)).toEqual(phrases.filter((phrase) => text.includes(phrase)));
  });

  it('is ready for the next text after a find', () => {
    expect(finder.foundIn('kê khai')).toEqual(['kê khai', 'a', '']);
    expect(finder.foundIn('chỉ đạo')).toEqual(['chỉ đạo', '', 'đạo']);
  });
});
