/** Said once at start, above the views: the plan stored last time could not be used and the built-in one is in use. */
import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, tokens } from '@fluentui/react-components';
import type { Language } from '../i18n';
import type { PlanStrings } from '../strings/plan';
import type { PlanNoticeState } from './usePlanChoice';

const useStyles = makeStyles({
  notice: { marginBottom: tokens.spacingVerticalS },
  details: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
});

export function PlanNotice({ notice, strings: s, language, onDismiss }: { notice: PlanNoticeState; strings: PlanStrings; language: Language; onDismiss: () => void }) {
  const styles = useStyles();
  return (
    <MessageBar intent="warning" layout="multiline" className={styles.notice} data-testid="plan-notice">
      <MessageBarBody>
        {s.storedInvalid} {notice.error[language]}
        {notice.details.length ? (
          <ul className={styles.details}>
            {notice.details.slice(0, 10).map((detail, i) => (
              <li key={i}>{detail[language]}</li>
            ))}
          </ul>
        ) : null}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onDismiss}>
          {s.dismiss}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
