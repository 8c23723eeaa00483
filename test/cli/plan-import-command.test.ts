/** pctn plan import: đọc nhiệm vụ của một kế hoạch .docx viết dạng văn xuôi (bước đầu của issue 12). */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run } from '../../src/cli/main';
import { writeDocx } from '../../src/docx/write';
import { plan2023 } from '../../src/plan';
import { memoryIO } from '../support/memory-io';
import { nodeIO } from '../../src/cli/node-io';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'pctn-plan-import-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function seedDocx(): string {
  const md = readFileSync(path.join(__dirname, '../fixtures/plans/ke-hoach-pctn-2023-so-noi-vu-quang-ngai.md'), 'utf8');
  const blocks = md
    .split('\n')
    .map((line) => line.replace(/^#+\s*/, '').trim())
    .filter((line) => line !== '' && !line.startsWith('|'))
    .map((line) => ({ kind: 'paragraph' as const, runs: [{ text: line.replace(/\*\*|\*/g, '').trim(), bold: /^\*\*.*\*\*$/.test(line) }] }));
  const file = path.join(dir, 'ke-hoach-2023.docx');
  writeFileSync(file, writeDocx(blocks));
  return file;
}

test('bản .docx của kế hoạch 2023: 26 nhiệm vụ đúng mã, đơn vị và thời gian như đã viết; --json cùng kết quả', async () => {
  const file = seedDocx();
  const io = memoryIO();
  expect(await run(['plan', 'import', file], io)).toBe(0);
  expect(io.out()).toContain(`${file}: 26 nhiệm vụ`);
  expect(io.out()).toMatch(/II\.3\.đ\.2 +Tham mưu trình UBND tỉnh ban hành văn bản/);
  expect(io.out()).toMatch(/chủ trì: Phòng Công chức, viên chức\n +thời gian: Quý I\/2023\./);
  expect(io.out()).toMatch(/II\.3\.b\.2 [^\n]*\n +chủ trì: Thanh tra Sở; phối hợp: Văn phòng Sở/);
  expect(io.out()).toContain('Lịch báo cáo (gửi Thanh tra Sở): quý I trước ngày 05/3; quý II, 6 tháng ngày 05/6; quý III, 9 tháng ngày 05/9; quý IV, năm ngày 05/12');
  expect(io.out()).toMatch(/Cần kiểm tra lại:\n(?: +\? .*\n)*? +\? II\.1\.2: không có dòng "Đơn vị thực hiện"; đơn vị đọc từ câu nhiệm vụ: các đơn vị trực thuộc Sở\./);
  expect(io.out()).toMatch(/\? II\.1\.2: không có dòng "Thời gian thực hiện"; thời gian đọc từ câu nhiệm vụ: "Thường xuyên"\./);
  expect(io.out()).toMatch(/\? II\.1\.1: nhiệm vụ không nêu đơn vị; tạm giao cho tất cả/);
  const json = memoryIO();
  await run(['plan', 'import', '--json', file], json);
  const { plan: outline } = JSON.parse(json.out()) as { plan: { items: { id: string }[] } };
  expect(outline.items.map((i) => i.id)).toEqual(plan2023.items.map((i) => i.id));
});

test('-o ghi tệp kế hoạch hợp lệ; pctn check --plan dùng được nó; không ghi đè khi thiếu --force', async () => {
  const file = seedDocx();
  const out = path.join(dir, 'ke-hoach-2023.json');
  const io = memoryIO();
  const fsIO = { ...io, writeFile: (p: string, data: Uint8Array | string, overwrite?: boolean) => nodeIO.writeFile(p, data, overwrite), exists: nodeIO.exists };
  expect(await run(['plan', 'import', file, '-o', out], fsIO)).toBe(0);
  expect(io.out()).toMatch(/^Đã ghi .*ke-hoach-2023\.json: 26 nhiệm vụ, \d+ đơn vị; \d+ chỗ cần kiểm tra lại:/);
  const show = memoryIO();
  expect(await run(['plan', 'show', '--plan', out], show)).toBe(0);
  expect(show.out()).toContain('II.3.đ.2');
  const check = memoryIO();
  expect([0, 1]).toContain(await run(['check', '--json', '--plan', out, path.join(__dirname, '../fixtures/corpus/w2-05.docx')], check));
  const [result] = JSON.parse(check.out()) as { items: { id: string }[] }[];
  expect(result!.items.map((i) => i.id)).toEqual(plan2023.items.map((i) => i.id));
  const again = memoryIO();
  expect(await run(['plan', 'import', file, '-o', out], { ...again, exists: nodeIO.exists })).toBe(2);
  expect(again.err()).toMatch(/đã có; không ghi đè/);
});

test('thiếu tệp: lỗi cách dùng song ngữ', async () => {
  const io = memoryIO();
  expect(await run(['plan', 'import'], io)).toBe(2);
  expect(io.err()).toMatch(/Cần tệp kế hoạch/);
});

const cell = (text: string, bold = false) => [{ text, bold }];

/** A phường's plan: its header, the title, and a task table under "PHỤ LỤC". */
function phuongPlanDocx(rows: { text: string; bold: boolean }[][][]): Uint8Array {
  return writeDocx([
    { kind: 'paragraph', runs: [{ text: 'ỦY BAN NHÂN DÂN PHƯỜNG AN BÌNH', bold: true }] },
    { kind: 'paragraph', runs: [{ text: 'KẾ HOẠCH', bold: true }] },
    { kind: 'paragraph', runs: [{ text: 'Công tác phòng, chống tham nhũng, tiêu cực năm 2026', bold: true }] },
    { kind: 'paragraph', runs: [{ text: 'PHỤ LỤC', bold: true }] },
    { kind: 'table', rows, borders: true },
  ]);
}

test('-o không ghi một kế hoạch mà --plan sẽ từ chối: văn bản không có nhiệm vụ nào; mã thoát 2, lý do song ngữ, không có tệp', async () => {
  const file = path.join(dir, 'khong-nhiem-vu.docx');
  writeFileSync(
    file,
    writeDocx([
      { kind: 'paragraph', runs: [{ text: 'ỦY BAN NHÂN DÂN PHƯỜNG AN BÌNH', bold: true }] },
      { kind: 'paragraph', runs: [{ text: 'KẾ HOẠCH', bold: true }] },
      { kind: 'paragraph', runs: [{ text: 'Công tác phòng, chống tham nhũng, tiêu cực năm 2026', bold: true }] },
      { kind: 'paragraph', runs: [{ text: 'Ủy ban nhân dân phường sẽ ban hành kế hoạch chi tiết sau.' }] },
    ]),
  );
  const out = path.join(dir, 'khong-nhiem-vu.json');
  const io = memoryIO();
  const fsIO = { ...io, writeFile: (p: string, data: Uint8Array | string, overwrite?: boolean) => nodeIO.writeFile(p, data, overwrite), exists: nodeIO.exists };
  expect(await run(['plan', 'import', file, '-o', out], fsIO)).toBe(2);
  expect(io.err()).toMatch(/chưa dùng được nên chưa ghi/);
  expect(nodeIO.exists(out)).toBe(false);
  const en = memoryIO();
  expect(await run(['plan', 'import', file, '-o', out, '--lang', 'en'], { ...en, exists: nodeIO.exists })).toBe(2);
  expect(en.err()).toMatch(/is not usable yet, so .* was not written/);
});

test('bảng nhiệm vụ không có dòng nhóm: nhiệm vụ được đặt tạm dưới một đề mục, kế hoạch ghi được, nạp được và nêu chỗ cần xem lại', async () => {
  const rows = [
    ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian'].map((h) => cell(h, true)),
    [cell('1'), cell('Quán triệt Kế hoạch đến cán bộ, công chức.'), cell('Văn phòng'), cell('Quý I/2026')],
    [cell('2'), cell('Công khai dự toán ngân sách.'), cell('Phòng Kinh tế'), cell('Năm 2026')],
  ];
  const file = path.join(dir, 'bang-khong-nhom.docx');
  writeFileSync(file, phuongPlanDocx(rows));
  const out = path.join(dir, 'bang-khong-nhom.json');
  const io = memoryIO();
  const fsIO = { ...io, writeFile: (p: string, data: Uint8Array | string, overwrite?: boolean) => nodeIO.writeFile(p, data, overwrite), exists: nodeIO.exists };
  expect(await run(['plan', 'import', file, '-o', out], fsIO)).toBe(0);
  expect(io.out()).toMatch(/không thuộc đề mục nào; đã đặt tạm là "1\.1"/);
  const written = JSON.parse(readFileSync(out, 'utf8'));
  expect(written.items.map((i: { id: string }) => i.id)).toEqual(['1.1', '1.2']);
  const check = memoryIO();
  expect(await run(['plan', 'show', '--plan', out], { ...check, readFile: nodeIO.readFile, exists: nodeIO.exists })).toBe(0);
});

test('bảng có dòng nhóm A, B, C: mã nhiệm vụ theo thứ tự nhóm (A → 1) và số thứ tự của dòng, kế hoạch ghi được', async () => {
  const rows = [
    ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'].map((h) => cell(h, true)),
    [cell('A', true), cell('CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO', true), [], [], []],
    [cell('1'), cell('Quán triệt Kế hoạch đến cán bộ, công chức.'), cell('Chủ tịch UBND phường'), [], cell('Quý I/2026')],
    [cell('B', true), cell('CÔNG KHAI, MINH BẠCH', true), [], [], []],
    [cell('2'), cell('Công khai dự toán ngân sách phường.'), cell('Văn phòng HĐND và UBND phường'), [], cell('Năm 2026')],
  ];
  const file = path.join(dir, 'bang-nhom-chu.docx');
  writeFileSync(file, phuongPlanDocx(rows));
  const out = path.join(dir, 'bang-nhom-chu.json');
  const io = memoryIO();
  const fsIO = { ...io, writeFile: (p: string, data: Uint8Array | string, overwrite?: boolean) => nodeIO.writeFile(p, data, overwrite), exists: nodeIO.exists };
  expect(await run(['plan', 'import', file, '-o', out], fsIO)).toBe(0);
  const written = JSON.parse(readFileSync(out, 'utf8')) as { items: { id: string }[]; headings: { id: string; label: string }[] };
  expect(written.items.map((i) => i.id)).toEqual(['1.1', '2.2']);
  expect(written.headings.map((h) => h.label)).toEqual(['A.', 'B.']);
});
