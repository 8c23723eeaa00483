/**
 * A small ZIP reader over fflate's inflater. We read the central directory ourselves (fflate's unzipSync does not
 * expose entry offsets to its filter) so that declared sizes are checked before anything is inflated, and inflate
 * large entries in slices so that an entry whose header lies is stopped as soon as its output passes the limit,
 * instead of being inflated in full. Small entries are inflated in one call into a buffer of their declared size,
 * which avoids the streaming inflater's per-slice buffers; deflate expands at most about 1032:1, so even a lying
 * small entry costs a bounded amount of work, and output past the buffer is detected.
 */
import { Inflate, inflateSync } from 'fflate';
import { DocxReadError, describeBytes } from './errors';

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const INFLATE_SLICE = 32 * 1024;
/** Entries at most this large (compressed) are inflated in one call: at worst about 66 MB of inflating work. */
const ONE_CALL_COMPRESSED_BYTES = 64 * 1024;

function u16(bytes: Uint8Array, at: number): number {
  return (bytes[at] as number) | ((bytes[at + 1] as number) << 8);
}

function u32(bytes: Uint8Array, at: number): number {
  return ((bytes[at] as number) | ((bytes[at + 1] as number) << 8) | ((bytes[at + 2] as number) << 16) | ((bytes[at + 3] as number) << 24)) >>> 0;
}

function u64(bytes: Uint8Array, at: number): number {
  return u32(bytes, at) + u32(bytes, at + 4) * 0x1_0000_0000;
}

function findEndOfCentralDirectory(bytes: Uint8Array): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (u32(bytes, at) === EOCD_SIGNATURE) return at;
  }
  // A ZIP that starts well but has no end record was cut short.
  throw new DocxReadError(u32(bytes, 0) === LOCAL_SIGNATURE ? 'DOCX_TRUNCATED' : 'DOCX_NOT_ZIP');
}

const utf8 = new TextDecoder('utf-8');
const latin1 = new TextDecoder('latin1');

/** Entry names are nearly always ASCII, for which a TextDecoder call costs more than the name. */
function entryName(bytes: Uint8Array, utf8Flag: boolean): string {
  let name = '';
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] as number;
    if (byte >= 0x80) return (utf8Flag ? utf8 : latin1).decode(bytes);
    name += String.fromCharCode(byte);
  }
  return name;
}

/** Lists the entries of the ZIP from its central directory. */
export function listEntries(bytes: Uint8Array): ZipEntry[] {
  const eocd = findEndOfCentralDirectory(bytes);
  let count = u16(bytes, eocd + 10);
  let offset = u32(bytes, eocd + 16);
  if (eocd >= 20 && u32(bytes, eocd - 20) === ZIP64_LOCATOR_SIGNATURE) {
    const zip64 = u64(bytes, eocd - 12);
    if (zip64 + 56 <= bytes.length && u32(bytes, zip64) === ZIP64_EOCD_SIGNATURE) {
      count = u64(bytes, zip64 + 32);
      offset = u64(bytes, zip64 + 48);
    }
  }
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length) throw new DocxReadError('DOCX_TRUNCATED');
    if (u32(bytes, at) !== CENTRAL_SIGNATURE) throw new DocxReadError('DOCX_CORRUPT');
    const flags = u16(bytes, at + 8);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    if (at + 46 + nameLength + extraLength > bytes.length) throw new DocxReadError('DOCX_TRUNCATED');
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    const entry: ZipEntry = {
      name: entryName(nameBytes, (flags & 0x800) !== 0),
      method: u16(bytes, at + 10),
      flags,
      compressedSize: u32(bytes, at + 20),
      uncompressedSize: u32(bytes, at + 24),
      localHeaderOffset: u32(bytes, at + 42),
    };
    readZip64Extra(bytes, at + 46 + nameLength, extraLength, entry);
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Sizes that do not fit 32 bits live in the ZIP64 extra field, in this order, only when their field is 0xFFFFFFFF. */
function readZip64Extra(bytes: Uint8Array, start: number, length: number, entry: ZipEntry): void {
  const end = start + length;
  for (let at = start; at + 4 <= end; ) {
    const id = u16(bytes, at);
    const size = u16(bytes, at + 2);
    if (id === 0x0001) {
      let field = at + 4;
      if (entry.uncompressedSize === 0xffffffff && field + 8 <= end) {
        entry.uncompressedSize = u64(bytes, field);
        field += 8;
      }
      if (entry.compressedSize === 0xffffffff && field + 8 <= end) {
        entry.compressedSize = u64(bytes, field);
        field += 8;
      }
      if (entry.localHeaderOffset === 0xffffffff && field + 8 <= end) entry.localHeaderOffset = u64(bytes, field);
      return;
    }
    at += 4 + size;
  }
}

