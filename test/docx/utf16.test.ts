/** Phần XML mã hóa UTF-16 (định dạng cho phép): đọc ra đúng như bản UTF-8. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { readDocx } from '../../src/docx';

const original = new Uint8Array(readFileSync(path.join(__dirname, '../fixtures/corpus/w2-05.docx')));

function utf16(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const body = text.replace(/encoding="UTF-8"/i, 'encoding="UTF-16"');
  const out = new Uint8Array((bom ? 2 : 0) + body.length * 2);
  let o = 0;
  if (bom) out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe], (o += 2) - 2);
  for (let i = 0; i < body.length; i += 1, o += 2) {
    const unit = body.charCodeAt(i);
    out[bigEndian ? o : o + 1] = unit >> 8;
    out[bigEndian ? o + 1 : o] = unit & 0xff;
  }
  return out;
}

test.each([
  ['UTF-16LE có BOM', false, true],
  ['UTF-16BE có BOM', true, true],
  ['UTF-16LE không BOM', false, false],
])('%s: document.xml và styles.xml đọc ra giống hệt bản UTF-8', (_name, bigEndian, bom) => {
  const files = unzipSync(original);
  const recoded: Record<string, Uint8Array> = { ...files };
  for (const part of ['word/document.xml', 'word/styles.xml']) if (files[part]) recoded[part] = utf16(strFromU8(files[part]!), bigEndian, bom);
  const a = readDocx(original);
  const b = readDocx(zipSync(recoded));
  expect(b.paragraphs.map((p) => [p.text, p.bold, p.level, p.table?.cell ?? null])).toEqual(a.paragraphs.map((p) => [p.text, p.bold, p.level, p.table?.cell ?? null]));
  expect(b.paragraphs.length).toBeGreaterThan(40);
});
