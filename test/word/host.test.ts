import type { Block } from '../../src/compose/blocks';
import type { Locator } from '../../src/document/model';
import { textHash } from '../../src/document/hash';
import { AppError, isAppError } from '../../src/errors/app-error';
import { DocumentSettings } from '../../src/word/document-settings';
import { WordHost } from '../../src/word/host';
import {
  FakeOfficeSettings,
  FakeWordDocument,
  type FakeParagraphSpec,
  type FakeParagraphState,
  type FakeRequestContext,
  type FakeWordOptions,
} from '../support/fake-word';
import { REPORT, longReport } from './fixtures';

function word(specs: FakeParagraphSpec[] = REPORT, options?: FakeWordOptions) {
  const fake = new FakeWordDocument(
    specs.map((spec) => ({ ...spec })),
    options,
  );
  const settings = new FakeOfficeSettings();
  const host = new WordHost(fake.run, { isSetSupported: fake.isSetSupported, settings });
  return { fake, host, settings };
}

const lastContext = (fake: FakeWordDocument): FakeRequestContext => {
  const context = fake.contexts.at(-1);
  if (!context) throw new Error('no Word.run was made');
  return context;
};

async function locatorOf(host: WordHost, text: string): Promise<Locator> {
  const model = await host.read();
  const paragraph = model.paragraphs.find((p) => p.text === text);
  if (!paragraph) throw new Error(`no paragraph "${text}" in the fixture`);
  return paragraph.locator;
}

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

const PAGE_SETUP: Block = {
  kind: 'pageSetup',
  paper: 'A4',
  marginsMm: { top: 20, bottom: 20, left: 30, right: 15 },
  font: { name: 'Times New Roman', sizePt: 14 },
};

/** Every kind of block, in the order a report section would have them. */
const BLOCKS: Block[] = [
  { kind: 'heading', level: 1, label: 'II.', text: 'KẾT QUẢ THỰC HIỆN CÔNG TÁC PHÒNG, CHỐNG THAM NHŨNG' },
  { kind: 'heading', level: 2, label: null, text: 'Công tác kê khai, kiểm soát tài sản, thu nhập' },
  {
    kind: 'paragraph',
    runs: [
      { text: 'Trong kỳ, ' },
      { text: '45/45', bold: true },
      { text: ' người có nghĩa vụ đã kê khai tài sản, thu nhập ' },
      { text: '(đạt 100%)', italic: true },
      { text: '.' },
    ],
    format: { alignment: 'justify', firstLineIndentMm: 10 },
  },
  { kind: 'placeholder', text: 'Kết quả thực hiện: ...', tag: 'pctn:placeholder' },
  {
    kind: 'citation',
    text: 'Nghị định số 130/2020/NĐ-CP ngày 30 tháng 10 năm 2020 của Chính phủ về kiểm soát tài sản, thu nhập',
    registryId: 'nd-130-2020',
    form: 'full',
  },
  {
    kind: 'table',
    rows: [
      [[{ text: 'Nội dung' }], [{ text: 'Số lượng' }]],
      [[{ text: 'Số người phải kê khai' }], [{ text: '45' }]],
    ],
    borders: true,
  },
  PAGE_SETUP,
];

const INSERTED_TEXTS = [
  'II. KẾT QUẢ THỰC HIỆN CÔNG TÁC PHÒNG, CHỐNG THAM NHŨNG',
  'Công tác kê khai, kiểm soát tài sản, thu nhập',
  'Trong kỳ, 45/45 người có nghĩa vụ đã kê khai tài sản, thu nhập (đạt 100%).',
  'Kết quả thực hiện: ...',
  'Nghị định số 130/2020/NĐ-CP ngày 30 tháng 10 năm 2020 của Chính phủ về kiểm soát tài sản, thu nhập',
  'Nội dung',
  'Số lượng',
  'Số người phải kê khai',
  '45',
];

