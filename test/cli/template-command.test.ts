import { mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { run } from '../../src/cli/main';
import { nodeIO } from '../../src/cli/node-io';
import { readDocx } from '../../src/docx';
import { memoryIO } from '../support/memory-io';

/** A CliIO over the real file system that captures the output. */
function fileIO() {
  let out = '';
  let err = '';
  return { ...nodeIO, stdout: (t: string) => void (out += t), stderr: (t: string) => void (err += t), out: () => out, err: () => err };
}

describe('pctn template', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pctn-template-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('ghi mẫu báo cáo quý I của Phòng CCVC thành tệp .docx đọc lại được', async () => {
    const file = join(dir, 'bao-cao-ccvc-quy-1.docx');
    const io = fileIO();
    expect(await run(['template', '--kind', 'report', '--unit', 'CCVC', '--period', 'Q1', '-o', file], io)).toBe(0);
    expect(io.out()).toBe(`Đã ghi mẫu báo cáo vào ${file}\n`);
    const texts = readDocx(new Uint8Array(readFileSync(file))).paragraphs.map((p) => p.text);
    expect(texts).toEqual(expect.arrayContaining(['PHÒNG CÔNG CHỨC,', 'VIÊN CHỨC', 'Số: .../BC-CCVC', 'Kết quả công tác phòng, chống tham nhũng quý I năm 2023']));
  });

  test('mẫu kế hoạch của Văn phòng cho năm 2024', async () => {
    const file = join(dir, 'ke-hoach-vp.docx');
    const io = fileIO();
    expect(await run(['template', '--kind', 'plan', '--unit', 'VP', '--year', '2024', '--output', file, '--lang', 'en'], io)).toBe(0);
    expect(io.out()).toContain('Wrote the plan template');
    const texts = readDocx(new Uint8Array(readFileSync(file))).paragraphs.map((p) => p.text);
    expect(texts).toContain('Công tác phòng, chống tham nhũng năm 2024 của Văn phòng Sở');
  });

  test('không ghi đè tệp đã có (báo bằng tiếng Việt và tiếng Anh); --force thì ghi', async () => {
    const file = join(dir, 'bao-cao.docx');
    writeFileSync(file, 'nội dung cũ');
    const vi = fileIO();
    expect(await run(['template', '--kind', 'report', '--unit', 'VP', '-o', file], vi)).toBe(2);
    expect(vi.err()).toContain('đã có; không ghi đè để không mất nội dung');
    expect(readFileSync(file, 'utf8')).toBe('nội dung cũ');
    const en = fileIO();
    expect(await run(['template', '--lang', 'en', '--kind', 'report', '--unit', 'VP', '-o', file], en)).toBe(2);
    expect(en.err()).toContain('already exists; it was not overwritten, so nothing is lost');
    expect(readFileSync(file, 'utf8')).toBe('nội dung cũ');
    expect(await run(['template', '--kind', 'report', '--unit', 'VP', '-o', file, '--force'], fileIO())).toBe(0);
    expect(readDocx(new Uint8Array(readFileSync(file))).paragraphs.some((p) => p.text === 'VĂN PHÒNG')).toBe(true);
  });

  test.each([
    [['--kind', 'memo', '--unit', 'VP', '-o', 'x.docx'], /--kind nhận report/, /--kind takes report or plan/],
    [['--unit', 'VP', '-o', 'x.docx'], /--kind nhận report .*thiếu/, /got: missing/],
    [['--kind', 'report', '-o', 'x.docx'], /Cần --unit/, /Expected --unit/],
    [['--kind', 'report', '--unit', 'VP'], /Cần -o/, /Expected -o/],
    [['--kind', 'report', '--unit', 'VP', '-o', 'x.pdf'], /phải có đuôi \.docx/, /must end in \.docx/],
    [['--kind', 'report', '--unit', 'VP', '--period', 'Q5', '-o', 'x.docx'], /--period nhận Q1, H1, 9M hoặc Y/, /--period takes Q1/],
    [['--kind', 'plan', '--unit', 'VP', '--period', 'Q1', '-o', 'x.docx'], /chỉ dùng với --kind report/, /only with --kind report/],
    [['--kind', 'report', '--unit', 'VP', '--year', '23', '-o', 'x.docx'], /--year nhận một năm/, /--year takes a year/],
    [['--kind', 'report', '--unit', 'XYZ', '-o', 'x.docx'], /không có đơn vị mã "XYZ"/, /no unit with id "XYZ"/],
    [['--kind', 'report', '--unit', 'PCM', '-o', 'x.docx'], /là một nhóm đơn vị/, /is a group of units/],
  ])('tham số sai %j: báo lỗi hai thứ tiếng, mã thoát 2, không ghi gì', async (args, vi, en) => {
    const ioVi = memoryIO();
    expect(await run(['template', ...args], ioVi)).toBe(2);
    expect(ioVi.err()).toMatch(vi);
    expect(ioVi.written.size).toBe(0);
    const ioEn = memoryIO();
    expect(await run(['template', '--lang', 'en', ...args], ioEn)).toBe(2);
    expect(ioEn.err()).toMatch(en);
    expect(existsSync('x.docx')).toBe(false);
  });

  test('thư mục không có: báo lỗi hai thứ tiếng, không để lại tệp tạm', async () => {
    const io = fileIO();
    const file = join(dir, 'chua-co', 'mau.docx');
    expect(await run(['template', '--kind', 'report', '--unit', 'VP', '-o', file], io)).toBe(2);
    expect(io.err()).toContain('Không có thư mục để ghi tệp');
    const en = fileIO();
    expect(await run(['template', '--kind', 'report', '--unit', 'VP', '-o', file, '--lang', 'en'], en)).toBe(2);
    expect(en.err()).toContain('The folder to write into does not exist');
    expect(existsSync(dirname(file))).toBe(false);
  });

  test('không ghi qua liên kết (symlink), kể cả liên kết hỏng và kể cả khi có --force', async () => {
    const target = join(dir, 'noi-khac.docx');
    const link = join(dir, 'lien-ket.docx');
    symlinkSync(target, link);
    for (const force of [[], ['--force']]) {
      const io = fileIO();
      expect(await run(['template', '--kind', 'report', '--unit', 'VP', '-o', link, ...force], io)).toBe(2);
      expect(io.err()).toContain('là một liên kết (symlink); không ghi qua liên kết');
    }
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['lien-ket.docx']);
  });

  test('ghi vào tệp tạm rồi đổi tên: ghi đè bằng --force không để lại tệp tạm', async () => {
    const file = join(dir, 'mau.docx');
    writeFileSync(file, 'bản cũ');
    expect(await run(['template', '--kind', 'report', '--unit', 'VP', '-o', file, '--force'], fileIO())).toBe(0);
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
    expect(readdirSync(dir)).toEqual(['mau.docx']);
  });

  test('pctn --help nói về lệnh template bằng cả hai thứ tiếng', async () => {
    const vi = memoryIO();
    await run(['--help'], vi);
    expect(vi.out()).toContain('pctn template --kind report|plan --unit MÃ');
    const en = memoryIO();
    await run(['--help', '--lang', 'en'], en);
    expect(en.out()).toContain('never overwrites an');
  });
});

