/** decodeUtf8 gives exactly what TextDecoder('utf-8') gives, for good and broken input alike. */
import { decodeUtf8 } from '../../src/docx/utf8';

const reference = new TextDecoder('utf-8');
const bytes = (...values: number[]) => Uint8Array.from(values);

describe('decodeUtf8', () => {
  test.each([
    ['Vietnamese text', new TextEncoder().encode('Báo cáo kết quả công tác phòng, chống tham nhũng quý I năm 2023 — Sở Nội vụ')],
    ['ASCII only', new TextEncoder().encode('<w:t xml:space="preserve">PCTN</w:t>')],
    ['characters outside the BMP', new TextEncoder().encode('Tệp 📄 và 𝐀')],
    ['the three-byte extremes', new TextEncoder().encode('\u0800\ud7ff\ue000\uffff')],
    ['a byte order mark', bytes(0xef, 0xbb, 0xbf, 0x3c, 0x61, 0x2f, 0x3e)],
    ['an empty input', bytes()],
  ])('%s', (_case, input) => {
    expect(decodeUtf8(input)).toBe(reference.decode(input));
  });

  test.each([
    ['a lone continuation byte', bytes(0x61, 0x80, 0x62)],
    ['an overlong two-byte form', bytes(0xc0, 0xaf)],
    ['an overlong three-byte form', bytes(0xe0, 0x80, 0xaf)],
    ['an encoded surrogate', bytes(0xed, 0xa0, 0x80)],
    ['an overlong four-byte form', bytes(0xf0, 0x80, 0x80, 0xaf)],
    ['a code point past U+10FFFF', bytes(0xf4, 0x90, 0x80, 0x80)],
    ['a byte that never appears in UTF-8', bytes(0x61, 0xff)],
    ['a sequence cut at the end', bytes(0x62, 0xe1, 0xba)],
    ['Windows-1258 bytes', bytes(0x42, 0xe1, 0x6f, 0x20, 0x63, 0xe1, 0x6f)],
  ])('broken input decodes as TextDecoder does it: %s', (_case, input) => {
    const decoded = decodeUtf8(input);
    expect(decoded).toBe(reference.decode(input));
    expect(decoded).toContain('\ufffd');
  });
});
