/**
 * A sentence closing a numbered part that says who does each of its lettered points and when, once for them all:
 * "Văn phòng Ban chủ trì thực hiện điểm a; Phòng Quy hoạch và Xây dựng chủ trì thực hiện điểm b; … ; thời gian:
 * thường xuyên.", "Các nội dung trên do Văn phòng Ban chủ trì, phối hợp với các phòng thực hiện; riêng điểm b do Phòng
 * Quản lý doanh nghiệp chủ trì; thời gian: điểm a hoàn thành trong quý I/2026, điểm b thực hiện thường xuyên."
 */

export interface PointAssignment {
  /** The units as a units line ("X chủ trì; Y phối hợp"), or null when the sentence gives this point none. */
  units: string | null;
  time: string | null;
}

/** A point's label: a letter ("a"), a decimal number ("1.2"), or one bullet under either ("a.2", the second bullet of a). */
const LABEL = '(?:[a-zđ](?:\\.\\d+)*|\\d+(?:\\.\\d+)+)(?![\\p{L}\\p{N}]|\\.\\d)';
const POINT_WORD = '(?:điểm|tiết|mục)';
/** How a point is named: "điểm a", "tiết 1.2", "mục 1.3", "điểm a, điểm b và điểm g". */
const NAMED = `(?:các\\s+)?${POINT_WORD}\\s+(${LABEL}(?:\\s*(?:,|và)\\s*(?:${POINT_WORD}\\s+)?${LABEL})*)`;
/** "điểm a", "điểm a, b", "điểm b và c", "các điểm a, b", "tiết 1.1, 1.2": the points named. */
const POINTS = new RegExp(NAMED, 'iu');
const ALL = /(?:các|những)\s+nội dung\s+(?:trên|nêu trên|tại mục này)/iu;
const REST = /(?:các|những)\s+nội dung\s+còn lại/iu;
const TIME_LABEL = /(?:^|[\s,])thời (?:gian|hạn)(?: thực hiện| hoàn thành)?\s*:\s*/iu;
/** A time said inside a clause: "…, hoàn thành việc ban hành kế hoạch trước ngày 31/3/2026". */
const CLAUSE_TIME = /,\s*((?:hoàn thành|thực hiện|ban hành)[^;,]{0,80}?(?:trước ngày|trong (?:quý|tháng|năm)|thường xuyên)[^;,]*)$/u;

const lettersIn = (text: string): string[] => {
  const m = POINTS.exec(text);
  return m ? m[1]!.split(new RegExp(`\\s*(?:,|và)\\s*(?:${POINT_WORD}\\s+)?`, 'u')).map((l) => l.trim().toLowerCase()) : [];
};

const ORDINALS = ['nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];
const DASH = String.raw`(?:dấu\s+)?(?:gạch đầu dòng|gạch ngang|ý)\s+thứ\s+(${ORDINALS.join('|')})`;
const NTH = new RegExp(String.raw`thứ\s+(${ORDINALS.join('|')})`, 'giu');
/** "gạch đầu dòng thứ nhất, thứ hai và thứ tư điểm a": bullets of a lettered point, by their place under it. */
const LETTER_DASHES = new RegExp(String.raw`(?:dấu\s+)?(?:gạch đầu dòng|gạch ngang)\s+((?:thứ\s+(?:${ORDINALS.join('|')})(?:\s*(?:,|và)\s*)?)+)\s*(?:(?:của|tại|thuộc)\s+)?điểm\s+([a-zđ])(?![\p{L}\p{N}])`, 'giu');
/** "mục 3.1 (gạch đầu dòng thứ nhất)", "gạch đầu dòng thứ hai mục 3.1": one bullet of a numbered heading, as the label of
 * that bullet ("3.1.1", "3.1.2"); "gạch đầu dòng thứ nhất, thứ hai điểm a": bullets of a lettered point ("điểm a.1, a.2"). */
export const placeDashes = (text: string): string =>
  text
    .replace(new RegExp(String.raw`(\d+(?:\.\d+)+)\s*\(\s*${DASH}\s*\)`, 'giu'), (_, label: string, nth: string) => `${label}.${ORDINALS.indexOf(nth.toLowerCase()) + 1}`)
    .replace(new RegExp(String.raw`${DASH}\s+(?:(?:của|tại|thuộc)\s+)?(mục|tiết)\s+(\d+(?:\.\d+)+)(?![\p{L}\p{N}]|\.\d)`, 'giu'), (_, nth: string, word: string, label: string) => `${word} ${label}.${ORDINALS.indexOf(nth.toLowerCase()) + 1}`)
    .replace(LETTER_DASHES, (_, nths: string, letter: string) => `điểm ${[...nths.matchAll(NTH)].map((m) => `${letter}.${ORDINALS.indexOf(m[1]!.toLowerCase()) + 1}`).join(', ')}`);

/** The points a label names: itself, or, for a heading over bullets ("2.1" over "2.1.1", "2.1.2"), each bullet under it. */
const pointsOf = (label: string, points: readonly string[]): string[] => (points.includes(label) ? [label] : points.filter((point) => point.startsWith(`${label}.`)));

/** Whether a paragraph is such a sentence: it names points (or "các nội dung trên") and who does them. */
export function isPointsSentence(text: string): boolean {
  const key = text.toLowerCase();
  return text.length < 700 && (POINTS.test(key) || ALL.test(key) || REST.test(key)) && /chủ trì|thực hiện|phối hợp/u.test(key) && !/^\s*[a-zđ]\)/u.test(key);
}

