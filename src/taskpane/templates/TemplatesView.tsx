/**
 * The Templates view: a report or the unit's plan, for a unit, period and year; a read-only preview; insert at the
 * end of the document (never replacing anything), and in the playground a .docx download.
 */
import { useMemo, useState } from 'react';
import { Button, Field, Input, makeStyles, MessageBar, MessageBarBody, Radio, RadioGroup, Select, Spinner, Text, tokens } from '@fluentui/react-components';
import type { Block } from '../../compose/blocks';
import type { DocumentHost } from '../../document/host';
import type { Bilingual } from '../../errors/app-error';
import type { PeriodCode } from '../../plan/schema';
import { PERIOD_CODES, type CheckSettings } from '../check-settings';
import { toBilingual } from '../check/useCheck';
import type { Language } from '../i18n';
import { useCompose } from '../insert/load-compose';
import { templatesStrings } from '../strings/templates';
import { canDownload, downloadBlocks } from './download';
import { TemplatePreview } from './TemplatePreview';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, marginBottom: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, margin: `${tokens.spacingVerticalM} 0` },
  message: { marginBottom: tokens.spacingVerticalS },
  status: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
  intro: { display: 'block', marginBottom: tokens.spacingVerticalS },
  // A unit's full name is long ("Phòng Cải cách hành chính và Công tác thanh niên"): the list fits the pane and the
  // native control shortens what it shows, as it does in a narrow Word task pane.
  select: { minWidth: 0, maxWidth: '100%', '& select': { minWidth: 0, maxWidth: '100%', textOverflow: 'ellipsis' } },
});

export interface TemplatesViewProps {
  host: DocumentHost;
  settings: CheckSettings;
  language: Language;
}

type Kind = 'report' | 'plan';

const validYear = (text: string): number | null => (/^\d{4}$/.test(text) && Number(text) >= 2000 && Number(text) <= 2100 ? Number(text) : null);

export function TemplatesView({ host, settings, language }: TemplatesViewProps) {
  const styles = useStyles();
  const s = templatesStrings(language);
  const engine = useCompose();
  const plan = settings.plan ?? engine?.plan2023 ?? null;
  const [kind, setKind] = useState<Kind>('report');
  const [unit, setUnit] = useState<string | null>(settings.unit ?? null);
  const [period, setPeriod] = useState<PeriodCode>(settings.period ?? 'Q1');
  const [yearText, setYearText] = useState<string>(settings.year ? String(settings.year) : '');
  const [busy, setBusy] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [error, setError] = useState<Bilingual | null>(null);

  const unitId = unit ?? plan?.meta.issuer ?? null;
  const year = yearText === '' ? (plan?.meta.year ?? null) : validYear(yearText);
  const built = useMemo((): { blocks: Block[] } | { error: Bilingual } | null => {
    if (!engine || !plan || !unitId || year === null) return null;
    try {
      const blocks = kind === 'report' ? engine.reportTemplate(plan, { unit: unitId, period, year, style: 'tt02' }) : engine.unitPlanTemplate(plan, { unit: unitId, year });
      return { blocks };
    } catch (caught) {
      return { error: toBilingual(caught) };
    }
  }, [engine, plan, unitId, kind, period, year]);
  const blocks = built && 'blocks' in built ? built.blocks : null;

  const insert = async () => {
    if (!blocks) return;
    setBusy(true);
    try {
      const inserted = await host.insert(blocks, { kind: 'end' });
      setError(null);
      const count = blocks.reduce((n, b) => n + (b.kind === 'table' ? b.rows.flat().length : b.kind === 'pageSetup' ? 0 : 1), 0);
      setAnnouncement(s.inserted(count));
      if (inserted) await host.select(inserted);
    } catch (caught) {
      setError(toBilingual(caught));
    } finally {
      setBusy(false);
    }
  };

  if (!engine || !plan) return <Spinner size="tiny" label={s.loading} />;
  const fileName = `${kind === 'report' ? 'bao-cao' : 'ke-hoach'}-pctn-${unitId ?? ''}${kind === 'report' ? `-${period}` : ''}-${year ?? ''}.docx`;

  return (
    <div data-testid="templates-view">
      <Text as="p" className={styles.intro}>
        {s.intro}
      </Text>
      <div role="status" aria-live="polite" className={styles.status} data-testid="templates-announcement">
        {announcement}
      </div>
      <div className={styles.form}>
        <Field label={s.kindLabel}>
          <RadioGroup value={kind} onChange={(_e, data) => setKind(data.value as Kind)} layout="horizontal" data-testid="template-kind">
            <Radio value="report" label={s.kinds.report} />
            <Radio value="plan" label={s.kinds.plan} />
          </RadioGroup>
        </Field>
        <Field label={s.unitLabel}>
          <Select className={styles.select} value={unitId ?? ''} onChange={(_e, data) => setUnit(data.value)} data-testid="template-unit">
            {plan.units.filter((u) => u.kind !== 'external').map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </Select>
        </Field>
        {kind === 'report' ? (
          <Field label={s.periodLabel}>
            <Select value={period} onChange={(_e, data) => setPeriod(data.value as PeriodCode)} data-testid="template-period">
              {PERIOD_CODES.map((code) => (
                <option key={code} value={code}>
                  {s.periods[code]}
                </option>
              ))}
            </Select>
          </Field>
        ) : null}
        <Field label={s.yearLabel} validationMessage={year === null ? s.yearInvalid : undefined}>
          <Input value={yearText} placeholder={String(plan.meta.year)} inputMode="numeric" onChange={(_e, data) => setYearText(data.value.trim())} data-testid="template-year" />
        </Field>
      </div>
      {built && 'error' in built ? (
        <MessageBar intent="error" className={styles.message}>
          <MessageBarBody>{built.error[language]}</MessageBarBody>
        </MessageBar>
      ) : null}
      {error ? (
        <MessageBar intent="error" className={styles.message} data-testid="templates-error">
          <MessageBarBody>
            {s.failed} {error[language]}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {blocks ? <TemplatePreview blocks={blocks} label={s.previewLabel} /> : null}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={!blocks || busy} onClick={() => void insert()} data-testid="template-insert">
          {s.insert}
        </Button>
        {canDownload(host.capabilities.description) ? (
          <Button disabled={!blocks} onClick={() => blocks && downloadBlocks(engine.writeDocx, blocks, fileName)} data-testid="template-download">
            {s.download}
          </Button>
        ) : null}
      </div>
    </div>
  );
}
