/** One layout finding (Nghị định 30/2020/NĐ-CP, Phụ lục I), with its place and, where it applies, what the text should be. */
import type { Bilingual } from '../../../errors/app-error';
import type { Locator } from '../../../document/model';
import type { Finding, Severity } from '../../types';

export const ND30 = { vi: 'Nghị định 30/2020/NĐ-CP, Phụ lục I', en: 'Decree 30/2020/NĐ-CP, Appendix I' };

export function layoutFinding(rule: string, message: Bilingual, locator: Locator | null, severity: Severity = 'warning'): Finding {
  return {
    id: rule,
    rule,
    severity,
    message: { vi: `${message.vi} (${ND30.vi}).`, en: `${message.en} (${ND30.en}).` },
    target: locator ? { kind: 'paragraph' } : { kind: 'document' },
    locator,
    action: null,
  };
}
