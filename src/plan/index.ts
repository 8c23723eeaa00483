/** The plan as data: schema and types, the built-in 2023 plan, unit helpers and the plan-file loader. */
export * from './schema';
export { plan2023 } from './builtin/plan-2023';
export * from './units';
export * from './load';
