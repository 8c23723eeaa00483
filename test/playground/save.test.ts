/**
 * "Tải về .docx" trong trang thử: tệp tải về là chính tệp đã mở, chỉ thêm các đoạn trợ lý chèn; mọi đoạn gốc, bảng,
 * thuộc tính trang và các phần khác của gói giữ nguyên; kiểm tra lại tệp tải về ra cùng đơn vị và kỳ.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { checkReport } from '../../src/check';
import { itemHeadingBlocks } from '../../src/compose/item-heading';
import { readDocx } from '../../src/docx';
import { PlaygroundStore } from '../../src/playground/document/store';
import { PlaygroundHost } from '../../src/playground/host';
import { readDocxBytes } from '../../src/playground/document/open-docx';
import { savedDocx } from '../../src/playground/document/download';
import { plan2023 } from '../../src/plan';

const CORPUS = path.join(__dirname, '../fixtures/corpus');
const files = readdirSync(CORPUS).filter((f) => f.endsWith('.docx'));
const shape = (p: { text: string; table: { row: number; cell: number } | null }) => `${p.table ? `T${p.table.row}.${p.table.cell}` : 'P'}|${p.text}`;

function opened(file: string) {
  const bytes = new Uint8Array(readFileSync(path.join(CORPUS, file)));
  const result = readDocxBytes(file, bytes);
  if (!result.ok) throw new Error(result.error.en);
  const store = new PlaygroundStore();
  store.open(file, result.paragraphs, result.original);
  return { bytes, store, host: new PlaygroundHost(store) };
}

describe.each(files)('%s', (file) => {
  test('mở rồi tải về, không sửa gì: đúng từng byte của tệp gốc', () => {
    const { bytes, store } = opened(file);
    const { paragraphs, original } = store.getSnapshot();
    expect(savedDocx(paragraphs, original)).toEqual({ bytes, rebuilt: null });
  });

  test('"Chèn mục" cho mọi nhiệm vụ còn thiếu rồi tải về: đoạn gốc, bảng và các phần khác giữ nguyên; kiểm tra lại ra cùng đơn vị và kỳ', async () => {
    const { bytes, store, host } = opened(file);
    const before = checkReport(plan2023, await host.read());
    const missing = before.items.filter((i) => i.required && !i.addressed);
    for (const item of missing) {
      const document = await host.read();
      const status = checkReport(plan2023, document).items.find((i) => i.id === item.id)!;
      const { blocks } = itemHeadingBlocks(plan2023, status, document);
      await host.insert(blocks, status.insertAfter ? { kind: 'after', locator: status.insertAfter } : { kind: 'end' });
    }
    const { paragraphs, original } = store.getSnapshot();
    const saved = savedDocx(paragraphs, original);
    expect(saved.rebuilt).toBeNull();
    const back = readDocx(saved.bytes);
    const originalModel = readDocx(bytes);
    // Every original paragraph, in order, with its table cell; the inserted ones in between.
    expect(back.paragraphs.filter((p) => !p.tag?.startsWith('pctn:') && !paragraphs.some((q) => q.inserted && q.text === p.text)).map(shape)).toEqual(originalModel.paragraphs.map(shape));
    expect(back.paragraphs.length).toBe(originalModel.paragraphs.length + paragraphs.filter((p) => p.inserted).length);
    const a = unzipSync(bytes);
    const b = unzipSync(saved.bytes);
    for (const name of Object.keys(a)) if (name !== 'word/document.xml') expect(Buffer.from(b[name]!).equals(Buffer.from(a[name]!))).toBe(true);
    const after = checkReport(plan2023, back);
    expect(after.unit?.id).toBe(before.unit?.id);
    expect(after.period?.code).toBe(before.period?.code);
    // Placeholders never count as results: the inserted tasks are still missing.
    expect(after.items.filter((i) => i.required && !i.addressed).map((i) => i.id)).toEqual(expect.arrayContaining(missing.map((i) => i.id)));
  });
});
