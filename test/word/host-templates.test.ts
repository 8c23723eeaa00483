/**
 * Whole templates (Nghị định 30/2020/NĐ-CP layout) inserted through the Word host into the fake Word: borderless
 * header and signature tables with their lines in the right cells, the short rules, paragraph spacing, tagged
 * placeholders, and the same number of round trips for any document length.
 */
import type { Block, CellParagraph } from '../../src/compose/blocks';
import { reportTemplate } from '../../src/compose/report-template';
import { unitPlanTemplate } from '../../src/compose/unit-plan-template';
import { TEXT_WIDTH_MM } from '../../src/compose/layout';
import { plan2023 } from '../../src/plan';
import { WordHost } from '../../src/word/host';
import { columnWidthsPt, tableShape, textWidthMmOf } from '../../src/word/insert-table';
import { layoutNotes } from '../../src/word/layout-notes';
import { RULE_FONT_SIZE_PT, ruleText } from '../../src/word/rule-line';
import {
  FakeOfficeSettings,
  FakeWordDocument,
  TABLE_BORDER_SIDES,
  type FakeParagraphSpec,
  type FakeParagraphState,
  type FakeRequestContext,
  type FakeTableFormat,
  type FakeWordOptions,
} from '../support/fake-word';
import { REPORT, longReport } from './fixtures';

type TableBlock = Extract<Block, { kind: 'table' }>;

const REPORT_BLOCKS = reportTemplate(plan2023, { unit: 'CCVC', period: 'Q1', year: 2023 });
const PLAN_BLOCKS = unitPlanTemplate(plan2023, { unit: 'CCVC', year: 2023 });
const POINTS_PER_MM = 72 / 25.4;

function word(specs: FakeParagraphSpec[] = REPORT, options?: FakeWordOptions) {
  const fake = new FakeWordDocument(
    specs.map((spec) => ({ ...spec })),
    options,
  );
  const host = new WordHost(fake.run, { isSetSupported: fake.isSetSupported, settings: new FakeOfficeSettings() });
  return { fake, host };
}

const lastContext = (fake: FakeWordDocument): FakeRequestContext => {
  const context = fake.contexts.at(-1);
  if (!context) throw new Error('no Word.run was made');
  return context;
};

const tables = (blocks: readonly Block[]): TableBlock[] => blocks.filter((block): block is TableBlock => block.kind === 'table');

/** Inserts at the cursor in the user's report; checks the originals survive in order; returns what was inserted. */
async function insertInto(blocks: readonly Block[], specs: FakeParagraphSpec[] = REPORT) {
  const { fake, host } = word(specs);
  // In the bold, centred subject line of the user's report: nothing inserted may take its formatting.
  fake.placeCursor(3, 3);
  const originals = [...fake.paragraphs];
  const texts = originals.map((p) => p.wordText);
  const outcome = await host.insertBlocks(blocks, { kind: 'cursor' });
  const kept = fake.paragraphs.filter((p) => originals.includes(p));
  expect(kept).toEqual(originals);
  expect(kept.map((p) => p.wordText)).toEqual(texts);
  const inserted = fake.paragraphs.filter((p) => !originals.includes(p));
  const at = fake.paragraphs.indexOf(inserted[0] as FakeParagraphState);
  expect(fake.paragraphs.slice(at, at + inserted.length)).toEqual(inserted);
  return { fake, host, inserted, at, outcome, context: lastContext(fake) };
}

/** A paragraph's line as the reader sees it: text, and bold/italic/size when all its runs agree. */
function line(paragraph: FakeParagraphState) {
  const spec = paragraph.spec;
  const runs = spec.runs && spec.runs.length > 0 ? spec.runs : [{ text: paragraph.wordText }];
  const agreed = <T>(pick: (run: (typeof runs)[number]) => T | undefined, fallback: T | undefined) => {
    const values = runs.map((run) => pick(run) ?? fallback);
    return values.every((v) => v === values[0]) ? values[0] : 'mixed';
  };
  return {
    text: paragraph.wordText,
    bold: agreed((run) => ('bold' in run ? run.bold : undefined), spec.bold) ?? false,
    italic: agreed((run) => ('italic' in run ? run.italic : undefined), spec.italic) ?? false,
    size: agreed((run) => ('fontSize' in run ? run.fontSize : undefined), spec.fontSize),
  };
}

