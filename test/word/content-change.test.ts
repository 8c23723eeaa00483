/** Kết quả kiểm tra "đã cũ": Word báo cho ngăn tác vụ khi nội dung tài liệu thay đổi sau lần kiểm tra. */
import type { Block } from '../../src/compose/blocks';
import { WordHost } from '../../src/word/host';
import { FakeOfficeSettings, FakeWordDocument, type FakeWordOptions } from '../support/fake-word';
import { REPORT } from './fixtures';

const HEADING: Block[] = [{ kind: 'heading', level: 2, label: null, text: 'Kiểm soát xung đột lợi ích' }];

function word(options?: FakeWordOptions) {
  const fake = new FakeWordDocument(REPORT.map((spec) => ({ ...spec })), options);
  return { fake, host: new WordHost(fake.run, { isSetSupported: fake.isSetSupported, settings: new FakeOfficeSettings() }) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('WordHost.onContentChange', () => {
  test('Word 2016/2019 (WordApi 1.3): không đăng ký sự kiện, nhưng mỗi lần chèn qua trợ lý vẫn báo thay đổi', async () => {
    const { fake, host } = word({ wordApiMinor: 3 });
    const heard: number[] = [];
    const stop = host.onContentChange(() => heard.push(1));
    await settle();
    expect(fake.contexts).toHaveLength(0);
    await host.insert(HEADING, { kind: 'end' });
    expect(heard).toHaveLength(1);
    stop();
    await host.insert(HEADING, { kind: 'end' });
    expect(heard).toHaveLength(1);
  });

  test('WordApi 1.6: ba sự kiện đoạn văn đăng ký trong một Word.run, một lần đồng bộ; người dùng sửa thì được báo', async () => {
    const { fake, host } = word({ wordApiMinor: 6 });
    const heard: string[] = [];
    host.onContentChange(() => heard.push('a'));
    host.onContentChange(() => heard.push('b'));
    await settle();
    expect(fake.contexts).toHaveLength(1);
    expect(fake.contexts[0]!.syncCount).toBe(1);
    expect(fake.contexts[0]!.writes).toEqual([]);
    expect(Object.values(fake.paragraphEvents).map((handlers) => handlers.length)).toEqual([1, 1, 1]);
    await fake.userEdits();
    expect(heard).toEqual(['a', 'b']);
  });

  test('một Word báo có WordApi 1.6 mà không có sự kiện: không lỗi, chỉ mất phần báo khi người dùng sửa', async () => {
    const { fake, host } = word({ wordApiMinor: 3, claimWordApiMinor: 6 });
    const heard: number[] = [];
    host.onContentChange(() => heard.push(1));
    await settle();
    await settle();
    expect(Object.values(fake.paragraphEvents).flat()).toEqual([]);
    await host.insert(HEADING, { kind: 'end' });
    expect(heard).toHaveLength(1);
  });
});
