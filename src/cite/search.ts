/**
 * Find registry documents from what a user types: a number ("59/2019", "10/CT-TTg"), a type and number
 * ("nghi dinh 59"), or words of the subject or keywords ("xung đột lợi ích", "tai san thu nhap"). Accents and case
 * are ignored.
 */
import { foldForCompare } from '../text';
import { looseKey, parseDocumentNumber } from './number';
import { defaultRegistry, type Registry } from './registry';
import type { RegistryDocument } from './schema';

export interface SearchHit {
  document: RegistryDocument;
  score: number;
}

const fold = (text: string): string => foldForCompare(text, { accents: false });
const words = (text: string): string[] => fold(text).match(/[a-z0-9]+/g) ?? [];

/** Words too common in subjects to rank by. */
const STOP_WORDS = new Set(['va', 've', 'cua', 'so', 'ngay', 'nam', 'cac', 'trong', 'theo', 'quy', 'dinh', 'viec', 'doi', 'voi']);

interface Indexed {
  doc: RegistryDocument;
  typeWords: string;
  numberKey: string;
  /** the number folded with its separators: "59/2019/nd-cp" */
  numberText: string;
  serial: string;
  /** name, subject, issuer: folded, words joined by one space */
  text: string;
  keywords: string[];
}

function index(doc: RegistryDocument): Indexed {
  const parts = parseDocumentNumber(doc.number);
  return {
    doc,
    typeWords: words(doc.type).join(' '),
    numberKey: looseKey(doc.number),
    numberText: fold(doc.number),
    serial: parts ? String(Number(parts.serial)) : '',
    text: words([doc.name, ...(doc.nameAliases ?? []), doc.subject, doc.issuer].filter(Boolean).join(' ')).join(' '),
    keywords: (doc.keywords ?? []).map((k) => words(k).join(' ')),
  };
}

const indexes = new WeakMap<Registry, Indexed[]>();

const containsPhrase = (haystack: string, phrase: string): boolean => phrase.length > 0 && ` ${haystack} `.includes(` ${phrase} `);

function score(entry: Indexed, query: string, queryWords: string[], numberTokens: string[]): number {
  let total = 0;
  for (const token of numberTokens) {
    const key = looseKey(token);
    if (key === entry.numberKey) total += 100;
    else if (entry.numberText.startsWith(token) && !/[a-z0-9]/.test(entry.numberText.charAt(token.length))) total += 60;
    else if (/^\d+$/.test(token) && String(Number(token)) === entry.serial) total += 40;
    else if (key.length >= 3 && entry.numberKey.includes(key)) total += 20;
  }
  const phrase = queryWords.filter((w) => !/^\d/.test(w)).join(' ');
  if (entry.typeWords && containsPhrase(phrase, entry.typeWords)) total += numberTokens.length ? 15 : 5;
  if (phrase && entry.keywords.some((k) => containsPhrase(k, phrase))) total += 30;
  if (phrase && containsPhrase(entry.text, phrase)) total += 25;
  const content = queryWords.filter((w) => !STOP_WORDS.has(w) && !/^\d/.test(w) && !entry.typeWords.split(' ').includes(w));
  const haystack = new Set([...entry.text.split(' '), ...entry.keywords.flatMap((k) => k.split(' '))]);
  total += content.filter((w) => haystack.has(w)).length * 2;
  if (query.length >= 3 && entry.keywords.some((k) => k.includes(query))) total += 5;
  return total;
}

/** Registry documents that match `query`, best first; documents that match nothing are left out. */
export function searchRegistry(query: string, registry: Registry = defaultRegistry): SearchHit[] {
  const folded = fold(query);
  if (!folded) return [];
  if (!indexes.has(registry)) indexes.set(registry, registry.documents.map(index));
  const queryWords = words(query);
  const numberTokens = folded.match(/[0-9][0-9a-z]*(?:[/\-:][0-9a-z]+)*/g) ?? [];
  return (indexes.get(registry) ?? [])
    .map((entry) => ({ document: entry.doc, score: score(entry, queryWords.join(' '), queryWords, numberTokens) }))
    .filter((hit) => hit.score > 0)
    .sort((a, b) => b.score - a.score);
}