/** The original paragraphs, their texts, and a check that all of them survive unchanged and in order. */
function snapshot(fake: FakeWordDocument) {
  const originals = [...fake.paragraphs];
  const texts = originals.map((p) => p.wordText);
  return {
    originals,
    /** Asserts nothing was lost or changed, and returns the inserted paragraphs (a contiguous run) and where they start. */
    check(): { inserted: FakeParagraphState[]; at: number } {
      const kept = fake.paragraphs.filter((p) => originals.includes(p));
      expect(kept).toEqual(originals);
      expect(kept.map((p) => p.wordText)).toEqual(texts);
      const at = fake.paragraphs.findIndex((p) => !originals.includes(p));
      const inserted = fake.paragraphs.filter((p) => !originals.includes(p));
      expect(fake.paragraphs.slice(at, at + inserted.length)).toEqual(inserted);
      return { inserted, at };
    },
  };
}

function expectOnlyAdditions(context: FakeRequestContext): void {
  const methods = context.writes.map((w) => w.method);
  expect(methods).not.toContain('delete');
  expect(methods).not.toContain('clear');
  expect(methods).not.toContain('insertHtml');
  expect(methods).not.toContain('insertOoxml');
  expect(context.insertions.filter((i) => i.location === 'Replace')).toEqual([]);
  // Paragraphs and tables always go after something; text only at the end of a new paragraph.
  for (const insertion of context.insertions) {
    expect(insertion.location).toBe(insertion.method === 'insertText' ? 'End' : 'After');
  }
}

