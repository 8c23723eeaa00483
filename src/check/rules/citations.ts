/**
 * Legal citations in the report: a date that disagrees with the registry, "số" missing, a malformed ký hiệu, a year
 * where none belongs, a document replaced for the report's date, a first mention in the short form. Citations are
 * about form: they warn, they never count as a missing part. Problems that recur at every mention (a date without
 * the zeros of Nghị định 30, a document the registry does not hold) make one finding for the whole report.
 */
import { createCitationLintState, lintCitations, type CitationFinding, type CitationFindingCode } from '../../cite/lint';
import type { Bilingual } from '../../errors/app-error';
import type { Locator } from '../../document/model';
import { MAX_CHECKED_CHARS } from '../prepare';
import type { Rule } from '../rule';
import { listPlaces } from './places';
import type { Finding } from '../types';
import { textFixAt } from '../../document/text-fix';

const MAY_CITE = /\d\s*[/-]|luật|tcvn/;

/** Corrections safe to make on a click: the form of the same document. A replaced document is the writer's call (the
 * report may speak of the old one on purpose), so it is said, not rewritten. */
const FIXABLE: Partial<Record<CitationFindingCode, 'fullCitation' | 'citation'>> = {
  'cite.first-mention-short': 'fullCitation',
  'cite.missing-so': 'citation',
  'cite.symbol-malformed': 'citation',
  'cite.year-missing': 'citation',
  'cite.year-unexpected': 'citation',
  'cite.date-mismatch': 'citation',
  'cite.law-name': 'citation',
  'cite.article-comma': 'citation',
};

interface Mention {
  finding: CitationFinding;
  paragraph: number;
  locator: Locator;
  text: string;
}

const listAt = (mentions: readonly Mention[], show: (m: Mention) => string): Bilingual =>
  listPlaces(mentions.map((m) => ({ paragraph: m.paragraph, what: { vi: show(m), en: show(m) } })));

const ONCE_PER_REPORT: Partial<Record<CitationFindingCode, (mentions: readonly Mention[]) => Bilingual>> = {
  'cite.date-form': (mentions) => {
    const list = listAt(mentions, (m) => `“${m.finding.detail?.written ?? m.text}” → “${m.finding.detail?.right ?? ''}”`);
    return {
      vi: `${mentions.length} ngày chưa viết theo Nghị định 30/2020/NĐ-CP (thêm số 0 trước ngày nhỏ hơn 10 và tháng 1, 2): ${list.vi}.`,
      en: `${mentions.length} date(s) not written as Decree 30/2020/NĐ-CP asks (a leading zero for days under 10 and months 1 and 2): ${list.en}.`,
    };
  },
  'cite.unknown-document': (mentions) => {
    const list = listAt(mentions, (m) => `“${m.text}”`);
    return {
      vi: `${mentions.length} văn bản không có trong danh mục nên chưa kiểm tra được số, ký hiệu và ngày: ${list.vi}.`,
      en: `${mentions.length} document(s) not in the registry, so their number and date were not checked: ${list.en}.`,
    };
  },
};

export const citationForm: Rule = {
  id: 'citation',
  severity: 'warning',
  description: { vi: 'Trích dẫn văn bản chưa đúng thể thức hoặc không khớp với văn bản gốc.', en: 'A legal citation is malformed or disagrees with the document it cites.' },
  check: ({ prepared, zoning, reportDate }) => {
    const state = createCitationLintState();
    const findings: Finding[] = [];
    const gathered = new Map<CitationFindingCode, Mention[]>();
    prepared.paragraphs.forEach((p, index) => {
      const zone = zoning.zones[index];
      // Every citation has a document number ("10/CT-TTg", "31-CT/TU", "TCVN 9001") or names a law ("Luật ...").
      // Headings name a task, and do so in short: "Kỷ luật, kỷ cương hành chính (QĐ 48/2021/QĐ-UBND)". Their citations
      // are not held to the full form.
      const heading = p.paragraph.headingSource !== null && p.paragraph.level !== null && p.paragraph.level <= 3;
      if (zone === 'header' || zone === 'closing' || heading || !MAY_CITE.test(p.key)) return;
      for (const c of lintCitations(p.paragraph.text.slice(0, MAX_CHECKED_CHARS), { reportDate: reportDate ?? undefined, state })) {
        if (ONCE_PER_REPORT[c.code]) {
          const list = gathered.get(c.code) ?? [];
          list.push({ finding: c, paragraph: index, locator: p.paragraph.locator, text: p.paragraph.text.slice(c.span.start, c.span.end) });
          gathered.set(c.code, list);
          continue;
        }
        const label = FIXABLE[c.code];
        const text = p.paragraph.text;
        findings.push({
          id: `citation:${c.code}:${index}:${c.span.start}`,
          rule: 'citation',
          severity: c.severity === 'error' ? 'warning' : c.severity,
          message: { vi: c.vi, en: c.en },
          target: { kind: 'paragraph' },
          locator: p.paragraph.locator,
          action: label && c.suggestion && c.suggestion !== text.slice(c.span.start, c.span.end) ? { kind: 'fixText', fix: textFixAt(p.paragraph.locator, text, c.span, c.suggestion), label } : null,
          span: c.span,
          suggestion: c.suggestion,
        });
      }
    });
    for (const [code, mentions] of gathered) {
      const first = mentions[0]!;
      findings.push({
        id: `citation:${code}`,
        rule: 'citation',
        severity: first.finding.severity === 'error' ? 'warning' : first.finding.severity,
        message: ONCE_PER_REPORT[code]!(mentions),
        target: { kind: 'paragraph' },
        locator: first.locator,
        action: null,
      });
    }
    return findings;
  },
};
