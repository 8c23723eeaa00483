import type { Rule } from '../rule';
import { itemMissing } from './item-missing';
import { sectionMissing } from './section-missing';
import { partMissing } from './part-missing';
import { periodUnknown, reportLate, unitUnknown, yearMismatch } from './context';
import { leadUnitNotNamed } from './lead-unit';
import { citationForm } from './citations';

export const RULES: readonly Rule[] = [unitUnknown, periodUnknown, yearMismatch, reportLate, sectionMissing, itemMissing, leadUnitNotNamed, partMissing, citationForm];
