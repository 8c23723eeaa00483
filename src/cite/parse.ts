/**
 * Citations of legal documents in running Vietnamese text, with exact spans in the original text.
 * The text is first normalized by the text layer (NFC per cluster, old/new tone placement, dashes, spaces) and folded
 * to its accent-free form with case kept; the grammar runs on that, and every span maps back through the offset map.
 */
import { normalizeForMatch, toOriginalSpan, type NormalizedText } from '../text';
import type { Citation, CitationDate } from './citation';
import { phrasePattern, TYPE_PATTERN, typeOfWords } from './grammar';
import { defaultRegistry, type Registry } from './registry';
import { resolveDraft, subjectEnd } from './resolve';
import { subjectAfterIssuer } from './format';
import {
  scanDate,
  scanIssuer,
  scanLawNumber,
  scanLawYear,
  scanListNext,
  scanNumber,
  scanSo,
  type DateMatch,
  type NumberMatch,
  type Range,
} from './scan';
import type { CitedDocumentType, RegistryDocument } from './schema';

/** A citation while it is read, in offsets of the folded text. */
export interface Draft extends Range {
  type: CitedDocumentType;
  typeRange?: Range;
  number?: NumberMatch;
  hasSo: boolean;
  listed: boolean;
  name?: Range;
  /** laws whose registry name or alias matched */
  lawDocs?: RegistryDocument[];
  yearPhrase?: Range & { year: number };
  date?: DateMatch;
  issuer?: Range;
  subject?: Range;
  article?: { range: Range; dieu: number; khoan?: number; diem?: Range; comma?: Range };
  standard?: { serial: string; year?: number };
  doc?: RegistryDocument;
}

const NOT_WORD = '(?![\\p{L}\\p{N}])';
const TYPE_WORD = new RegExp(`(?<![\\p{L}\\p{N}])(${TYPE_PATTERN})(?= )`, 'giu');
const GENERIC_LAW = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:Luat|LUAT) ([A-Z]\\p{L}*(?:,? \\p{L}+){0,10}?)(?= (?:[Ss]o \\d|[Nn]am \\d{4}|[Nn]gay \\d))`,
  'gu',
);
const STANDARD = /(?<![\p{L}\p{N}])((?:[Tt]ieu chuan(?: quoc gia)? )?)(TCVN(?: ISO)? ?(\d{1,5})(?::(\d{4}))?)(?!\p{N})/gu;
const ARTICLE = /(?<![\p{L}\p{N}])(?:(?:[Dd]iem ([a-z]{1,2}) ?,? )?[Kk]hoan (\d{1,3}) ?,? )?[Dd]ieu (\d{1,3})( ?,)? (?:cua )?$/du;
const ARTICLE_LOOKBACK = 60;

/** Date then issuer, or issuer then date, each at most once. */
function readTail(text: string, draft: Draft): void {
  for (let round = 0; round < 2; round += 1) {
    const date = draft.date ? undefined : scanDate(text, draft.end);
    if (date) {
      draft.date = date;
      draft.end = date.next;
    }
    const issuer = draft.issuer ? undefined : scanIssuer(text, draft.end);
    if (issuer) {
      draft.issuer = issuer;
      draft.end = issuer.next;
    }
    if (!date && !issuer) return;
  }
}

function readLawTail(text: string, draft: Draft): void {
  for (let round = 0; round < 4; round += 1) {
    let moved = false;
    const number = draft.number ? undefined : scanLawNumber(text, draft.end);
    if (number) {
      draft.number = number;
      draft.hasSo = number.hasSo;
      draft.end = number.end;
      moved = true;
    }
    const year = draft.yearPhrase || draft.date ? undefined : scanLawYear(text, draft.end);
    if (year) {
      draft.yearPhrase = year;
      draft.end = year.end;
      moved = true;
    }
    const before = draft.end;
    readTail(text, draft);
    if (!moved && draft.end === before) return;
  }
}

function numberedDocuments(text: string): Draft[] {
  const drafts: Draft[] = [];
  for (const m of text.matchAll(TYPE_WORD)) {
    const type = typeOfWords(m[1] as string);
    const so = type ? scanSo(text, m.index + m[0].length) : undefined;
    const number = so ? scanNumber(text, so.next) : undefined;
    if (!type || !so || !number) continue;
    let draft: Draft = { start: m.index, end: number.end, type, typeRange: { start: m.index, end: m.index + m[0].length }, number, hasSo: so.hasSo, listed: false };
    readTail(text, draft);
    drafts.push(draft);
    for (;;) {
      const next = scanListNext(text, draft.end);
      const listedNumber = next ? scanNumber(text, next.next) : undefined;
      if (!next || !listedNumber || listedNumber.party !== number.party) break;
      draft = { start: listedNumber.start, end: listedNumber.end, type, number: listedNumber, hasSo: next.hasSo, listed: true };
      readTail(text, draft);
      drafts.push(draft);
    }
  }
  return drafts;
}

function lawNamePattern(registry: Registry): RegExp | undefined {
  const names = registry.documents
    .filter((doc) => doc.type === 'Luật' && doc.name)
    .flatMap((doc) => [doc.name as string, ...(doc.nameAliases ?? [])])
    .sort((a, b) => b.length - a.length)
    .map(phrasePattern);
  // "pháp luật phòng, chống tham nhũng" is the common noun (the body of law), not the Law's name
  return names.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?<!phap )(Luat) (${names.join('|')})${NOT_WORD}`, 'giu') : undefined;
}

