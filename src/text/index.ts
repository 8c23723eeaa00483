/**
 * Vietnamese text: normalization with an exact offset map, tokens, abbreviations, legacy encodings.
 * Everything that compares Vietnamese text goes through here; nothing else calls String.prototype.normalize.
 */
export { normalizeForMatch } from './normalize';
export type { NormalizeOptions } from './normalize';
export { toOriginalSpan, originalSlice } from './mapped-text';
export type { NormalizedText, Span } from './mapped-text';
export { foldForCompare, sameText, stripAccents } from './compare';
export { toNfc } from './chars';
export { tokenize, tokenizeText } from './tokens';
export type { Token, TokenKind, TokenizeOptions } from './tokens';
export { syllableNgrams, ngramKeys, findPhrase, ngramSimilarity } from './ngrams';
export type { Ngram, PhraseMatch } from './ngrams';
export { ABBREVIATIONS } from './abbreviations';
export type { Abbreviation } from './abbreviations';
export { detectLegacyEncoding, convertLegacy, convertLegacyMapped } from './legacy';
export type { LegacyEncoding, LegacyDetection, LegacyOptions } from './legacy';
