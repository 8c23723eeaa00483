/** One layout finding (Nghị định 30/2020/NĐ-CP, Phụ lục I), with its place and, where it applies, what the text should be. */
import type { Bilingual } from '../../../errors/app-error';
import type { Locator } from '../../../document/model';
import type { Finding, FormatFix, Severity } from '../../types';

export const ND30 = { vi: 'Nghị định 30/2020/NĐ-CP, Phụ lục I', en: 'Decree 30/2020/NĐ-CP, Appendix I' };

/** `fix`: the change of form that mends it, where one is safe (fonts, sizes, bold, italics, the page; never text). */
export function layoutFinding(rule: string, message: Bilingual, locator: Locator | null, severity: Severity = 'warning', fix: FormatFix | null = null): Finding {
  return {
    id: rule,
    rule,
    severity,
    message: { vi: `${message.vi} (${ND30.vi}).`, en: `${message.en} (${ND30.en}).` },
    target: locator ? { kind: 'paragraph' } : { kind: 'document' },
    locator,
    action: fix ? { kind: 'fixFormat', fix } : null,
  };
}

/** The nearest value inside [low, high]. */
export const clamp = (value: number, low: number, high: number): number => Math.min(high, Math.max(low, value));
