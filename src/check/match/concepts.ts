/**
 * Concepts the plan's words alone cannot single out. A unit's own PCTN plan ("Kế hoạch số 12/KH-STP về công tác
 * phòng, chống tham nhũng, tiêu cực năm 2026") is written entirely in words every task of a PCTN plan shares, so no
 * pair of syllables marks it; the shape does: "kế hoạch", then only its number, date and "về công tác", then the
 * field itself, issued ("ban hành", "xây dựng", "ký") rather than quoted ("quán triệt Kế hoạch ..."). Found the same
 * way in the plan's items and in reports, as one feature.
 */
import type { Token } from '../../text';

export const OWN_PCTN_PLAN = '§kế hoạch phòng, chống tham nhũng';

/** Words that may stand between "kế hoạch" and the field it is about: its number, date, "về công tác thực hiện". */
const BETWEEN = new Set(['số', 'ngày', 'về', 'công', 'tác', 'thực', 'hiện', 'triển', 'khai', 'năm']);
const FIELD = ['phòng', ',', 'chống', 'tham', 'nhũng'];
const MAX_BETWEEN = 10;
/** The plan is the unit's own when it is issued ("ban hành", "xây dựng", "ký"), not when it is only quoted. */
const ISSUING = new Set(['hành', 'dựng', 'ký']);
const ISSUING_REACH = 6;

/** An issuing verb in the few words before "kế hoạch", within its clause: "ban hành và tổ chức thực hiện kế hoạch". */
function issuedBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - ISSUING_REACH); k -= 1) {
    const token = tokens[k]!;
    if (token.kind === 'punct' && token.text !== ',') return false;
    if (token.kind === 'word' && ISSUING.has(token.text)) return true;
  }
  return false;
}

/** The concept features of a token sequence, with the position where each is found. */
export function conceptFeatures(tokens: readonly Token[]): Map<string, number> {
  const found = new Map<string, number>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i]!.text !== 'kế' || tokens[i + 1]!.text !== 'hoạch') continue;
    if (!issuedBefore(tokens, i)) continue;
    let j = i + 2;
    let skipped = 0;
    while (j < tokens.length && skipped < MAX_BETWEEN) {
      const token = tokens[j]!;
      const skippable = token.kind === 'code' || token.kind === 'number' || (token.kind === 'word' && BETWEEN.has(token.text)) || (token.kind === 'punct' && token.text === ',');
      if (!skippable) break;
      j++;
      skipped++;
    }
    if (FIELD.every((text, k) => tokens[j + k]?.text === text)) {
      found.set(OWN_PCTN_PLAN, i);
      break;
    }
  }
  return found;
}
