/** Recognises what a file is before trying to unzip it: empty, an OLE compound file (.doc or encrypted .docx), a ZIP. */
import { DocxReadError } from './errors';

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((value, i) => bytes[i] === value);
}

function contains(bytes: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0];
  outer: for (let i = bytes.indexOf(first as number); i !== -1 && i <= bytes.length - needle.length; i = bytes.indexOf(first as number, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) out[i * 2] = text.charCodeAt(i);
  return out;
}

const ENCRYPTED_PACKAGE_UTF16 = utf16le('EncryptedPackage');
const ENCRYPTED_PACKAGE_ASCII = new TextEncoder().encode('EncryptedPackage');

/** Throws the right error for a file that is not a ZIP; returns when it may be one. */
export function sniffContainer(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new DocxReadError('DOCX_EMPTY');
  if (startsWith(bytes, OLE_MAGIC)) {
    // An encrypted .docx is an OLE compound file whose directory holds a stream named "EncryptedPackage".
    if (contains(bytes, ENCRYPTED_PACKAGE_UTF16) || contains(bytes, ENCRYPTED_PACKAGE_ASCII)) {
      throw new DocxReadError('DOCX_ENCRYPTED');
    }
    throw new DocxReadError('DOCX_LEGACY_DOC');
  }
  const isZip = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5 || bytes[2] === 7);
  if (!isZip) throw new DocxReadError('DOCX_NOT_ZIP');
}
