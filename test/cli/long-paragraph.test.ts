/**
 * Một tệp có đoạn văn 20 MB ở giữa lô: mọi tệp khác vẫn có kết quả (cả --json), tệp đó được kiểm tra phần đầu và
 * được báo; bộ nhớ tối đa của cả lệnh dưới 1 GB.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkReport } from '../../src/check';
import { MAX_CHECKED_TOTAL } from '../../src/check/prepare';
import { writeDocx } from '../../src/docx/write';
import { plan2023 } from '../../src/plan';
import { para, standardReport } from '../support/report-builder';

const root = path.join(__dirname, '../..');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'pctn-long-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('đoạn 20 MB toàn trích dẫn: lô vẫn chạy hết, bộ nhớ dưới 1 GB', () => {
  const unit = 'Thực hiện Nghị định số 59/2019/NĐ-CP ngày 01/7/2019 của Chính phủ và Quyết định số 48/2021/QĐ-UBND, ';
  const big = path.join(dir, 'doan-20mb.docx');
  writeFileSync(big, writeDocx([{ kind: 'paragraph', runs: [{ text: 'SỞ NỘI VỤ' }] }, { kind: 'paragraph', runs: [{ text: unit.repeat(Math.ceil(20_000_000 / unit.length)) }] }]));
  const good = path.join(root, 'test/fixtures/corpus/w2-05.docx');
  const child = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'test/support/cli-peak-memory.ts'), 'check', '--json', good, big, good], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const results = JSON.parse(child.stdout) as { file: string; error?: unknown; findings?: { rule: string }[] }[];
  expect(results.map((r) => r.file)).toEqual([good, big, good]);
  expect(results.every((r) => r.error === undefined)).toBe(true);
  expect(results[1]!.findings!.map((f) => f.rule)).toContain('paragraph-truncated');
  const peak = Number(/PEAK_RSS_KB (\d+)/.exec(child.stderr)?.[1]);
  expect(peak).toBeGreaterThan(0);
  expect(peak).toBeLessThan(1024 * 1024);
}, 120_000);

test('tài liệu dài hơn tổng giới hạn: phần sau không được đọc, và điều đó được báo (cảnh báo) ở đúng đoạn', () => {
  const long = 'Văn phòng đã rà soát quy chế chi tiêu nội bộ. '.repeat(400);
  const count = Math.ceil(MAX_CHECKED_TOTAL / long.length) + 5;
  const result = checkReport(plan2023, standardReport(Array.from({ length: count }, () => para(long))));
  const finding = result.findings.find((f) => f.id === 'document-truncated');
  expect(finding).toMatchObject({ rule: 'paragraph-truncated', severity: 'warning' });
  expect(finding!.message.vi).toMatch(/^Tài liệu dài hơn 4\.000\.000 ký tự; phần từ đoạn \d+ trở đi không được kiểm tra\.$/);
});
