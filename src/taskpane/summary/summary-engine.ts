/** What the Summary view needs from the engine, in a chunk of its own (loaded when the view first opens). ExcelJS is
 * loaded later still, by summaryWorkbook, only when the spreadsheet is saved. */
export { readDocx } from '../../docx/read';
export { DEFAULT_DOCX_LIMITS } from '../../docx/limits';
export { describeBytes } from '../../docx/errors';
export { checkReport } from '../../check/check-report';
export { plan2023 } from '../../plan/builtin/plan-2023';
export { summarize } from '../../summary/summarize';
export { verdict, cellLabel, periodName } from '../../summary/format';
export { summaryWorkbook } from '../../summary/xlsx';
export { consolidatedDraft } from '../../summary/draft';
export { writeDocx } from '../../docx/write';