describe('WordHost.insert: no text is ever lost', () => {
  it('(a) after a selection spanning two paragraphs: the selection is kept, blocks follow its last paragraph', async () => {
    const { fake, host } = word();
    fake.selectText({ index: 2, offset: 2 }, { index: 3, offset: 10 });
    const before = snapshot(fake);
    const outcome = await host.insertBlocks(BLOCKS, { kind: 'cursor' });
    const { inserted, at } = before.check();
    expect(at).toBe(4);
    expect(inserted.map((p) => p.wordText)).toEqual(INSERTED_TEXTS);
    expect(fake.paragraphs[at - 1]?.wordText).toBe('Kết quả công tác phòng, chống tham nhũng quý I năm 2023');
    expect(fake.paragraphs[at + inserted.length]?.wordText).toBe('KẾT QUẢ CÔNG TÁC PHÒNG, CHỐNG THAM NHŨNG');
    expect(outcome.first).toEqual({ index: 4, textHash: textHash(INSERTED_TEXTS[0] as string) });
    expectOnlyAdditions(lastContext(fake));
    // The user's selection itself is untouched.
    expect(fake.cursor?.start.paragraph).toBe(before.originals[2]);
    expect(fake.cursor?.end.paragraph).toBe(before.originals[3]);
  });

  it('(b) with the cursor inside a table cell: blocks go after the whole table, the table keeps its cells', async () => {
    const { fake, host } = word();
    fake.placeCursor(10, 3);
    const before = snapshot(fake);
    const first = await host.insert(BLOCKS, { kind: 'cursor' });
    const { inserted, at } = before.check();
    expect(at).toBe(12);
    expect(inserted.map((p) => p.wordText)).toEqual(INSERTED_TEXTS);
    expect(inserted[0]?.depth).toBe(0);
    expect(fake.tableAt(before.originals[8] as FakeParagraphState, 1)?.map((p) => p.wordText)).toEqual(['Tên văn bản', 'Số lượng', 'Kế hoạch', '02']);
    expect(fake.paragraphs[at + inserted.length]?.wordText).toMatch(/^Số liệu tính từ ngày 15\/12\/2022/);
    expect(first).toEqual({ index: 12, textHash: textHash(INSERTED_TEXTS[0] as string) });
    expectOnlyAdditions(lastContext(fake));
  });

  it('(c) at the end of the body: blocks follow the last paragraph (Word keeps a paragraph after a final table)', async () => {
    const { fake, host } = word();
    const before = snapshot(fake);
    const first = await host.insert(BLOCKS, { kind: 'end' });
    const { inserted, at } = before.check();
    expect(at).toBe(REPORT.length);
    expect(inserted.map((p) => p.wordText)).toEqual([...INSERTED_TEXTS, '']);
    expect(first?.index).toBe(REPORT.length);
    expectOnlyAdditions(lastContext(fake));
  });

  it('(d) after a located list paragraph: blocks follow it and do not continue its numbering', async () => {
    const { fake, host } = word();
    const locator = await locatorOf(host, 'a) Việc quán triệt, tuyên truyền, phổ biến chủ trương, chính sách');
    const before = snapshot(fake);
    const first = await host.insert(BLOCKS, { kind: 'after', locator });
    const { inserted, at } = before.check();
    expect(at).toBe(7);
    expect(inserted.map((p) => p.wordText)).toEqual(INSERTED_TEXTS);
    expect(inserted.every((p) => p.spec.list === undefined)).toBe(true);
    expect(fake.paragraphs[at + inserted.length]?.wordText).toMatch(/^Sở đã ban hành Kế hoạch số 45\/KH-SNV/);
    expect(first).toEqual({ index: 7, textHash: textHash(INSERTED_TEXTS[0] as string) });
    expectOnlyAdditions(lastContext(fake));
  });

  it('returns a locator the reader and select agree with', async () => {
    const { fake, host } = word();
    const locator = await locatorOf(host, 'KIẾN NGHỊ, ĐỀ XUẤT');
    const first = await host.insert(BLOCKS.slice(2), { kind: 'after', locator });
    if (!first) throw new Error('nothing inserted');
    const model = await host.read();
    expect(model.paragraphs[first.index]?.locator).toEqual(first);
    expect(await host.select(first)).toEqual({ found: true });
    expect(fake.selection?.paragraph.wordText).toBe(INSERTED_TEXTS[2]);
  });

  it('refuses to insert after a paragraph that is gone, and changes nothing', async () => {
    const { fake, host } = word();
    const locator = await locatorOf(host, 'KIẾN NGHỊ, ĐỀ XUẤT');
    fake.removeParagraphAt(locator.index);
    const texts = fake.texts();
    const error = await rejection(host.insert(BLOCKS, { kind: 'after', locator }));
    expect(error.code).toBe('paragraph-not-found');
    expect(error.vi).toMatch(/Không tìm thấy đoạn văn/);
    expect(error.en).toMatch(/can no longer be found/);
    expect(fake.texts()).toEqual(texts);
  });

  it('keeps two tables in a row apart with an empty paragraph (Word would merge them)', async () => {
    const { fake, host } = word();
    const table = (label: string): Block => ({ kind: 'table', rows: [[[{ text: label }], [{ text: 'Ghi chú' }]]], borders: true });
    const before = snapshot(fake);
    await host.insert([table('Bảng 1'), table('Bảng 2')], { kind: 'end' });
    const { inserted } = before.check();
    expect(inserted.map((p) => p.wordText)).toEqual(['Bảng 1', 'Ghi chú', '', 'Bảng 2', 'Ghi chú', '']);
    expect(fake.tableAt(inserted[0] as FakeParagraphState, 1)).toHaveLength(2);
    expect(fake.tableAt(inserted[3] as FakeParagraphState, 1)).toHaveLength(2);
  });

  it('gives nothing to insert a null locator and makes no write', async () => {
    const { fake, host } = word();
    expect(await host.insert([], { kind: 'end' })).toBeNull();
    expect(fake.contexts.flatMap((c) => c.writes)).toEqual([]);
  });
});

