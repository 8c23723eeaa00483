/** What the add-in inserts: headings, citations, the report outline and whole templates, as host-neutral blocks. */
export * from './blocks';
export { labelFor, nextLabel, firstLabelLike, toRoman, fromRoman, POINT_LETTERS } from './labels';
export { nextHeading, nextHeadingLabel, headingLevelAfter } from './next-heading';
export { citationBlock, citationText, type CitationForm } from './citation';
export { reportOutline, requiredItems, tt02NodeOf, resultsPlaceholder, type OutlineStyle, type OutlineOptions } from './report-outline';
export { reportTemplate, periodPhrase, type ReportTemplateOptions } from './report-template';
export { unitPlanTemplate, type UnitPlanOptions } from './unit-plan-template';
export type { SignerOptions } from './document-header';
export { ND30_PAGE, TEXT_WIDTH_MM } from './layout';
