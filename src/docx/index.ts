export { readDocx } from './read';
export type { ReadDocxOptions } from './read';
export { DocxReadError, isDocxReadError } from './errors';
export type { DocxErrorCode } from './errors';
export { DEFAULT_DOCX_LIMITS } from './limits';
export type { DocxLimits } from './limits';
export type { LegacyTextConverter } from './legacy-fonts';
export { isLegacyFont } from './legacy-fonts';
export { formatOutline } from '../document/outline';
