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

/**
 * The reporting duty: compiling and sending the periodic report ("Văn phòng tổng hợp báo cáo của 03 đơn vị, tham mưu
 * UBND phường ban hành Báo cáo số 52/BC-UBND ... quý I gửi UBND thành phố"; the task "Tổng hợp, tham mưu UBND xã báo
 * cáo công tác PCTNTC định kỳ"). Its words ("tổng hợp", "báo cáo") are in every report and plan; together, in one
 * clause, with a period, they are the task.
 */
export const REPORTING_DUTY = '§tổng hợp báo cáo định kỳ';

const COMPILING = [['tổng', 'hợp'], ['ban', 'hành'], ['gửi']];
const REPORT_PERIODS = [['quý'], ['định', 'kỳ'], ['6', 'tháng'], ['06', 'tháng'], ['9', 'tháng'], ['09', 'tháng'], ['đột', 'xuất'], ['hằng', 'năm']];
const REPORTING_REACH = 24;

/** The clause around token i, within reach: from after the last ";" or "." before it to the next one. */
function clauseAround(tokens: readonly Token[], i: number, length: number): [number, number] {
  const ends = (token: Token) => token.kind === 'punct' && /[;.]/.test(token.text);
  let from = i;
  while (from > 0 && i - from < REPORTING_REACH && !ends(tokens[from - 1]!)) from -= 1;
  let to = i + length;
  while (to < tokens.length && to - i < REPORTING_REACH && !ends(tokens[to]!)) to += 1;
  return [from, to];
}

/** Whether one of the phrases stands in tokens[from, to). */
function saysIn(tokens: readonly Token[], from: number, to: number, phrases: readonly (readonly string[])[]): boolean {
  return phrases.some((words) => {
    for (let k = from; k + words.length <= to; k++) if (words.every((w, n) => tokens[k + n]!.text === w)) return true;
    return false;
  });
}

function reportingDutyAt(tokens: readonly Token[]): number | null {
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i]!.text !== 'báo' || tokens[i + 1]!.text !== 'cáo') continue;
    const [from, to] = clauseAround(tokens, i, 2);
    if (saysIn(tokens, from, to, COMPILING) && saysIn(tokens, from, to, REPORT_PERIODS)) return i;
  }
  return null;
}

/**
 * Carrying out an inspection's conclusion or an audit's recommendations, or following others up on them ("Thực hiện
 * Kết luận thanh tra số 88/KL-TTT …, Sở đã hoàn thành 04/05 kiến nghị, nộp NSNN 126 triệu đồng"; "theo dõi việc thực
 * hiện kiến nghị của Kiểm toán nhà nước"; the task "Theo dõi, đôn đốc thực hiện kết luận thanh tra, kiến nghị kiểm
 * toán"). "Kiến nghị" alone is also a complaint ("phản ánh, kiến nghị"): only one named with the body that made it counts.
 */
export const FOLLOW_UP = '§thực hiện kết luận, kiến nghị';

const CONCLUSION = [['kết', 'luận'], ['kiến', 'nghị']];
const ISSUED_BY = new Set(['thanh', 'kiểm']);
const NAMED_WITHIN = 8;
const CARRYING_OUT = [['thực', 'hiện'], ['hoàn', 'thành'], ['khắc', 'phục'], ['nộp'], ['thu', 'hồi'], ['đôn', 'đốc'], ['theo', 'dõi']];

/** "Kết luận" or "kiến nghị" at token i. (A loop, not some() with an arrow: an arrow reading the loop's variables would
 * make an object per token of every text of a report.) */
function conclusionAt(tokens: readonly Token[], i: number): boolean {
  // (The first word alone first: this runs over every text of a report.)
  const first = tokens[i]!.text;
  if (first !== 'kết' && first !== 'kiến') return false;
  for (const [a, b] of CONCLUSION) if (first === a && tokens[i + 1]!.text === b) return true;
  return false;
}

function followUpAt(tokens: readonly Token[]): number | null {
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!conclusionAt(tokens, i)) continue;
    // Issuing a conclusion ("ban hành kết luận thanh tra") is the inspection's end, not its follow-up.
    if (tokens[i - 2]?.text === 'ban' && tokens[i - 1]?.text === 'hành') continue;
    // Named with its body, after the list it may stand in: "kết luận thanh tra", "kiến nghị (của) kiểm toán", "kết luận,
    // kiến nghị, quyết định xử lý về thanh tra", "kết luận số 15/kl-ttr".
    let named = tokens[i + 2]?.text === 'số' && /\/kl/.test(tokens[i + 3]?.text ?? '');
    for (let k = i + 2; !named && k < Math.min(tokens.length, i + 2 + NAMED_WITHIN); k += 1) {
      const token = tokens[k]!;
      if (token.kind === 'punct' && token.text !== ',') break;
      if (ISSUED_BY.has(token.text)) named = true;
    }
    if (!named) continue;
    const [from, to] = clauseAround(tokens, i, 2);
    if (saysIn(tokens, from, to, CARRYING_OUT)) return i;
  }
  return null;
}

