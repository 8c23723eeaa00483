import { readWordDocument } from '../../src/word/read-document';
import { resolveLocator, selectParagraph } from '../../src/word/locate';
import type { Locator } from '../../src/document/model';
import { FakeWordDocument, type FakeParagraphSpec, type FakeWordOptions } from '../support/fake-word';
import { REPORT, longReport } from './fixtures';

async function locatorOf(fake: FakeWordDocument, text: string): Promise<Locator> {
  const model = await readWordDocument(fake.newContext() as unknown as Word.RequestContext, { isSetSupported: fake.isSetSupported });
  const paragraph = model.paragraphs.find((p) => p.text === text);
  if (!paragraph) throw new Error(`no paragraph "${text}" in the fixture`);
  return paragraph.locator;
}

async function select(fake: FakeWordDocument, locator: Locator) {
  const context = fake.newContext();
  const result = await selectParagraph(context as unknown as Word.RequestContext, locator, { isSetSupported: fake.isSetSupported });
  return { result, context };
}

function document(specs: FakeParagraphSpec[] = REPORT, options?: FakeWordOptions): FakeWordDocument {
  return new FakeWordDocument(
    specs.map((spec) => ({ ...spec })),
    options,
  );
}

describe('selectParagraph: going back to a finding in a new Word.run', () => {
  it('selects the paragraph the locator points at, in three syncs, writing nothing', async () => {
    const fake = document();
    const locator = await locatorOf(fake, 'a) Việc quán triệt, tuyên truyền, phổ biến chủ trương, chính sách');
    const { result, context } = await select(fake, locator);
    expect(result).toEqual({ found: true, index: 6, moved: false });
    expect(fake.selection?.index).toBe(6);
    expect(fake.selection?.paragraph.spec.text).toBe('Việc quán triệt, tuyên truyền, phổ biến chủ trương, chính sách');
    expect(context.syncCount).toBe(3);
    expect(context.writes).toEqual([]);
    expect(context.loads[0]?.properties).toEqual(['items/text', 'items/isListItem']);
  });

  it('still finds it by its text after a paragraph was inserted before it', async () => {
    const fake = document();
    const locator = await locatorOf(fake, 'KIẾN NGHỊ, ĐỀ XUẤT');
    fake.insertParagraphAt(2, { text: 'Số: 125/BC-SNV' });
    const { result } = await select(fake, locator);
    expect(result).toEqual({ found: true, index: locator.index + 1, moved: true });
    expect(fake.selection?.paragraph.spec.text).toBe('KIẾN NGHỊ, ĐỀ XUẤT');
  });

  it('takes the nearest paragraph with the same text when the text repeats (the later one on a tie)', async () => {
    const specs: FakeParagraphSpec[] = [
      { text: 'Công tác tuyên truyền', list: { listString: '1.' } },
      { text: 'Không có.', list: { listString: '-' } },
      { text: 'Công tác kê khai tài sản', list: { listString: '2.' } },
      { text: 'Không có.', list: { listString: '-' } },
      { text: 'Công tác thanh tra', list: { listString: '3.' } },
      { text: 'Không có.', list: { listString: '-' } },
    ];
    const fake = document(specs);
    const model = await readWordDocument(fake.newContext() as unknown as Word.RequestContext, { isSetSupported: fake.isSetSupported });
    const locator = model.paragraphs[3]?.locator as Locator;
    fake.insertParagraphAt(0, { text: 'BÁO CÁO', bold: true });
    const { result } = await select(fake, locator);
    expect(result).toMatchObject({ found: true, index: 4 });
    expect(fake.selection?.index).toBe(4);
  });

  it('says clearly, in Vietnamese and English, when the paragraph is gone, and selects nothing', async () => {
    const fake = document();
    const locator = await locatorOf(fake, 'KIẾN NGHỊ, ĐỀ XUẤT');
    fake.removeParagraphAt(locator.index);
    const { result, context } = await select(fake, locator);
    expect(result).toMatchObject({ found: false, code: 'paragraph-not-found' });
    if (result.found) throw new Error('unreachable');
    expect(result.vi).toMatch(/Không tìm thấy đoạn văn/);
    expect(result.en).toMatch(/can no longer be found/);
    expect(fake.selection).toBeNull();
    expect(context.syncCount).toBe(2);
  });

  it('does not match a list paragraph whose numbering changed (the label is part of the text)', async () => {
    const fake = document();
    const locator = await locatorOf(fake, '1. Công tác lãnh đạo, chỉ đạo, điều hành');
    const paragraph = fake.paragraphs[5];
    if (!paragraph) throw new Error('fixture changed');
    paragraph.spec = { ...paragraph.spec, list: { listString: '2.', level: 1 } };
    const { result } = await select(fake, locator);
    expect(result.found).toBe(false);
  });

  it('resolves with the same text as the read on WordApi 1.6 with tracked deletions', async () => {
    const fake = document(REPORT, { wordApiMinor: 6 });
    const locator = await locatorOf(fake, 'Đề nghị Thanh tra tỉnh hướng dẫn cụ thể việc kê khai tài sản, thu nhập.');
    const { result, context } = await select(fake, locator);
    expect(result).toEqual({ found: true, index: 14, moved: false });
    expect(context.syncCount).toBe(3);
  });

  it('takes the same number of syncs in a 5,000-paragraph document', async () => {
    const fake = document(longReport(5000));
    const locator = await locatorOf(fake, 'Đã niêm yết công khai 12 thủ tục hành chính tại Bộ phận một cửa. (4973)');
    fake.insertParagraphAt(10, { text: 'Kính gửi: Thanh tra tỉnh Quảng Ngãi' });
    const { result, context } = await select(fake, locator);
    expect(result).toEqual({ found: true, index: 4974, moved: true });
    expect(context.syncCount).toBe(3);
  });
});

describe('resolveLocator', () => {
  it('prefers the same index, then the nearest same hash, else null', () => {
    expect(resolveLocator(['a', 'b', 'a', 'c'], { index: 2, textHash: 'a' })).toBe(2);
    expect(resolveLocator(['a', 'b', 'c', 'x', 'a'], { index: 3, textHash: 'a' })).toBe(4);
    expect(resolveLocator(['a', 'b', 'c', 'a', 'x', 'x', 'a'], { index: 2, textHash: 'a' })).toBe(3);
    expect(resolveLocator(['a', 'b', 'c', 'x', 'a'], { index: 2, textHash: 'a' })).toBe(4);
    expect(resolveLocator(['a', 'b'], { index: 5, textHash: 'z' })).toBeNull();
  });
});
