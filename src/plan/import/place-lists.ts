/**
 * A list of places cited as a legal text cites them, where each place writes only the levels the next one does not share:
 * "điểm a, b khoản 1 và khoản 5 Mục II", "gạch đầu dòng thứ nhất điểm a, gạch đầu dòng thứ hai điểm g khoản 3 và khoản 4
 * Mục II", "gạch đầu dòng thứ hai điểm c, điểm đ và điểm e khoản 3 Mục II". A place stops at its largest level; the levels
 * above it are those of the nearest place after it that writes them.
 */
import { POINT_LETTERS } from '../../text/point-letters';

const ORDINAL = String.raw`thứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)`;
const LETTER = `[${POINT_LETTERS.join('')}]`;
const END = String.raw`(?![\p{L}\p{N}])`;
/** One place's levels, smallest first: its bullets, its point, its numbered section, its part. */
const DASHES = String.raw`(?:dấu\s+)?(?:gạch đầu dòng|gạch ngang)\s+${ORDINAL}(?:\s*(?:,|và)\s*${ORDINAL})*`;
const POINTS = String.raw`điểm\s+${LETTER}(?:\s*,\s*${LETTER}${END})*${END}`;
const SECTIONS = String.raw`(?:mục|điểm|khoản)\s+\d+(?:\.\d+)*(?:\s*,\s*\d+(?:\.\d+)*)*(?![\p{L}\p{N}]|\.\d)`;
const PART = String.raw`(?:phần|mục)\s+[IVX]+${END}`;
const SEP = String.raw`\s+(?:(?:của|tại|thuộc)\s+)?`;
// (A place may stop at any level: "gạch đầu dòng thứ hai điểm c, điểm đ …".)
const PLACE = String.raw`(?:(${DASHES})(?:${SEP}|(?=[,;.]|$)))?(?:(${POINTS})(?:${SEP}|(?=[,;.]|$)))?(?:(${SECTIONS})(?:${SEP}(${PART}))?|(${PART}))?`;
const JOIN = String.raw`\s*(?:,\s*và|,|và)\s+(?:các\s+)?`;
const ONE = new RegExp(PLACE, 'iuy');
const JOINED = new RegExp(JOIN, 'iuy');

interface Place {
  text: string;
  levels: (string | undefined)[];
}

/** The places of a list starting at `at`, each with its levels as written (bullets, point, section, part). */
function placesFrom(text: string, at: number): { places: Place[]; end: number } {
  const places: Place[] = [];
  let end = at;
  for (let i = at; ; ) {
    ONE.lastIndex = i;
    const m = ONE.exec(text);
    if (!m || !m[0].trim()) break;
    const written = m[0].replace(/(?:\s+(?:của|tại|thuộc))?\s*$/iu, '');
    places.push({ text: written, levels: [m[1], m[2], m[3], m[4] ?? m[5]] });
    end = i + written.length;
    JOINED.lastIndex = end;
    const joint = JOINED.exec(text);
    if (!joint) break;
    i = end + joint[0].length;
  }
  return { places, end };
}

/**
 * The clause with each place of such a list given the levels it leaves to the places after it: "điểm a, b khoản 1 và
 * khoản 5 Mục II" → "điểm a, b khoản 1 Mục II và khoản 5 Mục II". A list that ends in a legal text's article ("khoản 1
 * Điều 3 Nghị định …") cites no place of the plan and stays as written.
 */
export function withSharedLevels(clause: string): string {
  const start = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:(?:dấu\s+)?gạch đầu dòng|gạch ngang|điểm|mục|khoản|phần)\s`, 'giu');
  let out = '';
  let done = 0;
  for (const s of clause.matchAll(start)) {
    if (s.index! < done) continue;
    const { places, end } = placesFrom(clause, s.index!);
    if (places.length < 2 || /^\s*(?:điều|chương)\s+\d/iu.test(clause.slice(end))) continue;
    let changed = false;
    const written = places.map((place, i) => {
      const top = Math.max(...place.levels.map((level, n) => (level ? n : -1)));
      const added: string[] = [];
      for (let level = top + 1; level < 4; level++) {
        const from = places.slice(i + 1).find((later) => later.levels[level])?.levels[level];
        // (Of a later place's sections, "khoản 3, 4", the first is the one it goes on from.)
        if (from) added.push(level === 2 ? from.replace(/\s*,.*$/u, '') : from);
      }
      changed ||= added.length > 0;
      return added.length > 0 ? `${place.text} ${added.join(' ')}` : place.text;
    });
    if (!changed) continue;
    // (Each place keeps its words; only what it leaves out is written after it.)
    let at = s.index!;
    let rebuilt = '';
    for (const [i, place] of places.entries()) {
      const from = clause.indexOf(place.text, at);
      rebuilt += clause.slice(at, from) + written[i];
      at = from + place.text.length;
    }
    out += clause.slice(done, s.index!) + rebuilt;
    done = at;
  }
  return out + clause.slice(done);
}
