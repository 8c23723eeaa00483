/** The Check view: the button, the summary, then the results in groups; every row selects its place in the document. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { DocumentHost } from '../../document/host';
import type { Locator } from '../../document/model';
import type { Finding, ItemStatus } from '../../check/types';
import type { Bilingual } from '../../errors/app-error';
import type { CheckSettings } from '../check-settings';
import { stringsFor, type Language } from '../i18n';
import type { RowActions } from './actions';
import { countActive, HANDLED_RULES, IgnoredGroup, OtherGroup, PartsGroup, UnitsGroup } from './FindingsGroups';
import { itemHeadingBlocks } from '../../compose/item-heading';
import { ItemsGroup, itemRowStatus } from './ItemsGroup';
import { Summary } from './Summary';
import { ReviewerActions } from './ReviewerActions';
import { toBilingual, useCheck } from './useCheck';
import { useKeepScroll } from './useKeepScroll';

const useStyles = makeStyles({
  toolbar: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalM, minHeight: '32px', marginBottom: tokens.spacingVerticalM },
  title: { display: 'block', margin: `0 0 ${tokens.spacingVerticalS}` },
  ignoredBar: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, marginBottom: tokens.spacingVerticalS },
  message: { marginBottom: tokens.spacingVerticalS },
  visuallyHidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
  header: { fontWeight: tokens.fontWeightSemibold },
});

export interface CheckViewProps {
  host: DocumentHost;
  settings: CheckSettings;
  language: Language;
  today: string;
  documentKey: number;
}

type GroupId = 'parts' | 'items' | 'units' | 'other' | 'ignored';

export function CheckView({ host, settings, language, today, documentKey }: CheckViewProps) {
  const styles = useStyles();
  const strings = stringsFor(language);
  const s = strings.check;
  const { state, run, ignore, restore, undo } = useCheck(host, settings, today, documentKey);
  const [announcement, setAnnouncement] = useState('');
  const [actionError, setActionError] = useState<Bilingual | null>(null);
  const [inserting, setInserting] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  useKeepScroll(root, state.busy, state.runs);

  const ignoredSet = useMemo(() => new Set(state.ignored), [state.ignored]);

  // Another document: what was said about the last one no longer applies.
  useEffect(() => {
    setAnnouncement('');
    setActionError(null);
  }, [documentKey]);
  const { result, document, plan } = state;

  const select = useCallback(
    async (locator: Locator) => {
      try {
        const outcome = await host.select(locator);
        setActionError(outcome.found ? null : { vi: outcome.vi, en: outcome.en });
      } catch (error) {
        setActionError(toBilingual(error));
      }
    },
    [host],
  );

  const insertHeading = useCallback(
    async (item: ItemStatus) => {
      if (!document || !plan) return;
      setInserting(true);
      try {
        const { blocks, headingText } = itemHeadingBlocks(plan, item, document);
        const place = item.insertAfter ? { kind: 'after' as const, locator: item.insertAfter } : { kind: 'end' as const };
        const inserted = await host.insert(blocks, place);
        setActionError(null);
        setAnnouncement(s.inserted(headingText));
        await run();
        if (inserted) await host.select(inserted);
      } catch (error) {
        setActionError(toBilingual(error));
      } finally {
        setInserting(false);
      }
    },
    [document, host, run, s, plan],
  );

  /** A fix on the user's click: what to show (an error or notes, the announcement when the document changed), then the
   * check runs again if it did. */
  const applyFix = useCallback(
    async (apply: () => Promise<{ error: Bilingual | null; announcement: string | null }>) => {
      setInserting(true);
      try {
        const { error, announcement } = await apply();
        setActionError(error);
        if (announcement !== null) {
          setAnnouncement(announcement);
          await run();
        }
      } catch (error) {
        setActionError(toBilingual(error));
      } finally {
        setInserting(false);
      }
    },
    [run],
  );

  const joined = (notes: readonly Bilingual[]): Bilingual | null => (notes.length ? { vi: notes.map((n) => n.vi).join(' '), en: notes.map((n) => n.en).join(' ') } : null);

  const fixFormat = (finding: Finding) => {
    const action = finding.action;
    if (action?.kind !== 'fixFormat') return;
    void applyFix(async () => ({ error: joined(await host.applyFormat(action.fix)), announcement: s.formatFixed }));
  };

  const fixText = (finding: Finding) => {
    const action = finding.action;
    if (action?.kind !== 'fixText') return;
    void applyFix(async () => {
      const { replaced, notes } = await host.replaceText(action.fix);
      const said = joined(notes);
      // Replaced without tracking: what was done and how to undo it is news, not an error.
      if (!replaced) return { error: said, announcement: null };
      return { error: null, announcement: said ? said[language] : s.textFixed(action.fix.replacement) };
    });
  };

  const actions: RowActions = {
    strings,
    select: (locator) => void select(locator),
    ignore: (id) => void ignore(id),
    restore: (id) => {
      void restore(id);
      setAnnouncement(s.restored);
    },
    insertHeading: (item) => void insertHeading(item),
    fixFormat: host.capabilities.formatFixes ? fixFormat : null,
    fixText: host.capabilities.textFixes ? fixText : null,
    ignored: ignoredSet,
    busy: state.busy || inserting,
  };

  const missingItems = result ? result.items.filter((item) => itemRowStatus(item, ignoredSet) === 'missing').length : 0;
  const error = state.error ?? actionError;
  const count = (n: number) => (n > 0 ? ` (${n})` : '');
  const groups: { id: GroupId; title: string }[] = result
    ? [
        { id: 'items', title: `${s.groups.items}${count(missingItems)}` },
        { id: 'parts', title: `${s.groups.parts}${count(countActive(result, ignoredSet, (f) => f.rule === 'section-missing' || f.rule === 'part-missing'))}` },
        ...(settings.leadUnits ? [{ id: 'units' as const, title: `${s.groups.units}${count(countActive(result, ignoredSet, (f) => f.rule === 'lead-unit-not-named'))}` }] : []),
        { id: 'other', title: `${s.groups.other}${count(countActive(result, ignoredSet, (f) => !HANDLED_RULES.has(f.rule) && f.severity !== 'info'))}` },
        { id: 'ignored', title: `${s.groups.ignored}${count(state.ignored.length)}` },
      ]
    : [];

  return (
    <div ref={root} data-testid="check-view">
      <div className={styles.toolbar}>
        <Button appearance="primary" onClick={() => void run()} disabled={state.busy || inserting} data-testid="run-check">
          {s.run}
        </Button>
        {state.busy ? (
          <Spinner size="tiny" label={state.progress ? s.reading(state.progress.done, state.progress.total) : s.checking} data-testid="check-progress" />
        ) : null}
      </div>
      <div role="status" aria-live="polite" className={styles.visuallyHidden} data-testid="announcement">
        {state.busy ? '' : announcement || (result ? s.done(missingItems) : '')}
      </div>
      {error ? (
        <MessageBar intent="error" className={styles.message} data-testid="check-error">
          <MessageBarBody>
            {state.error ? `${s.failed} ` : ''}
            {error[language]}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {result && state.stale && !state.busy ? (
        <MessageBar intent="warning" className={styles.message} data-testid="check-stale">
          <MessageBarBody>{s.stale}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => void run()}>
              {s.recheck}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {!result && !state.busy && !error ? <Text>{s.notChecked}</Text> : null}
      {result && plan ? (
        <>
          <Text as="h3" size={400} weight="semibold" className={styles.title}>
            {s.summaryTitle}
          </Text>
          <Summary plan={plan} result={result} today={today} strings={strings} language={language} missingItems={missingItems} />
          {state.ignored.length > 0 ? (
            <div className={styles.ignoredBar} data-testid="ignored-bar">
              <Text>{s.ignoredCount(state.ignored.length)}</Text>
              <Button size="small" onClick={() => void undo()}>
                {s.undo}
              </Button>
            </div>
          ) : null}
          <Accordion multiple collapsible defaultOpenItems={['items', 'other']}>
            {groups.map((group) => (
              <AccordionItem key={group.id} value={group.id} data-group={group.id}>
                <AccordionHeader as="h3" className={styles.header}>
                  {group.title}
                </AccordionHeader>
                <AccordionPanel>
                  {group.id === 'items' ? <ItemsGroup plan={plan} result={result} actions={actions} /> : null}
                  {group.id === 'parts' ? <PartsGroup result={result} actions={actions} language={language} /> : null}
                  {group.id === 'units' ? <UnitsGroup result={result} actions={actions} language={language} /> : null}
                  {group.id === 'other' ? <OtherGroup result={result} actions={actions} language={language} /> : null}
                  {group.id === 'ignored' ? <IgnoredGroup result={result} actions={actions} language={language} ignoredIds={state.ignored} /> : null}
                </AccordionPanel>
              </AccordionItem>
            ))}
          </Accordion>
          <ReviewerActions host={host} plan={plan} result={result} ignored={ignoredSet} language={language} />
        </>
      ) : null}
    </div>
  );
}