/** The units of a clause: its words without the points it names and the words around them ("… thực hiện nội dung tại
 * điểm a", "Các nội dung tại điểm a, b do …", "riêng điểm b do …"). */
function clauseUnits(clause: string): string | null {
  const units = clause
    .replace(/^\s*riêng\s+(?:(?:các\s+)?nội dung\s+(?:tại\s+)?)?/u, '')
    .replace(/^\s*(?:các|những)\s+nội dung\s+(?:trên|nêu trên|tại mục này|còn lại)\s+(?:do\s+)?/iu, '')
    .replace(new RegExp(`^\\s*(?:(?:các|những)\\s+nội dung\\s+tại\\s+)?${NAMED}\\s+(?:do\\s+)?`, 'iu'), '')
    .replace(new RegExp(`\\s*(?:tổ chức\\s+)?(?:thực hiện\\s+)?(?:các\\s+)?(?:nội dung\\s+)?(?:tại\\s+)?${NAMED}(?:\\s+theo (?:lĩnh vực|chức năng)[^,;]*)?`, 'u'), '')
    .replace(/\s+(?:tổ chức\s+)?thực hiện\s*$/u, '')
    .replace(/\s+thực hiện(?=\s*,)/u, '')
    .replace(/^\s*do\s+/u, '')
    .replace(/[.,;\s]+$/u, '')
    .trim();
  return /\p{L}/u.test(units) ? units : null;
}

/** The units clauses a point is given, joined: "X thực hiện điểm a" among others that lead or help keeps its verb (X does
 * the work, as a lead does, not a body left bare among roles). */
const joinFragments = (list: readonly { units: string; does: boolean }[]): string => list.map((f) => (f.does && list.length > 1 ? `${f.units} thực hiện` : f.units)).join('; ');

/** The time of each point from a time spec: "điểm b hoàn thành trong tháng 02/2026, các nội dung còn lại thực hiện
 * thường xuyên" or one time for all. */
function spreadTime(spec: string, letters: readonly string[], into: Map<string, PointAssignment>, only: readonly string[] | null): void {
  // ("thường xuyên, riêng tiết 1.2 hoàn thành trong quý I/2026": the exception is a part of its own.)
  const parts = spec.split(/,\s*(?=(?:riêng\s+)?(?:các\s+)?(?:điểm|tiết|mục)\s|(?:các|những)\s+nội dung)/u).map((p) => p.trim().replace(/[.\s]+$/u, ''));
  const named = new Set(parts.flatMap((part) => lettersIn(part).flatMap((l) => pointsOf(l, letters))));
  for (const part of parts) {
    const own = lettersIn(part).flatMap((l) => pointsOf(l, letters));
    const targets = own.length > 0 ? own : REST.test(part) || named.size > 0 ? letters.filter((l) => !named.has(l)) : (only ?? letters);
    for (const letter of targets) {
      const entry = into.get(letter);
      if (entry && entry.time === null) entry.time = part;
    }
  }
}

/** Who does each point and when, by letter; null when the sentence assigns none of `letters`. */
export function readPointsSentence(sentence: string, letters: readonly string[]): Map<string, PointAssignment> | null {
  const out = new Map<string, PointAssignment>(letters.map((l) => [l, { units: null, time: null }]));
  const fragments = new Map<string, { units: string; does: boolean }[]>(letters.map((l) => [l, []]));
  const text = placeDashes(sentence.replace(/\s*\((?:sau đây|gọi tắt|viết tắt)[^()]*\)/gu, '').trim());
  const clauses = text.split(/;\s*/u);
  const named = new Set(clauses.filter((c) => !REST.test(c)).flatMap((c) => lettersIn(c).flatMap((l) => pointsOf(l, letters))));
  let globalTime: string | null = null;
  for (const written of clauses) {
    const clause = written.trim();
    if (clause === '') continue;
    const label = TIME_LABEL.exec(clause);
    const before = label ? clause.slice(0, label.index) : clause;
    const timeSpec = label ? clause.slice(label.index + label[0].length) : null;
    const own = lettersIn(before).flatMap((l) => pointsOf(l, letters));
    const targets = own.length > 0 ? own.filter((l) => out.has(l)) : REST.test(before) ? letters.filter((l) => !named.has(l)) : [...letters];
    const inline = CLAUSE_TIME.exec(before);
    const units = clauseUnits(inline ? before.slice(0, inline.index) : before);
    if (units) {
      const does = /(?:^|\s)thực hiện(?:\s|$)/u.test(before) && !/chủ trì|phối hợp/u.test(units);
      for (const letter of targets) {
        // "riêng điểm b do …": the exception replaces what the sentence said of b before it.
        if (/^riêng\s/u.test(clause)) fragments.set(letter, []);
        fragments.get(letter)!.push({ units, does });
      }
    }
    if (inline) for (const letter of targets) out.get(letter)!.time = inline[1]!.trim();
    if (timeSpec !== null) {
      // A time in a clause of units is that clause's; a clause that is only a time is the sentence's.
      if (units && own.length > 0) spreadTime(timeSpec, targets, out, targets);
      else globalTime = timeSpec;
    }
  }
  if (globalTime !== null) spreadTime(globalTime, letters, out, null);
  let any = false;
  for (const letter of letters) {
    const list = fragments.get(letter)!;
    if (list.length > 0) {
      out.get(letter)!.units = joinFragments(list);
      any = true;
    }
  }
  return any ? out : null;
}