describe('WordHost.insert: what the blocks become in Word', () => {
  it('sets built-in heading styles, runs, content controls, a bold header row and the decree font', async () => {
    const { fake, host } = word();
    const before = snapshot(fake);
    // After a bold, centred paragraph: the new paragraphs must not take its formatting.
    await host.insert(BLOCKS, { kind: 'after', locator: (await host.read()).paragraphs[3]?.locator as Locator });
    const [heading1, heading2, body, placeholder, citation, ...cells] = before.check().inserted;
    expect(heading1?.spec).toMatchObject({ styleBuiltIn: 'Heading1', alignment: 'Justified', bold: true, italic: false, fontName: 'Times New Roman', fontSize: 14, fontColor: '#000000' });
    expect(heading2?.spec).toMatchObject({ styleBuiltIn: 'Heading2', bold: true, fontName: 'Times New Roman' });
    expect(body?.spec).toMatchObject({ styleBuiltIn: 'Normal', alignment: 'Justified', bold: false, fontName: 'Times New Roman', fontSize: 14 });
    expect(body?.spec.firstLineIndent).toBeCloseTo(28.35, 1);
    expect(body?.spec.runs?.map((r) => [r.text, r.bold, r.italic])).toEqual([
      ['Trong kỳ, ', false, false],
      ['45/45', true, false],
      [' người có nghĩa vụ đã kê khai tài sản, thu nhập ', false, false],
      ['(đạt 100%)', false, true],
      ['.', false, false],
    ]);
    expect(placeholder?.spec).toMatchObject({ styleBuiltIn: 'Normal', italic: true, alignment: 'Justified' });
    expect(placeholder?.spec.contentControl).toEqual({ tag: 'pctn:placeholder', title: 'Nội dung cần điền', appearance: 'Tags' });
    expect(citation?.spec.alignment).toBe('Justified');
    expect(citation?.spec.contentControl).toEqual({ tag: 'pctn:citation:nd-130-2020', title: 'Trích dẫn văn bản', appearance: 'BoundingBox' });
    expect(placeholder?.spec.contentControl).not.toBe(citation?.spec.contentControl);
    expect(cells.map((c) => [c.wordText, c.spec.bold, c.spec.fontName, c.depth])).toEqual([
      ['Nội dung', true, 'Times New Roman', 1],
      ['Số lượng', true, 'Times New Roman', 1],
      ['Số người phải kê khai', false, 'Times New Roman', 1],
      ['45', false, 'Times New Roman', 1],
    ]);
  });

  it('reads back as headings of the outline, the label typed as text', async () => {
    const { host } = word();
    const first = await host.insert(BLOCKS.slice(0, 3), { kind: 'end' });
    const model = await host.read();
    const heading = model.paragraphs[first?.index ?? -1];
    expect(heading).toMatchObject({ builtInHeading: 1, label: 'II.', body: 'KẾT QUẢ THỰC HIỆN CÔNG TÁC PHÒNG, CHỐNG THAM NHŨNG' });
    expect(model.paragraphs[(first?.index ?? -1) + 1]).toMatchObject({ builtInHeading: 2, label: null });
  });

  it('types a line break inside a paragraph as a manual line break, not a new paragraph', async () => {
    const { fake, host } = word();
    await host.insert([{ kind: 'placeholder', text: 'Số liệu:\nNguồn: Thanh tra Sở.', tag: 'pctn:placeholder' }], { kind: 'end' });
    expect(fake.paragraphs.at(-1)?.wordText).toBe('Số liệu:\u000bNguồn: Thanh tra Sở.');
  });

  it('sets A4 and the margins in points where WordApiDesktop 1.3 exists', async () => {
    const { fake, host } = word(REPORT, { wordApiDesktopMinor: 3 });
    const outcome = await host.insertBlocks(BLOCKS, { kind: 'end' });
    expect(outcome.notes).toEqual([]);
    expect(fake.pageSetup.paperSize).toBe('A4');
    expect(fake.pageSetup.topMargin).toBeCloseTo(56.69, 1);
    expect(fake.pageSetup.leftMargin).toBeCloseTo(85.04, 1);
    expect(fake.pageSetup.rightMargin).toBeCloseTo(42.52, 1);
    expect(lastContext(fake).syncCount).toBe(3);
  });

  it('says in Vietnamese and English how to set the margins by hand elsewhere, and still inserts', async () => {
    const { fake, host } = word();
    const outcome = await host.insertBlocks(BLOCKS, { kind: 'end' });
    expect(outcome.notes).toHaveLength(1);
    expect(outcome.notes[0]?.code).toBe('page-setup-unsupported');
    expect(outcome.notes[0]?.vi).toMatch(/trái 30 mm, phải 15 mm; khổ giấy A4/);
    expect(outcome.notes[0]?.en).toMatch(/left 30 mm, right 15 mm; paper A4/);
    expect(fake.pageSetup).toEqual({});
    expect(outcome.first?.index).toBe(REPORT.length);
    expect(lastContext(fake).writes.some((w) => /Margin|paperSize/.test(w.method))).toBe(false);
  });

  it('refuses on a Word older than WordApi 1.3, with the bilingual reason', async () => {
    const { fake, host } = word(REPORT, { wordApiMinor: 1 });
    const error = await rejection(host.insert(BLOCKS, { kind: 'end' }));
    expect(error.code).toBe('word-api-too-old');
    expect(error.vi).toMatch(/WordApi 1\.3/);
    expect(fake.contexts).toHaveLength(0);
  });
});