const lawPatterns = new WeakMap<Registry, RegExp | undefined>();

function lawsByName(text: string, registry: Registry): Draft[] {
  if (!lawPatterns.has(registry)) lawPatterns.set(registry, lawNamePattern(registry));
  const pattern = lawPatterns.get(registry);
  if (!pattern) return [];
  const drafts: Draft[] = [];
  for (const m of text.matchAll(pattern)) {
    const nameStart = m.index + (m[1] as string).length + 1;
    const draft: Draft = {
      start: m.index,
      end: m.index + m[0].length,
      type: 'Luật',
      typeRange: { start: m.index, end: nameStart - 1 },
      name: { start: nameStart, end: m.index + m[0].length },
      hasSo: false,
      listed: false,
      lawDocs: registry.lawsByName(looseWords(m[2] as string)),
    };
    readLawTail(text, draft);
    drafts.push(draft);
  }
  return drafts;
}

/** Laws the registry does not name: "Luật" + a capitalised name + "năm"/"số"/"ngày"; a name never holds a type word. */
function genericLaws(text: string, known: readonly Draft[]): Draft[] {
  const drafts: Draft[] = [];
  const knownStarts = new Set(known.map((d) => d.start));
  for (const m of text.matchAll(GENERIC_LAW)) {
    if (knownStarts.has(m.index) || containsTypeWord(m[1] as string)) continue;
    const nameStart = m.index + 5;
    const draft: Draft = {
      start: m.index,
      end: m.index + m[0].length,
      type: 'Luật',
      typeRange: { start: m.index, end: m.index + 4 },
      name: { start: nameStart, end: m.index + m[0].length },
      hasSo: false,
      listed: false,
    };
    readLawTail(text, draft);
    drafts.push(draft);
  }
  return drafts;
}

function standards(text: string): Draft[] {
  return [...text.matchAll(STANDARD)].map((m): Draft => {
    const prefix = (m[1] as string).length;
    const numberStart = m.index + prefix;
    const year = m[4] === undefined ? undefined : Number(m[4]);
    return {
      start: m.index,
      end: m.index + m[0].length,
      type: 'Tiêu chuẩn',
      typeRange: { start: m.index, end: prefix ? numberStart - 1 : numberStart + 4 },
      name: { start: numberStart, end: m.index + m[0].length },
      hasSo: false,
      listed: false,
      standard: { serial: m[3] as string, ...(year === undefined ? {} : { year }) },
    };
  });
}

