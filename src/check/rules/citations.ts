/**
 * Legal citations in the report: a date that disagrees with the registry, "số" missing, a malformed ký hiệu, a year
 * where none belongs, a document replaced for the report's date, a first mention in the short form. Citations are
 * about form: they warn, they never count as a missing part.
 */
import { createCitationLintState, lintCitations } from '../../cite/lint';
import type { Rule } from '../rule';
import type { Finding } from '../types';

const MAY_CITE = /\d\s*[/-]|luật|tcvn/;

export const citationForm: Rule = {
  id: 'citation',
  severity: 'warning',
  description: { vi: 'Trích dẫn văn bản chưa đúng thể thức hoặc không khớp với văn bản gốc.', en: 'A legal citation is malformed or disagrees with the document it cites.' },
  check: ({ prepared, zoning, reportDate }) => {
    const state = createCitationLintState();
    const findings: Finding[] = [];
    prepared.paragraphs.forEach((p, index) => {
      const zone = zoning.zones[index];
      // Every citation has a document number ("10/CT-TTg", "31-CT/TU", "TCVN 9001") or names a law ("Luật ...").
      // Headings name a task, and do so in short: "Kỷ luật, kỷ cương hành chính (QĐ 48/2021/QĐ-UBND)". Their citations
      // are not held to the full form.
      const heading = p.paragraph.headingSource !== null && p.paragraph.level !== null && p.paragraph.level <= 3;
      if (zone === 'header' || zone === 'closing' || heading || !MAY_CITE.test(p.key)) return;
      for (const c of lintCitations(p.paragraph.text, { reportDate: reportDate ?? undefined, state })) {
        findings.push({
          id: `citation:${c.code}:${index}:${c.span.start}`,
          rule: 'citation',
          severity: c.severity === 'error' ? 'warning' : c.severity,
          message: { vi: c.vi, en: c.en },
          target: { kind: 'paragraph' },
          locator: p.paragraph.locator,
          action: null,
          span: c.span,
          suggestion: c.suggestion,
        });
      }
    });
    return findings;
  },
};