describe('WordHost: round trips do not grow with the document', () => {
  const CONTENT = BLOCKS.filter((block) => block.kind !== 'pageSetup');

  async function syncsOf(size: number) {
    const { fake, host } = word(longReport(size), { wordApiMinor: 4 });
    const counts: Record<string, number> = {};
    const count = async (name: string, action: () => Promise<unknown>) => {
      const runs = fake.contexts.length;
      await action();
      expect(fake.contexts.length).toBe(runs + 1);
      counts[name] = lastContext(fake).syncCount;
    };
    let model = await host.read();
    await count('read', () => host.read());
    const target = model.paragraphs[size - 4]?.locator as Locator;
    await count('select', () => host.select(target));
    fake.placeCursor(size - 3, 5);
    await count('insert at the cursor', () => host.insert(CONTENT, { kind: 'cursor' }));
    await count('insert at the end', () => host.insert(CONTENT, { kind: 'end' }));
    model = await host.read();
    await count('insert after a locator', () => host.insert(CONTENT, { kind: 'after', locator: model.paragraphs[5]?.locator as Locator }));
    await count('comment on a paragraph', () => host.comment(model.paragraphs[3]?.locator as Locator, 'Đề nghị bổ sung số liệu.'));
    await count('comment at the start', () => host.comment(null, 'Đề nghị rà soát thể thức.'));
    const runs = fake.contexts.length;
    await host.setSetting('ignoredFindings', ['rule-1']);
    await host.getSetting('ignoredFindings');
    expect(fake.contexts.length).toBe(runs);
    return counts;
  }

  it('takes the same, small number of syncs for 10 and 5,000 paragraphs', async () => {
    const small = await syncsOf(10);
    const large = await syncsOf(5000);
    expect(large).toEqual(small);
    expect(small).toEqual({
      read: 2,
      select: 3,
      'insert at the cursor': 2,
      'insert at the end': 2,
      'insert after a locator': 4,
      'comment on a paragraph': 3,
      'comment at the start': 1,
    });
    // (Counts, not time: the 5,000-paragraph fake document only needs longer than jest's default on a loaded machine.)
  }, 30000);

  it('loads only named properties when inserting', async () => {
    const { fake, host } = word();
    await host.insert(CONTENT, { kind: 'end' });
    const loads = lastContext(fake).loads;
    expect(loads.every((load) => load.properties.every((p) => p !== '$all'))).toBe(true);
    expect(loads.map((load) => load.on).sort()).toEqual(['ListItem', 'Paragraph', 'Paragraph', 'ParagraphCollection', 'Table', 'Table', 'Table']);
  });
});

