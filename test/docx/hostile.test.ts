/** Hostile and broken inputs: each is refused with a typed, bilingual DocxReadError, never a hang or a stack trace. */
import { deflateSync, strToU8, zipSync } from 'fflate';
import { DocxReadError, readDocx } from '../../src/docx';
import { corpusBytes, p, rawDocx } from './helpers';

function readError(bytes: Uint8Array, limits?: Parameters<typeof readDocx>[1]): DocxReadError {
  try {
    readDocx(bytes, limits);
  } catch (error) {
    expect(error).toBeInstanceOf(DocxReadError);
    const typed = error as DocxReadError;
    expect(typed.vi.length).toBeGreaterThan(10);
    expect(typed.en.length).toBeGreaterThan(10);
    expect(typed.vi).not.toMatch(/\bat \w+ \(/);
    return typed;
  }
  throw new Error('readDocx did not throw');
}

/** An OLE compound file header followed by a directory that may name an "EncryptedPackage" stream. */
function oleFile(streamName: string | null): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const names = ['Root Entry', ...(streamName ? [streamName] : ['WordDocument'])];
  names.forEach((name, entry) => {
    for (let i = 0; i < name.length; i++) bytes[1024 + entry * 128 + i * 2] = name.charCodeAt(i);
  });
  return bytes;
}

