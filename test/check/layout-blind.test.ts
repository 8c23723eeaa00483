/**
 * Thể thức Nghị định 30 trên 46 tệp (ba bộ) do người khác viết, không nhìn quy tắc (test/fixtures/layout-blind): mỗi lỗi đã ghi
 * được báo đúng loại, tệp đúng thể thức không có phát hiện nào (cả khi lề đúng bằng giới hạn, Quốc hiệu và Tiêu ngữ chung
 * một đoạn hai dòng, ký hiệu "BC-TTr"); sửa bằng một cú bấm ghi vào tệp thì kiểm tra lại hết phát hiện sửa được.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkReport } from '../../src/check';
import type { Finding } from '../../src/check/types';
import { readDocx } from '../../src/docx';
import { patchDocxFixes, placeIn, toDocxFixes } from '../../src/docx/patch-fixes';
import { plan2023 } from '../../src/plan';

const SETS = ['set1', 'set2', 'set3'].map((set) => path.join(__dirname, '../fixtures/layout-blind', set));
/** Defects a set's rules still miss, said here so that a fix shows (and a new miss fails). */
const KNOWN_MISSES: Record<string, string[]> = {};
const cases = SETS.flatMap((dir) =>
  Object.entries(JSON.parse(readFileSync(path.join(dir, 'labels.json'), 'utf8')) as Record<string, { kind: string }[]>).map(([file, defects]) => {
    const name = `${path.basename(dir)}/${file}`;
    return [name, path.join(dir, file), defects.filter((d) => !(KNOWN_MISSES[name] ?? []).includes(d.kind))] as const;
  }),
);

function kindsOf(finding: Finding): string[] {
  if (finding.rule === 'layout-national-title') return [...(/Quốc hiệu/.test(finding.message.vi) ? ['national-title'] : []), ...(/Tiêu ngữ/.test(finding.message.vi) ? ['motto'] : [])];
  return finding.rule.startsWith('layout-') ? [finding.rule.slice('layout-'.length)] : [];
}

describe.each(cases)('%s', (_name, file, defects) => {
  test(`báo đúng các lỗi đã ghi: ${defects.map((d) => d.kind).join(', ') || 'không có'}`, () => {
    const bytes = new Uint8Array(readFileSync(file));
    const model = readDocx(bytes);
    const findings = checkReport(plan2023, model).findings.filter((f) => f.rule.startsWith('layout-'));
    expect([...new Set(findings.flatMap(kindsOf))].sort()).toEqual([...new Set(defects.map((d) => d.kind))].sort());
    const fixable = findings.filter((f) => f.action?.kind === 'fixFormat');
    if (fixable.length === 0) return;
    const fixes = fixable.flatMap((f) => (f.action?.kind === 'fixFormat' ? toDocxFixes(f.action.fix, placeIn(model)).fixes : []));
    const patched = patchDocxFixes(bytes, fixes, { author: 'Trợ lý báo cáo PCTN', date: '2026-12-05T00:00:00Z' });
    expect(patched.notes).toEqual([]);
    const after = new Set(checkReport(plan2023, readDocx(patched.bytes)).findings.map((f) => f.rule));
    expect(fixable.map((f) => f.rule).filter((rule) => after.has(rule))).toEqual([]);
    expect(readDocx(patched.bytes).paragraphs.map((p) => p.text)).toEqual(model.paragraphs.map((p) => p.text));
  });
});
