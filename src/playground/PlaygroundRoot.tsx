import { useCallback, useEffect, useId, useState, useSyncExternalStore, type DragEvent } from 'react';
import { FluentProvider, makeStyles, MessageBar, MessageBarBody, Spinner, Text, tokens, webLightTheme } from '@fluentui/react-components';
import { App } from '../taskpane/App';
import { type Language, stringsFor } from '../taskpane/i18n';
import { useDocumentLanguage } from '../taskpane/useDocumentLanguage';
import type { Bilingual } from '../errors/app-error';
import { DocumentToolbar } from './DocumentToolbar';
import { DocumentView } from './DocumentView';
import { downloadDocx } from './document/download';
import { fetchDocx, openDocxFile, type OpenResult } from './document/open-docx';
import { PlaygroundStore } from './document/store';
import { PlaygroundHost } from './host';
import { todayIso } from '../taskpane/check/dates';
import { SAMPLE_REPORT_NAME, SAMPLE_REPORT_URL } from './samples/sample';

const useStyles = makeStyles({
  layout: { display: 'flex', height: '100vh', overflow: 'hidden' },
  pane: {
    display: 'flex',
    flexShrink: 0,
    width: '420px',
    overflowY: 'auto',
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  document: {
    flexGrow: 1,
    minWidth: 0,
    overflowY: 'auto',
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXXL}`,
    backgroundColor: tokens.colorNeutralBackground3,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
  dragging: { outline: `3px dashed ${tokens.colorBrandStroke1}`, outlineOffset: '-6px' },
  documentTitle: { display: 'block', margin: 0 },
});

type Message = { intent: 'error' | 'success' | 'warning'; title: string; body?: Bilingual };

/** ?pane=320: the pane's width in pixels, to see it as Word's task pane shows it (320–800; default 420). */
function initialPaneWidth(): number {
  const value = Number(new URLSearchParams(window.location.search).get('pane'));
  return Number.isInteger(value) && value >= 320 && value <= 800 ? value : 420;
}

function initialToday(): string | undefined {
  const value = new URLSearchParams(window.location.search).get('today');
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
}


/** The playground: the same pane as in Word, beside a document region that stands in for Word. */
export function PlaygroundRoot({ initialLanguage }: { initialLanguage: Language }) {
  const styles = useStyles();
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const [store] = useState(() => new PlaygroundStore());
  const [host] = useState(() => new PlaygroundHost(store));
  const [today] = useState(() => initialToday() ?? todayIso());
  const [paneWidth] = useState(initialPaneWidth);
  const [loading, setLoading] = useState(true);
  const [message, setMessage] = useState<Message | null>(null);
  const [dragging, setDragging] = useState(false);
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const strings = stringsFor(language);
  const headingId = useId();
  useDocumentLanguage(language, `${strings.productName} — ${strings.documentRegion}`);

  const accept = useCallback(
    (result: OpenResult, announce: boolean) => {
      const p = stringsFor(language).playground;
      if (!result.ok) {
        setMessage({ intent: 'error', title: p.openFailed(result.name), body: result.error });
        return;
      }
      store.open(result.name, result.paragraphs, result.original);
      const warning = result.warnings[0];
      if (warning) setMessage({ intent: 'warning', title: p.opened(result.name), body: warning });
      else setMessage(announce ? { intent: 'success', title: p.opened(result.name) } : null);
    },
    [language, store],
  );

  useEffect(() => {
    let live = true;
    void fetchDocx(SAMPLE_REPORT_URL, SAMPLE_REPORT_NAME).then((result) => {
      if (!live) return;
      accept(result, false);
      setLoading(false);
    });
    return () => {
      live = false;
    };
    // The sample loads once, at start.
  }, []);

  const open = (file: File) => void openDocxFile(file).then((result) => accept(result, true));

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) open(file);
  };

  return (
    <FluentProvider theme={webLightTheme}>
      <div className={styles.layout}>
        <div className={styles.pane} style={{ width: `${paneWidth}px` }} data-testid="pane">
          <App language={language} onLanguageChange={setLanguage} host={host} today={today} documentKey={state.documentKey} />
        </div>
        <section
          className={dragging ? `${styles.document} ${styles.dragging}` : styles.document}
          aria-labelledby={headingId}
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <Text as="h2" id={headingId} size={500} weight="semibold" className={styles.documentTitle}>
            {strings.documentRegion}
          </Text>
          <DocumentToolbar
            strings={strings.playground}
            name={state.name}
            onOpen={open}
            onDownload={() => {
              const rebuilt = downloadDocx(state.paragraphs, state.name, state.original, state.fixes);
              if (rebuilt) setMessage({ intent: 'warning', title: strings.playground.downloadRebuilt, body: rebuilt });
            }}
            canDownload={state.paragraphs.length > 0}
          />
          {message ? (
            <MessageBar intent={message.intent} data-testid="document-message">
              <MessageBarBody>
                {message.title}
                {message.body ? (
                  <>
                    {' '}
                    <span lang="vi">{message.body.vi}</span> / <span lang="en">{message.body.en}</span>
                  </>
                ) : null}
              </MessageBarBody>
            </MessageBar>
          ) : null}
          {loading ? <Spinner size="small" label={strings.playground.loadingSample} /> : null}
          <DocumentView state={state} strings={strings.playground} onParagraphClick={(id) => store.setCursor(id)} />
        </section>
      </div>
    </FluentProvider>
  );
}