/** What a cell line of the block should look like once in Word (a rule is the typed line of underscores). */
function expectedLine(cellParagraph: CellParagraph, bodySize: number) {
  if (cellParagraph.format?.rule) return { text: ruleText(cellParagraph.format.rule.widthMm), bold: false, italic: false, size: RULE_FONT_SIZE_PT };
  const runs = cellParagraph.runs;
  return {
    text: runs.map((run) => run.text).join(''),
    bold: runs.length > 0 && runs.every((run) => run.bold === true),
    italic: runs.length > 0 && runs.every((run) => run.italic === true),
    size: runs[0]?.size ?? bodySize,
  };
}

function expectNoBorders(format: FakeTableFormat | undefined): void {
  expect(format).toBeDefined();
  for (const side of TABLE_BORDER_SIDES) expect([side, format?.borders[side].type]).toEqual([side, 'None']);
}

function expectOnlyAdditions(context: FakeRequestContext): void {
  const methods = context.writes.map((w) => w.method);
  for (const method of ['delete', 'clear', 'insertHtml', 'insertOoxml', 'deleteRows', 'deleteColumns', 'set']) expect(methods).not.toContain(method);
  expect(context.insertions.filter((i) => i.location === 'Replace')).toEqual([]);
  for (const insertion of context.insertions) expect(insertion.location).toBe(insertion.method === 'insertText' ? 'End' : 'After');
}

