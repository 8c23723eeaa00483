import { run } from '../../src/cli/main';
import { memoryIO } from '../support/memory-io';

describe('pctn outline', () => {
  test('dàn ý của báo cáo đánh số tự động: số thứ tự nằm trong dòng', async () => {
    const io = memoryIO();
    expect(await run(['outline', 'test/fixtures/corpus/w2-08.docx'], io)).toBe(0);
    // The corpus file is in decomposed Unicode (NFD): compare the text as a reader sees it.
    const lines = io.out().normalize('NFC').split('\n').map((l) => l.trim().replace(/\s+/g, ' '));
    expect(lines).toEqual(expect.arrayContaining(['1 I. KẾT QUẢ THỰC HIỆN', '1 II. ĐÁNH GIÁ', '2 1. Ưu điểm', '1 III. NHIỆM VỤ QUÝ II NĂM 2023']));
  });

  test('--json cho mô hình tài liệu đầy đủ', async () => {
    const io = memoryIO();
    expect(await run(['outline', '--json', 'test/fixtures/corpus/w2-05.docx'], io)).toBe(0);
    const [model] = JSON.parse(io.out()) as { paragraphs: { text: string; level: number | null; locator: { index: number } }[]; outline: unknown[] }[];
    expect(model!.paragraphs.length).toBeGreaterThan(40);
    expect(model!.paragraphs.find((p) => p.text.normalize('NFC') === 'II. PHÁT HIỆN, XỬ LÝ THAM NHŨNG')?.level).toBe(1);
    expect(model!.outline.length).toBeGreaterThanOrEqual(5);
  });

  test('tệp không đọc được: thông báo hai thứ tiếng, mã thoát 2, tệp khác vẫn in', async () => {
    const io = memoryIO({ 'rong.docx': new Uint8Array(0) });
    expect(await run(['outline', 'rong.docx', 'test/fixtures/corpus/w2-08.docx'], io)).toBe(2);
    expect(io.err()).toMatch(/^rong\.docx: Tệp rỗng/);
    expect(io.out().normalize('NFC')).toContain('KẾT QUẢ THỰC HIỆN');
    const en = memoryIO({ 'rong.docx': new Uint8Array(0) });
    await run(['outline', '--lang', 'en', 'rong.docx'], en);
    expect(en.err()).toContain('The file is empty.');
  });
});
