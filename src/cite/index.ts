/** Legal citations: the registry of documents, the parser, the formatter, the search and the citation lint. */
export { RegistryDocumentSchema, RegistryDataSchema, CitedDocumentTypeSchema } from './schema';
export type { RegistryDocument, CitedDocumentType, Replacement } from './schema';
export { DOCUMENTS } from './documents';
export { createRegistry, defaultRegistry, inForceOn } from './registry';
export { loadRegistry } from './load-registry';
export type { Registry } from './registry';
export { parseDocumentNumber } from './number';
export type { DocumentNumber } from './number';
export { parseCitations } from './parse';
export type { Citation, CitationDate, CitationParts, ArticleRef } from './citation';
export { formatFull, formatShort, formatBasis, formatBasisLine } from './format';
export { formatDateWords, formatDateSlash, formatDateInStyle } from './dates';
export type { DateStyle } from './dates';
export { searchRegistry } from './search';
export type { SearchHit } from './search';
export { lintCitations, createCitationLintState } from './lint';
export type { CitationFinding, CitationFindingCode, CitationLintOptions, CitationLintState, Severity } from './lint';
