/** Kept apart from the schema so that the checker does not load the validator. */
import type { TaskItem } from './schema';

/** Whether a task reaches beyond the issuing body (guiding, following others across a province, district or commune). */
export const isTerritorial = (scope: TaskItem['scope']): boolean => scope !== 'internal';
