/**
 * Mọi mẫu của pctn template (mọi đơn vị × mọi kỳ, mọi kế hoạch đơn vị) in ra PDF bằng LibreOffice: tên cơ quan ở phần
 * đầu không bị ngắt khác chỗ đã chọn, Quốc hiệu trên một dòng, tên kỳ như báo cáo viết, chữ ký và dòng Lưu như đã chọn,
 * kế hoạch đơn vị không giao việc chủ trì cho đơn vị khác. Cần LibreOffice và pdftotext (CI cài cả hai).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { reportTemplate, unitPlanTemplate, type Block } from '../../src/compose';
import { writeDocx } from '../../src/docx/write';
import { plan2023 } from '../../src/plan';

const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
const pdftotext = existsSync('/usr/bin/pdftotext') ? '/usr/bin/pdftotext' : undefined;
const units = plan2023.units.filter((u) => u.kind !== 'external').map((u) => u.id);
const periods = ['Q1', 'H1', '9M', 'Y'] as const;

interface Rendered {
  name: string;
  blocks: Block[];
  text: string;
}

const headerLines = (blocks: Block[]): string[] => {
  const header = blocks.find((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
  return (header?.paragraphs?.[0] ?? []).flat().map((p) => p.runs.map((r) => r.text).join('')).filter((t) => t.trim() !== '');
};

(soffice && pdftotext ? describe : describe.skip)('mẫu in ra PDF bằng LibreOffice', () => {
  const rendered: Rendered[] = [];

  beforeAll(() => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pctn-pdf-'));
    const jobs: { name: string; blocks: Block[] }[] = [
      ...units.flatMap((unit) => periods.map((period) => ({ name: `bao-cao-${unit}-${period}`, blocks: reportTemplate(plan2023, { unit, period, year: 2023 }) }))),
      ...units.filter((u) => u !== 'SNV').map((unit) => ({ name: `ke-hoach-${unit}`, blocks: unitPlanTemplate(plan2023, { unit, year: 2023 }) })),
    ];
    for (const job of jobs) writeFileSync(path.join(dir, `${job.name}.docx`), writeDocx(job.blocks));
    execFileSync(soffice!, ['--headless', '--convert-to', 'pdf', '--outdir', dir, ...jobs.map((j) => path.join(dir, `${j.name}.docx`))], { stdio: 'ignore', timeout: 240_000 });
    for (const job of jobs) {
      const pdf = path.join(dir, `${job.name}.pdf`);
      execFileSync(pdftotext!, ['-layout', pdf, `${pdf}.txt`]);
      rendered.push({ ...job, text: readFileSync(`${pdf}.txt`, 'utf8') });
    }
  }, 300_000);

  test('mỗi dòng tên cơ quan ở phần đầu in đúng một dòng như đã chọn; Quốc hiệu một dòng', () => {
    expect(rendered.length).toBe(units.length * 4 + units.length - 1);
    for (const doc of rendered) {
      const lines = doc.text.split('\n');
      for (const wanted of headerLines(doc.blocks)) {
        expect({ doc: doc.name, line: wanted, found: lines.some((l) => l.includes(wanted)) }).toEqual({ doc: doc.name, line: wanted, found: true });
      }
      expect(lines.some((l) => l.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'))).toBe(true);
    }
  });

  test('tên kỳ như báo cáo viết; chữ ký và dòng Lưu', () => {
    const h1 = rendered.find((d) => d.name === 'bao-cao-CCVC-H1')!;
    expect(h1.text).toMatch(/6 tháng đầu năm 2023/);
    expect(h1.text).toMatch(/Lưu: VT, CCVC\./);
    expect(h1.text).toMatch(/TRƯỞNG PHÒNG/);
    const snv = rendered.find((d) => d.name === 'bao-cao-SNV-Y')!;
    expect(snv.text).toMatch(/Lưu: VT, TTr\./);
    expect(snv.text).toMatch(/GIÁM ĐỐC/);
  });

  test('kế hoạch đơn vị: chỉ đơn vị đó chủ trì', () => {
    for (const doc of rendered.filter((d) => d.name.startsWith('ke-hoach-'))) {
      const unit = plan2023.units.find((u) => `ke-hoach-${u.id}` === doc.name)!;
      const name = unit.shortName ?? unit.name;
      const flat = doc.text.replace(/\s+/g, ' ');
      const leads = [...flat.matchAll(/Đơn vị thực hiện: (.+?) (chủ trì|phối hợp với)/g)].map((m) => m[1]);
      expect(leads.length).toBeGreaterThan(0);
      expect(leads.every((l) => l === name)).toBe(true);
    }
  });
});
