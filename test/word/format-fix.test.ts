/**
 * "Sửa định dạng" trong Word: một Word.run, số lần sync cố định dù văn bản dài bao nhiêu; chỉ đổi phông, cỡ, đậm,
 * nghiêng của đúng các đoạn được chỉ và khổ giấy, lề; chữ không bao giờ đổi.
 */
import { WordHost } from '../../src/word/host';
import { FakeOfficeSettings, FakeWordDocument, type FakeParagraphSpec, type FakeWordOptions } from '../support/fake-word';
import { REPORT, longReport } from './fixtures';

function word(specs: FakeParagraphSpec[] = REPORT, options?: FakeWordOptions) {
  const fake = new FakeWordDocument(specs.map((spec) => ({ ...spec })), options);
  return { fake, host: new WordHost(fake.run, { isSetSupported: fake.isSetSupported, settings: new FakeOfficeSettings() }) };
}

const texts = (fake: FakeWordDocument) => fake.paragraphs.map((p) => p.wordText);

describe('sửa định dạng các đoạn', () => {
  test('đặt phông, cỡ, nghiêng cho đúng các đoạn được chỉ; chữ và các đoạn khác giữ nguyên; số sync như khi chuyển đến một đoạn', async () => {
    const { fake, host } = word();
    const model = await host.read();
    const before = texts(fake);
    const body = model.paragraphs.findIndex((p) => p.text.startsWith('Sở đã ban hành Kế hoạch số 45/KH-SNV'));
    const changes = [
      { locator: model.paragraphs[body]!.locator, font: { name: 'Times New Roman', sizePt: 14 } },
      { locator: model.paragraphs[1]!.locator, font: { italic: true } },
    ];
    const notes = await host.applyFormat({ kind: 'paragraphs', changes });
    expect(notes).toEqual([]);
    expect(texts(fake)).toEqual(before);
    expect(fake.paragraphs[body]!.spec).toMatchObject({ fontName: 'Times New Roman', fontSize: 14 });
    expect(fake.paragraphs[1]!.spec.italic).toBe(true);
    expect(fake.paragraphs[0]!.spec.italic).toBeUndefined();
    // The same read as "go to the paragraph", then one sync for the changes.
    const formatSyncs = fake.contexts.at(-1)!.syncCount;
    await host.select(changes[0]!.locator);
    expect(formatSyncs).toBe(fake.contexts.at(-1)!.syncCount);
  });

  test('văn bản 5.000 đoạn: cùng số lần sync như văn bản ngắn', async () => {
    const syncsFor = async (specs: FakeParagraphSpec[]) => {
      const { fake, host } = word(specs);
      const model = await host.read();
      const last = model.paragraphs.at(-1)!;
      await host.applyFormat({ kind: 'paragraphs', changes: [{ locator: last.locator, font: { bold: true } }] });
      return fake.contexts.at(-1)!.syncCount;
    };
    expect(await syncsFor(longReport(5000))).toBe(await syncsFor(REPORT));
  });

  test('đoạn đã bị sửa sau lần kiểm tra: để nguyên, báo song ngữ', async () => {
    const { fake, host } = word();
    const model = await host.read();
    const locator = model.paragraphs[2]!.locator;
    fake.paragraphs[2]!.spec.text = 'BÁO CÁO (đã sửa)';
    const notes = await host.applyFormat({ kind: 'paragraphs', changes: [{ locator, font: { bold: false } }] });
    expect(notes).toHaveLength(1);
    expect(notes[0]!.vi).toMatch(/^1 đoạn đã thay đổi từ lần kiểm tra trước nên chưa được sửa/);
    expect(notes[0]!.en).toMatch(/changed since the check/);
    expect(fake.paragraphs[2]!.spec.bold).toBe(true);
  });

  test('báo cho ngăn tác vụ biết tài liệu đã đổi (kết quả kiểm tra cũ)', async () => {
    const { host } = word();
    const model = await host.read();
    const heard: number[] = [];
    host.onContentChange(() => heard.push(1));
    await host.applyFormat({ kind: 'paragraphs', changes: [{ locator: model.paragraphs[0]!.locator, font: { sizePt: 13 } }] });
    expect(heard).toHaveLength(1);
  });
});

describe('sửa khổ giấy và lề', () => {
  const fix = { kind: 'page' as const, paper: 'A4' as const, marginsMm: { top: 20, bottom: 20, left: 30, right: 15 } };

  test('có WordApiDesktop 1.3: A4 và lề tính bằng point, một sync', async () => {
    const { fake, host } = word(REPORT, { wordApiDesktopMinor: 3 });
    expect(await host.applyFormat(fix)).toEqual([]);
    expect(fake.pageSetup).toMatchObject({ paperSize: 'A4' });
    expect(fake.pageSetup.leftMargin).toBeCloseTo(85.04, 1);
    expect(fake.pageSetup.rightMargin).toBeCloseTo(42.52, 1);
    expect(fake.contexts.at(-1)!.syncCount).toBe(1);
  });

  test('Word không có WordApiDesktop 1.3 (Word 2016/2019): không đổi gì, chỉ cách tự đặt bằng hai thứ tiếng', async () => {
    const { fake, host } = word();
    const notes = await host.applyFormat(fix);
    expect(notes).toHaveLength(1);
    expect(notes[0]!.vi).toMatch(/Lề \(Margins\).*trái 30 mm, phải 15 mm; khổ giấy A4/);
    expect(notes[0]!.en).toMatch(/left 30 mm, right 15 mm; paper A4/);
    expect(fake.pageSetup).toEqual({});
    expect(fake.contexts.at(-1)!.syncCount).toBe(0);
  });
});