describe('WordHost: the full report template', () => {
  it('keeps every original paragraph unchanged and in order, and records no delete, clear or replace', async () => {
    const { inserted, context, fake } = await insertInto(REPORT_BLOCKS);
    expect(inserted.length).toBeGreaterThan(50);
    expectOnlyAdditions(context);
    // Nothing of the template landed inside the user's table or its list.
    expect(inserted.filter((p) => p.depth === 0).every((p) => p.spec.list === undefined)).toBe(true);
    expect(fake.texts()).toContain('Tên văn bản');
  });

  it('lays the header out as a borderless two-column table with each line in its cell, as the blocks say', async () => {
    const { inserted, fake } = await insertInto(REPORT_BLOCKS);
    const header = tables(REPORT_BLOCKS)[0] as TableBlock;
    const grid = fake.tableGrid(inserted[0] as FakeParagraphState);
    if (!grid) throw new Error('the template does not start with a table');
    expectNoBorders(grid.format);
    expect(grid.rows.map((row) => row.length)).toEqual([2, 2]);
    const got = grid.rows.map((row) => row.map((cell) => cell.map(line)));
    const want = (header.paragraphs ?? []).map((row) => row.map((cell) => cell.map((p) => expectedLine(p, 14))));
    expect(got).toEqual(want);
    // The decree's header, in plain words: agency left, national title right, number and date under them.
    expect(got[0]?.[0]?.slice(0, 4)).toEqual([
      { text: 'SỞ NỘI VỤ', bold: false, italic: false, size: 13 },
      { text: 'TỈNH QUẢNG NGÃI', bold: false, italic: false, size: 13 },
      { text: 'PHÒNG CÔNG CHỨC,', bold: true, italic: false, size: 13 },
      { text: 'VIÊN CHỨC', bold: true, italic: false, size: 13 },
    ]);
    expect(got[0]?.[1]?.slice(0, 2).map((l) => [l.text, l.bold])).toEqual([
      ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', true],
      ['Độc lập - Tự do - Hạnh phúc', true],
    ]);
    expect(got[1]?.[0]?.[0]?.text).toBe('Số: .../BC-CCVC');
    expect(got[1]?.[1]?.[0]).toMatchObject({ text: 'Quảng Ngãi, ngày ... tháng ... năm 2023', italic: true, bold: false });
    // No bold "header row": the governing body's line stays regular.
    expect(grid.format?.headerRowCount).toBeUndefined();
  });

  it('centres every header line, gives the number and date their space before, and sizes the columns 44/62 (the header a little wider than the text, centred)', async () => {
    const { inserted, fake } = await insertInto(REPORT_BLOCKS);
    const grid = fake.tableGrid(inserted[0] as FakeParagraphState);
    const cells = grid?.rows.flat(2) ?? [];
    expect(cells.every((p) => p.spec.alignment === 'Centered' && p.spec.firstLineIndent === 0 && p.spec.styleBuiltIn === 'Normal')).toBe(true);
    const [numberLine, dateLine] = [grid?.rows[1]?.[0]?.[0], grid?.rows[1]?.[1]?.[0]];
    expect([numberLine?.spec.spaceBefore, dateLine?.spec.spaceBefore]).toEqual([6, 6]);
    expect(grid?.rows[0]?.[0]?.[0]?.spec).toMatchObject({ spaceBefore: 0, spaceAfter: 0, lineSpacing: 12 });
    const widths = grid?.format?.columnWidths ?? [];
    expect(widths[0]).toBeCloseTo(TEXT_WIDTH_MM * 0.44 * POINTS_PER_MM, 3);
    expect(widths[1]).toBeCloseTo(TEXT_WIDTH_MM * 0.62 * POINTS_PER_MM, 3);
    expect(grid?.format?.alignment).toBe('Centered');
  });

  it('types each short rule as a centred line of underscores about as wide as the block asks', async () => {
    const { inserted, fake } = await insertInto(REPORT_BLOCKS);
    const grid = fake.tableGrid(inserted[0] as FakeParagraphState);
    const rules = inserted.filter((p) => /^_+$/.test(p.wordText));
    // Issuing unit, motto, subject line.
    expect(rules).toHaveLength(3);
    expect(rules.slice(0, 2)).toEqual([grid?.rows[0]?.[0]?.at(-1), grid?.rows[0]?.[1]?.at(-1)]);
    const underscoreMm = (0.5 * RULE_FONT_SIZE_PT) / POINTS_PER_MM;
    const widths = [...(tables(REPORT_BLOCKS)[0]?.paragraphs?.[0] ?? []).map((cell) => cell.at(-1)?.format?.rule?.widthMm), 43];
    rules.forEach((rule, i) => {
      expect(Math.abs(rule.wordText.length * underscoreMm - (widths[i] ?? 0))).toBeLessThanOrEqual(underscoreMm / 2);
      expect(rule.spec).toMatchObject({ alignment: 'Centered', firstLineIndent: 0, spaceBefore: 0, fontSize: RULE_FONT_SIZE_PT, bold: false });
    });
    // The motto's rule is longer than the issuing unit's; the subject's rule leaves 12 pt before the opening.
    expect(rules[1]?.wordText.length).toBeGreaterThan(rules[0]?.wordText.length ?? 0);
    expect(rules[2]?.spec.spaceAfter).toBe(12);
    const subjectLine = inserted[inserted.indexOf(rules[2] as FakeParagraphState) - 1];
    expect(subjectLine?.wordText).toBe('Kết quả công tác phòng, chống tham nhũng quý I năm 2023');
  });

  it('sets space before and after, line spacing and first-line indent, never inheriting them from the line above', async () => {
    const { inserted } = await insertInto(REPORT_BLOCKS);
    const byText = (text: string) => {
      const found = inserted.find((p) => p.wordText === text);
      if (!found) throw new Error(`"${text}" was not inserted`);
      return found.spec;
    };
    expect(byText('BÁO CÁO')).toMatchObject({ alignment: 'Centered', spaceBefore: 18, spaceAfter: 0, lineSpacing: 12, firstLineIndent: 0 });
    // Inserted after "BÁO CÁO" (18 pt before): must be set back to 0.
    expect(byText('Kết quả công tác phòng, chống tham nhũng quý I năm 2023')).toMatchObject({ spaceBefore: 0, spaceAfter: 0, alignment: 'Centered' });
    const subject = inserted.find((p) => p.wordText === 'Kết quả công tác phòng, chống tham nhũng quý I năm 2023') as FakeParagraphState;
    expect(line(subject)).toMatchObject({ bold: true, size: 14 });
    const opening = inserted.find((p) => p.wordText.startsWith('Thực hiện Kế hoạch'));
    expect(opening?.spec).toMatchObject({ alignment: 'Justified', spaceBefore: 0, spaceAfter: 6 });
    expect(opening?.spec.firstLineIndent).toBeCloseTo(12.7 * POINTS_PER_MM, 3);
    expect(opening?.spec.lineSpacing).toBeCloseTo(13.8, 6);
    const heading = inserted.find((p) => p.spec.styleBuiltIn === 'Heading1');
    expect(heading?.spec).toMatchObject({ spaceBefore: 6, spaceAfter: 6, bold: true });
  });

  it("puts every placeholder, the signer's name included, in a tagged content control titled with its alias", async () => {
    const { inserted } = await insertInto(REPORT_BLOCKS);
    const placeholders = REPORT_BLOCKS.filter((block): block is Extract<Block, { kind: 'placeholder' }> => block.kind === 'placeholder');
    const controlled = inserted.filter((p) => p.spec.contentControl);
    expect(controlled.map((p) => [p.wordText, p.spec.contentControl?.tag, p.spec.contentControl?.title])).toEqual([
      ...placeholders.map((block) => [block.text, block.tag, block.alias]),
      ['Họ và tên người ký', 'pctn:placeholder', 'Họ và tên người ký'],
    ]);
    expect(controlled.map((p) => p.spec.contentControl?.title)).toContain('Kết quả thực hiện');
    expect(controlled.some((p) => p.spec.contentControl?.tag === 'pctn:placeholder:II.1.1')).toBe(true);
    // One control each: no paragraph after a placeholder ended up inside its control.
    expect(new Set(controlled.map((p) => p.spec.contentControl)).size).toBe(controlled.length);
    const signer = controlled.at(-1);
    expect(signer?.depth).toBe(1);
    expect(line(signer as FakeParagraphState)).toMatchObject({ bold: true, size: 14 });
  });

  it('lays the signature block out borderless, 45/55: recipients on the left, the signer on the right', async () => {
    const { inserted, fake } = await insertInto(REPORT_BLOCKS);
    const lastCell = [...inserted].reverse().find((p) => p.depth === 1) as FakeParagraphState;
    const grid = fake.tableGrid(lastCell);
    expectNoBorders(grid?.format);
    const [recipients, signer] = grid?.rows[0] ?? [];
    expect(recipients?.map(line)).toEqual([
      { text: 'Nơi nhận:', bold: true, italic: true, size: 12 },
      { text: '- Thanh tra Sở;', bold: false, italic: false, size: 11 },
      { text: '- Lãnh đạo Sở (b/c);', bold: false, italic: false, size: 11 },
      { text: '- Lưu: VT, CCVC.', bold: false, italic: false, size: 11 },
    ]);
    expect(recipients?.every((p) => p.spec.alignment === 'Left')).toBe(true);
    expect(signer?.map((p) => p.wordText)).toEqual(['TRƯỞNG PHÒNG', '', '', '', '', 'Họ và tên người ký']);
    expect(grid?.format?.columnWidths[0]).toBeCloseTo(TEXT_WIDTH_MM * 0.45 * POINTS_PER_MM, 3);
    // The closing line comes right before the table, outside it.
    const closing = inserted[inserted.indexOf(recipients?.[0] as FakeParagraphState) - 1];
    expect(closing?.wordText).toMatch(/^Trên đây là báo cáo kết quả công tác phòng, chống tham nhũng quý I năm 2023/);
    expect(closing?.depth).toBe(0);
  });

  it('reads back with the outline headings as headings and the header lines as table paragraphs', async () => {
    const { host, at } = await insertInto(REPORT_BLOCKS);
    const model = await host.read();
    expect(model.paragraphs[at]?.text).toBe('SỞ NỘI VỤ');
    expect(model.paragraphs[at]?.table).toMatchObject({ row: 0, cell: 0, depth: 1 });
    const date = model.paragraphs.find((p) => p.text === 'Quảng Ngãi, ngày ... tháng ... năm 2023');
    expect(date?.table).toMatchObject({ row: 1, cell: 1, depth: 1 });
    expect(date?.italic).toBe(true);
    const headings = model.paragraphs.filter((p) => p.builtInHeading === 1).map((p) => p.text);
    expect(headings).toEqual(expect.arrayContaining(['IV. ĐÁNH GIÁ', 'V. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI', 'VI. KIẾN NGHỊ, ĐỀ XUẤT']));
  });

  it('takes the same number of syncs for a 10- and a 5,000-paragraph document', async () => {
    const syncs = async (size: number) => {
      const { fake, host } = word(longReport(size));
      fake.placeCursor(size - 3, 2);
      await host.insertBlocks(REPORT_BLOCKS, { kind: 'cursor' });
      const atCursor = lastContext(fake).syncCount;
      await host.insertBlocks(REPORT_BLOCKS, { kind: 'end' });
      return [atCursor, lastContext(fake).syncCount];
    };
    const small = await syncs(10);
    expect(await syncs(5000)).toEqual(small);
    expect(small).toEqual([2, 2]);
  });
});

