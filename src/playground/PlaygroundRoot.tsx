import { useId, useState } from 'react';
import { FluentProvider, makeStyles, Text, tokens, webLightTheme } from '@fluentui/react-components';
import { App } from '../taskpane/App';
import { type Language, stringsFor } from '../taskpane/i18n';
import { useDocumentLanguage } from '../taskpane/useDocumentLanguage';

const useStyles = makeStyles({
  layout: { display: 'flex', flexWrap: 'wrap', alignItems: 'stretch', minHeight: '100vh' },
  pane: { display: 'flex', width: '360px', borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  document: {
    flexGrow: 1,
    flexBasis: '420px',
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXXL}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  documentTitle: { display: 'block', margin: `0 0 ${tokens.spacingVerticalM}` },
  page: {
    maxWidth: '720px',
    padding: tokens.spacingHorizontalXXL,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  paragraph: { display: 'block', margin: 0 },
});

/** The playground: the same pane as in Word, beside a document region that stands in for Word. */
export function PlaygroundRoot({ initialLanguage }: { initialLanguage: Language }) {
  const styles = useStyles();
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const strings = stringsFor(language);
  const headingId = useId();
  useDocumentLanguage(language, `${strings.productName} — ${strings.documentRegion}`);
  return (
    <FluentProvider theme={webLightTheme}>
      <div className={styles.layout}>
        <div className={styles.pane}>
          <App language={language} onLanguageChange={setLanguage} />
        </div>
        <section className={styles.document} aria-labelledby={headingId}>
          <Text as="h2" id={headingId} size={500} weight="semibold" className={styles.documentTitle}>
            {strings.documentRegion}
          </Text>
          <div className={styles.page}>
            <Text as="p" className={styles.paragraph}>
              {strings.documentPlaceholder}
            </Text>
          </div>
        </section>
      </div>
    </FluentProvider>
  );
}
