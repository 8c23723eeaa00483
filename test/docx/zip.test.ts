/** The ZIP reader: entries inflated whole (small) or in slices (large), lying headers and cut data refused. */
import { deflateSync, strToU8, zipSync } from 'fflate';
import { DocxReadError } from '../../src/docx';
import { listEntries, readEntry, type ZipEntry } from '../../src/docx/zip';

const NAME = 'word/document.xml';

/**
 * A ZIP of one deflated entry, written by hand so that the declared sizes can lie: `declaredSize` is what the
 * headers say the entry inflates to, `data` the raw deflate stream (cut it to make it short).
 */
function zipOf(data: Uint8Array, declaredSize: number, name = NAME): Uint8Array {
  const nameBytes = strToU8(name);
  const local = 30 + nameBytes.length;
  const central = 46 + nameBytes.length;
  const bytes = new Uint8Array(local + data.length + central + 22);
  const view = new DataView(bytes.buffer);
  const header = (at: number, signature: number, fieldsAt: number) => {
    view.setUint32(at, signature, true);
    view.setUint16(fieldsAt, 8, true); // method: deflate
    view.setUint32(fieldsAt + 10, data.length, true);
    view.setUint32(fieldsAt + 14, declaredSize, true);
    view.setUint16(fieldsAt + 18, nameBytes.length, true);
  };
  header(0, 0x04034b50, 8);
  bytes.set(nameBytes, 30);
  bytes.set(data, local);
  const centralAt = local + data.length;
  header(centralAt, 0x02014b50, centralAt + 10);
  bytes.set(nameBytes, centralAt + 46);
  const end = centralAt + central;
  view.setUint32(end, 0x06054b50, true);
  view.setUint16(end + 8, 1, true);
  view.setUint16(end + 10, 1, true);
  view.setUint32(end + 12, central, true);
  view.setUint32(end + 16, centralAt, true);
  return bytes;
}

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

  test('one call on a lying small entry stays fast: under 64 KB of deflate expanding to 50 MB', () => {
    const data = deflateSync(new Uint8Array(50 * 1024 * 1024), { level: 9 });
    expect(data.length).toBeLessThanOrEqual(64 * 1024);
    const started = Date.now();
    expect(readError(zipOf(data, 2048)).code).toBe('DOCX_ZIP_BOMB');
    expect(Date.now() - started).toBeLessThan(3000);
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