describe('WordHost: the unit plan template', () => {
  it('inserts the same borderless header (typed KH) and signature block', async () => {
    const { inserted, fake, context } = await insertInto(PLAN_BLOCKS);
    const header = fake.tableGrid(inserted[0] as FakeParagraphState);
    expectNoBorders(header?.format);
    expect(header?.rows[1]?.[0]?.[0]?.wordText).toBe('Số: .../KH-CCVC');
    expect(inserted.find((p) => p.wordText === 'KẾ HOẠCH')?.spec).toMatchObject({ alignment: 'Centered', spaceBefore: 18 });
    const signature = fake.tableGrid([...inserted].reverse().find((p) => p.depth === 1) as FakeParagraphState);
    expectNoBorders(signature?.format);
    expect(signature?.rows[0]?.[0]?.[0]?.wordText).toBe('Nơi nhận:');
    expectOnlyAdditions(context);
  });
});

describe('Word tables: plain and laid out', () => {
  it('gives a bordered table single black borders, its widths and a bold header row', async () => {
    const coverage: Block = {
      kind: 'table',
      borders: true,
      widthsPct: [10, 60, 30],
      rows: [
        [[{ text: 'Mã' }], [{ text: 'Nhiệm vụ' }], [{ text: 'Kết quả' }]],
        [[{ text: 'II.1' }], [{ text: 'Công khai, minh bạch' }], [{ text: 'Đã thực hiện' }]],
      ],
    };
    const { inserted, fake } = await insertInto([coverage]);
    const grid = fake.tableGrid(inserted[0] as FakeParagraphState);
    for (const side of TABLE_BORDER_SIDES) expect(grid?.format?.borders[side]).toEqual({ type: 'Single', color: '#000000', width: 0.5 });
    expect(grid?.format?.headerRowCount).toBe(1);
    expect(grid?.rows.map((row) => row.map((cell) => cell.map((p) => [p.wordText, p.spec.bold])))).toEqual([
      [[['Mã', true]], [['Nhiệm vụ', true]], [['Kết quả', true]]],
      [[['II.1', false]], [['Công khai, minh bạch', false]], [['Đã thực hiện', false]]],
    ]);
    expect(grid?.format?.columnWidths).toEqual(columnWidthsPt([10, 60, 30], 3, TEXT_WIDTH_MM));
  });

  it('shapes a table from its paragraphs when they have more rows or columns than its runs', () => {
    const cell = (text: string): CellParagraph[] => [{ runs: [{ text }] }];
    const shape = tableShape({ kind: 'table', borders: false, rows: [[[{ text: 'A' }]]], paragraphs: [[cell('A'), cell('B')], [[], cell('D')]] });
    expect([shape.rowCount, shape.columnCount]).toEqual([2, 2]);
    expect(shape.values).toEqual([
      ['', ''],
      ['', ''],
    ]);
    expect(shape.laidOut[1]?.[0]).toBeNull();
  });

  it("takes the text width from the template's page setup: the decree's A4 margins give the compose layout's width", () => {
    const setup = REPORT_BLOCKS.find((block) => block.kind === 'pageSetup');
    if (setup?.kind !== 'pageSetup') throw new Error('the report template has no page setup');
    expect(textWidthMmOf(setup)).toBe(TEXT_WIDTH_MM);
    expect(textWidthMmOf({ ...setup, marginsMm: { ...setup.marginsMm, left: 35, right: 20 } })).toBe(155);
  });

  it('shares the width equally among columns without a percentage', () => {
    const widths = columnWidthsPt([50], 3, 150);
    expect(widths[0]).toBeCloseTo(75 * POINTS_PER_MM, 6);
    expect(widths[1]).toBeCloseTo(50 * POINTS_PER_MM, 6);
  });
});

