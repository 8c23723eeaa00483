import type { Bilingual } from '../../errors/app-error';
import type { Rule } from '../rule';
import { SECTION_KINDS, type SectionKind, type Severity } from '../types';

export const SECTION_NAMES: Record<SectionKind, Bilingual> = {
  leadership: { vi: 'Công tác lãnh đạo, chỉ đạo, tuyên truyền', en: 'Leadership, direction and awareness' },
  prevention: { vi: 'Kết quả thực hiện các biện pháp phòng ngừa tham nhũng', en: 'Results of the preventive measures' },
  detection: { vi: 'Kết quả phát hiện, xử lý tham nhũng', en: 'Detection and handling of corruption' },
  assessment: { vi: 'Đánh giá (ưu điểm, hạn chế, nguyên nhân)', en: 'Assessment (strengths, shortcomings, causes)' },
  direction: { vi: 'Phương hướng, nhiệm vụ kỳ tới', en: 'Direction and tasks for the next period' },
  proposals: { vi: 'Kiến nghị, đề xuất', en: 'Recommendations and proposals' },
};

/** Proposals may be left out when a unit has none; the others are the content Luật PCTN Điều 16 khoản 4 requires. */
const SEVERITY: Record<SectionKind, Severity> = { leadership: 'error', prevention: 'error', detection: 'error', assessment: 'error', direction: 'error', proposals: 'warning' };

export const sectionMissing: Rule = {
  id: 'section-missing',
  severity: 'error',
  description: { vi: 'Báo cáo thiếu một phần nội dung bắt buộc.', en: 'The report lacks a required part.' },
  check: ({ sections }) =>
    SECTION_KINDS.filter((kind) => !sections[kind].present).map((kind) => ({
      id: `section-missing:${kind}`,
      rule: 'section-missing',
      severity: SEVERITY[kind],
      message: { vi: `Thiếu phần: ${SECTION_NAMES[kind].vi}.`, en: `Missing part: ${SECTION_NAMES[kind].en}.` },
      target: { kind: 'section', section: kind },
      locator: null,
      action: { kind: 'insertSection', section: kind },
    })),
};
