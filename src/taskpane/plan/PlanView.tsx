/**
 * The Plan view: which plan is in use; import one (the open document, a .docx or a .json file); review its tasks with
 * the importer's doubts; fix units, aliases and roles; validate and save it as the plan the pane uses.
 */
import { useId, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, Text, tokens } from '@fluentui/react-components';
import type { DocumentHost } from '../../document/host';
import type { Bilingual } from '../../errors/app-error';
import { isAppError } from '../../errors/app-error';
import type { ImportDoubt } from '../../plan/import/outline';
import type { CheckSettings } from '../check-settings';
import { stringsFor, type Language } from '../i18n';
import { useEngine } from '../load-engine';
import type { PlanStrings } from '../strings/plan';
import { importFromFile, importFromHost, type ImportOutcome, type PlanDraft } from './import-plan';
import { editUnit, setItemUnits, setPeriodDue, tidyPlan } from './plan-edit';
import { ScheduleEditor } from './ScheduleEditor';
import { PlanItemsTable } from './PlanItemsTable';
import type { PlanChoice } from './usePlanChoice';
import { UnitsEditor } from './UnitsEditor';
import { DoubtsList } from './DoubtsList';
import { canDownload, downloadBytes } from '../templates/download';
import { planFileName } from './plan-file-name';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  row: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS, alignItems: 'center' },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  sectionTitle: { display: 'block', margin: 0 },
  details: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
  hidden: { display: 'none' },
  block: { display: 'block' },
});

type Message = {
  intent: 'success' | 'warning' | 'error' | 'info';
  title: (s: PlanStrings) => string;
  error?: Bilingual;
  details?: readonly Bilingual[];
};

export interface PlanViewProps {
  host: DocumentHost;
  settings: CheckSettings;
  language: Language;
  choice: Pick<PlanChoice, 'choose' | 'chooseBuiltIn'>;
}