describe('ruleText', () => {
  it('never gives fewer than three underscores, even for nonsense widths', () => {
    expect(ruleText(0)).toBe('___');
    expect(ruleText(Number.NaN)).toBe('___');
    expect(ruleText(-10)).toBe('___');
  });
});

describe('layoutNotes: what Word cannot do, in Vietnamese and English', () => {
  it('names the paragraphs that cannot be kept with the next one, and says how to add page numbers', () => {
    const notes = layoutNotes(REPORT_BLOCKS);
    expect(notes.map((note) => note.code)).toEqual(['keep-with-next-unsupported', 'page-numbers-unsupported']);
    expect(notes[0]?.vi).toMatch(/^Word không cho trợ lý đặt “Giữ với đoạn tiếp theo” cho “BÁO CÁO”, “Kết quả công tác phòng, chống tham/);
    expect(notes[0]?.vi).toMatch(/Ngắt dòng và trang/);
    expect(notes[0]?.en).toMatch(/Keep with next/);
    expect(notes[1]?.vi).toMatch(/Số trang \(Page Number\)/);
    expect(notes[1]?.en).toMatch(/Different First Page/);
  });

  it('says nothing for blocks Word lays out fully (headings keep with next through their style)', () => {
    const blocks: Block[] = [
      { kind: 'heading', level: 1, label: 'I.', text: 'ĐÁNH GIÁ', format: { keepWithNext: true } },
      { kind: 'paragraph', runs: [{ text: 'Đơn vị đã hoàn thành kế hoạch.' }] },
    ];
    expect(layoutNotes(blocks)).toEqual([]);
  });
});

