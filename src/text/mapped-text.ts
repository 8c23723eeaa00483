import { AppError } from '../errors/app-error';

/**
 * A transformed text that remembers where each of its characters came from.
 * `map[i]` is the offset in `original` where the source of character i starts; `map[text.length]` is the end sentinel
 * (`original.length`). `ends[i]` is where that source ends, so removed characters between two kept ones
 * (a soft hyphen, the second of two spaces) never widen a span.
 */
export interface NormalizedText {
  readonly text: string;
  readonly map: Int32Array;
  readonly ends: Int32Array;
  readonly original: string;
}

export interface Span {
  start: number;
  end: number;
}

/**
 * The original span of the match [start, end) in the normalized text. A match that ends inside a unit
 * that came from several original characters together (an NFD cluster, an expanded abbreviation, a syllable whose tone
 * mark was moved) widens to that whole unit. An empty match maps to an empty span.
 */
export function toOriginalSpan(normalized: NormalizedText, start: number, end: number): Span {
  const length = normalized.text.length;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > length || start > end) {
    throw new AppError('text.span-out-of-range', {
      vi: `Khoảng [${start}, ${end}) nằm ngoài văn bản đã chuẩn hóa (độ dài ${length}).`,
      en: `Span [${start}, ${end}) is outside the normalized text (length ${length}).`,
    });
  }
  const originalStart = normalized.map[start] as number;
  if (start === end) return { start: originalStart, end: originalStart };
  return { start: originalStart, end: normalized.ends[end - 1] as number };
}

/** The original text behind the match [start, end) of the normalized text. */
export function originalSlice(normalized: NormalizedText, start: number, end: number): string {
  const span = toOriginalSpan(normalized, start, end);
  return normalized.original.slice(span.start, span.end);
}

/** Builders whose buffers are free for the next text: normalizing thousands of paragraphs allocates no scratch. */
const pool: MappedTextBuilder[] = [];
const POOL_SIZE = 4;
/** A larger scratch buffer goes back to the collector rather than staying in memory. */
const POOLED_CAPACITY = 1 << 16;

/** Growable output: code units plus, for each, the original span it came from. */
export class MappedTextBuilder {
  units: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  length = 0;
  private pooled = false;

  /**
   * A builder from the pool (or a new one): its result is copied out at `finish`, which returns it to the pool. Builders
   * nest (an abbreviation's expansion is normalized while the paragraph's builder is open), so each takes its own.
   */
  static acquire(capacity: number): MappedTextBuilder {
    const builder = pool.pop() ?? new MappedTextBuilder(capacity);
    builder.pooled = true;
    builder.length = 0;
    while (builder.units.length < capacity) builder.grow();
    return builder;
  }

  constructor(capacity: number) {
    const size = Math.max(16, capacity);
    this.units = new Uint16Array(size);
    this.starts = new Int32Array(size);
    this.ends = new Int32Array(size);
  }

  private grow(): void {
    const size = this.units.length * 2;
    const units = new Uint16Array(size);
    units.set(this.units);
    const starts = new Int32Array(size);
    starts.set(this.starts);
    const ends = new Int32Array(size);
    ends.set(this.ends);
    this.units = units;
    this.starts = starts;
    this.ends = ends;
  }

  push(unit: number, start: number, end: number): void {
    if (this.length === this.units.length) this.grow();
    this.units[this.length] = unit;
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length += 1;
  }

  pushString(text: string, start: number, end: number): void {
    for (let k = 0; k < text.length; k += 1) this.push(text.charCodeAt(k), start, end);
  }

  /** Copies characters [from, to) of a mapped text with their spans. */
  pushRange(text: string, starts: Int32Array, ends: Int32Array, from: number, to: number): void {
    if (to <= from) return;
    while (this.length + (to - from) > this.units.length) this.grow();
    for (let k = from; k < to; k += 1) this.units[this.length + k - from] = text.charCodeAt(k);
    this.starts.set(starts.subarray(from, to), this.length);
    this.ends.set(ends.subarray(from, to), this.length);
    this.length += to - from;
  }

  finish(original: string): NormalizedText {
    const n = this.length;
    if (n === this.units.length) this.grow();
    this.starts[n] = original.length;
    if (!this.pooled) return { text: unitsToString(this.units, n), map: this.starts.subarray(0, n + 1), ends: this.ends.subarray(0, n), original };
    const result = { text: unitsToString(this.units, n), map: this.starts.slice(0, n + 1), ends: this.ends.slice(0, n), original };
    this.pooled = false;
    if (pool.length < POOL_SIZE && this.units.length <= POOLED_CAPACITY) pool.push(this);
    return result;
  }
}

const CHUNK = 8192;
const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const utf16 = typeof TextDecoder === 'undefined' || !littleEndian ? undefined : new TextDecoder('utf-16le');

function hasSurrogate(units: Uint16Array, length: number): boolean {
  for (let k = 0; k < length; k += 1) if (((units[k] as number) & 0xf800) === 0xd800) return true;
  return false;
}

/** TextDecoder is fast but replaces lone surrogates, so text with any surrogate takes the slow exact path. */
function unitsToString(units: Uint16Array, length: number): string {
  if (utf16 && !hasSurrogate(units, length)) return utf16.decode(units.subarray(0, length));
  let text = '';
  for (let from = 0; from < length; from += CHUNK) {
    const to = Math.min(length, from + CHUNK);
    text += String.fromCharCode.apply(null, units.subarray(from, to) as unknown as number[]);
  }
  return text;
}
