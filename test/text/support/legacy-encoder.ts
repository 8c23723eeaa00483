/** Test-only encoders built from the inverse of the decoding tables, to check round trips. */
import { vniTable } from '../../../src/text/legacy';
import { TCVN3_TO_UNICODE } from '../../../src/text/legacy-tables';

const tcvn3Inverse = new Map<string, string>(
  Object.entries(TCVN3_TO_UNICODE).map(([byte, letter]) => [letter, String.fromCharCode(Number(byte))]),
);

const vniInverse = new Map<string, string>();
/** Letters the decoder also accepts as base + marker, but which VNI keyboards write with their own byte. */
const SINGLE_BYTE_PREFERRED = new Set(['ỵ', 'Ỵ']);
for (const [bytes, letter] of vniTable()) {
  const known = vniInverse.get(letter);
  if (known && !SINGLE_BYTE_PREFERRED.has(letter)) throw new Error(`two VNI spellings for ${letter}`);
  if (!known || bytes.length < known.length) vniInverse.set(letter, bytes);
}

/** Unicode (NFC) to TCVN3 as Word shows it; capitals: for a .VnTimeH font, which draws lower-case bytes as capitals. */
export function encodeTcvn3(text: string, capitals = false): string {
  const source = capitals ? text.toLowerCase() : text;
  return Array.from(source, (char) => {
    const bytes = tcvn3Inverse.get(char);
    if (bytes) return bytes;
    if (char.charCodeAt(0) < 0x80) return char;
    throw new Error(`TCVN3 has no byte for "${char}"`);
  }).join('');
}

export function encodeVni(text: string): string {
  return Array.from(text, (char) => {
    const bytes = vniInverse.get(char);
    if (bytes) return bytes;
    if (char.charCodeAt(0) < 0x80 || 'ìíÌÍ'.includes(char)) return char;
    throw new Error(`VNI has no spelling for "${char}"`);
  }).join('');
}
