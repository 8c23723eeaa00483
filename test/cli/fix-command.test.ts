/**
 * pctn fix: một bản đã sửa thể thức (và với --citations, trích dẫn thành thay đổi được theo dõi); kiểm tra lại bản đó
 * hết các phát hiện đã sửa; chữ giữ nguyên; tệp gốc không đổi, không ghi đè.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { run } from '../../src/cli/main';
import { nodeIO } from '../../src/cli/node-io';
import { checkReport } from '../../src/check';
import { reportTemplate } from '../../src/compose';
import { readDocx } from '../../src/docx';
import { writeDocx } from '../../src/docx/write';
import { plan2023 } from '../../src/plan';

function fileIO() {
  let out = '';
  let err = '';
  return { ...nodeIO, stdout: (t: string) => void (out += t), stderr: (t: string) => void (err += t), out: () => out, err: () => err };
}

/** Arial, 10 mm margins, and two short citations of one paragraph ("Chỉ thị 10/CT-TTg" also lacks "số"). */
function defective(): Uint8Array {
  const files = unzipSync(writeDocx(reportTemplate(plan2023, { unit: 'CCVC', period: 'Q1' })));
  const styles = strFromU8(files['word/styles.xml']!).replace(/Times New Roman/g, 'Arial');
  const document = strFromU8(files['word/document.xml']!)
    .replace(/<w:pgMar [^>]*\/>/, '<w:pgMar w:top="567" w:right="567" w:bottom="567" w:left="567" w:header="567" w:footer="567" w:gutter="0"/>')
    .replace('Kết quả thực hiện: ...', 'Đã quán triệt Nghị định số 59/2019/NĐ-CP đến toàn thể công chức; triển khai Chỉ thị 10/CT-TTg tại các phòng.');
  return zipSync({ ...files, 'word/styles.xml': strToU8(styles), 'word/document.xml': strToU8(document) });
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'pctn-fix-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('sửa thể thức và trích dẫn: bản sao hết phát hiện thể thức và gợi ý trích dẫn; chữ cũ còn là phần xóa được theo dõi; tệp gốc giữ nguyên', async () => {
  const input = path.join(dir, 'bao-cao.docx');
  writeFileSync(input, defective());
  const original = readFileSync(input);
  const before = checkReport(plan2023, readDocx(original));
  expect(before.findings.filter((f) => f.rule.startsWith('layout-')).map((f) => f.rule).sort()).toEqual(['layout-font', 'layout-margins']);
  const output = path.join(dir, 'ban-da-sua.docx');
  const io = fileIO();
  expect(await run(['fix', '--citations', input, '-o', output], io)).toBe(0);
  expect(readFileSync(input).equals(original)).toBe(true);
  expect(io.out()).toMatch(/^Đã ghi .*ban-da-sua\.docx:\n {2}- Lề trang chưa đúng/);
  expect(io.out()).toContain('2 trích dẫn được sửa (thay đổi được theo dõi');
  const written = readFileSync(output);
  const after = checkReport(plan2023, readDocx(written));
  expect(after.findings.filter((f) => f.rule.startsWith('layout-') || f.action?.kind === 'fixText')).toEqual([]);
  const xml = strFromU8(unzipSync(written)['word/document.xml']!);
  expect([...xml.matchAll(/<w:delText xml:space="preserve">([^<]*)<\/w:delText>/g)].map((m) => m[1])).toEqual(['Nghị định số 59/2019/NĐ-CP', 'Chỉ thị 10/CT-TTg']);
  const paragraph = readDocx(written).paragraphs.find((p) => p.text.startsWith('Đã quán triệt'))!;
  expect(paragraph.text).toMatch(/^Đã quán triệt Nghị định số 59\/2019\/NĐ-CP ngày 01\/7\/2019 của Chính phủ .* đến toàn thể công chức; triển khai Chỉ thị số 10\/CT-TTg ngày 22\/4\/2019 của Thủ tướng Chính phủ/);
});

test('không có --citations: chỉ thể thức, chữ của mọi đoạn giữ nguyên', async () => {
  const input = path.join(dir, 'bao-cao.docx');
  writeFileSync(input, defective());
  const output = path.join(dir, 'ban-da-sua.docx');
  expect(await run(['fix', input, '-o', output], fileIO())).toBe(0);
  expect(readDocx(readFileSync(output)).paragraphs.map((p) => p.text)).toEqual(readDocx(readFileSync(input)).paragraphs.map((p) => p.text));
});

test('không ghi đè tệp gốc, cần -o, không ghi đè bản đã có nếu thiếu --force', async () => {
  const input = path.join(dir, 'bao-cao.docx');
  writeFileSync(input, defective());
  const io = fileIO();
  expect(await run(['fix', input, '-o', input], io)).toBe(2);
  expect(io.err()).toMatch(/Không ghi đè lên chính tệp gốc/);
  expect(await run(['fix', input], io)).toBe(2);
  const output = path.join(dir, 'co-san.docx');
  writeFileSync(output, 'x');
  expect(await run(['fix', input, '-o', output], io)).toBe(2);
  expect(readFileSync(output, 'utf8')).toBe('x');
});