describe('WordHost.comment', () => {
  it('on WordApi 1.3 refuses with the bilingual comments-unsupported error, without touching Word', async () => {
    const { fake, host } = word(REPORT, { wordApiMinor: 3 });
    const locator = await locatorOf(host, 'KIẾN NGHỊ, ĐỀ XUẤT');
    const runs = fake.contexts.length;
    const error = await rejection(host.comment(locator, 'Đề nghị bổ sung kiến nghị cụ thể.'));
    expect(error.code).toBe('comments-unsupported');
    expect(error.vi).toMatch(/^Ghi nhận xét cần .*WordApi 1\.4/);
    expect(error.vi).toMatch(/Sao chép/);
    expect(error.en).toMatch(/WordApi 1\.4/);
    expect(fake.contexts.length).toBe(runs);
    expect(fake.comments).toEqual([]);
  });

  it('gives the same error when Word claims 1.4 but has no comments', async () => {
    const { fake, host } = word(REPORT, { wordApiMinor: 3, claimWordApiMinor: 4 });
    const locator = await locatorOf(host, 'KIẾN NGHỊ, ĐỀ XUẤT');
    const error = await rejection(host.comment(locator, 'Đề nghị bổ sung kiến nghị cụ thể.'));
    expect(error.code).toBe('comments-unsupported');
    expect(fake.comments).toEqual([]);
  });

  it('on WordApi 1.4 adds exactly one comment at the located paragraph', async () => {
    const { fake, host } = word(REPORT, { wordApiMinor: 4 });
    const locator = await locatorOf(host, 'KIẾN NGHỊ, ĐỀ XUẤT');
    fake.insertParagraphAt(1, { text: 'Số: 125/BC-SNV' });
    const texts = fake.texts();
    await host.comment(locator, 'Mục này cần nêu kiến nghị cụ thể với Thanh tra tỉnh.');
    expect(fake.comments).toHaveLength(1);
    expect(fake.comments[0]?.paragraph.wordText).toBe('KIẾN NGHỊ, ĐỀ XUẤT');
    expect(fake.comments[0]?.text).toBe('Mục này cần nêu kiến nghị cụ thể với Thanh tra tỉnh.');
    expect(fake.texts()).toEqual(texts);
    expect(lastContext(fake).writes).toEqual([{ on: 'Range', method: 'insertComment' }]);
  });

  it('anchors at the first paragraph when there is no locator', async () => {
    const { fake, host } = word(REPORT, { wordApiMinor: 4 });
    await host.comment(null, 'Thiếu số, ký hiệu văn bản.');
    expect(fake.comments.map((c) => c.paragraph.wordText)).toEqual(['ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI']);
  });

  it('says so when the paragraph is gone, and when the text is empty', async () => {
    const { fake, host } = word(REPORT, { wordApiMinor: 4 });
    const locator = await locatorOf(host, 'KIẾN NGHỊ, ĐỀ XUẤT');
    fake.removeParagraphAt(locator.index);
    expect((await rejection(host.comment(locator, 'Ghi chú'))).code).toBe('paragraph-not-found');
    const empty = await rejection(host.comment(null, '   '));
    expect(empty.code).toBe('comment-empty');
    expect(empty.vi).toMatch(/trống/);
    expect(fake.comments).toEqual([]);
  });
});

