/**
 * Trang thử nghiệm: "Sửa định dạng" và "Ghi đầy đủ" hiện ngay trong trang và được ghi vào chính tệp khi tải về (trích
 * dẫn thành thay đổi được theo dõi). Kiểm tra lại trong trang và trên tệp tải về đều hết phát hiện đã sửa; chữ các đoạn
 * khác giữ nguyên; phần trợ lý chèn vẫn được ghi cùng.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { checkReport } from '../../src/check';
import { reportTemplate } from '../../src/compose';
import { itemHeadingBlocks } from '../../src/compose/item-heading';
import type { Finding } from '../../src/check/types';
import { readDocx } from '../../src/docx';
import { writeDocx } from '../../src/docx/write';
import { savedDocx } from '../../src/playground/document/download';
import { readDocxBytes } from '../../src/playground/document/open-docx';
import { PlaygroundStore } from '../../src/playground/document/store';
import { PlaygroundHost } from '../../src/playground/host';
import { plan2023 } from '../../src/plan';

const CITING = 'Đơn vị đã quán triệt Nghị định số 59/2019/NĐ-CP đến toàn thể công chức, viên chức.';

/** The report template with Arial everywhere, 10 mm margins and a short first mention in its first results line. */
function defective(): Uint8Array {
  const files = unzipSync(writeDocx(reportTemplate(plan2023, { unit: 'CCVC', period: 'Q1' })));
  const styles = strFromU8(files['word/styles.xml']!).replace(/Times New Roman/g, 'Arial');
  const document = strFromU8(files['word/document.xml']!)
    .replace(/<w:pgMar [^>]*\/>/, '<w:pgMar w:top="567" w:right="567" w:bottom="567" w:left="567" w:header="567" w:footer="567" w:gutter="0"/>')
    .replace('Kết quả thực hiện: ...', CITING);
  return zipSync({ ...files, 'word/styles.xml': strToU8(styles), 'word/document.xml': strToU8(document) });
}

function opened(bytes: Uint8Array) {
  const result = readDocxBytes('bao-cao.docx', bytes);
  if (!result.ok) throw new Error(result.error.en);
  const store = new PlaygroundStore();
  store.open(result.name, result.paragraphs, result.original);
  return { store, host: new PlaygroundHost(store) };
}

const layout = (findings: readonly Finding[]) => findings.filter((f) => f.rule.startsWith('layout-')).map((f) => f.rule).sort();
const fullCitation = (findings: readonly Finding[]) => findings.find((f) => f.action?.kind === 'fixText' && f.action.label === 'fullCitation');

test('trang thử nghiệm đọc được khổ giấy, phông của tệp: có phát hiện lề và phông như trong Word, có nút sửa', async () => {
  const { host } = opened(defective());
  expect(host.capabilities).toMatchObject({ formatFixes: true, textFixes: true });
  const result = checkReport(plan2023, await host.read());
  expect(layout(result.findings)).toEqual(['layout-font', 'layout-margins']);
  expect(result.findings.filter((f) => f.rule.startsWith('layout-')).every((f) => f.action?.kind === 'fixFormat')).toBe(true);
});

test('sửa lề, phông, ghi đầy đủ trích dẫn, chèn một mục rồi tải về: trang và tệp đều hết các phát hiện đó; chữ cũ còn trong tệp dưới dạng thay đổi được theo dõi', async () => {
  const bytes = defective();
  const { store, host } = opened(bytes);
  const before = checkReport(plan2023, await host.read());
  for (const finding of before.findings.filter((f) => f.rule.startsWith('layout-'))) {
    if (finding.action?.kind !== 'fixFormat') throw new Error('no fix');
    expect(await host.applyFormat(finding.action.fix)).toEqual([]);
  }
  const citation = fullCitation(before.findings);
  if (citation?.action?.kind !== 'fixText') throw new Error('no "Ghi đầy đủ"');
  expect(await host.replaceText(citation.action.fix)).toEqual({ replaced: true, notes: [] });
  const document = await host.read();
  const missing = checkReport(plan2023, document).items.find((i) => i.required && !i.addressed)!;
  const heading = itemHeadingBlocks(plan2023, missing, document);
  await host.insert(heading.blocks, { kind: 'end' });

  const inPage = checkReport(plan2023, await host.read());
  expect(layout(inPage.findings)).toEqual([]);
  expect(fullCitation(inPage.findings)).toBeUndefined();

  const { paragraphs, original, fixes } = store.getSnapshot();
  const saved = savedDocx(paragraphs, original, fixes, new Date('2026-12-05T08:00:00Z'));
  expect(saved.rebuilt).toBeNull();
  const reread = readDocx(saved.bytes);
  const after = checkReport(plan2023, reread);
  expect(layout(after.findings)).toEqual([]);
  expect(fullCitation(after.findings)).toBeUndefined();
  // The file holds what the page shows: the same paragraphs, the inserted heading among them.
  expect(reread.paragraphs.map((p) => p.text)).toEqual(paragraphs.map((p) => p.text));
  const xml = strFromU8(unzipSync(saved.bytes)['word/document.xml']!);
  expect(xml).toContain('<w:delText xml:space="preserve">Nghị định số 59/2019/NĐ-CP</w:delText>');
  expect(xml).toContain('w:author="Trợ lý báo cáo PCTN" w:date="2026-12-05T08:00:00Z"');
  // Styles, numbering and every other part as they were.
  const [a, b] = [unzipSync(bytes), unzipSync(saved.bytes)];
  for (const name of Object.keys(a)) if (name !== 'word/document.xml') expect(b[name]).toEqual(a[name]);
});

test('tài liệu không mở từ tệp: không sửa, nói rõ song ngữ', async () => {
  const store = new PlaygroundStore();
  store.open('moi.docx', readDocx(defective()).paragraphs, null);
  const host = new PlaygroundHost(store);
  const result = checkReport(plan2023, await host.read());
  const font = result.findings.find((f) => f.rule === 'layout-font');
  if (font?.action?.kind !== 'fixFormat') throw new Error('no fix');
  await expect(host.applyFormat(font.action.fix)).rejects.toMatchObject({ vi: expect.stringMatching(/không mở từ một tệp \.docx/), en: expect.stringMatching(/not opened from a \.docx/) });
});
