/**
 * The low level of the parser: sticky patterns for the parts of a citation, run on the accent-free normalized
 * text at a given position. Offsets here are in that normalized text; parse.ts maps them back.
 */
import { calendarDate, toIso, type DateStyle } from './dates';
import { ISSUER_PATTERN } from './grammar';

export interface Range {
  start: number;
  end: number;
}

export interface NumberMatch extends Range {
  serial: string;
  year?: number;
  /** the ký hiệu range */
  code: Range;
  party: boolean;
}

export interface DateMatch extends Range {
  day: number;
  month: number;
  year: number;
  style: DateStyle;
  iso?: string;
}

const NOT_WORD = '(?![\\p{L}\\p{N}])';
const SEG = '[A-Za-z][A-Za-z0-9]*';
const SEG_CAP = '[A-Z][A-Za-z0-9]*';

const PARTY_NUMBER = new RegExp(`(\\d{1,5}) ?- ?([A-Za-z]{1,5}) ?/ ?([A-Za-z]{1,8}\\d{0,2})${NOT_WORD}`, 'yu');
const STATE_NUMBER = new RegExp(`(\\d{1,5})(?: ?/ ?(\\d{4}))? ?/ ?(${SEG}(?:-${SEG}| ?- ?${SEG_CAP})*)${NOT_WORD}`, 'yu');
const DATE = new RegExp(
  `,? ?(?:[Nn]gay|NGAY) (?:(\\d{1,2}) thang (\\d{1,2}) nam (\\d{4})|(\\d{1,2}) ?/ ?(\\d{1,2}) ?/ ?(\\d{4})|(\\d{1,2})-(\\d{1,2})-(\\d{4}))(?!\\p{N})`,
  'yiu',
);
const ISSUER = new RegExp(` (?:[Cc]ua) (${ISSUER_PATTERN})${NOT_WORD}`, 'yu');
const SO = / (?:([Ss]o|SO)(?: ?:)? )?/y;
const LIST_NEXT = / ?(?:,|va|hoac) (?:([Ss]o) )?(?=\d)/y;
const LAW_NUMBER = new RegExp(` (?:([Ss]o) )?(\\d{1,3}) ?/ ?(\\d{4}) ?/ ?(QH\\d{1,2}|[Qq][Hh]\\d{1,2})${NOT_WORD}`, 'yu');
const LAW_YEAR = / (?:[Nn]am|NAM) (\d{4})(?!\p{N})/uy;

function sticky(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/** " số " (or nothing) after a type word: where the number starts and whether "số" was written. */
export function scanSo(text: string, at: number): { next: number; hasSo: boolean } | undefined {
  const m = sticky(SO, text, at);
  return m ? { next: at + m[0].length, hasSo: m[1] !== undefined } : undefined;
}

/** A state number (59/2019/NĐ-CP, 10/CT-TTg, 36/2018/QH14) or a Party number (31-CT/TU) at `at`. */
export function scanNumber(text: string, at: number): NumberMatch | undefined {
  const party = sticky(PARTY_NUMBER, text, at);
  if (party) {
    const codeStart = at + party[0].indexOf(party[2] as string, (party[1] as string).length);
    return { start: at, end: at + party[0].length, serial: party[1] as string, code: { start: codeStart, end: at + party[0].length }, party: true };
  }
  const state = sticky(STATE_NUMBER, text, at);
  if (!state) return undefined;
  const end = at + state[0].length;
  const codeText = state[3] as string;
  const year = state[2] === undefined ? undefined : Number(state[2]);
  return { start: at, end, serial: state[1] as string, ...(year === undefined ? {} : { year }), code: { start: end - codeText.length, end }, party: false };
}

/** ", ngày 01/7/2019" and its variants at `at`; the range covers the date alone, without "ngày". */
export function scanDate(text: string, at: number): (DateMatch & { next: number }) | undefined {
  const m = sticky(DATE, text, at);
  if (!m) return undefined;
  const g = (i: number) => Number(m[i]);
  const [day, month, year, style]: [number, number, number, DateStyle] =
    m[1] !== undefined
      ? [g(1), g(2), g(3), 'words']
      : m[4] !== undefined
        ? [g(4), g(5), g(6), (m[5] as string).length === 2 && g(5) < 10 ? 'slash-padded' : 'slash']
        : [g(7), g(8), g(9), 'dash'];
  const next = at + m[0].length;
  const keyword = m[0].search(/ngay/i);
  const start = at + m[0].indexOf(' ', keyword) + 1;
  const real = calendarDate(day, month, year);
  return { start, end: next, next, day, month, year, style, ...(real ? { iso: toIso(real) } : {}) };
}

/** " của Chính phủ" at `at`; the range covers the issuer alone. */
export function scanIssuer(text: string, at: number): (Range & { next: number }) | undefined {
  const m = sticky(ISSUER, text, at);
  if (!m) return undefined;
  const next = at + m[0].length;
  return { start: next - (m[1] as string).length, end: next, next };
}

/** ", " / " và " / " hoặc " then a number: the next document of a list of the same type. */
export function scanListNext(text: string, at: number): { next: number; hasSo: boolean } | undefined {
  const m = sticky(LIST_NEXT, text, at);
  return m ? { next: at + m[0].length, hasSo: m[1] !== undefined } : undefined;
}

/** " số 36/2018/QH14" after a law's name. */
export function scanLawNumber(text: string, at: number): (NumberMatch & { hasSo: boolean }) | undefined {
  const m = sticky(LAW_NUMBER, text, at);
  if (!m) return undefined;
  const end = at + m[0].length;
  const codeText = m[4] as string;
  const start = at + m[0].indexOf(m[2] as string, m[1] ? 3 : 0);
  return {
    start,
    end,
    serial: m[2] as string,
    year: Number(m[3]),
    code: { start: end - codeText.length, end },
    party: false,
    hasSo: m[1] !== undefined,
  };
}

/** " năm 2018" after a law's name. */
export function scanLawYear(text: string, at: number): (Range & { year: number }) | undefined {
  const m = sticky(LAW_YEAR, text, at);
  return m ? { start: at + 1, end: at + m[0].length, year: Number(m[1]) } : undefined;
}
