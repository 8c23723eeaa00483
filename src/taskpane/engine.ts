/** The engine and the built-in plan, loaded on demand (a chunk of its own) so that the pane's first paint stays small. */
export { checkReport } from '../check/check-report';
export { plan2023 } from '../plan/builtin/plan-2023';
