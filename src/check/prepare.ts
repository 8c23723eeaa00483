/**
 * The document as the checker reads it: every paragraph's match key (normalized once, abbreviations expanded),
 * its tokens and its features. Computed once per check; every rule reads from here.
 */
import { normalizeForMatch, tokenize, type NormalizedText, type Token } from '../text';
import type { DocumentModel, Paragraph } from '../document/model';
import { featuresOf, maskedSpans } from './match/features';
import { addOwnUnitFeatures } from './match/clauses';

export interface PreparedParagraph {
  paragraph: Paragraph;
  /** Lower case, NFC, tone placement folded, abbreviations expanded. */
  key: string;
  /** The body (text without its label) as a key. */
  bodyKey: string;
  normalized: NormalizedText;
  tokens: Token[];
  /** feature → position of its first token */
  features: Map<string, number>;
  /** Spans of the key (normalized offsets) that name a unit: who, not what. */
  masked: [number, number][];
}

export interface PreparedDocument {
  model: DocumentModel;
  paragraphs: PreparedParagraph[];
}

/**
 * The longest stretch of a paragraph the checker reads. A report's paragraph runs to a few thousand characters; a
 * longer one (pasted data, a broken file) is read up to here, so that time and memory stay bounded (rule
 * paragraph-truncated says so).
 */
export const MAX_CHECKED_CHARS = 20_000;

/**
 * The most characters of one document the checker reads, all paragraphs together: about a hundred long reports.
 * Past it, paragraphs are read as empty, so that memory stays well under 1 GB whatever a file inside the reader's
 * limits holds (rule paragraph-truncated says where reading stopped).
 */
export const MAX_CHECKED_TOTAL = 4_000_000;

/** unitNames: the plan's unit names, left out of the features (they say who did something, not what). */
export function prepareDocument(model: DocumentModel, unitNames: RegExp | null = null): PreparedDocument {
  let budget = MAX_CHECKED_TOTAL;
  const paragraphs = model.paragraphs.map((paragraph): PreparedParagraph => {
    const allowed = Math.min(MAX_CHECKED_CHARS, budget);
    const text = paragraph.text.length > allowed ? paragraph.text.slice(0, allowed) : paragraph.text;
    budget -= text.length;
    const normalized = normalizeForMatch(text, { expandAbbreviations: true });
    const tokens = tokenize(normalized, { punctuation: true });
    const key = normalized.text.trim();
    const bodyKey = paragraph.body === paragraph.text ? key : tailKey(normalized, Math.min(text.length, paragraph.text.length - paragraph.body.length));
    const masked = maskedSpans(normalized.text, unitNames);
    const features = featuresOf(tokens, masked);
    addOwnUnitFeatures(tokens, masked, features);
    return { paragraph, key, bodyKey, normalized, tokens, features, masked };
  });
  return { model, paragraphs };
}

/** The key of the text from an original offset on (the body after its label), read off the normalized text. */
function tailKey(normalized: NormalizedText, offset: number): string {
  let k = 0;
  while (k < normalized.text.length && (normalized.map[k] as number) < offset) k += 1;
  return normalized.text.slice(k).trim();
}
