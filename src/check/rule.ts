/** A check is a small module: an id, a default severity, what it looks for, and a function from the analysis to findings. */
import type { Bilingual } from '../errors/app-error';
import type { Analysis } from './analyze';
import type { Finding, Severity } from './types';

export interface Rule {
  id: string;
  severity: Severity;
  description: Bilingual;
  check(analysis: Analysis): Finding[];
}
