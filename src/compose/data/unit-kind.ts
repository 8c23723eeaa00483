import type { Unit } from '../../plan/schema';

export type UnitKind = Unit['kind'];
