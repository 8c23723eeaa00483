/** Text the checker did not read (a paragraph past its length, a document past its total): said once. */
import { MAX_CHECKED_CHARS, MAX_CHECKED_TOTAL } from '../prepare';
import type { Rule } from '../rule';
import type { Finding } from '../types';

const vi = (n: number) => n.toLocaleString('vi-VN');
const en = (n: number) => n.toLocaleString('en');

export const paragraphTruncated: Rule = {
  id: 'paragraph-truncated',
  severity: 'info',
  description: { vi: 'Có phần văn bản quá dài không được kiểm tra.', en: 'Some text was too long to be checked.' },
  check: ({ prepared }) => {
    const findings: Finding[] = [];
    const long = prepared.paragraphs.filter((p) => p.paragraph.text.length > MAX_CHECKED_CHARS);
    const first = long[0];
    if (first) {
      const where = long.slice(0, 5).map((p) => p.paragraph.index + 1).join(', ');
      findings.push({
        id: 'paragraph-truncated',
        rule: 'paragraph-truncated',
        severity: 'info',
        message: {
          vi: `${long.length} đoạn dài hơn ${vi(MAX_CHECKED_CHARS)} ký tự (đoạn ${where}); chỉ ${vi(MAX_CHECKED_CHARS)} ký tự đầu của mỗi đoạn được kiểm tra.`,
          en: `${long.length} paragraph(s) run past ${en(MAX_CHECKED_CHARS)} characters (paragraph ${where}); only their first ${en(MAX_CHECKED_CHARS)} characters were checked.`,
        },
        target: { kind: 'paragraph' },
        locator: first.paragraph.locator,
        action: null,
      });
    }
    let total = 0;
    const stop = prepared.paragraphs.find((p) => (total += p.paragraph.text.length) > MAX_CHECKED_TOTAL);
    if (stop) {
      findings.push({
        id: 'document-truncated',
        rule: 'paragraph-truncated',
        severity: 'warning',
        message: {
          vi: `Tài liệu dài hơn ${vi(MAX_CHECKED_TOTAL)} ký tự; phần từ đoạn ${stop.paragraph.index + 1} trở đi không được kiểm tra.`,
          en: `The document runs past ${en(MAX_CHECKED_TOTAL)} characters; from paragraph ${stop.paragraph.index + 1} on it was not checked.`,
        },
        target: { kind: 'paragraph' },
        locator: stop.paragraph.locator,
        action: null,
      });
    }
    return findings;
  },
};
