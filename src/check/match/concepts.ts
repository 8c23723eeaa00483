/**
 * Concepts the plan's words alone cannot single out. A unit's own PCTN plan ("Kế hoạch số 12/KH-STP về công tác
 * phòng, chống tham nhũng, tiêu cực năm 2026") is written entirely in words every task of a PCTN plan shares, so no
 * pair of syllables marks it; the shape does: "kế hoạch", then only its number, date and "về công tác", then the
 * field itself, issued ("ban hành", "xây dựng", "ký") rather than quoted ("quán triệt Kế hoạch ..."). Found the same
 * way in the plan's items and in reports, as one feature.
 */
import type { Token } from '../../text';

export const OWN_PCTN_PLAN = '§kế hoạch phòng, chống tham nhũng';
/**
 * A unit's PCTN plan named by whose it is: "kế hoạch PCTN năm 2023 của 03/03 đơn vị trực thuộc", "KH PCTN của Chi
 * cục", "kế hoạch công tác PCTN năm 2023 của cơ quan, đơn vị". Every word of it is common; its owner (a unit, not the
 * Sở or the province) is what it says.
 */
export const UNIT_PCTN_PLAN = '§kế hoạch phòng, chống tham nhũng của đơn vị';

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

/** Words between the field and "của": the year, "tiêu cực", "năm 2023". */
const AFTER_FIELD = new Set(['năm', 'tiêu', 'cực', 'lãng', 'phí']);
/** How many of them: "các", "03/03", "100%", "đủ". */
const QUANTITY = new Set(['các', 'đủ', 'toàn', 'bộ', 'từng']);
/** Whose plan: a unit under the issuer (not the Sở, the province, or a phòng of the Sở, which has no plan of its own). */
const OWNERS = [['đơn', 'vị'], ['cơ', 'quan'], ['chi', 'cục'], ['ban'], ['trung', 'tâm']];

function unitOwnerAt(tokens: readonly Token[], at: number): boolean {
  let k = at;
  while (k < tokens.length && k - at < 6) {
    const token = tokens[k]!;
    const quantity = token.kind === 'number' || token.kind === 'code' || (token.kind === 'punct' && (token.text === '/' || token.text === '%')) || (token.kind === 'word' && QUANTITY.has(token.text));
    if (!quantity) break;
    k += 1;
  }
  return OWNERS.some((words) => words.every((w, n) => tokens[k + n]?.text === w));
}

/** The concept features of a token sequence, with the position where each is found. */
export function conceptFeatures(tokens: readonly Token[]): Map<string, number> {
  const found = new Map<string, number>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i]!.text !== 'kế' || tokens[i + 1]!.text !== 'hoạch') continue;
    let j = i + 2;
    let skipped = 0;
    while (j < tokens.length && skipped < MAX_BETWEEN) {
      const token = tokens[j]!;
      const skippable = token.kind === 'code' || token.kind === 'number' || (token.kind === 'word' && BETWEEN.has(token.text)) || (token.kind === 'punct' && token.text === ',');
      if (!skippable) break;
      j++;
      skipped++;
    }
    if (!FIELD.every((text, k) => tokens[j + k]?.text === text)) continue;
    if (!found.has(UNIT_PCTN_PLAN)) {
      let k = j + FIELD.length;
      while (k < tokens.length && k - j < FIELD.length + 6 && (tokens[k]!.kind === 'number' || (tokens[k]!.kind === 'punct' && tokens[k]!.text === ',') || (tokens[k]!.kind === 'word' && AFTER_FIELD.has(tokens[k]!.text)))) k += 1;
      if (tokens[k]?.text === 'của' && unitOwnerAt(tokens, k + 1)) found.set(UNIT_PCTN_PLAN, i);
    }
    if (!found.has(OWN_PCTN_PLAN) && issuedBefore(tokens, i)) found.set(OWN_PCTN_PLAN, i);
  }
  return found;
}

/**
 * The plan's task of bringing its documents home to every official ("Quán triệt, triển khai kịp thời các văn bản ...
 * đến toàn thể công chức"): every unit does it within itself, whoever the plan names to lead it, so a unit that says
 * it did ("Trưởng phòng quán triệt Kế hoạch số 15/KH-STP tại cuộc họp cơ quan") reports it whatever its role.
 */
export const DISSEMINATION_PAIR = 'quán triệt';

/** A task whose text opens with "Quán triệt": the plan's dissemination task. */
export const opensWithDissemination = (normalizedText: string): boolean => /^\W*quán triệt\b/u.test(normalizedText);
