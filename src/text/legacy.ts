import { AppError } from '../errors/app-error';
import { composeRun, isLetter } from './chars';
import {
  COMBINING_TONES,
  TCVN3_TO_UNICODE,
  VNI_BASES,
  VNI_BREVE_MARKERS,
  VNI_CIRCUMFLEX_MARKERS,
  VNI_SINGLE_LETTERS,
  VNI_TONE_MARKERS,
} from './legacy-tables';
import { MappedTextBuilder, type NormalizedText } from './mapped-text';

export type LegacyEncoding = 'tcvn3' | 'vni';

export interface LegacyOptions {
  /** The text was written in a TCVN3 capital font (.VnTimeH, .VnArialH, …), which draws every letter as a capital. */
  capitals?: boolean;
}

export interface LegacyDetection {
  encoding: LegacyEncoding | null;
  /** true when a TCVN3 capital font (name ending in H) was given */
  capitals: boolean;
  /** how many legacy letters were seen, weighted; 0 when decided by the font alone */
  score: number;
  reason: 'font' | 'characters' | 'none';
}

// ---- tables in the shape the converters use -------------------------------------------------------------------

const tcvn3 = new Map<number, string>(Object.entries(TCVN3_TO_UNICODE).map(([byte, letter]) => [Number(byte), letter]));

/** base char code → marker char code → letter */
const vniPairs = new Map<number, Map<number, string>>();
const vniSingles = new Map<number, string>();

function addVniPair(base: string, marker: string, letter: string): void {
  const key = base.charCodeAt(0);
  const markers = vniPairs.get(key) ?? new Map<number, string>();
  markers.set(marker.charCodeAt(0), letter);
  vniPairs.set(key, markers);
}

function addVniGroup(base: string, letter: string, markers: string, withBareMark: boolean): void {
  const tonedMarkers = withBareMark ? markers.slice(1) : markers;
  if (withBareMark) addVniPair(base, markers.charAt(0), letter);
  for (let tone = 0; tone < COMBINING_TONES.length; tone += 1) {
    addVniPair(base, tonedMarkers.charAt(tone), composeRun(letter + COMBINING_TONES.charAt(tone)));
  }
}

for (const [base, spec] of Object.entries(VNI_BASES)) {
  for (const upper of [false, true]) {
    const cased = (text: string): string => (upper ? text.toUpperCase() : text);
    addVniGroup(cased(base), cased(spec.letter), cased(VNI_TONE_MARKERS), false);
    if (spec.circumflex) addVniGroup(cased(base), cased(spec.circumflex), cased(VNI_CIRCUMFLEX_MARKERS), true);
    if (spec.breve) addVniGroup(cased(base), cased(spec.breve), cased(VNI_BREVE_MARKERS), true);
  }
}
for (const [byte, letter] of Object.entries(VNI_SINGLE_LETTERS)) {
  vniSingles.set(byte.charCodeAt(0), letter);
  vniSingles.set(byte.toUpperCase().charCodeAt(0), letter.toUpperCase());
}

/** The VNI base/marker pairs and single letters, for callers that need the inverse (an encoder, a test). */
export function vniTable(): Map<string, string> {
  const table = new Map<string, string>();
  for (const [base, markers] of vniPairs) {
    for (const [marker, letter] of markers) table.set(String.fromCharCode(base, marker), letter);
  }
  for (const [byte, letter] of vniSingles) table.set(String.fromCharCode(byte), letter);
  return table;
}

// ---- conversion -------------------------------------------------------------------------------------------------

/** Legacy text to Unicode (NFC), with a map from every converted character back to its bytes in the legacy text. */
export function convertLegacyMapped(text: string, encoding: LegacyEncoding, options: LegacyOptions = {}): NormalizedText {
  const out = new MappedTextBuilder(text.length);
  const capitals = encoding === 'tcvn3' && options.capitals === true;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    let letter: string | undefined;
    let width = 1;
    if (encoding === 'tcvn3') letter = tcvn3.get(code);
    else if (encoding === 'vni') {
      letter = i + 1 < text.length ? vniPairs.get(code)?.get(text.charCodeAt(i + 1)) : undefined;
      if (letter) width = 2;
      else letter = vniSingles.get(code);
    } else {
      throw new AppError('text.unknown-legacy-encoding', {
        vi: `Bảng mã cũ không được hỗ trợ: "${String(encoding)}" (chỉ hỗ trợ TCVN3 và VNI).`,
        en: `Unsupported legacy encoding: "${String(encoding)}" (only TCVN3 and VNI are supported).`,
      });
    }
    const result = letter ?? text.charAt(i);
    out.pushString(capitals ? result.toUpperCase() : result, i, i + width);
    i += width;
  }
  return out.finish(text);
}

