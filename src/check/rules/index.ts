import type { Rule } from '../rule';
import { itemMissing } from './item-missing';
import { sectionMissing } from './section-missing';
import { partMissing } from './part-missing';
import { periodUnknown, reportLate, unitUnknown, yearMismatch } from './context';
import { leadUnitNotNamed } from './lead-unit';
import { citationForm } from './citations';
import { citationAbbreviated, draftUnfinished } from './draft';
import { paragraphTruncated } from './truncated';
import { layoutBodySize, layoutFont, layoutMargins, layoutNationalTitle, layoutNumber, layoutPaper, layoutPlaceDate, layoutRecipients } from './layout';

/** The rules every check runs. */
export const RULES: readonly Rule[] = [
  unitUnknown,
  periodUnknown,
  yearMismatch,
  reportLate,
  draftUnfinished,
  sectionMissing,
  itemMissing,
  partMissing,
  layoutPaper,
  layoutMargins,
  layoutFont,
  layoutBodySize,
  layoutNationalTitle,
  layoutNumber,
  layoutPlaceDate,
  layoutRecipients,
  citationForm,
  citationAbbreviated,
  paragraphTruncated,
];

/** Rules a reviewer turns on (CheckOptions.leadUnits). */
export const REVIEWER_RULES = { leadUnits: leadUnitNotNamed } as const;
