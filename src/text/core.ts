import { CharKind, charKind, composeRun, foldCode, isLetter, isMark } from './chars';
import { MappedTextBuilder, type NormalizedText } from './mapped-text';
import { foldWord } from './syllable-folds';

const SPACE = 0x20;
const FIRST_MARK = 0x300;

/**
 * The single pass: clusters, replacements, whitespace and case; word-level folds as each word closes.
 * ASCII without a following combining mark takes an inlined fast path; everything else goes through `emit`.
 */
export function normalizeCore(input: string, foldCase: boolean): NormalizedText {
  const length = input.length;
  const out = MappedTextBuilder.acquire(length + (length >> 3) + 8);
  let wordStart = -1;
  let spaceOpen = false;

  const closeWord = (): void => {
    if (wordStart >= 0) {
      foldWord(out, wordStart, out.length);
      wordStart = -1;
    }
  };

  const emit = (code: number, start: number, end: number): void => {
    const kind = charKind(code);
    if (kind === CharKind.Invisible) return;
    if (kind === CharKind.Whitespace) {
      closeWord();
      if (spaceOpen) out.ends[out.length - 1] = end;
      else {
        out.push(SPACE, start, end);
        spaceOpen = true;
      }
      return;
    }
    spaceOpen = false;
    if (isLetter(code) || isMark(code)) {
      if (wordStart < 0) wordStart = out.length;
    } else closeWord();
    if (code < 0x80) out.push(foldCase && code >= 0x41 && code <= 0x5a ? code + 0x20 : code, start, end);
    else out.pushString(foldCode(code, foldCase), start, end);
  };

  let i = 0;
  while (i < length) {
    const code = input.charCodeAt(i);
    const next = i + 1 < length ? input.charCodeAt(i + 1) : 0;
    if (code < 0x80 && next < FIRST_MARK) {
      const lower = code | 0x20;
      if (lower >= 0x61 && lower <= 0x7a) {
        if (wordStart < 0) wordStart = out.length;
        spaceOpen = false;
        out.push(foldCase ? lower : code, i, i + 1);
      } else emit(code, i, i + 1);
      i += 1;
      continue;
    }
    let end = i + 1;
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) end += 1;
    while (end < length && isMark(input.charCodeAt(end))) end += 1;

    if (end === i + 1) {
      emit(code, i, end);
    } else {
      const cluster = composeRun(input.slice(i, end));
      const folded = foldCase ? cluster.toLowerCase() : cluster;
      if (end - i === 2 && code >= 0xd800 && code <= 0xdbff && folded.length === 2 && !isMark(folded.charCodeAt(1))) {
        // an astral character: keep the pair together, it is not a base plus marks
        closeWord();
        spaceOpen = false;
        out.push(folded.charCodeAt(0), i, end);
        out.push(folded.charCodeAt(1), i, end);
      } else {
        for (let k = 0; k < folded.length; k += 1) emit(folded.charCodeAt(k), i, end);
      }
    }
    i = end;
  }
  closeWord();
  return out.finish(input);
}