function compressedData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length) throw new DocxReadError('DOCX_TRUNCATED');
  if (u32(bytes, at) !== LOCAL_SIGNATURE) throw new DocxReadError('DOCX_CORRUPT');
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new DocxReadError('DOCX_TRUNCATED');
  return bytes.subarray(start, end);
}

function tooLarge(limit: number): DocxReadError {
  const size = describeBytes(limit);
  return new DocxReadError('DOCX_ZIP_BOMB', { vi: `(Giới hạn: ${size.vi}.)`, en: `(Limit: ${size.en}.)` });
}

/** The entry inflated in one call, or null when fflate failed: the slice-by-slice path then says why. */
function inflateInOneCall(data: Uint8Array, cap: number, limit: number): Uint8Array | null {
  // One byte more than allowed: output that fills it went past the declared size (fflate drops what does not fit).
  const out = new Uint8Array(cap + 1);
  let inflated: Uint8Array;
  try {
    inflated = inflateSync(data, { out });
  } catch {
    // Corrupt or cut data, or a stored block too big for the buffer: told apart by the careful path.
    return null;
  }
  if (inflated.length > cap) throw tooLarge(limit);
  return inflated;
}

/**
 * Inflates one entry, refusing output past `limit` bytes (and past its declared size). Throws DocxReadError.
 */
export function readEntry(bytes: Uint8Array, entry: ZipEntry, limit: number): Uint8Array {
  if (entry.flags & 0x1) throw new DocxReadError('DOCX_ENCRYPTED');
  if (entry.uncompressedSize > limit) throw tooLarge(limit);
  const data = compressedData(bytes, entry);
  if (entry.method === 0) {
    if (data.length > limit) throw tooLarge(limit);
    return data.slice();
  }
  if (entry.method !== 8) throw new DocxReadError('DOCX_CORRUPT');
  const cap = Math.min(limit, entry.uncompressedSize);
  if (data.length > 0 && data.length <= ONE_CALL_COMPRESSED_BYTES) {
    const inflated = inflateInOneCall(data, cap, limit);
    if (inflated) return inflated;
  }
  // The declared size is known and checked: inflate straight into a buffer of that size.
  const out = new Uint8Array(cap);
  let total = 0;
  let finished = false;
  const inflater = new Inflate((chunk, final) => {
    // Output past the declared size means the header lies: treated like a bomb either way.
    if (total + chunk.length > cap) throw tooLarge(limit);
    out.set(chunk, total);
    total += chunk.length;
    if (final) finished = true;
  });
  try {
    if (data.length === 0) inflater.push(data, true);
    for (let i = 0; i < data.length; i += INFLATE_SLICE) {
      const end = Math.min(i + INFLATE_SLICE, data.length);
      inflater.push(data.subarray(i, end), end === data.length);
    }
  } catch (error) {
    if (error instanceof DocxReadError) throw error;
    throw new DocxReadError('DOCX_CORRUPT');
  }
  if (!finished) throw new DocxReadError('DOCX_CORRUPT');
  return total === cap ? out : out.subarray(0, total);
}
