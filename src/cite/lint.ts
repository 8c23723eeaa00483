/**
 * Citation findings on a text (the checker calls this per paragraph, passing one state through a whole document so
 * that "first mention" and "date style" span paragraphs). Every finding covers the whole citation and, where it can,
 * suggests the corrected citation text for that span.
 */
import type { Bilingual } from '../errors/app-error';
import { looseKey, parseDocumentNumber } from './number';
import type { Citation } from './citation';
import { formatDateInStyle, nd30DateForm } from './dates';
import { formatFull, formatShort } from './format';
import { messages } from './messages';
import { parseCitations } from './parse';
import { defaultRegistry, inForceOn, type Registry } from './registry';
import type { RegistryDocument } from './schema';
import { checkSymbol, withCode } from './symbol';
import type { Span } from '../text';

export type CitationFindingCode =
  | 'cite.date-mismatch'
  | 'cite.date-invalid'
  | 'cite.missing-so'
  | 'cite.symbol-malformed'
  | 'cite.year-missing'
  | 'cite.year-unexpected'
  | 'cite.replaced'
  | 'cite.not-yet-issued'
  | 'cite.first-mention-short'
  | 'cite.unknown-document'
  | 'cite.article-comma'
  | 'cite.law-name'
  | 'cite.date-form';

export type Severity = 'error' | 'warning' | 'info';

export interface CitationFinding extends Bilingual {
  code: CitationFindingCode;
  severity: Severity;
  /** the whole citation in the original text */
  span: Span;
  /** the corrected text for `span` */
  suggestion?: string;
  registryId?: string;
  /** for a finding about one part of the citation: that part as written and as it should be */
  detail?: { written: string; right: string };
}

/** What the lint remembers from one paragraph to the next: the documents already mentioned. */
export interface CitationLintState {
  mentioned: Set<string>;
}

export interface CitationLintOptions {
  /** the report's date (ISO): documents replaced or not yet issued on that day are flagged */
  reportDate?: string;
  registry?: Registry;
  state?: CitationLintState;
}

export const createCitationLintState = (): CitationLintState => ({ mentioned: new Set() });

interface Edit {
  span: Span;
  text: string;
}

/** The citation's text with edits (in original offsets, inside the citation) applied. */
function rewrite(citation: Citation, edits: readonly Edit[]): string {
  const base = citation.span.start;
  let text = citation.text;
  for (const edit of [...edits].sort((a, b) => b.span.start - a.span.start)) {
    text = text.slice(0, edit.span.start - base) + edit.text + text.slice(edit.span.end - base);
  }
  return text;
}

const documentEdit = (citation: Citation, text: string): Edit => ({ span: citation.parts.document, text });

const isNormativeCode = (code: string): boolean => /^(ND|TT|TTLT)-|^QH\d/i.test(looseCode(code));
const looseCode = (code: string): string => code.replace(/\s+/g, '').replace(/Đ/g, 'D').replace(/đ/g, 'd');
const isAdministrativeWithYear = (c: Citation): boolean => {
  const code = looseCode(c.code ?? '').toUpperCase();
  if (c.party || c.type === 'Công văn' || /^(KH|BC|TB|CV)-/.test(code)) return true;
  // Chỉ thị are not QPPL since the 2015 law on legal documents (in force 01/7/2016); older ones did carry the year
  return /^CT-/.test(code) && (c.year ?? 0) >= 2016;
};

/**
 * Documents worth telling the user that the registry cannot check: legal documents (a year in the number, or a Luật,
 * Nghị định, Thông tư) and documents of central bodies. A unit's own Kế hoạch, Công văn, Báo cáo and the plan being
 * checked against are everyday administrative documents: nothing about them can be looked up, so nothing is said.
 */
const CENTRAL_ISSUER = /[-/](TTG|CP|TW|BCDTW|BCT|BNV|BTC|BTP|TTCP|BCA|BTTTT|VPCP|UBTVQH\d*|QH\d*)$/;
function isCentralOrNormative(c: Citation): boolean {
  if (c.type === 'Luật' || c.type === 'Nghị định' || c.type === 'Thông tư' || c.type === 'Thông tư liên tịch') return true;
  if (c.year !== undefined && !c.party) return true;
  return CENTRAL_ISSUER.test(looseCode(c.code ?? '').toUpperCase());
}

function citedName(c: Citation, doc: RegistryDocument | undefined): string {
  if (doc) return formatShort(doc);
  return c.number ? `${c.type} số ${c.number}` : `${c.type} ${c.name ?? ''}`.trim();
}

