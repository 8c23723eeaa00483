/** Con trỏ ở đoạn nào: một lần gọi Word, số lần đồng bộ không tăng theo độ dài tài liệu. */
import { WordHost } from '../../src/word/host';
import { FakeOfficeSettings, FakeWordDocument, type FakeParagraphSpec } from '../support/fake-word';
import { REPORT, longReport } from './fixtures';

function word(specs: FakeParagraphSpec[] = REPORT) {
  const fake = new FakeWordDocument(specs.map((spec) => ({ ...spec })));
  return { fake, host: new WordHost(fake.run, { isSetSupported: fake.isSetSupported, settings: new FakeOfficeSettings() }) };
}

describe('WordHost.cursorIndex', () => {
  test('chỉ số đoạn có con trỏ khớp với mô hình đọc được; không ghi gì vào tài liệu', async () => {
    const { fake, host } = word();
    fake.placeCursor(5, 2);
    const index = await host.cursorIndex();
    const model = await host.read();
    expect(index).toBe(5);
    expect(model.paragraphs[5]!.text.endsWith(fake.texts()[5]!)).toBe(true);
    expect(fake.contexts.flatMap((c) => c.writes)).toEqual([]);
  });

  test('một lần đồng bộ cho 10 hay 5.000 đoạn', async () => {
    const syncs = async (size: number) => {
      const { fake, host } = word(longReport(size));
      fake.placeCursor(size - 2);
      expect(await host.cursorIndex()).toBe(size - 2);
      return fake.contexts.at(-1)!.syncCount;
    };
    expect(await syncs(10)).toBe(1);
    expect(await syncs(5000)).toBe(1);
  });
});
