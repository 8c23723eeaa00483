/** pctn summary: mọi báo cáo của một kỳ cùng lúc; ma trận khớp đúng kết quả kiểm tra từng tệp. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run } from '../../src/cli/main';
import { memoryIO } from '../support/memory-io';

const CORPUS = path.join(__dirname, '../fixtures/corpus');
const file = (name: string) => path.join(CORPUS, name);

type SummaryOut = {
  period: { code: string; year: number };
  reports: { file: string; unit: { id: string } | null; period: { code: string; year: number } | null; date: string | null; due: string | null; late: boolean; daysLate: number; missing: string[]; included: boolean; excluded: string | null }[];
  units: { id: string; mustReport: boolean; received: boolean; files: string[] }[];
  matrix: Record<string, Record<string, string>>;
};

async function summary(args: string[]): Promise<{ code: number; out: SummaryOut; io: ReturnType<typeof memoryIO> }> {
  const io = memoryIO();
  const code = await run(['summary', '--json', ...args], io);
  return { code, out: JSON.parse(io.out()) as SummaryOut, io };
}

async function checkJson(files: string[]) {
  const io = memoryIO();
  await run(['check', '--json', ...files], io);
  return JSON.parse(io.out()) as { file: string; unit: { id: string } | null; items: { id: string; required: boolean; addressed: boolean }[] }[];
}

test('thư mục mẫu, kỳ quý I/2023 (kỳ có nhiều báo cáo nhất): mỗi ô ma trận đúng bằng kết quả kiểm tra của tệp đó', async () => {
  const { code, out } = await summary([CORPUS]);
  expect(out.period).toEqual({ code: 'Q1', year: 2023 });
  expect(out.reports).toHaveLength(10);
  const included = out.reports.filter((r) => r.included);
  expect(included.map((r) => path.basename(r.file))).toEqual(['w2-05.docx', 'w2-08.docx', 'w3-01.docx']);
  const checks = await checkJson(included.map((r) => r.file));
  for (const check of checks) {
    for (const item of check.items) {
      const expected = item.required ? (item.addressed ? 'reported' : 'missing') : item.addressed ? 'extra' : 'none';
      expect(`${check.unit!.id} ${item.id} ${out.matrix[item.id]![check.unit!.id]}`).toBe(`${check.unit!.id} ${item.id} ${expected}`);
    }
  }
  expect(code).toBe(1);
});

test('đơn vị chưa gửi được liệt kê; đơn vị gửi hai bản: bản mới nhất được tính, bản cũ ghi "superseded"', async () => {
  const { out } = await summary([CORPUS]);
  const absent = out.units.filter((u) => u.mustReport && !u.received).map((u) => u.id);
  expect(absent).toEqual(['TTr', 'CCVC', 'BTDKT', 'BTG', 'CCVTLT']);
  const snv = out.units.find((u) => u.id === 'SNV')!;
  expect(snv.mustReport).toBe(false);
  expect(snv.files.map((f) => path.basename(f))).toEqual(['w3-01.docx', 'w1-01.docx']);
  expect(out.reports.find((r) => r.file.endsWith('w1-01.docx'))!.excluded).toBe('superseded');
});

test('đúng hạn, trễ hạn tính theo ngày của báo cáo; kỳ khác không tính vào ma trận', async () => {
  const { out } = await summary(['--period', 'H1', CORPUS]);
  expect(out.period).toEqual({ code: 'H1', year: 2023 });
  const byName = new Map(out.reports.map((r) => [path.basename(r.file), r]));
  // w1-07: dated 01/6/2023, due 05/6/2023.
  expect(byName.get('w1-07.docx')).toMatchObject({ included: true, date: '2023-06-01', due: '2023-06-05', late: false, daysLate: 0 });
  expect(byName.get('w2-05.docx')).toMatchObject({ included: false, excluded: 'otherPeriod' });
  for (const r of out.reports.filter((x) => x.included && x.date && x.due)) expect(r.late).toBe(r.date! > r.due!);
});

test('--csv ghi ma trận (có BOM cho Excel); không ghi đè tệp đã có', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'pctn-summary-'));
  const csv = path.join(dir, 'ma-tran.csv');
  const io = memoryIO();
  await run(['summary', '--csv', csv, CORPUS], io);
  const text = String(io.written.get(csv));
  expect(text.startsWith('\uFEFFtask,title,VP,TTr,CCVC,CCHC,BTDKT,BTG,CCVTLT,SNV\r\n')).toBe(true);
  expect(text).toMatch(/\r\nII\.3\.a\.3,[^\r\n]*,thiếu,thiếu,thiếu,đã báo cáo,/);
  expect(io.out()).toMatch(/^Tổng hợp báo cáo quý I năm 2023/);
  writeFileSync(csv, 'cũ');
  const again = memoryIO();
  expect(await run(['summary', '--csv', csv, CORPUS], again)).toBe(2);
  expect(again.err()).toMatch(/đã có; không ghi đè/);
});

test('một tệp hỏng: báo riêng tệp đó, các tệp khác vẫn được tổng hợp (mã thoát 2)', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'pctn-summary-'));
  const broken = path.join(dir, 'hong.docx');
  writeFileSync(broken, 'không phải tệp docx');
  const io = memoryIO();
  const code = await run(['summary', '--json', broken, file('w2-05.docx'), file('w2-08.docx')], io);
  expect(code).toBe(2);
  const out = JSON.parse(io.out()) as SummaryOut & { reports: { error?: { vi: string } }[] };
  expect(out.reports[0]).toMatchObject({ included: false, excluded: 'unreadable' });
  expect(out.reports[0]!.error!.vi.length).toBeGreaterThan(10);
  expect(out.reports.filter((r) => r.included)).toHaveLength(2);
  expect(io.err()).toMatch(/hong\.docx/);
});

test('bản tiếng Anh và sai tham số', async () => {
  const io = memoryIO();
  await run(['summary', '--lang', 'en', file('w2-05.docx')], io);
  expect(io.out()).toMatch(/^Summary of the reports for the first quarter of 2023/);
  expect(io.out()).toMatch(/No report yet \(\d+\): /);
  const bad = memoryIO();
  expect(await run(['summary', '--period', 'Q5', CORPUS], bad)).toBe(2);
  expect(bad.err()).toMatch(/--period nhận Q1, H1, 9M hoặc Y/);
});