describe('chữ ký và dòng Lưu', () => {
  const texts = async (args: string[]) => {
    const dir = mkdtempSync(join(tmpdir(), 'pctn-sign-'));
    const file = join(dir, 'mau.docx');
    const io = memoryIO();
    expect(await run(['template', ...args, '-o', file], io)).toBe(0);
    return readDocx(io.written.get(file) as Uint8Array).paragraphs.map((p) => p.text.trim());
  };

  test('báo cáo của Sở: mặc định ký như kế hoạch (GIÁM ĐỐC, ký trực tiếp), Lưu: VT, TTr. (Thanh tra Sở soạn); --sign kt thì ký thay', async () => {
    const direct = await texts(['--kind', 'report', '--unit', 'SNV', '--period', 'H1']);
    expect(direct).toContain('GIÁM ĐỐC');
    expect(direct).not.toContain('KT. GIÁM ĐỐC');
    expect(direct).toContain('- Lưu: VT, TTr.');
    const deputy = await texts(['--kind', 'report', '--unit', 'SNV', '--period', 'H1', '--sign', 'kt']);
    expect(deputy).toEqual(expect.arrayContaining(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']));
  });

  test('phòng: trưởng phòng ký; Lưu: VT, CCVC.; --sign sai thì báo lỗi hai thứ tiếng', async () => {
    const lines = await texts(['--kind', 'report', '--unit', 'CCVC', '--period', 'Q1']);
    expect(lines).toEqual(expect.arrayContaining(['TRƯỞNG PHÒNG', '- Lưu: VT, CCVC.']));
    const io = memoryIO();
    expect(await run(['template', '--kind', 'report', '--unit', 'CCVC', '--sign', 'xyz', '-o', '/tmp/x.docx'], io)).toBe(2);
    expect(io.err()).toMatch(/--sign nhận direct/);
  });
});
