import { PlaygroundStore } from '../../src/playground/document/store';
import { PlaygroundHost } from '../../src/playground/host';
import { paragraphsToBlocks } from '../../src/playground/document/blocks';
import { itemHeadingBlocks } from '../../src/compose/item-heading';
import { nextLabel, firstLabelLike } from '../../src/compose/labels';
import { plan2023 } from '../../src/plan';
import { readDocx } from '../../src/docx';
import { corpusBytes } from '../docx/helpers';

function hostWith(texts: string[]) {
  const store = new PlaygroundStore();
  const plain = { listLabel: null, listLevel: null, styleId: null, styleName: null, builtInHeading: null, outlineLevel: null, bold: false, allCaps: false, italic: false, alignment: null, table: null };
  store.open('báo cáo.docx', texts.map((text) => ({ ...plain, text, bold: /^[IVX]+\. /.test(text) })));
  return { store, host: new PlaygroundHost(store) };
}

describe('PlaygroundHost', () => {
  test('inserts after a located paragraph without changing any other, and returns the new locator', async () => {
    const { store, host } = hostWith(['I. KẾT QUẢ THỰC HIỆN', 'Trong quý, Sở đã tổ chức hội nghị.', 'II. PHƯƠNG HƯỚNG']);
    const model = await host.read();
    const locator = await host.insert(
      [
        { kind: 'heading', level: 2, label: '1.', text: 'Công khai, minh bạch' },
        { kind: 'placeholder', text: 'Kết quả thực hiện: ...', tag: 'pctn:placeholder' },
      ],
      { kind: 'after', locator: model.paragraphs[1]!.locator },
    );
    expect(store.getSnapshot().paragraphs.map((p) => p.text)).toEqual([
      'I. KẾT QUẢ THỰC HIỆN',
      'Trong quý, Sở đã tổ chức hội nghị.',
      '1. Công khai, minh bạch',
      'Kết quả thực hiện: ...',
      'II. PHƯƠNG HƯỚNG',
    ]);
    expect(locator?.index).toBe(2);
    const again = await host.read();
    expect(again.paragraphs[2]).toMatchObject({ builtInHeading: 2, headingSource: 'style' });
    // An old locator still resolves by its text after the document grew.
    expect(await host.select(model.paragraphs[2]!.locator)).toEqual({ found: true });
    expect(store.getSnapshot().selection?.id).toBe(store.getSnapshot().paragraphs[4]!.id);
  });

  test('a locator whose text is gone is reported in both languages; the cursor decides "at the cursor"', async () => {
    const { store, host } = hostWith(['Đoạn một', 'Đoạn hai']);
    const result = await host.select({ index: 0, textHash: '00000000' });
    expect(result).toMatchObject({ found: false, code: 'paragraph-not-found' });
    if (!result.found) expect(result.en).toMatch(/no longer be found/);
    store.setCursor(store.getSnapshot().paragraphs[0]!.id);
    await host.insert([{ kind: 'paragraph', runs: [{ text: 'Chèn ở con trỏ' }] }], { kind: 'cursor' });
    expect(store.getSnapshot().paragraphs.map((p) => p.text)).toEqual(['Đoạn một', 'Chèn ở con trỏ', 'Đoạn hai']);
  });

  test('settings are kept per document', async () => {
    const { store, host } = hostWith(['Đoạn một']);
    await host.setSetting('ignoredFindings', ['item-missing:II.3.a.3']);
    expect(await host.getSetting('ignoredFindings')).toEqual(['item-missing:II.3.a.3']);
    store.open('khác.docx', []);
    expect(await host.getSetting('ignoredFindings')).toBeUndefined();
  });

  test('a corpus report keeps its tables when turned back into blocks', () => {
    const model = readDocx(corpusBytes('w3-01'));
    const store = new PlaygroundStore();
    store.open('w3-01.docx', model.paragraphs);
    const blocks = paragraphsToBlocks(store.getSnapshot().paragraphs);
    expect(blocks.filter((b) => b.kind === 'table').length).toBe(new Set(model.paragraphs.flatMap((p) => (p.table ? [p.table.table] : []))).size);
  });
});

describe('the heading "Chèn mục" inserts', () => {
  test('labels continue the document\'s typed numbering', () => {
    expect(['II.', '3.', '2.1.', 'c)', 'd)', 'đ)', 'y)'].map(nextLabel)).toEqual(['III.', '4.', '2.2.', 'd)', 'đ)', 'e)', null]);
    expect(['IV.', '3.', 'c)'].map(firstLabelLike)).toEqual(['I.', '1.', 'a)']);
  });

  test('in a report with typed "1." headings, the heading takes the next number at level 2 or 3', () => {
    const model = readDocx(corpusBytes('w3-01'));
    const after = model.paragraphs.findIndex((p) => p.label === '2.' && p.level === 2);
    const status = { id: 'II.3.a.3', title: 'x', required: true, requiredReason: 'consolidated' as const, addressed: false, score: 0, evidence: [], leadNamed: null, nearest: null, unsure: false, insertAfter: model.paragraphs[after + 1]!.locator };
    const { blocks, headingText } = itemHeadingBlocks(plan2023, status, model);
    const title = plan2023.items.find((i) => i.id === 'II.3.a.3')!.title;
    expect(blocks[0]).toMatchObject({ kind: 'heading', level: 3, itemId: 'II.3.a.3', text: title });
    expect(blocks[1]).toEqual({ kind: 'placeholder', text: 'Kết quả thực hiện: ...', tag: 'pctn:placeholder:II.3.a.3' });
    expect(headingText.endsWith(title)).toBe(true);
  });
});

describe('PlaygroundHost.cursorIndex', () => {
  test('đoạn bấm cuối cùng là vị trí con trỏ; chưa bấm thì không biết', async () => {
    const { store, host } = hostWith(['Đoạn một', 'Đoạn hai', 'Đoạn ba']);
    expect(await host.cursorIndex()).toBeNull();
    store.setCursor(store.getSnapshot().paragraphs[1]!.id);
    expect(await host.cursorIndex()).toBe(1);
  });
});