const TYPE_INSIDE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${TYPE_PATTERN})${NOT_WORD}`, 'iu');
const containsTypeWord = (name: string): boolean => TYPE_INSIDE.test(name);

const looseWords = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]/g, '');

function readArticle(text: string, draft: Draft): void {
  const base = Math.max(0, draft.start - ARTICLE_LOOKBACK);
  const m = ARTICLE.exec(text.slice(base, draft.start));
  if (!m || !m.indices) return;
  const at = (i: number): Range | undefined => {
    const pair = m.indices?.[i];
    return pair ? { start: base + pair[0], end: base + pair[1] } : undefined;
  };
  const diem = at(1);
  const comma = at(4);
  draft.article = {
    range: { start: base + m.index, end: (at(3) as Range).end },
    dieu: Number(m[3]),
    ...(m[2] !== undefined ? { khoan: Number(m[2]) } : {}),
    ...(diem ? { diem } : {}),
    ...(comma ? { comma } : {}),
  };
}

/** Keep the first of overlapping drafts (the longest when they start together). */
function dropOverlaps(drafts: Draft[]): Draft[] {
  const sorted = [...drafts].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Draft[] = [];
  for (const draft of sorted) {
    const last = kept[kept.length - 1];
    if (!last || draft.start >= last.end) kept.push(draft);
  }
  return kept;
}

function extendBySubjects(text: string, drafts: Draft[]): Draft[] {
  for (const draft of drafts) {
    // a standard's name follows its number as a subject would
    const subject = draft.standard ? draft.doc?.name : draft.doc?.subject;
    if (!subject || draft.type === 'Luật' || !draft.doc) continue;
    // The trích yếu as the add-in writes it ("về ...", lower case, no second issuer), else as the registry keeps it.
    const written = draft.standard ? subject : subjectAfterIssuer(draft.doc);
    const end = subjectEnd(text, draft.end, written, drafts) ?? subjectEnd(text, draft.end, subject, drafts);
    if (end !== undefined) {
      draft.subject = { start: draft.end + 1, end };
      draft.end = end;
    }
  }
  return dropOverlaps(drafts);
}

/**
 * Every citation holds a number with a slash before its letters ("12/KH-SNV", "36/2018/QH14", "05-CT/TU"), "Luật" or
 * "TCVN": a paragraph with none of them (dates and counts only: most of a report) is not normalized again. Legacy
 * encodings and decomposed marks keep the ASCII letters this looks for.
 */
const mayCite = (text: string): boolean => /\d\s*\/\s*(?:\d{4}\s*\/\s*)?\p{L}|\d\s*-\s*\p{L}{1,5}\s*\/|l\s*u|tcvn/iu.test(text);

/** Every citation in `text`, in order, resolved against `registry` where it can be. */
export function parseCitations(text: string, registry: Registry = defaultRegistry): Citation[] {
  if (!mayCite(text)) return [];
  const normalized = normalizeForMatch(text, { accents: false, foldCase: false });
  const folded = normalized.text;
  const laws = lawsByName(folded, registry);
  const drafts = dropOverlaps([...numberedDocuments(folded), ...laws, ...genericLaws(folded, laws), ...standards(folded)]);
  for (const draft of drafts) draft.doc = resolveDraft(folded, draft, registry);
  return extendBySubjects(folded, drafts).map((draft) => {
    if (!draft.listed) readArticle(folded, draft);
    return toCitation(normalized, draft);
  });
}

function toCitation(normalized: NormalizedText, draft: Draft): Citation {
  const span = (range: Range) => toOriginalSpan(normalized, range.start, range.end);
  const clean = (range: Range) => {
    const s = span(range);
    return normalizeForMatch(normalized.original.slice(s.start, s.end), { foldCase: false }).text.trim();
  };
  const documentRange = { start: draft.start, end: draft.end };
  const whole = span(draft.article ? { start: draft.article.range.start, end: draft.end } : documentRange);
  const number = draft.number;
  const year = number?.year ?? draft.yearPhrase?.year ?? draft.standard?.year;
  const date = draft.date?.iso ? ({ iso: draft.date.iso, raw: clean(draft.date), style: draft.date.style } satisfies CitationDate) : undefined;
  const article = draft.article;
  return {
    span: whole,
    text: normalized.original.slice(whole.start, whole.end),
    type: draft.type,
    ...(number ? { number: clean(number), serial: number.serial, code: clean(number.code) } : {}),
    ...(draft.standard ? { number: clean(draft.name as Range), serial: draft.standard.serial, code: 'TCVN' } : {}),
    ...(year !== undefined ? { year } : {}),
    ...(draft.name && !draft.standard ? { name: clean(draft.name) } : {}),
    party: number?.party ?? false,
    hasSo: draft.hasSo,
    listed: draft.listed,
    ...(date ? { date } : {}),
    ...(draft.date && !draft.date.iso ? { invalidDate: clean(draft.date) } : {}),
    ...(draft.issuer ? { issuerText: clean(draft.issuer) } : {}),
    ...(draft.subject ? { subjectText: clean(draft.subject) } : {}),
    ...(article
      ? {
          article: {
            dieu: article.dieu,
            ...(article.khoan !== undefined ? { khoan: article.khoan } : {}),
            ...(article.diem ? { diem: clean(article.diem).toLowerCase() } : {}),
          },
        }
      : {}),
    ...(draft.doc ? { registryId: draft.doc.id } : {}),
    parts: {
      document: span(documentRange),
      ...(draft.typeRange ? { type: span(draft.typeRange) } : {}),
      ...(number ? { number: span(number) } : {}),
      ...(draft.name ? { name: span(draft.name) } : {}),
      ...(draft.yearPhrase ? { yearPhrase: span(draft.yearPhrase) } : {}),
      ...(draft.date ? { date: span(draft.date) } : {}),
      ...(draft.issuer ? { issuer: span(draft.issuer) } : {}),
      ...(draft.subject ? { subject: span(draft.subject) } : {}),
      ...(article ? { article: span(article.range) } : {}),
      ...(article?.comma ? { articleComma: span(article.comma) } : {}),
    },
  };
}
