/**
 * "Ghi đầy đủ" trong Word: trích dẫn rút gọn ở lần nêu đầu được thay bằng dạng đầy đủ, chỉ đúng chỗ đã kiểm tra; Word có
 * theo dõi thay đổi (WordApi 1.4) thì chữ cũ còn lại dưới dạng thay đổi được theo dõi và chế độ theo dõi của người dùng
 * được trả lại; một Word.run, số lần sync cố định.
 */
import { checkReport } from '../../src/check';
import { plan2023 } from '../../src/plan';
import type { TextFix } from '../../src/document/text-fix';
import { WordHost } from '../../src/word/host';
import { FakeOfficeSettings, FakeWordDocument, type FakeParagraphSpec, type FakeWordOptions } from '../support/fake-word';
import { REPORT, longReport } from './fixtures';

const CITING = 'Đơn vị đã quán triệt Nghị định số 59/2019/NĐ-CP đến toàn thể công chức, viên chức.';
const FULL = 'Nghị định số 59/2019/NĐ-CP ngày 01/7/2019 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Phòng, chống tham nhũng';

function word(specs: FakeParagraphSpec[], options?: FakeWordOptions) {
  const fake = new FakeWordDocument(specs.map((spec) => ({ ...spec })), options);
  return { fake, host: new WordHost(fake.run, { isSetSupported: fake.isSetSupported, settings: new FakeOfficeSettings() }) };
}

const withCitation = (): FakeParagraphSpec[] => [...REPORT.slice(0, 8), { text: CITING }, ...REPORT.slice(8)];

async function fullCitationFix(host: WordHost): Promise<TextFix> {
  const result = checkReport(plan2023, await host.read());
  const finding = result.findings.find((f) => f.id.startsWith('citation:cite.first-mention-short') && f.action?.kind === 'fixText');
  if (finding?.action?.kind !== 'fixText') throw new Error('no "Ghi đầy đủ" finding');
  expect(finding.action.label).toBe('fullCitation');
  return finding.action.fix;
}

