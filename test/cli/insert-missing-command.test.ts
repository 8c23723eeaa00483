/** pctn insert-missing: bổ sung mục cho mọi nhiệm vụ còn thiếu vào một bản sao; tệp gốc không đổi, không ghi đè. */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { run } from '../../src/cli/main';
import { nodeIO } from '../../src/cli/node-io';
import { checkReport } from '../../src/check';
import { readDocx } from '../../src/docx';
import { plan2023 } from '../../src/plan';

const CORPUS = path.join(__dirname, '../fixtures/corpus');
const files = readdirSync(CORPUS).filter((f) => f.endsWith('.docx'));

function fileIO() {
  let out = '';
  let err = '';
  return { ...nodeIO, stdout: (t: string) => void (out += t), stderr: (t: string) => void (err += t), out: () => out, err: () => err };
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'pctn-insert-missing-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe.each(files)('%s', (file) => {
  test('bản sao có mục cho mọi nhiệm vụ còn thiếu, đúng thứ tự đoạn gốc; các phần khác và tệp gốc giữ nguyên', async () => {
    const input = path.join(dir, file);
    copyFileSync(path.join(CORPUS, file), input);
    const original = readFileSync(input);
    const model = readDocx(original);
    const before = checkReport(plan2023, model);
    const missing = before.items.filter((i) => i.required && !i.addressed).map((i) => i.id);
    const output = path.join(dir, 'ban-bo-sung.docx');
    const io = fileIO();
    expect(await run(['insert-missing', input, '-o', output], io)).toBe(0);
    expect(readFileSync(input).equals(original)).toBe(true);
    if (missing.length === 0) {
      expect(io.out()).toMatch(/không còn nhiệm vụ bắt buộc nào thiếu/);
      return;
    }
    expect(io.out()).toContain(`thêm mục cho ${missing.length} nhiệm vụ còn thiếu`);
    const written = readFileSync(output);
    const back = readDocx(written);
    const placeholders = back.paragraphs.filter((p) => p.tag?.startsWith('pctn:placeholder:'));
    expect(placeholders.map((p) => p.tag!.split(':')[2]).sort()).toEqual([...missing].sort());
    // The original paragraphs, in order, once the inserted headings and placeholders are set aside.
    const inserted = new Set(placeholders.map((p) => p.index).flatMap((i) => [i - 1, i]));
    expect(back.paragraphs.filter((p) => !inserted.has(p.index)).map((p) => `${p.table ? 'T' : 'P'}|${p.text}`)).toEqual(model.paragraphs.map((p) => `${p.table ? 'T' : 'P'}|${p.text}`));
    const a = unzipSync(original);
    const b = unzipSync(written);
    for (const name of Object.keys(a)) if (name !== 'word/document.xml') expect(Buffer.from(b[name]!).equals(Buffer.from(a[name]!))).toBe(true);
    // The copy checks to the same unit and period, and the placeholders are not results.
    const after = checkReport(plan2023, back);
    expect([after.unit?.id, after.period?.code]).toEqual([before.unit?.id, before.period?.code]);
    expect(after.items.filter((i) => i.required && !i.addressed).map((i) => i.id)).toEqual(expect.arrayContaining(missing));
  });
});

describe('an toàn khi ghi', () => {
  test('không ghi đè tệp đã có nếu thiếu --force; không ghi lên chính tệp gốc; có --force thì thay', async () => {
    const input = path.join(dir, 'w2-05.docx');
    copyFileSync(path.join(CORPUS, 'w2-05.docx'), input);
    const output = path.join(dir, 'da-co.docx');
    writeFileSync(output, 'nội dung cũ');
    const io = fileIO();
    expect(await run(['insert-missing', input, '-o', output], io)).toBe(2);
    expect(io.err()).toMatch(/đã có; không ghi đè/);
    expect(readFileSync(output, 'utf8')).toBe('nội dung cũ');
    const same = fileIO();
    expect(await run(['insert-missing', input, '-o', input, '--force'], same)).toBe(2);
    expect(same.err()).toMatch(/Không ghi đè lên chính tệp gốc/);
    expect(await run(['insert-missing', input, '-o', output, '--force'], fileIO())).toBe(0);
    expect(readDocx(readFileSync(output)).paragraphs.length).toBeGreaterThan(10);
  });

  test('thiếu -o, hoặc tệp hỏng: lỗi song ngữ, mã thoát 2', async () => {
    const io = fileIO();
    expect(await run(['insert-missing', path.join(CORPUS, 'w2-05.docx')], io)).toBe(2);
    expect(io.err()).toMatch(/Cần -o TỆP\.docx/);
    const broken = path.join(dir, 'hong.docx');
    writeFileSync(broken, 'không phải tệp Word');
    const en = fileIO();
    expect(await run(['insert-missing', '--lang', 'en', broken, '-o', path.join(dir, 'ra.docx')], en)).toBe(2);
    expect(en.err()).toMatch(/not a Word \.docx document/);
  });
});
