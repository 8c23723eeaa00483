/**
 * The one document a query means, or none: a search hit is offered as the answer only when what the query says agrees
 * with it (the type it names, the number and year it gives, its own words) and no other document fits as well. A
 * query for a document the registry does not hold ("Luật Tố cáo", "Nghị định 59/2020") gets "not found", never the
 * nearest document of the registry.
 */
import { foldForCompare, normalizeForMatch } from '../text';
import { looseKey, parseDocumentNumber } from './number';
import { searchRegistry, type SearchHit } from './search';
import { defaultRegistry, type Registry } from './registry';
import type { RegistryDocument } from './schema';

const fold = (text: string): string => foldForCompare(text, { accents: false });

/** Type words a query may use, folded: "nd", "nghi dinh" → Nghị định. */
const TYPE_WORDS: [RegExp, RegistryDocument['type']][] = [
  [/\b(luat)\b/, 'Luật'],
  [/\b(nghi dinh|nd)\b/, 'Nghị định'],
  [/\b(nghi quyet|nq)\b/, 'Nghị quyết'],
  [/\b(thong tu|tt)\b/, 'Thông tư'],
  [/\b(quyet dinh|qd)\b/, 'Quyết định'],
  [/\b(chi thi|ct)\b/, 'Chỉ thị'],
  [/\b(ke hoach|kh)\b/, 'Kế hoạch'],
  [/\b(cong van|cv)\b/, 'Công văn'],
  [/\b(tieu chuan|tcvn)\b/, 'Tiêu chuẩn'],
];

const STOP = new Set(['va', 've', 'cua', 'so', 'ngay', 'nam', 'cac', 'trong', 'theo', 'viec', 'doi', 'voi', 'kem', 'mot', 'tai', 'cho', 'den']);

/** The share of the query's own words (not its type, number or common words) the document's words hold. */
function coverage(doc: RegistryDocument, contentWords: readonly string[]): number {
  if (contentWords.length === 0) return 1;
  const text = ` ${fold([doc.name, ...(doc.nameAliases ?? []), doc.subject, doc.issuer, ...(doc.keywords ?? [])].filter(Boolean).join(' ')).replace(/[^a-z0-9-]+/g, ' ')} `;
  return contentWords.filter((w) => text.includes(` ${w} `)).length / contentWords.length;
}

interface QueryFacts {
  type: RegistryDocument['type'] | null;
  /** Numbers as typed: "59/2019/nd-cp", "59", "9001:2008". */
  numbers: string[];
  /** A year said on its own ("Luật Thanh tra 2022"). */
  year: number | null;
  contentWords: string[];
}

const NUMBER = /[0-9][0-9a-z]*(?:[/\-:][0-9a-z]+)*/g;

function factsOf(query: string): QueryFacts {
  const folded = fold(query);
  // A type word names the document's type where it opens the query or comes right before a number ("nd 59"); inside
  // the words ("chấn chỉnh kỷ luật") it is a word of the subject.
  const typed = TYPE_WORDS.find(([pattern]) => new RegExp(`^\\s*${pattern.source}|${pattern.source}\\s*\\d`).test(folded));
  const type = typed?.[1] ?? null;
  // A year or a span of years ("2030", "2021-2025") is a word of the subject, not a document number.
  const years = (text: string) => /^(19|20)\d\d(-(19|20)\d\d)?$/.test(text);
  const numbers = (folded.match(NUMBER) ?? []).filter((n) => !years(n));
  const yearWords = (folded.match(NUMBER) ?? []).filter(years);
  const typeWords = new Set(typed ? typed[0].source.replace(/\\b|[()]/g, '').split('|').flatMap((w) => w.split(' ')) : []);
  // Abbreviations officials type ("CCHC", "PCTN") read as the words they stand for; numbers are taken out first.
  const withoutNumbers = query.normalize('NFC').replace(/[0-9][0-9\p{L}]*(?:[/\-:][0-9\p{L}]+)*/gu, ' ');
  const expanded = fold(normalizeForMatch(withoutNumbers, { expandAbbreviations: true }).text);
  const words = expanded.match(/[a-z]+/g) ?? [];
  return {
    type,
    numbers,
    year: yearWords.length === 1 && !yearWords[0]!.includes('-') ? Number(yearWords[0]) : null,
    contentWords: [...words.filter((w) => !STOP.has(w) && !typeWords.has(w) && w.length > 1), ...yearWords.filter((y) => y.includes('-'))],
  };
}

/** Whether the numbers the query gives are this document's: the whole number, or its serial with year and code as far as typed. */
function numberAgrees(doc: RegistryDocument, numbers: readonly string[]): boolean {
  const parts = parseDocumentNumber(doc.number);
  const key = looseKey(doc.number);
  return numbers.every((typed) => {
    if (looseKey(typed) === key) return true;
    const [serial, ...rest] = typed.split(/[/:-]/);
    if (!parts || Number(serial) !== Number(parts.serial)) return false;
    // "59/2019", "59/2019/nd", "9001:2015": every part typed after the serial is the document's
    return rest.every((piece) => (/^\d{4}$/.test(piece) ? Number(piece) === parts.year : looseKey(parts.code).startsWith(looseKey(piece)) || looseKey(parts.code).includes(looseKey(piece))));
  });
}

const MIN_COVERAGE = 0.6;

export interface Answer {
  document: RegistryDocument | null;
  /** Other documents that fit the query, for the user to choose from. */
  candidates: SearchHit[];
  /** Why there is no answer: nothing fits, or several fit as well. */
  reason: 'found' | 'none' | 'ambiguous';
}

export function answerFor(query: string, registry: Registry = defaultRegistry): Answer {
  const facts = factsOf(query);
  const fits = searchRegistry(query, registry).filter(({ document }) => {
    if (facts.type && document.type !== facts.type) return false;
    if (facts.numbers.length && !numberAgrees(document, facts.numbers)) return false;
    // "Luật Thanh tra 2022": the year is the document's, or a year its subject speaks of ("đến năm 2030").
    if (facts.year !== null && Number(document.date?.slice(0, 4)) !== facts.year && parseDocumentNumber(document.number)?.year !== facts.year && !(document.subject ?? '').includes(String(facts.year))) return false;
    // Without a number, the query's own words must be the document's; with one, words it adds must not contradict it.
    return coverage(document, facts.contentWords) >= (facts.numbers.length ? 0.5 : MIN_COVERAGE);
  });
  if (fits.length === 0) return { document: null, candidates: [], reason: 'none' };
  const [best, second] = fits;
  // A bare serial ("59") or a subject several documents share: no single answer.
  const bareSerial = facts.numbers.length > 0 && facts.numbers.every((n) => /^\d+$/.test(n)) && facts.type === null;
  if (second && (bareSerial || second.score * 1.5 > best!.score)) return { document: null, candidates: fits.slice(0, 5), reason: 'ambiguous' };
  return { document: best!.document, candidates: fits.slice(1, 5), reason: 'found' };
}

/** The documents to show for a query in a list to choose from: the answer first, or those that fit equally; none else. */
export function citationMatches(query: string, registry: Registry = defaultRegistry): SearchHit[] {
  const answer = answerFor(query, registry);
  if (answer.reason === 'none') return [];
  const first = searchRegistry(query, registry).find((hit) => hit.document === answer.document);
  return answer.document && first ? [first, ...answer.candidates] : answer.candidates;
}
