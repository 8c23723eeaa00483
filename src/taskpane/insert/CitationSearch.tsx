/** Search the registry (accents and case ignored) and insert a citation at the cursor, full or short. */
import { useId, useMemo, useState } from 'react';
import { Button, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { Block } from '../../compose/blocks';
import type { InsertStrings } from '../strings/insert';
import type { ComposeEngine } from './load-compose';

const MAX_RESULTS = 8;

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: `${tokens.spacingVerticalS} 0 0`, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  item: { padding: tokens.spacingVerticalS, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  text: { display: 'block' },
  subject: { display: 'block', color: tokens.colorNeutralForeground2, marginTop: tokens.spacingVerticalXXS },
  actions: { display: 'flex', columnGap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS },
});

export interface CitationSearchProps {
  engine: ComposeEngine;
  strings: InsertStrings;
  busy: boolean;
  onInsert: (blocks: Block[], description: string) => void;
}

export function CitationSearch({ engine, strings, busy, onInsert }: CitationSearchProps) {
  const styles = useStyles();
  const [query, setQuery] = useState('');
  const hintId = useId();
  const hits = useMemo(() => (query.trim() ? engine.citationMatches(query).slice(0, MAX_RESULTS) : []), [engine, query]);

  return (
    <div data-testid="citation-search">
      <Field label={strings.searchLabel} hint={{ children: strings.searchHint, id: hintId }}>
        <Input type="search" value={query} onChange={(_e, data) => setQuery(data.value)} data-testid="citation-query" aria-describedby={hintId} />
      </Field>
      {query.trim() && hits.length === 0 ? <Text className={styles.text}>{strings.noResults(query.trim())}</Text> : null}
      {hits.length > 0 ? (
        <ul className={styles.list} aria-label={strings.citationsTitle}>
          {hits.map(({ document }) => {
            const full = engine.citationBlock(document.id, 'full');
            const short = engine.citationBlock(document.id, 'short');
            return (
              <li key={document.id} className={styles.item} data-registry-id={document.id}>
                <Text weight="semibold" className={styles.text}>
                  {short.text}
                </Text>
                <Text size={200} className={styles.subject}>
                  {full.text}
                </Text>
                <div className={styles.actions}>
                  <Button size="small" disabledFocusable={busy} aria-label={strings.insertFullLabel(document.number)} onClick={() => onInsert([full], full.text)}>
                    {strings.insertFull}
                  </Button>
                  <Button size="small" disabledFocusable={busy} aria-label={strings.insertShortLabel(document.number)} onClick={() => onInsert([short], short.text)}>
                    {strings.insertShort}
                  </Button>
                </div>
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
