/** The Insert view: legal citations from the registry, and the plan's headings, inserted at the cursor. */
import { useCallback, useState } from 'react';
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from '@fluentui/react-components';
import type { Block } from '../../compose/blocks';
import type { DocumentHost, InsertPlace } from '../../document/host';
import type { Bilingual } from '../../errors/app-error';
import type { CheckSettings } from '../check-settings';
import { toBilingual } from '../check/useCheck';
import type { Language } from '../i18n';
import { insertStrings } from '../strings/insert';
import { CitationSearch } from './CitationSearch';
import { cursorIndexOf } from './cursor';
import { useCompose } from './load-compose';
import { PlanHeadings, type LevelChoice } from './PlanHeadings';

const useStyles = makeStyles({
  message: { marginBottom: tokens.spacingVerticalS },
  status: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
  header: { fontWeight: tokens.fontWeightSemibold },
});

export interface InsertViewProps {
  host: DocumentHost;
  settings: CheckSettings;
  language: Language;
}

export function InsertView({ host, settings, language }: InsertViewProps) {
  const styles = useStyles();
  const strings = insertStrings(language);
  const engine = useCompose();
  const [busy, setBusy] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [error, setError] = useState<Bilingual | null>(null);
  const plan = settings.plan ?? engine?.plan2023 ?? null;

  const insert = useCallback(
    async (make: () => Promise<{ blocks: Block[]; description: string; place?: InsertPlace }>) => {
      setBusy(true);
      try {
        const { blocks, description, place } = await make();
        const inserted = await host.insert(blocks, place ?? { kind: 'cursor' });
        setError(null);
        setAnnouncement(strings.inserted(description));
        if (inserted) await host.select(inserted);
      } catch (caught) {
        setError(toBilingual(caught));
      } finally {
        setBusy(false);
      }
    },
    [host, strings],
  );

  const insertHeading = (itemId: string, choice: LevelChoice) =>
    void insert(async () => {
      if (!engine || !plan) throw new Error('engine not loaded');
      const item = plan.items.find((candidate) => candidate.id === itemId);
      if (!item) throw new Error(itemId);
      const document = await host.read();
      const cursor = await cursorIndexOf(host);
      const level = choice === 'auto' ? engine.headingLevelAfter(document, cursor) : choice;
      const heading = engine.nextHeading(document, cursor, level, item.title, item.id);
      const placeholder: Block = { kind: 'placeholder', text: engine.RESULTS_PLACEHOLDER, tag: `${engine.PLACEHOLDER_TAG}:${item.id}`, alias: engine.RESULTS_ALIAS };
      // Numbered where it goes: at the cursor when the host says where that is, else at the end of the document.
      const place: InsertPlace = cursor === null ? { kind: 'end' } : { kind: 'cursor' };
      return { blocks: [heading, placeholder], description: heading.label ? `${heading.label} ${heading.text}` : heading.text, place };
    });

  return (
    <div data-testid="insert-view">
      <div role="status" aria-live="polite" className={styles.status} data-testid="insert-announcement">
        {announcement}
      </div>
      {error ? (
        <MessageBar intent="error" className={styles.message} data-testid="insert-error">
          <MessageBarBody>
            {strings.failed} {error[language]}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {!engine || !plan ? (
        <Spinner size="tiny" label={strings.loading} />
      ) : (
        <Accordion multiple collapsible defaultOpenItems={['citations', 'headings']}>
          <AccordionItem value="citations">
            <AccordionHeader as="h3" className={styles.header}>
              {strings.citationsTitle}
            </AccordionHeader>
            <AccordionPanel>
              <CitationSearch engine={engine} strings={strings} busy={busy} onInsert={(blocks, description) => void insert(async () => ({ blocks, description }))} />
            </AccordionPanel>
          </AccordionItem>
          <AccordionItem value="headings">
            <AccordionHeader as="h3" className={styles.header}>
              {strings.headingsTitle}
            </AccordionHeader>
            <AccordionPanel>
              <PlanHeadings plan={plan} strings={strings} busy={busy} onInsert={insertHeading} />
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      )}
    </div>
  );
}
