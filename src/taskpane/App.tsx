import { lazy, Suspense, useId, useState } from 'react';
import { makeStyles, Spinner, Tab, TabList, Text, tokens } from '@fluentui/react-components';
import type { DocumentHost } from '../document/host';
import { CheckView } from './check/CheckView';
import type { CheckSettings } from './check-settings';
import { type Language, stringsFor, VIEW_IDS, type ViewId } from './i18n';
import { LanguageSwitch } from './LanguageSwitch';
import { SettingsView } from './settings/SettingsView';
import { InsertView } from './insert/InsertView';
import { TemplatesView } from './templates/TemplatesView';
import { PlanNotice } from './plan/PlanNotice';
import { LocalPlanStore, type PlanStore } from './plan/plan-store';
import { DocumentPlanStore, LayeredPlanStore } from './plan/document-plan-store';
import { usePlanChoice } from './plan/usePlanChoice';

// The Plan view (its table and editors) loads when first opened: the first paint does not carry it.
const PlanView = lazy(() => import(/* webpackChunkName: "plan-view" */ './plan/PlanView').then((m) => ({ default: m.PlanView })));
// So does the Summary view (the reader, the checker, the summary; ExcelJS only when a spreadsheet is saved).
const SummaryView = lazy(() => import(/* webpackChunkName: "summary-view" */ './summary/SummaryView').then((m) => ({ default: m.SummaryView })));

export interface AppProps {
  language: Language;
  onLanguageChange: (language: Language) => void;
  /** The document the pane works on: Word, or the playground's page. */
  host: DocumentHost;
  /** Today, YYYY-MM-DD: days left until the due date (tests fix it). */
  today: string;
  /** Changes when another document is opened (the playground): the pane checks it. */
  documentKey?: number;
  /** Where the chosen plan is kept (tests give their own); by default the document's settings, then the browser's localStorage. */
  planStore?: PlanStore;
}

const useStyles = makeStyles({
  pane: { display: 'flex', flexDirection: 'column', minWidth: '280px', maxWidth: '480px', flexGrow: 1, minHeight: 0 },
  header: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { display: 'block', margin: 0 },
  tagline: { display: 'block', margin: 0, color: tokens.colorNeutralForeground2 },
  main: { display: 'flex', flexDirection: 'column', padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}` },
  // Six tabs do not fit a 320 px pane on one line.
  tabs: { flexWrap: 'wrap' },
  panel: {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
  panelTitle: { display: 'block', margin: `0 0 ${tokens.spacingVerticalS}` },
  panelText: { display: 'block', margin: 0 },
});

/** The task pane: header, the six views and the language switch. Knows nothing of Office. */
export function App({ language, onLanguageChange, host, today, documentKey = 0, planStore }: AppProps) {
  const styles = useStyles();
  const strings = stringsFor(language);
  const [view, setView] = useState<ViewId>('check');
  // Settings mount when first opened (they load the plan, which the first paint does not need), then stay mounted.
  const [settingsOpened, setSettingsOpened] = useState(false);
  // Insert and Templates load the compose engine, Plan the importer: they mount when first opened, then stay mounted.
  const [opened, setOpened] = useState<ReadonlySet<ViewId>>(() => new Set(['check']));
  const [settings, setSettings] = useState<CheckSettings>({ plan: null, planSource: { kind: 'builtIn' } });
  const [store] = useState<PlanStore>(
    () => planStore ?? (host.capabilities.documentSettings ? new LayeredPlanStore(new DocumentPlanStore(host), new LocalPlanStore()) : new LocalPlanStore()),
  );
  const choice = usePlanChoice(store, setSettings);
  const idPrefix = useId();
  const tabId = (id: ViewId) => `${idPrefix}-tab-${id}`;
  const panelId = (id: ViewId) => `${idPrefix}-panel-${id}`;
  const open = (id: ViewId) => {
    setView(id);
    if (id === 'settings') setSettingsOpened(true);
    setOpened((previous) => (previous.has(id) ? previous : new Set(previous).add(id)));
  };

  return (
    <div className={styles.pane}>
      <header className={styles.header}>
        <Text as="h1" size={500} weight="semibold" className={styles.title}>
          {strings.productName}
        </Text>
        <Text as="p" size={200} className={styles.tagline}>
          {strings.productTagline}
        </Text>
        <LanguageSwitch language={language} onLanguageChange={onLanguageChange} />
      </header>
      <main className={styles.main}>
        {choice.notice ? <PlanNotice notice={choice.notice} strings={strings.plan} language={language} onDismiss={choice.dismissNotice} /> : null}
        <TabList
          selectedValue={view}
          onTabSelect={(_event, data) => open(data.value as ViewId)}
          aria-label={strings.viewListLabel}
          className={styles.tabs}
        >
          {VIEW_IDS.map((id) => (
            <Tab key={id} id={tabId(id)} value={id} aria-controls={panelId(id)}>
              {strings.views[id].title}
            </Tab>
          ))}
        </TabList>
        {VIEW_IDS.map((id) => (
          <div
            key={id}
            id={panelId(id)}
            role="tabpanel"
            aria-labelledby={tabId(id)}
            hidden={id !== view}
            tabIndex={0}
            className={styles.panel}
            data-view={id}
          >
            <Text as="h2" size={400} weight="semibold" className={styles.panelTitle}>
              {strings.views[id].title}
            </Text>
            {id === 'check' ? (
              choice.ready ? (
                <CheckView host={host} settings={settings} language={language} today={today} documentKey={documentKey} />
              ) : (
                <Spinner size="tiny" label={strings.plan.storedLoading} />
              )
            ) : id === 'plan' ? (
              opened.has('plan') ? (
                <Suspense fallback={<Spinner size="tiny" label={strings.plan.loading} />}>
                  <PlanView host={host} settings={settings} language={language} choice={choice} />
                </Suspense>
              ) : null
            ) : id === 'summary' ? (
              opened.has('summary') ? (
                <Suspense fallback={<Spinner size="tiny" label={`${strings.views.summary.title}…`} />}>
                  <SummaryView host={host} settings={settings} language={language} today={today} />
                </Suspense>
              ) : null
            ) : id === 'settings' ? (
              settingsOpened || view === 'settings' ? (
              <SettingsView
                settings={settings}
                onSettingsChange={setSettings}
                language={language}
                onLanguageChange={onLanguageChange}
                hostDescription={host.capabilities.description}
                onUseBuiltInPlan={choice.chooseBuiltIn}
                onOpenPlanView={() => open('plan')}
              />
              ) : null
            ) : id === 'insert' ? (
              opened.has('insert') ? <InsertView host={host} settings={settings} language={language} /> : null
            ) : opened.has('templates') ? (
              <TemplatesView host={host} settings={settings} language={language} />
            ) : null}
          </div>
        ))}
      </main>
    </div>
  );
}
