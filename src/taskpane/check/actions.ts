/** What the result rows can ask the Check view to do. */
import type { Locator } from '../../document/model';
import type { Finding, ItemStatus } from '../../check/types';
import type { Strings } from '../i18n';

export interface RowActions {
  strings: Strings;
  select: (locator: Locator) => void;
  ignore: (findingId: string) => void;
  restore: (findingId: string) => void;
  insertHeading: (item: ItemStatus) => void;
  /** Applies a finding's change of form (fonts, sizes, the page), where the host can; null where it cannot. */
  fixFormat: ((finding: Finding) => void) | null;
  /** Corrects a citation in place (the old words kept as a tracked change where the host can); null where it cannot. */
  fixText: ((finding: Finding) => void) | null;
  ignored: ReadonlySet<string>;
  /** True while a check or an insert runs: actions that change the document wait. */
  busy: boolean;
}
