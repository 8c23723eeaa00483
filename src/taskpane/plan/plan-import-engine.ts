/** What importing a plan needs, in a chunk of its own (the .docx reader and the importer): loaded on first import. */
export { readDocx } from '../../docx/read';
export { DEFAULT_DOCX_LIMITS } from '../../docx/limits';
export { describeBytes } from '../../docx/errors';
export { importPlan } from '../../plan/import/assemble';
export { parsePlanJson } from '../../plan/load';
