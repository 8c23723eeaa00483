import { readPlanOutline } from '../../src/plan/import/outline';
import { readWordDocument, TRACKED_DELETIONS_WARNING, OPTIONAL_API_FAILED_WARNING } from '../../src/word/read-document';
import { textHash } from '../../src/document/hash';
import { isAppError } from '../../src/errors/app-error';
import { FakeWordDocument, type FakeWordOptions, type FakeParagraphSpec } from '../support/fake-word';
import { REPORT, longReport } from './fixtures';

async function read(specs: FakeParagraphSpec[], options: FakeWordOptions = {}, pageSize?: number) {
  const fake = new FakeWordDocument(specs, options);
  const context = fake.newContext();
  const progress: number[] = [];
  let yields = 0;
  const model = await readWordDocument(context as unknown as Word.RequestContext, {
    isSetSupported: fake.isSetSupported,
    name: 'bao-cao-quy-I.docx',
    pageSize,
    onProgress: (count) => progress.push(count),
    yieldToUi: async () => {
      yields++;
    },
  });
  return { fake, context, model, progress, yields };
}

const PARAGRAPH_LOAD = [
  'items/text',
  'items/style',
  'items/styleBuiltIn',
  'items/outlineLevel',
  'items/isListItem',
  'items/tableNestingLevel',
  'items/alignment',
  'items/font/bold',
  'items/font/italic',
  'items/font/name',
  'items/font/size',
];