describe('WordHost settings (Office.context.document.settings)', () => {
  const IGNORED = { ignored: [{ rule: 'thieu-so-lieu', paragraph: 'Không có.' }], note: 'Đã rà soát với Thanh tra Sở' };

  it('round-trips JSON values through the document, saved once per change', async () => {
    const { host, settings, fake } = word();
    expect(await host.getSetting('ignoredFindings')).toBeUndefined();
    await host.setSetting('ignoredFindings', IGNORED);
    expect(settings.saveCalls).toBe(1);
    expect(await host.getSetting('ignoredFindings')).toEqual(IGNORED);
    const reopened = new WordHost(fake.run, { isSetSupported: fake.isSetSupported, settings: settings.reopen() });
    expect(await reopened.getSetting('ignoredFindings')).toEqual(IGNORED);
    await host.setSetting('empty', null);
    expect(await host.getSetting('empty')).toBeNull();
    await host.setSetting('ignoredFindings', undefined);
    expect(await host.getSetting('ignoredFindings')).toBeUndefined();
  });

  it('turns a failed save into a bilingual error', async () => {
    const { host, settings } = word();
    settings.failSaves = true;
    const error = await rejection(host.setSetting('ignoredFindings', IGNORED));
    expect(error.code).toBe('settings-save-failed');
    expect(error.vi).toMatch(/Không lưu được thiết lập vào tài liệu \(mã lỗi 5001\)/);
    expect(error.en).toMatch(/could not be saved/);
  });

  it('refuses values that are not JSON, and does not hang when Office never answers', async () => {
    const { host, settings } = word();
    expect((await rejection(host.setSetting('count', 10n))).code).toBe('setting-not-json');
    expect(settings.saveCalls).toBe(0);
    settings.neverAnswer = true;
    const error = await rejection(new DocumentSettings(settings, 20).set('ignoredFindings', IGNORED));
    expect(error.code).toBe('settings-save-failed');
  });

  it('says clearly when there are no document settings', async () => {
    const { fake } = word();
    const host = new WordHost(fake.run, { isSetSupported: fake.isSetSupported, settings: null });
    const error = await rejection(host.getSetting('ignoredFindings'));
    expect(error.code).toBe('settings-unavailable');
    expect(error.vi).toMatch(/thiết lập/);
  });
});

describe('WordHost: read, select and capabilities', () => {
  it('reads the model and reports progress', async () => {
    const { host } = word();
    const progress: [number, number][] = [];
    const model = await host.read((done, total) => progress.push([done, total]));
    expect(model.paragraphs).toHaveLength(REPORT.length);
    expect(model.paragraphs[4]?.text).toBe('I. KẾT QUẢ CÔNG TÁC PHÒNG, CHỐNG THAM NHŨNG');
    expect(progress).toEqual([[REPORT.length, REPORT.length]]);
  });

  it('selects a located paragraph, and says when it is gone', async () => {
    const { fake, host } = word();
    const locator = await locatorOf(host, 'KIẾN NGHỊ, ĐỀ XUẤT');
    expect(await host.select(locator)).toEqual({ found: true });
    expect(fake.selection?.index).toBe(13);
    fake.removeParagraphAt(13);
    expect(await host.select(locator)).toMatchObject({ found: false, code: 'paragraph-not-found' });
  });

  it('describes what this Word can do', () => {
    expect(word(REPORT, { wordApiMinor: 3 }).host.capabilities).toEqual({
      comments: false,
      contentControls: true,
      documentSettings: true,
      formatFixes: true,
      textFixes: true,
      description: 'Word (WordApi 1.3)',
    });
    expect(word(REPORT, { wordApiMinor: 6 }).host.capabilities).toMatchObject({ comments: true, description: 'Word (WordApi 1.6)' });
  });

  it('wraps an Office failure into a bilingual error', async () => {
    const failing = new WordHost(
      async () => {
        throw Object.assign(new Error('GeneralException'), { code: 'GeneralException', debugInfo: { errorLocation: 'Paragraph.insertParagraph' } });
      },
      { isSetSupported: () => true, settings: null },
    );
    const error = await rejection(failing.insert(BLOCKS, { kind: 'end' }));
    expect(error.code).toBe('word-api-error');
    expect(error.vi).toMatch(/chèn nội dung vào tài liệu \(mã lỗi GeneralException\)/);
    expect(error.en).toMatch(/insert into the document/);
  });
});
