/** Nhận xét của người rà soát: nhiều nhận xét trong một lần gọi Word, số lần đồng bộ không tăng theo tài liệu. */
import { AppError, isAppError } from '../../src/errors/app-error';
import { WordHost } from '../../src/word/host';
import { FakeOfficeSettings, FakeWordDocument, type FakeParagraphSpec, type FakeWordOptions } from '../support/fake-word';
import { REPORT, longReport } from './fixtures';

function word(specs: FakeParagraphSpec[] = REPORT, options?: FakeWordOptions) {
  const fake = new FakeWordDocument(specs.map((spec) => ({ ...spec })), options);
  const host = new WordHost(fake.run, { isSetSupported: fake.isSetSupported, settings: new FakeOfficeSettings() });
  return { fake, host };
}

describe('WordHost.comments (nhiều nhận xét một lượt)', () => {
  test('mỗi nhận xét ở đúng đoạn, không đoạn nào bị sửa, chỉ một Word.run', async () => {
    const { fake, host } = word(REPORT, { wordApiMinor: 4 });
    const model = await host.read();
    const target = model.paragraphs.find((p) => p.text === 'KIẾN NGHỊ, ĐỀ XUẤT')!;
    const texts = fake.texts();
    const runsBefore = fake.contexts.length;
    await host.comments([
      { locator: target.locator, text: 'Thanh tra Sở: Chưa báo cáo kết quả nhiệm vụ II.3.e.1.' },
      { locator: null, text: 'Thanh tra Sở: Thiếu phần: Phương hướng, nhiệm vụ kỳ tới.' },
      { locator: { index: 99999, textHash: 'deadbeef' }, text: 'Thanh tra Sở: đoạn đã bị xóa.' },
    ]);
    expect(fake.contexts.length - runsBefore).toBe(1);
    expect(fake.comments.map((c) => [c.paragraph.wordText, c.text])).toEqual([
      ['KIẾN NGHỊ, ĐỀ XUẤT', 'Thanh tra Sở: Chưa báo cáo kết quả nhiệm vụ II.3.e.1.'],
      ['ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI', 'Thanh tra Sở: Thiếu phần: Phương hướng, nhiệm vụ kỳ tới.'],
      ['ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI', 'Thanh tra Sở: đoạn đã bị xóa.'],
    ]);
    expect(fake.texts()).toEqual(texts);
  });

  test('số lần đồng bộ như nhau với 10 và 5.000 đoạn, 1 hay 20 nhận xét', async () => {
    const syncs = async (size: number, count: number) => {
      const { fake, host } = word(longReport(size), { wordApiMinor: 4 });
      const model = await host.read();
      const entries = model.paragraphs.slice(0, count).map((p) => ({ locator: p.locator, text: `Nhận xét ${p.index}` }));
      await host.comments(entries);
      return fake.contexts.at(-1)!.syncCount;
    };
    const small = await syncs(10, 1);
    expect(await syncs(5000, 20)).toBe(small);
    expect(small).toBeLessThanOrEqual(3);
  });

  test('Word 2019/2021 (WordApi 1.3): lỗi hai thứ tiếng, không đụng vào tài liệu', async () => {
    const { fake, host } = word(REPORT, { wordApiMinor: 3 });
    let error: AppError | null = null;
    try {
      await host.comments([{ locator: null, text: 'Thanh tra Sở: thiếu nơi nhận.' }]);
    } catch (e) {
      if (isAppError(e)) error = e;
    }
    expect(error?.code).toBe('comments-unsupported');
    expect(error?.vi).toMatch(/^Ghi nhận xét cần Word/);
    expect(fake.comments).toEqual([]);
  });
});
