/** The ZIP reader: entries inflated whole (small) or in slices (large), lying headers and cut data refused. */
import { deflateSync, strToU8, zipSync } from 'fflate';
import { DocxReadError } from '../../src/docx';
import { listEntries, readEntry, type ZipEntry } from '../../src/docx/zip';
import { zipOf } from './helpers';

const NAME = 'word/document.xml';

function entry(zip: Uint8Array, name = NAME): ZipEntry {
  const found = listEntries(zip).find((item) => item.name === name);
  if (!found) throw new Error(`no entry ${name}`);
  return found;
}

function readError(zip: Uint8Array, limit = 100 * 1024 * 1024): DocxReadError {
  try {
    readEntry(zip, entry(zip), limit);
  } catch (error) {
    expect(error).toBeInstanceOf(DocxReadError);
    return error as DocxReadError;
  }
  throw new Error('readEntry did not throw');
}

/** Bytes that deflate cannot shrink, so that the compressed entry passes the one-call threshold. */
function randomBytes(length: number): Uint8Array {
  let state = 0x9e3779b9;
  return Uint8Array.from({ length }, () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return state >>> 24;
  });
}

const report = strToU8(`<w:document><w:body>${'<w:p><w:r><w:t>Báo cáo công tác phòng, chống tham nhũng quý I năm 2023</w:t></w:r></w:p>'.repeat(200)}</w:body></w:document>`);
const large = randomBytes(300_000);

describe('entries are inflated exactly', () => {
  test.each([
    ['a small entry (one call)', report, 6],
    ['a small entry in deflate\'s stored blocks', report, 0],
    ['a large entry (in slices)', large, 6],
  ])('%s', (name, content, level) => {
    const data = deflateSync(content, { level: level as 0 | 6 });
    if (name.includes('large')) expect(data.length).toBeGreaterThan(64 * 1024);
    else expect(data.length).toBeLessThanOrEqual(64 * 1024);
    const zip = zipOf(data, content.length);
    expect(readEntry(zip, entry(zip), 100 * 1024 * 1024)).toEqual(content);
  });

  test('a ZIP written by fflate, with an empty entry and a UTF-8 name', () => {
    const zip = zipSync({ [NAME]: report, 'word/tài-liệu.xml': strToU8('<a/>'), 'word/empty.xml': new Uint8Array(0) });
    expect(listEntries(zip).map((item) => item.name).sort()).toEqual(['word/document.xml', 'word/empty.xml', 'word/tài-liệu.xml']);
    expect(readEntry(zip, entry(zip), 1024 * 1024)).toEqual(report);
    expect(readEntry(zip, entry(zip, 'word/empty.xml'), 1024)).toHaveLength(0);
  });
});

describe('a header that lies about the size is caught', () => {
  test.each([
    ['a small compressed entry', report, 6],
    ['a small entry in stored blocks', report, 0],
    ['a large entry', large, 6],
  ])('%s whose declared size is too small', (_case, content, level) => {
    expect(readError(zipOf(deflateSync(content, { level: level as 0 | 6 }), 1000)).code).toBe('DOCX_ZIP_BOMB');
  });

  test('a declared size one byte short is caught too', () => {
    const data = deflateSync(report);
    expect(readError(zipOf(data, report.length - 1)).code).toBe('DOCX_ZIP_BOMB');
    expect(readEntry(zipOf(data, report.length), entry(zipOf(data, report.length)), report.length)).toEqual(report);
  });

  test('output is capped by the limit even when the header is honest', () => {
    expect(readError(zipOf(deflateSync(report), report.length), 1000).code).toBe('DOCX_ZIP_BOMB');
  });

  test('a lying small entry is refused: under 64 KB of deflate expanding to 50 MB (speed: npm run bench -- hostile)', () => {
    const data = deflateSync(new Uint8Array(50 * 1024 * 1024), { level: 9 });
    expect(data.length).toBeLessThanOrEqual(64 * 1024);
    expect(readError(zipOf(data, 2048)).code).toBe('DOCX_ZIP_BOMB');
  });
});

describe('cut data is refused', () => {
  test.each([
    ['a small entry', report],
    ['a large entry', large],
  ])('%s whose compressed data is cut short', (_case, content) => {
    const data = deflateSync(content);
    expect(readError(zipOf(data.subarray(0, Math.floor(data.length / 2)), content.length)).code).toBe('DOCX_CORRUPT');
  });
});
