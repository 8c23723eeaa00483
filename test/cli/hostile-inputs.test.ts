/**
 * Tệp đầu vào bất thường: thư mục, thiết bị (/dev/zero), đường ống (FIFO), tệp vượt giới hạn — bị từ chối trước khi
 * đọc, với lời báo song ngữ; các tệp khác trong lô vẫn được kiểm tra.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, ftruncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run } from '../../src/cli/main';
import { MAX_INPUT_BYTES, readFile } from '../../src/cli/node-io';
import { isAppError } from '../../src/errors/app-error';
import { memoryIO } from '../support/memory-io';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'pctn-hostile-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function refusal(file: string) {
  try {
    readFile(file);
  } catch (error) {
    if (isAppError(error)) return error;
    throw error;
  }
  throw new Error(`${file} was read`);
}

test('/dev/zero (thiết bị): từ chối ngay, không đọc', () => {
  const error = refusal('/dev/zero');
  expect(error.code).toBe('file-not-regular');
  expect(error.vi).toBe('/dev/zero là một thiết bị, không phải tệp thường; không đọc.');
  expect(error.en).toBe('/dev/zero is a device, not a regular file; it was not read.');
});

test('đường ống có tên (FIFO): từ chối mà không chờ người ghi', () => {
  const fifo = path.join(dir, 'ong.docx');
  execFileSync('mkfifo', [fifo]);
  expect(refusal(fifo).vi).toMatch(/là một đường ống \(pipe\)/);
});

test('tệp lớn hơn giới hạn: từ chối theo kích thước trước khi đọc', () => {
  const big = path.join(dir, 'rat-lon.docx');
  const fd = openSync(big, 'w');
  ftruncateSync(fd, MAX_INPUT_BYTES + 1);
  closeSync(fd);
  const error = refusal(big);
  expect(error.code).toBe('file-too-large');
  expect(error.vi).toMatch(/quá lớn để đọc \(giới hạn: 50,0 MB\)/);
});

test('thư mục và tệp không có: lời báo song ngữ', () => {
  expect(refusal(dir).code).toBe('file-is-directory');
  expect(refusal(path.join(dir, 'khong-co.docx')).en).toMatch(/^File not found: /);
});

test('một lô có /dev/zero ở giữa: tệp đó được nêu tên, các tệp khác vẫn có kết quả (cả --json)', async () => {
  const good = path.join(__dirname, '../fixtures/corpus/w2-05.docx');
  const io = memoryIO();
  expect(await run(['check', '--json', good, '/dev/zero', good], io)).toBe(2);
  const results = JSON.parse(io.out()) as { file: string; error?: { code: string } }[];
  expect(results.map((r) => [r.file, r.error?.code ?? 'ok'])).toEqual([
    [good, 'ok'],
    ['/dev/zero', 'file-not-regular'],
    [good, 'ok'],
  ]);
  expect(io.err()).toContain('/dev/zero: /dev/zero là một thiết bị');
});

test('một tệp bình thường đọc đủ từng byte', () => {
  const file = path.join(dir, 'nho.txt');
  writeFileSync(file, 'Báo cáo quý I');
  expect(Buffer.from(readFile(file)).toString('utf8')).toBe('Báo cáo quý I');
});
