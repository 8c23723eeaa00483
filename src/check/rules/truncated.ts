/** A paragraph longer than the checker reads: said once, so that nobody believes its end was checked. */
import { MAX_CHECKED_CHARS } from '../prepare';
import type { Rule } from '../rule';

const thousands = (n: number) => n.toLocaleString('vi-VN');

export const paragraphTruncated: Rule = {
  id: 'paragraph-truncated',
  severity: 'info',
  description: { vi: 'Đoạn văn quá dài, chỉ phần đầu được kiểm tra.', en: 'A paragraph is too long; only its start was checked.' },
  check: ({ prepared }) => {
    const long = prepared.paragraphs.filter((p) => p.paragraph.text.length > MAX_CHECKED_CHARS);
    const first = long[0];
    if (!first) return [];
    const where = long.slice(0, 5).map((p) => p.paragraph.index + 1).join(', ');
    return [
      {
        id: 'paragraph-truncated',
        rule: 'paragraph-truncated',
        severity: 'info',
        message: {
          vi: `${long.length} đoạn dài hơn ${thousands(MAX_CHECKED_CHARS)} ký tự (đoạn ${where}); chỉ ${thousands(MAX_CHECKED_CHARS)} ký tự đầu của mỗi đoạn được kiểm tra.`,
          en: `${long.length} paragraph(s) run past ${MAX_CHECKED_CHARS.toLocaleString('en')} characters (paragraph ${where}); only their first ${MAX_CHECKED_CHARS.toLocaleString('en')} characters were checked.`,
        },
        target: { kind: 'paragraph' },
        locator: first.paragraph.locator,
        action: null,
      },
    ];
  },
};