describe('readDocx refuses bad input with a clear error', () => {
  test('an empty file', () => {
    expect(readError(new Uint8Array(0)).code).toBe('DOCX_EMPTY');
  });

  test('random bytes are not a ZIP', () => {
    let seed = 7;
    const bytes = Uint8Array.from({ length: 5000 }, () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff);
    const error = readError(bytes);
    expect(error.code).toBe('DOCX_NOT_ZIP');
    expect(error.vi).toContain('không phải là tài liệu Word');
  });

  test('a plain text file renamed .docx', () => {
    expect(readError(strToU8('Báo cáo kết quả công tác phòng, chống tham nhũng quý I năm 2023')).code).toBe('DOCX_NOT_ZIP');
  });

  test('a truncated .docx (download cut in half)', () => {
    const whole = corpusBytes('w1-01');
    expect(readError(whole.slice(0, Math.floor(whole.length / 2))).code).toBe('DOCX_TRUNCATED');
  });

  test('a .docx whose central directory is intact but whose data is cut', () => {
    const whole = corpusBytes('w1-01');
    // Keep the end records, zero the middle: entries point at garbage.
    const damaged = whole.slice();
    damaged.fill(0, 200, whole.length - 2000);
    expect(['DOCX_CORRUPT', 'DOCX_TRUNCATED', 'DOCX_MALFORMED_XML']).toContain(readError(damaged).code);
  });

  test('an encrypted .docx (OLE compound file with an EncryptedPackage stream)', () => {
    const error = readError(oleFile('EncryptedPackage'));
    expect(error.code).toBe('DOCX_ENCRYPTED');
    expect(error.vi).toContain('mật khẩu');
    expect(error.en).toContain('password');
  });

  test('a legacy .doc (OLE without EncryptedPackage), even renamed .docx', () => {
    const error = readError(oleFile(null), { name: 'bao-cao.docx' });
    expect(error.code).toBe('DOCX_LEGACY_DOC');
    expect(error.vi).toContain('.doc');
  });

  test('a ZIP without word/document.xml (an .xlsx)', () => {
    const xlsx = zipSync({
      '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
      '_rels/.rels': strToU8('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
      'xl/workbook.xml': strToU8('<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>'),
    });
    expect(readError(xlsx).code).toBe('DOCX_NO_DOCUMENT');
  });

  test('an OpenDocument text (.odt) is named as such, with how to save it as .docx', () => {
    const odt = zipSync({
      mimetype: strToU8('application/vnd.oasis.opendocument.text'),
      'content.xml': strToU8('<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>'),
      'META-INF/manifest.xml': strToU8('<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>'),
    });
    const error = readError(odt);
    expect(error.code).toBe('DOCX_OPEN_DOCUMENT');
    expect(error.vi).toContain('OpenDocument (.odt');
    expect(error.en).toContain('Save As › Word (.docx)');
  });

  test('a random ZIP of photos', () => {
    expect(readError(zipSync({ 'anh/hoi-nghi.jpg': new Uint8Array([0xff, 0xd8, 0xff, 1, 2, 3]) })).code).toBe('DOCX_NO_DOCUMENT');
  });

  test('malformed XML in document.xml', () => {
    const bytes = rawDocx({ body: '<w:p><w:r><w:t>Báo cáo</w:t></w:r>' });
    const error = readError(bytes);
    expect(error.code).toBe('DOCX_MALFORMED_XML');
    expect(error.en).toContain('word/document.xml');
  });

  test('document.xml cut in the middle of a tag', () => {
    const files = zipSync({
      '_rels/.rels': strToU8('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>'),
      'word/document.xml': strToU8('<?xml version="1.0"?><w:document xmlns:w="x"><w:body><w:p><w:r><w:t>Kết quả</w:t></w:r></w:p><w:p><w:r'),
    });
    expect(readError(files).code).toBe('DOCX_MALFORMED_XML');
  });

  test('too many paragraphs', () => {
    const body = Array.from({ length: 60 }, (_, i) => p(`- Nội dung thứ ${i + 1}`)).join('');
    const error = readError(rawDocx({ body }), { limits: { maxParagraphs: 50 } });
    expect(error.code).toBe('DOCX_TOO_MANY_PARAGRAPHS');
    expect(error.vi).toContain('50');
  });

  test('a file over the compressed size limit', () => {
    expect(readError(corpusBytes('w1-01'), { limits: { maxFileBytes: 1000 } }).code).toBe('DOCX_FILE_TOO_LARGE');
  });
});

describe('zip bombs', () => {
  /** 4 MB of one repeated paragraph: deflates to a few kilobytes. */
  function compressibleDocx(): Uint8Array {
    const paragraph = p('- Tiếp tục quán triệt Luật Phòng, chống tham nhũng năm 2018.');
    return rawDocx({ body: paragraph.repeat(Math.ceil((4 * 1024 * 1024) / paragraph.length)) });
  }

  test('a highly compressible document.xml over the declared-size limit is refused before inflating', () => {
    const bytes = compressibleDocx();
    expect(bytes.length).toBeLessThan(200 * 1024);
    const error = readError(bytes, { limits: { maxDocumentXmlBytes: 1024 * 1024 } });
    expect(error.code).toBe('DOCX_ZIP_BOMB');
    expect(readError(bytes, { limits: { maxTotalUncompressedBytes: 2 * 1024 * 1024 } }).code).toBe('DOCX_ZIP_BOMB');
  });

  test('an entry whose header lies about its size is stopped once its output passes the limit', () => {
    const bytes = compressibleDocx();
    // Rewrite the declared uncompressed size of word/document.xml in the central directory to 1 KB.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const name = strToU8('word/document.xml');
    let patched = 0;
    for (let at = 0; at + 46 < bytes.length; at++) {
      if (view.getUint32(at, true) !== 0x02014b50) continue;
      const nameLength = view.getUint16(at + 28, true);
      const entryName = bytes.subarray(at + 46, at + 46 + nameLength);
      if (entryName.length === name.length && entryName.every((b, i) => b === name[i])) {
        view.setUint32(at + 24, 1024, true);
        patched++;
      }
    }
    expect(patched).toBe(1);
    const error = readError(bytes);
    expect(error.code).toBe('DOCX_ZIP_BOMB');
  });

  test('a small deflated entry that would expand past a lowered limit', () => {
    const zeros = new Uint8Array(3 * 1024 * 1024);
    const deflated = deflateSync(zeros, { level: 9 });
    expect(deflated.length).toBeLessThan(10 * 1024);
    const bytes = rawDocx({ body: p('Báo cáo'), extra: { 'word/styles.xml': zeros } });
    expect(readError(bytes, { limits: { maxTotalUncompressedBytes: 1024 * 1024 } }).code).toBe('DOCX_ZIP_BOMB');
  });
});
