/** The importer's doubts that are not about one task (those are shown on the task's row): the plan's header, units, schedule. */
import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import type { ImportDoubt } from '../../plan/import/outline';
import type { Language } from '../i18n';
import type { PlanStrings } from '../strings/plan';

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
});

export interface DoubtsListProps {
  doubts: readonly ImportDoubt[];
  /** All the doubts, those on rows included: the title counts them all. */
  total: number;
  strings: PlanStrings;
  language: Language;
}

export function DoubtsList({ doubts, total, strings: s, language }: DoubtsListProps) {
  const styles = useStyles();
  if (total === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="plan-doubts">
      <MessageBarBody>
        <MessageBarTitle>{s.doubtsTitle(total)}</MessageBarTitle>
        {doubts.length ? (
          <ul className={styles.list}>
            {doubts.map((doubt, i) => (
              <li key={i}>{doubt[language]}</li>
            ))}
          </ul>
        ) : null}
      </MessageBarBody>
    </MessageBar>
  );
}