function lintOne(
  c: Citation,
  doc: RegistryDocument | undefined,
  inList: boolean,
  options: Required<Pick<CitationLintOptions, 'registry'>> & CitationLintOptions,
  state: CitationLintState,
): CitationFinding[] {
  const findings: CitationFinding[] = [];
  const add = (code: CitationFindingCode, severity: Severity, message: Bilingual, edits?: readonly Edit[], detail?: CitationFinding['detail']) =>
    findings.push({
      code,
      severity,
      span: c.span,
      vi: message.vi,
      en: message.en,
      ...(edits && edits.length ? { suggestion: rewrite(c, edits) } : {}),
      ...(doc ? { registryId: doc.id } : {}),
      ...(detail ? { detail } : {}),
    });

  // the number: ký hiệu form, then the year
  if (c.number && c.code && c.parts.number && c.type !== 'Tiêu chuẩn') {
    const symbol = checkSymbol(c.code, doc);
    const fixedNumber = symbol ? withCode(c.number, c.code, symbol.code).replace(/\s*\/\s*/g, '/') : c.number;
    if (symbol) add('cite.symbol-malformed', 'error', messages.symbol(symbol.problem, c.code, symbol.code), [{ span: c.parts.number, text: fixedNumber }]);
    const registeredYear = doc ? parseDocumentNumber(doc.number)?.year : undefined;
    if (doc && registeredYear !== undefined && c.year === undefined) {
      add('cite.year-missing', 'error', messages.yearMissing(c.number, doc.number), [{ span: c.parts.number, text: doc.number }]);
    } else if (doc && registeredYear === undefined && c.year !== undefined) {
      add('cite.year-unexpected', 'error', messages.yearUnexpected(c.number, doc.number), [{ span: c.parts.number, text: doc.number }]);
    } else if (!doc && c.year === undefined && !c.party && isNormativeCode(c.code)) {
      add('cite.year-missing', 'error', messages.yearMissing(c.number));
    } else if (!doc && c.year !== undefined && isAdministrativeWithYear(c)) {
      add('cite.year-unexpected', 'error', messages.yearUnexpected(c.number));
    }
    // Form suggestions (a missing "số", a short first mention) are info: right by the letter of Nghị định 30, rarely
    // what a reviewer sends a report back for; facts (a wrong date, number or ký hiệu, a replaced document) warn.
    if (!c.hasSo && !c.listed) add('cite.missing-so', 'info', messages.missingSo(c.number), [{ span: { start: c.parts.number.start, end: c.parts.number.start }, text: 'số ' }]);
  }

  // the date
  if (c.invalidDate) add('cite.date-invalid', 'error', messages.dateInvalid(c.invalidDate));
  // "Nghị định số 130/2020/NĐ-CP ngày 21/5/2026 cho 168 đại biểu": a date years after the one in the number is the day of
  // something else (the conference), not a wrong issue date.
  const laterEvent = c.date !== undefined && c.year !== undefined && Number(c.date.iso.slice(0, 4)) > c.year;
  if (c.date && doc?.date && c.date.iso !== doc.date && c.parts.date && !laterEvent) {
    add('cite.date-mismatch', 'error', messages.dateMismatch(c.date.raw, doc.date, doc.number), [
      { span: c.parts.date, text: formatDateInStyle(doc.date, c.date.style) },
    ]);
  }
  if (c.date && c.parts.date) {
    const right = nd30DateForm(c.date);
    if (right) add('cite.date-form', 'info', messages.dateForm(c.date.raw, right), [{ span: c.parts.date, text: right }], { written: c.date.raw, right });
  }

  // the law's name
  if (doc && c.type === 'Luật' && c.name && c.parts.name) {
    const right = [doc.name, ...(doc.nameAliases ?? [])].find((n) => n && looseKey(n) === looseKey(c.name ?? ''));
    if (right && right !== c.name) add('cite.law-name', 'warning', messages.lawName(c.name, right), [{ span: c.parts.name, text: right }]);
  }

  if (c.parts.articleComma && c.parts.article) {
    const article = c.text.slice(c.parts.article.start - c.span.start, c.parts.article.end - c.span.start);
    add('cite.article-comma', 'warning', messages.articleComma(article), [{ span: c.parts.articleComma, text: '' }]);
  }

  if (!doc) {
    if (isCentralOrNormative(c)) add('cite.unknown-document', 'info', messages.unknown(c.text));
    return findings;
  }

  // the report's date: replaced, or not issued yet
  if (options.reportDate) {
    const inForce = inForceOn(options.registry, doc, options.reportDate);
    if (inForce.doc !== doc) {
      const successor = inForce.doc;
      const replacement = doc.replacedBy;
      add(
        'cite.replaced',
        inForce.presumed ? 'info' : 'warning',
        messages.replaced(citedName(c, doc), formatShort(successor), replacement?.from ?? options.reportDate, inForce.presumed),
        [documentEdit(c, c.date ? formatFull(successor) : formatShort(successor))],
      );
    }
    if (doc.date && doc.date > options.reportDate) add('cite.not-yet-issued', 'warning', messages.notYetIssued(citedName(c, doc), doc.date, options.reportDate));
  }

  // First mention in full (Nghị định 30, Phụ lục I): type, number, date, issuer and subject; a Luật or Pháp lệnh by
  // its name alone (the registry has no Pháp lệnh). A list ("các Quyết định số 26/2015/..., 61/2017/...") names documents, it does not cite them.
  if (!state.mentioned.has(doc.id)) {
    state.mentioned.add(doc.id);
    const byName = c.type === 'Luật' || doc.type === 'Tiêu chuẩn';
    if (!byName && !c.date && !inList) add('cite.first-mention-short', 'info', messages.firstMentionShort(citedName(c, doc)), [documentEdit(c, formatFull(doc))]);
  }
  return findings;
}

/** Citation findings on `text`, in text order. */
export function lintCitations(text: string, options: CitationLintOptions = {}): CitationFinding[] {
  const registry = options.registry ?? defaultRegistry;
  const state = options.state ?? createCitationLintState();
  const citations = parseCitations(text, registry);
  // Documents listed one after another ("Nghị định số 59/2019/NĐ-CP, Nghị định số 134/2021/NĐ-CP và ...", "các
  // Quyết định số 26/2015/..., 61/2017/...") are named, not cited.
  const adjacent = (a: Citation | undefined, b: Citation | undefined) => !!a && !!b && /^\s*(,|;|và|hoặc)\s*$/u.test(text.slice(a.span.end, b.span.start));
  return citations.flatMap((c, i) => {
    const inList = c.listed || citations[i + 1]?.listed === true || adjacent(citations[i - 1], c) || adjacent(c, citations[i + 1]);
    return lintOne(c, c.registryId ? registry.get(c.registryId) : undefined, inList, { ...options, registry }, state);
  });
}