/** Legacy text (TCVN3 or VNI-Windows, as Word shows it) to Unicode. */
export function convertLegacy(text: string, encoding: LegacyEncoding, options: LegacyOptions = {}): string {
  return convertLegacyMapped(text, encoding, options).text;
}

// ---- detection --------------------------------------------------------------------------------------------------

/** TCVN3 bytes that are symbols, not letters, in Latin-1: in a word they can only be legacy letters. */
function isTcvn3Symbol(code: number): boolean {
  return (code >= 0xa1 && code <= 0xae) || (code >= 0xb5 && code <= 0xb9) || (code >= 0xbb && code <= 0xbe);
}

/** Letters only Unicode Vietnamese has (ă đ ơ ư ĩ ũ and the U+1EA0 block, or combining marks): never in legacy text. */
function isUnicodeVietnamese(code: number): boolean {
  return (
    (code >= 0x1ea0 && code <= 0x1ef9) ||
    (code >= 0x300 && code <= 0x323) ||
    code === 0x102 || code === 0x103 || code === 0x110 || code === 0x111 ||
    code === 0x128 || code === 0x129 || code === 0x168 || code === 0x169 ||
    code === 0x1a0 || code === 0x1a1 || code === 0x1af || code === 0x1b0
  );
}

/** Pairs that Unicode text in the new tone style also produces (hoà, hoá, hoã): they count half. */
const AMBIGUOUS_VNI_PAIRS = new Set(['oà', 'oá', 'oã', 'Oà', 'Oá', 'Oã', 'OÀ', 'OÁ', 'OÃ']);

const isLetterAt = (text: string, index: number): boolean =>
  index >= 0 && index < text.length && isLetter(text.charCodeAt(index));

interface Evidence {
  tcvn3: number;
  vni: number;
  unicode: number;
  words: number;
}

function gatherEvidence(text: string): Evidence {
  const evidence: Evidence = { tcvn3: 0, vni: 0, unicode: 0, words: 0 };
  let inWord = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const wordish = isLetter(code) || isTcvn3Symbol(code);
    if (wordish && !inWord) evidence.words += 1;
    inWord = wordish;
    if (code < 0x80) continue;
    if (isUnicodeVietnamese(code)) evidence.unicode += 1;
    if (isTcvn3Symbol(code)) {
      const before = isLetterAt(text, i - 1) || isTcvn3Symbol(text.charCodeAt(i - 1));
      const after = isLetterAt(text, i + 1) || isTcvn3Symbol(text.charCodeAt(i + 1));
      evidence.tcvn3 += before && after ? 1 : before || after ? 0.5 : 0;
    }
    const previous = i > 0 ? text.charCodeAt(i - 1) : -1;
    if (vniPairs.get(previous)?.has(code)) {
      evidence.vni += AMBIGUOUS_VNI_PAIRS.has(text.slice(i - 1, i + 1)) ? 0.5 : 1;
    } else if (vniSingles.has(code) && (isLetterAt(text, i - 1) || isLetterAt(text, i + 1))) {
      evidence.vni += 0.5;
    }
  }
  return evidence;
}

function fontEncoding(fontName: string | undefined): { encoding: LegacyEncoding; capitals: boolean } | undefined {
  const name = (fontName ?? '').trim().toLowerCase();
  if (name.startsWith('.vn')) return { encoding: 'tcvn3', capitals: /h$/.test(name.replace(/\s+/g, '')) };
  if (/^vni[-_ ]/.test(name)) return { encoding: 'vni', capitals: false };
  return undefined;
}

const MIN_SCORE = 2;
const MIN_SCORE_PER_WORD = 0.1;

/**
 * Is this text in a legacy encoding? A font name (.VnTime, .VnTimeH, VNI-Times) decides unless the text already holds
 * Unicode-only Vietnamese letters; otherwise the share of legacy letters decides. Ordinary Unicode Vietnamese and English
 * are never detected.
 */
export function detectLegacyEncoding(text: string, fontName?: string): LegacyDetection {
  const evidence = gatherEvidence(text);
  const font = fontEncoding(fontName);
  const best: LegacyEncoding = evidence.tcvn3 >= evidence.vni ? 'tcvn3' : 'vni';
  const score = Math.max(evidence.tcvn3, evidence.vni);
  const none: LegacyDetection = { encoding: null, capitals: false, score, reason: 'none' };
  if (evidence.unicode > 0 && evidence.unicode >= score) return none;
  if (font) return { encoding: font.encoding, capitals: font.capitals, score, reason: 'font' };
  if (score < MIN_SCORE || score < evidence.words * MIN_SCORE_PER_WORD) return none;
  return { encoding: best, capitals: false, score, reason: 'characters' };
}
