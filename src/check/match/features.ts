/**
 * Features for matching report text to plan items: syllable pairs that stand next to each other (not across
 * punctuation), and document numbers (ký hiệu) as whole codes. Both sides, plan and report, go through here.
 */
import type { Token } from '../../text';
import { conceptFeatures } from './concepts';

/** Syllables too common to carry meaning on their own inside a pair. */
const FUNCTION_SYLLABLES = new Set([
  'và', 'của', 'các', 'cho', 'với', 'về', 'tại', 'là', 'những', 'được', 'đã', 'có', 'trong', 'theo', 'để', 'thì',
  'này', 'đó', 'một', 'số', 'ngày', 'năm', 'tháng', 'quý', 'khi', 'từ', 'đến', 'trên', 'dưới', 'đối', 'hoặc',
]);

export const codeFeature = (code: string): string => `#${code}`;

/** Reduces a document number to the part that identifies it: "số 10/ct-ttg" → "10/ct-ttg"; dates are not codes. */
function codeKey(token: Token): string | null {
  if (token.kind !== 'code') return null;
  const text = token.text;
  if (/^\d{1,2}\/\d{1,2}(\/\d{2,4})?$/.test(text)) return null;
  if (!/[a-zđ]/.test(text)) return null;
  return text;
}

/** Pairs an official writes for the plan's own words: paying by transfer is paying without cash. */
const SAME_AS = new Map([
  ['chuyển khoản', 'tiền mặt'],
]);

/** Staff moved by a rotation: "chuyển đổi 01 viên chức", "chuyển đổi 27/35 công chức", "chuyển đổi các trường hợp". */
const ROTATED = new Set(['công', 'viên', 'cán', 'người', 'trường', 'ccvc', 'cbcc']);
const ROTATION_PAIRS = ['đổi vị', 'vị trí'];

/** "chuyển đổi" followed by a count of staff is rotating posts ("chuyển đổi vị trí công tác"), however it is worded. */
function rotatesStaff(tokens: readonly Token[], at: number): boolean {
  if (tokens[at - 1]?.text !== 'chuyển') return false;
  let k = at + 1;
  let counted = false;
  while (k < tokens.length && k - at <= 4) {
    const t = tokens[k]!;
    if (t.kind === 'number' || t.kind === 'code' || t.text === '/' || t.text === 'các' || t.text === 'đối' || t.text === 'với') {
      counted = counted || t.kind !== 'word' || t.text === 'các';
      k += 1;
      continue;
    }
    return counted && t.kind === 'word' && ROTATED.has(t.text);
  }
  return false;
}

/** Features with the position (token index) where each first appears, so that adjacent pairs can be told apart. */
export function featuresOf(tokens: readonly Token[], masked: readonly [number, number][] = [], offset = 0): Map<string, number> {
  const features = new Map<string, number>();
  const isMasked = (token: Token) => masked.some(([start, end]) => token.start >= start && token.end <= end);
  const add = (feature: string, position: number) => {
    if (!features.has(feature)) features.set(feature, position + offset);
  };
  let previous: string | null = null;
  // (An index loop: entries() would make an array per token, and this runs over every text of a report.)
  for (let position = 0; position < tokens.length; position += 1) {
    const token = tokens[position]!;
    if (token.kind === 'punct' || (masked.length > 0 && isMasked(token))) {
      previous = null;
      continue;
    }
    const code = codeKey(token);
    if (code) {
      add(codeFeature(code), position);
      previous = null;
      continue;
    }
    if (token.kind !== 'word') {
      previous = null;
      continue;
    }
    const syllable = token.text;
    if (previous !== null && !(FUNCTION_SYLLABLES.has(previous) && FUNCTION_SYLLABLES.has(syllable))) {
      const pair = `${previous} ${syllable}`;
      add(pair, position);
      const same = SAME_AS.get(pair);
      if (same !== undefined) add(same, position);
      if (pair === 'chuyển đổi' && rotatesStaff(tokens, position)) for (const rotation of ROTATION_PAIRS) add(rotation, position);
    }
    previous = syllable;
  }
  for (const [concept, position] of conceptFeatures(tokens)) add(concept, position);
  return features;
}

/** Spans of a normalized text that a pattern (global) matches: names of units, which say who, not what was done. */
export function maskedSpans(text: string, pattern: RegExp | null): [number, number][] {
  if (!pattern) return [];
  const spans: [number, number][] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const start = m.index + (m[1]?.length ?? 0);
    spans.push([start, m.index + m[0].length]);
    if (m[0].length === 0) pattern.lastIndex += 1;
  }
  return spans;
}
