/** One layout finding (Nghị định 30/2020/NĐ-CP, Phụ lục I, or for a Party document Hướng dẫn 36-HD/VPTW), with its place
 * and, where it applies, what the text should be. */
import type { Bilingual } from '../../../errors/app-error';
import type { Locator } from '../../../document/model';
import type { Finding, FormatFix, Severity } from '../../types';

export const ND30 = { vi: 'Nghị định 30/2020/NĐ-CP, Phụ lục I', en: 'Decree 30/2020/NĐ-CP, Appendix I' };

/** `fix`: the change of form that mends it, where one is safe (fonts, sizes, bold, italics, the page; never text).
 * `source`: the rule the finding rests on, cited at the end of the message. */
export function layoutFinding(rule: string, message: Bilingual, locator: Locator | null, severity: Severity = 'warning', fix: FormatFix | null = null, source: Bilingual = ND30): Finding {
  return {
    id: rule,
    rule,
    severity,
    message: { vi: `${message.vi} (${source.vi}).`, en: `${message.en} (${source.en}).` },
    target: locator ? { kind: 'paragraph' } : { kind: 'document' },
    locator,
    action: fix ? { kind: 'fixFormat', fix } : null,
  };
}

/** The nearest value inside [low, high]. */
export const clamp = (value: number, low: number, high: number): number => Math.min(high, Math.max(low, value));