describe('ghi đầy đủ một trích dẫn', () => {
  test('Word theo dõi được thay đổi: chữ cũ thành phần xóa được theo dõi, dạng đầy đủ thành phần chèn; chế độ "Off" của người dùng được trả lại', async () => {
    const { fake, host } = word(withCitation(), { wordApiMinor: 4 });
    const fix = await fullCitationFix(host);
    expect(fix).toMatchObject({ expected: 'Nghị định số 59/2019/NĐ-CP', occurrence: 0, replacement: FULL });
    const others = fake.paragraphs.filter((p) => p.wordText !== CITING).map((p) => p.wordText);
    const result = await host.replaceText(fix);
    expect(result).toEqual({ replaced: true, notes: [] });
    const changed = fake.paragraphs.find((p) => p.originalText === CITING)!;
    expect(changed.spec.text).toEqual(['Đơn vị đã quán triệt ', { deleted: 'Nghị định số 59/2019/NĐ-CP' }, { inserted: FULL }, ' đến toàn thể công chức, viên chức.']);
    expect(fake.changeTrackingMode).toBe('Off');
    expect(fake.trackingModesSet).toEqual(['TrackAll', 'Off']);
    // Nothing else in the document changed.
    expect(fake.paragraphs.filter((p) => p !== changed).map((p) => p.wordText)).toEqual(others);
    // Checked again, the first mention is now in full.
    const again = checkReport(plan2023, await host.read());
    expect(again.findings.some((f) => f.id.startsWith('citation:cite.first-mention-short'))).toBe(false);
  });

  test('người dùng đang bật theo dõi thay đổi: vẫn bật sau khi sửa', async () => {
    const { fake, host } = word(withCitation(), { wordApiMinor: 4 });
    fake.changeTrackingMode = 'TrackMineOnly';
    await host.replaceText(await fullCitationFix(host));
    expect(fake.changeTrackingMode).toBe('TrackMineOnly');
  });

  test('Word 2016/2019 (WordApi 1.3): thay trực tiếp và nói rõ đã thay gì, cách hoàn tác (song ngữ)', async () => {
    const { fake, host } = word(withCitation(), { wordApiMinor: 3 });
    const result = await host.replaceText(await fullCitationFix(host));
    expect(result.replaced).toBe(true);
    expect(result.notes[0]!.vi).toBe(`Đã thay “Nghị định số 59/2019/NĐ-CP” bằng “${FULL}”. Word này không theo dõi được thay đổi: muốn trở lại, bấm Ctrl+Z.`);
    expect(result.notes[0]!.en).toMatch(/press Ctrl\+Z to undo/);
    expect(fake.paragraphs.some((p) => p.wordText === `Đơn vị đã quán triệt ${FULL} đến toàn thể công chức, viên chức.`)).toBe(true);
    expect(fake.trackingModesSet).toEqual([]);
  });

  test('chữ đã đổi từ lần kiểm tra: không thay gì, báo song ngữ', async () => {
    const { fake, host } = word(withCitation(), { wordApiMinor: 4 });
    const fix = await fullCitationFix(host);
    // The user wrote the citation in full meanwhile; the paragraph's other words are the same.
    const paragraph = fake.paragraphs.find((p) => p.wordText === CITING)!;
    paragraph.spec.text = CITING.replace('Nghị định số 59/2019/NĐ-CP', 'Nghị định số 59/2019/NĐ-CP ngày 01/7/2019 của Chính phủ');
    const before = fake.paragraphs.map((p) => p.wordText);
    const result = await host.replaceText(fix);
    expect(result.replaced).toBe(false);
    expect(result.notes[0]!.vi).toMatch(/^Đoạn văn đã thay đổi từ lần kiểm tra trước nên chưa sửa gì/);
    expect(fake.paragraphs.map((p) => p.wordText)).toEqual(before);
  });

  test('cùng trích dẫn nêu hai lần trong đoạn: chỉ lần được chỉ ra được thay', async () => {
    const twice = 'Nghị định số 59/2019/NĐ-CP (gọi tắt là Nghị định số 59/2019/NĐ-CP) đã được phổ biến.';
    const { fake, host } = word([{ text: 'Tổ chức quán triệt như sau.' }, { text: twice }], { wordApiMinor: 4 });
    const model = await host.read();
    const second = twice.lastIndexOf('Nghị định số 59/2019/NĐ-CP');
    const { textFixAt } = await import('../../src/document/text-fix');
    const fix = textFixAt(model.paragraphs[1]!.locator, twice, { start: second, end: second + 'Nghị định số 59/2019/NĐ-CP'.length }, 'NĐ 59');
    expect(fix.occurrence).toBe(1);
    await host.replaceText(fix);
    expect(fake.paragraphs[1]!.spec.text).toEqual(['Nghị định số 59/2019/NĐ-CP (gọi tắt là ', { deleted: 'Nghị định số 59/2019/NĐ-CP' }, { inserted: 'NĐ 59' }, ') đã được phổ biến.']);
  });

  test('văn bản 5.000 đoạn: cùng số lần sync như văn bản ngắn; một lần hơn "chuyển đến đoạn"', async () => {
    const syncsFor = async (specs: FakeParagraphSpec[]) => {
      const { fake, host } = word([...specs, { text: CITING }], { wordApiMinor: 4 });
      const model = await host.read();
      const last = model.paragraphs.at(-1)!;
      const at = CITING.indexOf('Nghị định');
      const { textFixAt } = await import('../../src/document/text-fix');
      await host.select(last.locator);
      const selectSyncs = fake.contexts.at(-1)!.syncCount;
      await host.replaceText(textFixAt(last.locator, CITING, { start: at, end: at + 'Nghị định số 59/2019/NĐ-CP'.length }, FULL));
      return { fixSyncs: fake.contexts.at(-1)!.syncCount, selectSyncs };
    };
    const short = await syncsFor(REPORT);
    const long = await syncsFor(longReport(5000));
    expect(long.fixSyncs).toBe(short.fixSyncs);
    expect(short.fixSyncs).toBe(short.selectSyncs + 1);
  });

  test('báo cho ngăn tác vụ biết tài liệu đã đổi chỉ khi đã thay', async () => {
    const { fake, host } = word(withCitation(), { wordApiMinor: 4 });
    const fix = await fullCitationFix(host);
    const heard: number[] = [];
    host.onContentChange(() => heard.push(1));
    fake.paragraphs.find((p) => p.wordText === CITING)!.spec.text = 'Đoạn đã viết lại.';
    await host.replaceText(fix);
    expect(heard).toHaveLength(0);
  });
});
