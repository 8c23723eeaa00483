export { checkReport } from './check-report';
export { analyzeReport, DEFAULT_MATCHING } from './analyze';
export type { Analysis, MatchingParameters } from './analyze';
export { RULES } from './rules';
export type { Rule } from './rule';
export * from './types';
export { deadlineStatus, daysBetween, describeDeadline, describeDataWindow, deadlineMissed, type DeadlineStatus } from './deadline';