export function PlanView({ host, settings, language, choice }: PlanViewProps) {
  const styles = useStyles();
  const strings = stringsFor(language);
  const s = strings.plan;
  const engine = useEngine();
  const fileInput = useRef<HTMLInputElement>(null);
  const fileInputId = useId();
  const titleId = useId();
  const [draft, setDraft] = useState<PlanDraft | null>(null);
  // A new draft (another import) gets fresh editors.
  const [draftKey, setDraftKey] = useState(0);
  const [busy, setBusy] = useState<'import' | 'save' | null>(null);
  const [message, setMessage] = useState<Message | null>(null);

  const inUse = settings.planSource.kind === 'builtIn'
    ? engine ? s.builtIn(engine.plan2023.meta.number, engine.plan2023.meta.year) : null
    : settings.planSource.kind === 'saved' ? s.saved(settings.planSource.name) : s.fromFile(settings.planSource.name);

  const { doubtsByItem, otherDoubts } = useMemo(() => {
    const byItem = new Map<string, ImportDoubt[]>();
    const other: ImportDoubt[] = [];
    const ids = new Set(draft?.plan.items.map((item) => item.id));
    for (const doubt of draft?.doubts ?? []) {
      if (doubt.item && ids.has(doubt.item)) byItem.set(doubt.item, [...(byItem.get(doubt.item) ?? []), doubt]);
      else other.push(doubt);
    }
    return { doubtsByItem: byItem, otherDoubts: other };
  }, [draft]);

  const accept = (outcome: ImportOutcome, name: string) => {
    if (!outcome.ok) {
      setMessage({ intent: 'error', title: (t) => t.importFailed(name), error: outcome.error, details: outcome.details });
      return;
    }
    const { plan } = outcome.draft;
    setDraft(outcome.draft);
    setDraftKey((k) => k + 1);
    setMessage({ intent: 'info', title: (t) => t.imported(outcome.draft.name, plan.items.length, plan.units.length + plan.groups.length) });
  };

  const run = async (task: () => Promise<void>, kind: 'import' | 'save') => {
    setBusy(kind);
    try {
      await task();
    } catch (error) {
      console.error(error);
      const detail = error instanceof Error ? error.message : String(error);
      setMessage({ intent: 'error', title: () => '', error: { vi: `Lỗi không mong đợi: ${detail}`, en: `Unexpected error: ${detail}` } });
    } finally {
      setBusy(null);
    }
  };

  const importDocument = () =>
    run(async () => {
      const name = strings.plan.currentDocument;
      accept(await importFromHost(host, name), name);
    }, 'import');

  const openFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    void run(async () => accept(await importFromFile(file), file.name), 'import');
  };

  const editInUse = () => {
    const plan = settings.plan ?? engine?.plan2023;
    if (!plan) return;
    const name = settings.planSource.kind === 'builtIn' ? s.builtIn(plan.meta.number, plan.meta.year) : settings.planSource.name;
    setDraft({ plan, doubts: [], name });
    setDraftKey((k) => k + 1);
    setMessage(null);
  };

  const save = (current: PlanDraft) =>
    run(async () => {
      const { parsePlan } = await import(/* webpackChunkName: "plan-loader" */ '../../plan/load');
      let plan;
      try {
        plan = parsePlan(tidyPlan(current.plan));
      } catch (error) {
        if (!isAppError(error)) throw error;
        setMessage({ intent: 'error', title: (t) => t.invalidTitle, error: { vi: error.vi, en: error.en }, details: error.details });
        return;
      }
      const storeError = await choice.choose(plan, current.name);
      setDraft({ ...current, plan });
      setMessage(
        storeError
          ? { intent: 'warning', title: (t) => t.savedNotStored(current.name), error: storeError }
          : { intent: 'success', title: (t) => t.savedMessage(current.name) },
      );
    }, 'save');

  /** The draft, validated as for saving, offered as a .json file other units can open. */
  const downloadJson = (current: PlanDraft) =>
    run(async () => {
      const { parsePlan } = await import(/* webpackChunkName: "plan-loader" */ '../../plan/load');
      let plan;
      try {
        plan = parsePlan(tidyPlan(current.plan));
      } catch (error) {
        if (!isAppError(error)) throw error;
        setMessage({ intent: 'error', title: (t) => t.invalidTitle, error: { vi: error.vi, en: error.en }, details: error.details });
        return;
      }
      const file = planFileName(plan);
      downloadBytes(new TextEncoder().encode(`${JSON.stringify(plan, null, 2)}\n`), file, 'application/json');
      setMessage({ intent: 'success', title: (t) => t.downloadedJson(file) });
    }, 'save');

  const builtIn = () =>
    run(async () => {
      const storeError = await choice.chooseBuiltIn();
      setMessage(storeError ? { intent: 'warning', title: (t) => t.builtInChosen, error: storeError } : { intent: 'success', title: (t) => t.builtInChosen });
    }, 'save');

  return (
    <div className={styles.view} aria-busy={busy !== null}>
      <Text className={styles.block}>{s.intro}</Text>
      <Text className={styles.block}>
        {s.inUseLabel}: <strong data-testid="plan-in-use">{inUse ?? '…'}</strong>
      </Text>
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void importDocument()} disabledFocusable={busy !== null} data-testid="plan-use-document">
          {s.useDocument}
        </Button>
        <input id={fileInputId} ref={fileInput} type="file" accept=".docx,.json,application/json,application/vnd.openxmlformats-officedocument.wordprocessingml.document" className={styles.hidden} onChange={openFile} data-testid="plan-import-file" />
        <Button onClick={() => fileInput.current?.click()} disabledFocusable={busy !== null}>
          {s.openFile}
        </Button>
        <Button onClick={editInUse} disabled={!settings.plan && !engine} disabledFocusable={busy !== null}>
          {s.editInUse}
        </Button>
        {settings.planSource.kind !== 'builtIn' ? (
          <Button onClick={() => void builtIn()} disabledFocusable={busy !== null} data-testid="plan-use-builtin">
            {s.useBuiltIn}
          </Button>
        ) : null}
      </div>
      {busy === 'import' ? <Spinner size="tiny" label={s.importing} /> : null}
      {message ? (
        <MessageBar intent={message.intent} data-testid="plan-view-message" layout="multiline">
          <MessageBarBody>
            {message.title(s)}
            {message.error ? ` ${message.error[language]}` : null}
            {message.details?.length ? (
              <ul className={styles.details}>
                {message.details.slice(0, 20).map((detail, i) => (
                  <li key={i}>{detail[language]}</li>
                ))}
              </ul>
            ) : null}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {draft ? (
        <section className={styles.section} aria-labelledby={titleId} data-testid="plan-draft" key={draftKey}>
          <Text as="h3" id={titleId} size={400} weight="semibold" className={styles.sectionTitle}>
            {draft.name}
          </Text>
          <DoubtsList doubts={otherDoubts} total={draft.doubts.length} strings={s} language={language} />
          <Text as="h4" size={300} weight="semibold" className={styles.sectionTitle}>
            {s.unitsTitle}
          </Text>
          <UnitsEditor plan={draft.plan} strings={s} onUnitChange={(id, change) => setDraft((d) => (d ? { ...d, plan: editUnit(d.plan, id, change) } : d))} />
          <Text as="h4" size={300} weight="semibold" className={styles.sectionTitle}>
            {s.schedule.title}
          </Text>
          <ScheduleEditor plan={draft.plan} strings={s} onDueChange={(code, which, value) => setDraft((d) => (d ? { ...d, plan: setPeriodDue(d.plan, code, which, value) } : d))} />
          <Text as="h4" size={300} weight="semibold" className={styles.sectionTitle}>
            {s.itemsTitle}
          </Text>
          <PlanItemsTable
            plan={draft.plan}
            doubtsByItem={doubtsByItem}
            strings={s}
            language={language}
            onItemUnits={(itemId, role, ids) => {
              const next = setItemUnits(draft.plan, itemId, role, ids);
              if (next) setDraft({ ...draft, plan: next });
              return next !== null;
            }}
          />
          <div className={styles.row}>
            <Button appearance="primary" onClick={() => void save(draft)} disabledFocusable={busy !== null} data-testid="plan-save">
              {busy === 'save' ? s.saving : s.save}
            </Button>
            {canDownload(host.capabilities.description) ? (
              <Button onClick={() => void downloadJson(draft)} disabledFocusable={busy !== null} data-testid="plan-download-json">
                {s.downloadJson}
              </Button>
            ) : null}
            <Button
              onClick={() => {
                setDraft(null);
                setMessage(null);
              }}
              disabled={busy !== null}
            >
              {s.discard}
            </Button>
          </div>
        </section>
      ) : null}
    </div>
  );
}