describe('readWordDocument: the model of a Vietnamese report open in Word', () => {
  it('puts Word numbering labels into the text as the reader sees it', async () => {
    const { model } = await read(REPORT);
    const texts = model.paragraphs.map((p) => p.text);
    expect(texts[4]).toBe('I. KẾT QUẢ CÔNG TÁC PHÒNG, CHỐNG THAM NHŨNG');
    expect(texts[5]).toBe('1. Công tác lãnh đạo, chỉ đạo, điều hành');
    expect(texts[6]).toBe('a) Việc quán triệt, tuyên truyền, phổ biến chủ trương, chính sách');
    expect(texts[15]).toBe('- Không có.');
    expect(model.paragraphs.map((p) => p.listLabel)).toEqual([
      null, null, null, null, 'I.', '1.', 'a)', null, null, null, null, null, null, null, null, '-', null,
    ]);
    expect(model.paragraphs[6]?.listLevel).toBe(2);
    expect(model.paragraphs[7]?.listLevel).toBeNull();
    expect(model.paragraphs[5]).toMatchObject({ label: '1.', body: 'Công tác lãnh đạo, chỉ đạo, điều hành' });
  });

  it('reads styles by their built-in, language-independent names and keeps the localized name apart', async () => {
    const { model } = await read(REPORT);
    const heading = model.paragraphs[4];
    expect(heading).toMatchObject({ builtInHeading: 1, outlineLevel: 1, styleName: 'heading 1', styleId: 'Đầu đề 1' });
    expect(model.paragraphs[5]).toMatchObject({ builtInHeading: 2, outlineLevel: 2, styleName: 'heading 2' });
    expect(model.paragraphs[7]).toMatchObject({ builtInHeading: null, outlineLevel: null, styleName: 'Normal', alignment: 'justify' });
    expect(model.paragraphs[0]?.alignment).toBe('center');
  });

  it('builds the outline from heading styles and numbering, and finds bold capitals', async () => {
    const { model } = await read(REPORT);
    const first = model.outline.find((node) => node.label === 'I.');
    expect(first?.title).toBe('KẾT QUẢ CÔNG TÁC PHÒNG, CHỐNG THAM NHŨNG');
    expect(first?.children.map((node) => node.label)).toEqual(['1.']);
    expect(first?.children[0]?.children.map((node) => node.title)).toEqual([
      'Việc quán triệt, tuyên truyền, phổ biến chủ trương, chính sách',
    ]);
    const recommendations = model.paragraphs[13];
    expect(recommendations).toMatchObject({ text: 'KIẾN NGHỊ, ĐỀ XUẤT', bold: true, headingSource: 'boldCaps', level: 1 });
  });

  it('treats mixed bold (Word gives null) as not bold, and reads italic', async () => {
    const { model } = await read(REPORT);
    expect(model.paragraphs[7]?.bold).toBe(false);
    expect(model.paragraphs[6]?.italic).toBe(true);
    expect(model.paragraphs[16]).toMatchObject({ bold: true, italic: true });
  });

  it('places table paragraphs by table, row and cell', async () => {
    const { model } = await read(REPORT);
    expect(model.paragraphs.slice(8, 12).map((p) => p.table)).toEqual([
      { table: 0, row: 0, cell: 0, column: 0, depth: 1 },
      { table: 0, row: 0, cell: 1, column: 1, depth: 1 },
      { table: 0, row: 1, cell: 0, column: 0, depth: 1 },
      { table: 0, row: 1, cell: 1, column: 1, depth: 1 },
    ]);
    expect(model.paragraphs[7]?.table).toBeNull();
    expect(model.paragraphs[12]?.table).toBeNull();
  });

  it('places a header cell merged across two columns on the grid from the cells\' widths (Word gives its place in the row only), so a plan\'s two-row header "Đơn vị thực hiện" over "Chủ trì | Phối hợp" imports from the open document as from the .docx', async () => {
    const row = (rowIndex: number, cells: [string, number][]) => cells.map(([text, width], cellIndex) => ({ text, cell: { rowIndex, cellIndex, width } }));
    const { model } = await read([
      { text: 'ỦY BAN NHÂN DÂN XÃ' },
      { text: 'KẾ HOẠCH' },
      { text: 'Phòng, chống tham nhũng, tiêu cực năm 2026' },
      { text: 'II. NHIỆM VỤ, GIẢI PHÁP' },
      ...row(0, [['STT', 30], ['Nội dung', 200], ['Đơn vị thực hiện', 160], ['Thời gian', 80]]),
      ...row(1, [['', 30], ['', 200], ['Chủ trì', 80], ['Phối hợp', 80], ['', 80]]),
      ...row(2, [['1', 30], ['Công khai dự toán, quyết toán ngân sách của xã.', 200], ['Phòng Kinh tế', 80], ['Văn phòng HĐND và UBND xã', 80], ['Quý I/2026', 80]]),
      { text: 'III. TỔ CHỨC THỰC HIỆN' },
      { text: 'Các phòng báo cáo định kỳ hằng quý về UBND xã (qua Văn phòng HĐND và UBND xã) trước ngày 10 của tháng cuối quý.' },
    ]);
    const cells = model.paragraphs.filter((p) => p.table !== null).map((p) => [p.text, p.table!.column]);
    expect(cells.slice(0, 4)).toEqual([['STT', 0], ['Nội dung', 1], ['Đơn vị thực hiện', 2], ['Thời gian', 4]]);
    expect(cells.slice(-3)).toEqual([['Phòng Kinh tế', 2], ['Văn phòng HĐND và UBND xã', 3], ['Quý I/2026', 4]]);
    const outline = readPlanOutline(model);
    expect(outline.items.map((i) => [i.id, i.lead, i.support, i.timingRaw])).toEqual([['II.1', ['Phòng Kinh tế'], ['Văn phòng HĐND và UBND xã'], 'Quý I/2026']]);
  });

  it('counts separate tables apart', async () => {
    const { model } = await read(longReport(14));
    const tables = model.paragraphs.filter((p) => p.table !== null).map((p) => p.table?.table);
    expect(tables).toEqual([0, 0, 1, 1]);
  });

  it('keeps tabs, writes manual line breaks (U+000B in Word) as "\\n" like the .docx reader, and gives locators with the text hash', async () => {
    const { model } = await read(REPORT);
    expect(model.paragraphs[7]?.text).toContain('PCTN.\tTrong quý');
    expect(model.paragraphs[12]?.text).toBe('Số liệu tính từ ngày 15/12/2022 đến ngày 14/3/2023.\nNguồn: Thanh tra Sở.');
    model.paragraphs.forEach((paragraph, index) => {
      expect(paragraph.locator).toEqual({ index, textHash: textHash(paragraph.text) });
    });
    expect(model.source).toEqual({ host: 'word', name: 'bao-cao-quy-I.docx' });
  });

  it('turns a stray paragraph mark inside a paragraph into a line break', async () => {
    const { model } = await read([{ text: 'Trang 1\rTrang 2' }, { text: 'Dòng a\r\nDòng b' }]);
    expect(model.paragraphs.map((p) => p.text)).toEqual(['Trang 1\nTrang 2', 'Dòng a\nDòng b']);
  });
});

