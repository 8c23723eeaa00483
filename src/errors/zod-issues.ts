/**
 * zod issues in Vietnamese and English, each with its path ("items[3].lead[0]"), so that whoever wrote a
 * plan file can find and fix every problem at once.
 */
import type { z } from 'zod';
import type { Bilingual } from './app-error';

type Issue = z.core.$ZodIssue;

/** Vietnamese for the English messages that schemas set themselves. */
const viOfCustomMessage: Record<string, string> = {
  'expected a date YYYY-MM-DD': 'cần một ngày dạng YYYY-MM-DD',
  'not a real calendar date': 'không phải một ngày có thật',
  'expected a unit id such as VP or CCVC': 'cần mã đơn vị, ví dụ VP hoặc CCVC',
  'expected a plan item id such as II.3.đ.2': 'cần mã nhiệm vụ, ví dụ II.3.đ.2',
};

const viTypeName: Record<string, string> = {
  string: 'chuỗi ký tự',
  number: 'số',
  int: 'số nguyên',
  boolean: 'true/false',
  object: 'đối tượng',
  array: 'danh sách',
  undefined: 'không có giá trị',
  null: 'null',
};

export const formatPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');

const describeInput = (input: unknown): string => {
  if (input === undefined) return 'undefined';
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  return typeof input;
};

const sizeWord = (origin: string): Bilingual =>
  origin === 'array' || origin === 'set'
    ? { vi: 'phần tử', en: 'items' }
    : origin === 'string'
      ? { vi: 'ký tự', en: 'characters' }
      : { vi: '', en: '' };

function describeIssue(issue: Issue): Bilingual {
  switch (issue.code) {
    case 'invalid_type': {
      const got = describeInput(issue.input);
      if (got === 'undefined') return { vi: `thiếu trường bắt buộc (cần ${viTypeName[issue.expected] ?? issue.expected})`, en: `required field is missing (expected ${issue.expected})` };
      return {
        vi: `sai kiểu: cần ${viTypeName[issue.expected] ?? issue.expected}, nhận được ${viTypeName[got] ?? got}`,
        en: `wrong type: expected ${issue.expected}, received ${got}`,
      };
    }
    case 'too_small': {
      const unit = sizeWord(issue.origin);
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return { vi: 'không được để trống', en: 'must not be empty' };
      if (issue.origin === 'array' && Number(issue.minimum) === 1) return { vi: 'cần ít nhất một phần tử', en: 'needs at least one item' };
      return { vi: `quá nhỏ: tối thiểu ${issue.minimum} ${unit.vi}`.trim(), en: `too small: at least ${issue.minimum} ${unit.en}`.trim() };
    }
    case 'too_big': {
      const unit = sizeWord(issue.origin);
      return { vi: `quá lớn: tối đa ${issue.maximum} ${unit.vi}`.trim(), en: `too big: at most ${issue.maximum} ${unit.en}`.trim() };
    }
    case 'invalid_format': {
      const vi = viOfCustomMessage[issue.message];
      return vi ? { vi, en: issue.message } : { vi: `sai định dạng (${issue.format})`, en: `invalid format (${issue.format})` };
    }
    case 'invalid_value':
      return {
        vi: `giá trị không hợp lệ; cho phép: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
        en: `invalid value; allowed: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
      };
    case 'unrecognized_keys':
      return { vi: `trường không được khai báo: ${issue.keys.join(', ')}`, en: `unknown field(s): ${issue.keys.join(', ')}` };
    case 'invalid_union':
      return { vi: 'không khớp với dạng nào được phép (xem trường "kind")', en: 'matches none of the allowed forms (see the "kind" field)' };
    case 'custom': {
      const vi = (issue.params as { vi?: string } | undefined)?.vi ?? viOfCustomMessage[issue.message];
      return { vi: vi ?? issue.message, en: issue.message };
    }
    default:
      return { vi: issue.message, en: issue.message };
  }
}

/** One line per problem: "path: message", in both languages. */
/** At most this many problems are listed one by one; the rest are counted, so that a badly broken file cannot flood
 * the screen (a plan with 300,000 bad items once printed 262 MB). */
export const MAX_LISTED_ISSUES = 50;

export function describeIssues(issues: readonly Issue[], max = MAX_LISTED_ISSUES): Bilingual[] {
  const listed = issues.slice(0, max).map((issue) => {
    const where = formatPath(issue.path) || '(gốc / root)';
    const text = describeIssue(issue);
    return { vi: `${where}: ${text.vi}`, en: `${where}: ${text.en}` };
  });
  const more = issues.length - listed.length;
  return more > 0 ? [...listed, { vi: `… và ${more} lỗi khác (sửa các lỗi trên rồi kiểm tra lại).`, en: `… and ${more} more (fix the ones above, then check again).` }] : listed;
}