describe('the fake Word tables', () => {
  it('sets every side for getBorder("All"), and fails writing formats of a table it did not insert', async () => {
    const fake = new FakeWordDocument(REPORT.map((spec) => ({ ...spec })));
    const context = fake.newContext();
    const last = context.document.body.paragraphs.getLast();
    const table = last.insertTable(1, 2, 'After', [['Nội dung', 'Kết quả']]);
    table.getBorder('All').type = 'None';
    table.getCell(0, 1).body.insertParagraph('Dòng hai', 'End');
    await context.sync();
    const grid = fake.tableGrid(fake.paragraphs[REPORT.length] as FakeParagraphState);
    expectNoBorders(grid?.format);
    expect(grid?.rows[0]?.[1]?.map((p) => p.wordText)).toEqual(['Kết quả', 'Dòng hai']);
    // The user's own table (from the fixture) has no modelled format: writing to it fails rather than pass unseen.
    fake.placeCursor(8);
    const user = fake.newContext();
    user.document.getSelection().parentTableOrNullObject.getBorder('Top').type = 'None';
    await expect(user.sync()).rejects.toThrow(/only for tables inserted/);
  });

  it('fails getCell outside the table at sync', async () => {
    const fake = new FakeWordDocument([{ text: 'Kết quả thực hiện' }]);
    const context = fake.newContext();
    const table = context.document.body.paragraphs.getFirst().insertTable(1, 1, 'After');
    table.getCell(3, 0).columnWidth = 100;
    await expect(context.sync()).rejects.toThrow(/no cell \(3, 0\)/);
  });
});