describe('readWordDocument: round trips', () => {
  it('takes the same, small number of syncs for 10 and for 5,000 paragraphs', async () => {
    const short = await read(longReport(10));
    const long = await read(longReport(5000));
    expect(long.model.paragraphs).toHaveLength(5000);
    expect(long.model.paragraphs[4999]?.text).toBe("2. Công tác tuyên truyền, phổ biến pháp luật về PCTN (4999)");
    expect(short.context.syncCount).toBe(2);
    expect(long.context.syncCount).toBe(short.context.syncCount);
  });

  it('also with tracked changes on WordApi 1.6', async () => {
    const withDeletion = (specs: FakeParagraphSpec[]) => [...specs, { text: ['Đã ', { deleted: 'không ' }, 'hoàn thành.'] }];
    const short = await read(withDeletion(longReport(10)), { wordApiMinor: 6 });
    const long = await read(withDeletion(longReport(5000)), { wordApiMinor: 6 });
    expect(long.model.paragraphs.at(-1)?.text).toBe('Đã hoàn thành.');
    expect(short.context.syncCount).toBe(2);
    expect(long.context.syncCount).toBe(2);
  });

  it('needs a single sync for a document without numbering or tables', async () => {
    const { context, model } = await read([{ text: 'BÁO CÁO', bold: true }, { text: 'Tình hình thực hiện quý I năm 2023.' }]);
    expect(model.paragraphs.map((p) => p.text)).toEqual(['BÁO CÁO', 'Tình hình thực hiện quý I năm 2023.']);
    expect(context.syncCount).toBe(1);
  });

  it('reads in pages of top/skip when asked, with progress and a yield to the UI between pages', async () => {
    const paged = await read(longReport(1000), {}, 400);
    const whole = await read(longReport(1000));
    expect(paged.model.paragraphs.map((p) => p.text)).toEqual(whole.model.paragraphs.map((p) => p.text));
    expect(paged.model.paragraphs.map((p) => p.table)).toEqual(whole.model.paragraphs.map((p) => p.table));
    expect(paged.progress).toEqual([400, 800, 1000]);
    expect(paged.yields).toBe(2);
    expect(paged.context.syncCount).toBe(6);
    const pages = paged.context.loads.filter((load) => load.on === 'ParagraphCollection');
    expect(pages.map((load) => [load.top, load.skip])).toEqual([
      [400, 0],
      [400, 400],
      [400, 800],
    ]);
  });
});

describe('readWordDocument: only named properties, nothing written', () => {
  it('loads the named paragraph properties once, then list labels and cells only where needed', async () => {
    const { context } = await read(REPORT);
    expect(context.loads[0]).toEqual({ on: 'ParagraphCollection', properties: PARAGRAPH_LOAD, top: undefined, skip: undefined });
    const rest = context.loads.slice(1);
    expect(rest.filter((load) => load.on === 'ListItem')).toHaveLength(4);
    expect(rest.filter((load) => load.on === 'TableCell')).toHaveLength(4);
    expect(rest).toHaveLength(8);
    for (const load of rest) {
      expect(load.properties).toEqual(load.on === 'ListItem' ? ['listString', 'level'] : ['rowIndex', 'cellIndex', 'columnWidth']);
    }
  });

  it('reads each paragraph\'s font and size for the Nghị định 30 layout rules', async () => {
    const { model } = await read([{ text: 'Văn phòng đã đăng 12 tin bài về phòng, chống tham nhũng.', fontName: 'Times New Roman', fontSize: 14 }, { text: 'Dòng mặc định' }]);
    expect(model.paragraphs.map((p) => p.font)).toEqual([{ name: 'Times New Roman', sizePt: 14 }, { name: 'Calibri', sizePt: 11 }]);
  });

  it('adds font/allCaps only where WordApiDesktop 1.3 has it, and uses it', async () => {
    const { context, model } = await read([{ text: 'Kết quả đạt được', bold: true, allCaps: true }], { wordApiMinor: 6, wordApiDesktopMinor: 3 });
    expect(context.loads[0]?.properties).toContain('items/font/allCaps');
    expect(model.paragraphs[0]).toMatchObject({ allCaps: true, headingSource: 'boldCaps' });
  });

  it('the fake refuses a bare load and "$all", so the recorded loads prove the adapter never does either', () => {
    const context = new FakeWordDocument(REPORT).newContext();
    expect(() => context.document.body.paragraphs.load()).toThrow(/Bare load/);
    expect(() => context.document.body.paragraphs.load('$all')).toThrow(/\$all/);
    expect(() => context.document.body.paragraphs.load({ select: '' })).toThrow(/Empty load/);
  });

  it('writes nothing to the document and selects nothing', async () => {
    for (const wordApiMinor of [3, 4, 6]) {
      const { context, fake } = await read(REPORT, { wordApiMinor, wordApiDesktopMinor: 3 });
      expect(context.writes).toEqual([]);
      expect(fake.selection).toBeNull();
    }
    // The recorder itself works: a write through the fake is seen.
    const context = new FakeWordDocument(REPORT).newContext();
    (context.document.body as unknown as Word.Body).insertParagraph('Nội dung thêm', 'End');
    expect(context.writes).toEqual([{ on: 'Body', method: 'insertParagraph' }]);
  });
});