/**
 * The head's own responsibility for the unit's PCTN work: the task "Nâng cao trách nhiệm người đứng đầu trong lãnh
 * đạo, chỉ đạo …" (not "xem xét, xử lý trách nhiệm người đứng đầu", the handling of a head after a case), reported as
 * the head acting in person: "Trưởng phòng trực tiếp phân công …", "Chánh Thanh tra … chịu trách nhiệm trước Giám đốc".
 * The report names the post, never "người đứng đầu"; the plan names the duty, never the post.
 */
export const HEAD_IN_PERSON = '§người đứng đầu trực tiếp chỉ đạo';

const HEAD_WORDS = new Set(['trưởng', 'chánh', 'đốc', 'đầu']);
const IN_PERSON_ACTS = new Set(['chỉ', 'phân', 'phụ', 'ký', 'kiểm', 'giao', 'điều', 'lãnh']);
const HEAD_REACH = 8;
/** The duty taken up, not handled: "nâng cao, đề cao, thực hiện, tăng cường (vai trò,) trách nhiệm …". */
const TAKING_UP = new Set(['cao', 'hiện', 'cường']);

function headInPersonAt(tokens: readonly Token[]): number | null {
  for (let i = 0; i + 2 < tokens.length; i++) {
    const word = tokens[i]!.text;
    // "trực tiếp chỉ đạo, phân công …" after the head's post, within its clause.
    if (word === 'trực' && tokens[i + 1]!.text === 'tiếp' && IN_PERSON_ACTS.has(tokens[i + 2]!.text)) {
      for (let k = i - 1; k >= Math.max(0, i - HEAD_REACH); k -= 1) {
        const token = tokens[k]!;
        if (token.kind === 'punct' && token.text !== ',') break;
        if (HEAD_WORDS.has(token.text)) return i;
      }
    }
    // "chịu trách nhiệm trước Giám đốc …"
    if (word === 'chịu' && tokens[i + 1]!.text === 'trách' && tokens[i + 2]!.text === 'nhiệm' && tokens[i + 3]?.text === 'trước') return i;
    // (The plan's task:) "nâng cao trách nhiệm (của) người đứng đầu", not "xử lý trách nhiệm …" nor a topic in a list.
    if (word === 'trách' && tokens[i + 1]!.text === 'nhiệm' && (TAKING_UP.has(tokens[i - 1]?.text ?? '') || (tokens[i - 1]?.text === ',' && tokens[i - 2]?.text === 'trò'))) {
      const at = tokens[i + 2]!.text === 'của' ? i + 3 : i + 2;
      if (tokens[at]?.text === 'người' && tokens[at + 1]?.text === 'đứng' && tokens[at + 2]?.text === 'đầu') return i;
    }
  }
  return null;
}

/** The field's words from token j. (Not every() with an arrow, which would make an object per token: see conclusionAt.) */
function fieldAt(tokens: readonly Token[], j: number): boolean {
  for (let k = 0; k < FIELD.length; k += 1) if (tokens[j + k]?.text !== FIELD[k]) return false;
  return true;
}

/** The concept features of a token sequence, with the position where each is found. */
export function conceptFeatures(tokens: readonly Token[]): Map<string, number> {
  const found = new Map<string, number>();
  const reporting = reportingDutyAt(tokens);
  if (reporting !== null) found.set(REPORTING_DUTY, reporting);
  const followUp = followUpAt(tokens);
  if (followUp !== null) found.set(FOLLOW_UP, followUp);
  const head = headInPersonAt(tokens);
  if (head !== null) found.set(HEAD_IN_PERSON, head);
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
    if (!fieldAt(tokens, j)) continue;
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

/** A task whose text opens with "Quán triệt" (or "Tổ chức quán triệt"): the plan's dissemination task. */
export const opensWithDissemination = (normalizedText: string): boolean => /^\W*(?:tổ chức )?quán triệt\b/u.test(normalizedText);
