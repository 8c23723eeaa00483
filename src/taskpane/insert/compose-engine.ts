/** What the Insert and Templates views need from the engine, loaded on demand in a chunk of its own. */
export { citationMatches } from '../../cite/answer';
export { formatShort, formatFull } from '../../cite/format';
export { citationBlock, nextHeading, headingLevelAfter, reportTemplate, unitPlanTemplate, PLACEHOLDER_TAG } from '../../compose';
export { RESULTS_PLACEHOLDER, RESULTS_ALIAS } from '../../compose/data/report-text';
export { plan2023 } from '../../plan/builtin/plan-2023';
export { writeDocx } from '../../docx/write';