describe('readWordDocument: tracked changes', () => {
  const deletionIndex = 14;

  it('leaves tracked deletions out on WordApi 1.6, without a warning', async () => {
    const { model, context } = await read(REPORT, { wordApiMinor: 6 });
    expect(model.paragraphs[deletionIndex]?.text).toBe('Đề nghị Thanh tra tỉnh hướng dẫn cụ thể việc kê khai tài sản, thu nhập.');
    expect(model.warnings).toEqual([]);
    expect(context.loads.find((load) => load.on === 'TrackedChangeCollection')?.properties).toEqual(['items/type']);
  });

  it('asks for the reviewed text only when there are tracked deletions (WordApi 1.6)', async () => {
    const { model, context } = await read(longReport(20), { wordApiMinor: 6 });
    expect(model.warnings).toEqual([]);
    expect(context.syncCount).toBe(2);
    const { context: plain } = await read([{ text: 'Không có thay đổi.' }], { wordApiMinor: 6 });
    expect(plain.syncCount).toBe(1);
  });

  it('leaves them out on WordApi 1.4 through the reviewed text', async () => {
    const { model } = await read(REPORT, { wordApiMinor: 4 });
    expect(model.paragraphs[deletionIndex]?.text).toBe('Đề nghị Thanh tra tỉnh hướng dẫn cụ thể việc kê khai tài sản, thu nhập.');
    expect(model.warnings).toEqual([]);
  });

  it('on Office 2019/2021 (WordApi 1.3) keeps Word\'s text and warns in Vietnamese and English', async () => {
    const { model } = await read(REPORT, { wordApiMinor: 3 });
    expect(model.paragraphs[deletionIndex]?.text).toBe('Đề nghị Thanh tra tỉnh sớm hướng dẫn cụ thể việc kê khai tài sản, thu nhập.');
    expect(model.warnings).toEqual([TRACKED_DELETIONS_WARNING]);
    expect(TRACKED_DELETIONS_WARNING.vi).toMatch(/đã xóa/);
    expect(TRACKED_DELETIONS_WARNING.en).toMatch(/accept or reject changes first/);
  });

  it('reads the basic way when Word claims WordApi 1.6 but the calls fail', async () => {
    const { model } = await read(REPORT, { wordApiMinor: 3, claimWordApiMinor: 6 });
    expect(model.paragraphs[4]?.text).toBe('I. KẾT QUẢ CÔNG TÁC PHÒNG, CHỐNG THAM NHŨNG');
    expect(model.warnings.map((w) => w.code)).toEqual([OPTIONAL_API_FAILED_WARNING.code, TRACKED_DELETIONS_WARNING.code]);
  });
});

describe('readWordDocument: hosts it cannot serve', () => {
  it('refuses Word 2016 (WordApi 1.1) with a bilingual error', async () => {
    const error = await read(REPORT, { wordApiMinor: 1 }).catch((caught: unknown) => caught);
    expect(isAppError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'word-api-too-old' });
    expect((error as Error).message).toMatch(/quá cũ.*too old/s);
  });
});
