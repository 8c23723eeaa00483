/**
 * The Summary (Tổng hợp) view, for the inspectorate: many received reports (.docx, chosen or dropped) read and checked
 * in the browser, then summarised for one period: the submissions table, the units that have not reported, the tasks ×
 * units matrix with each cell's evidence; the spreadsheet and the consolidated draft saved, or the draft inserted at
 * the end of the open document (never changing what is there).
 */
import { useEffect, useId, useMemo, useRef, useState, type ChangeEvent, type DragEvent } from 'react';
import { Button, Field, makeStyles, MessageBar, MessageBarBody, Select, Spinner, Text, tokens } from '@fluentui/react-components';
import type { DocumentHost } from '../../document/host';
import type { Bilingual } from '../../errors/app-error';
import type { PeriodCode } from '../../plan/schema';
import type { SummaryInput } from '../../summary/summarize';
import { PERIOD_CODES, type CheckSettings } from '../check-settings';
import { toBilingual } from '../check/useCheck';
import type { Language } from '../i18n';
import { summaryStrings } from '../strings/summary';
import { DOCX_TYPE, XLSX_TYPE, downloadBytes } from '../templates/download';
import { SummaryMatrix } from './SummaryMatrix';
import {
  absentUnits,
  baseName,
  checkFiles,
  isDocxName,
  mergeFiles,
  outputNames,
  paragraphCount,
  summaryOf,
  type PeriodChoice,
  type SummaryEngine,
} from './summary-logic';

let loading: Promise<SummaryEngine> | null = null;
const loadSummaryEngine = () => (loading ??= import(/* webpackChunkName: "summary-engine" */ './summary-engine'));

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  block: { display: 'block', margin: 0 },
  minor: { display: 'block', margin: 0, color: tokens.colorNeutralForeground2 },
  row: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS, alignItems: 'center' },
  hidden: { display: 'none' },
  // The period list's long first option must not widen a 320 px pane: the native control shortens what it shows.
  select: { minWidth: 0, maxWidth: '100%', '& select': { minWidth: 0, maxWidth: '100%', textOverflow: 'ellipsis' } },
  drop: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  dropActive: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  table: { width: '100%', tableLayout: 'fixed', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  caption: { textAlign: 'start', captionSide: 'top', paddingBottom: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground2 },
  th: { textAlign: 'start', verticalAlign: 'bottom', padding: '2px 4px', borderBottom: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}` },
  td: { verticalAlign: 'top', padding: '4px', borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, overflowWrap: 'anywhere' },
  rowTh: { textAlign: 'start', fontWeight: tokens.fontWeightRegular },
  datesColumn: { width: '6.5em' },
  late: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  excluded: { color: tokens.colorNeutralForeground2 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  status: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});

export interface SummaryViewProps {
  host: DocumentHost;
  settings: CheckSettings;
  language: Language;
  /** Today, YYYY-MM-DD: an undated draft past its due date counts as late from today. */
  today: string;
}

type Message = { intent: 'success' | 'warning' | 'error' | 'info'; text: (s: ReturnType<typeof summaryStrings>) => string; error?: Bilingual };

const dateText = (iso: string | null, none: string) => (iso ? iso.split('-').reverse().join('/') : none);

export function SummaryView({ host, settings, language, today }: SummaryViewProps) {
  const styles = useStyles();
  const s = summaryStrings(language);
  const [engine, setEngine] = useState<SummaryEngine | null>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [checked, setChecked] = useState<{ inputs: SummaryInput[] } | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [period, setPeriod] = useState<PeriodChoice>('auto');
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState<'xlsx' | 'docx' | 'insert' | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const periodId = useId();
  const reportsTitleId = useId();
  const absentTitleId = useId();
  const matrixTitleId = useId();

  useEffect(() => {
    let live = true;
    void loadSummaryEngine().then((loaded) => live && setEngine(loaded));
    return () => {
      live = false;
    };
  }, []);

  const plan = settings.plan ?? engine?.plan2023 ?? null;

  // Each new set of files (or another plan) is read and checked again; a newer run makes the older one stop.
  useEffect(() => {
    if (!engine || !plan || files.length === 0) {
      setChecked(null);
      setProgress(null);
      return;
    }
    let live = true;
    setProgress({ done: 0, total: files.length });
    void checkFiles(engine, plan, files, { today, onProgress: (done, total) => live && setProgress({ done, total }), cancelled: () => !live }).then((inputs) => {
      if (!live) return;
      setChecked({ inputs });
      setProgress(null);
      const unreadable = inputs.filter((i) => 'error' in i.result).length;
      setAnnouncement(summaryStrings(language).checked(inputs.length, unreadable));
    });
    return () => {
      live = false;
    };
    // language is only read for the announcement: a switch of language does not check again.
  }, [engine, plan, files, today]);

  const summary = useMemo(() => (engine && plan && checked ? summaryOf(engine, plan, checked.inputs, period, today) : null), [engine, plan, checked, period, today]);
  const detected = useMemo(() => (engine && plan && checked ? summaryOf(engine, plan, checked.inputs, 'auto', today).period : null), [engine, plan, checked, today]);

  const add = (chosen: readonly File[]) => {
    const docx = chosen.filter((f) => isDocxName(f.name));
    const others = chosen.filter((f) => !isDocxName(f.name));
    setMessage(others.length ? { intent: 'warning', text: (t) => t.notDocx(others.map((f) => f.name).join(', ')) } : null);
    if (docx.length) setFiles((current) => mergeFiles(current, docx));
  };

  const onInput = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = [...(event.target.files ?? [])];
    event.target.value = '';
    add(chosen);
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    add([...(event.dataTransfer?.files ?? [])]);
  };

  const run = async (kind: 'xlsx' | 'docx' | 'insert', task: () => Promise<Message>) => {
    setBusy(kind);
    try {
      const done = await task();
      setMessage(done);
      setAnnouncement(done.text(s));
    } catch (error) {
      console.error(error);
      setMessage({ intent: 'error', text: (t) => t.failed, error: toBilingual(error) });
    } finally {
      setBusy(null);
    }
  };

  if (!engine || !plan) return <Spinner size="tiny" label={s.loading} />;

  const names = summary ? outputNames(summary) : null;
  const draft = () => {
    if (!summary?.period) throw new Error(s.draftNeedsPeriod);
    return engine.consolidatedDraft(plan, summary);
  };
  const saveXlsx = () =>
    run('xlsx', async () => {
      const bytes = await engine.summaryWorkbook(plan, summary!, language);
      downloadBytes(bytes, names!.xlsx, XLSX_TYPE);
      return { intent: 'success', text: (t) => t.downloaded(names!.xlsx) };
    });
  const saveDraft = () =>
    run('docx', async () => {
      downloadBytes(engine.writeDocx(draft().blocks), names!.docx, DOCX_TYPE);
      return { intent: 'success', text: (t) => t.downloaded(names!.docx) };
    });
  const insertDraft = () =>
    run('insert', async () => {
      const { blocks } = draft();
      const inserted = await host.insert(blocks, { kind: 'end' });
      if (inserted) await host.select(inserted);
      const count = paragraphCount(blocks);
      return { intent: 'success', text: (t) => t.inserted(count) };
    });

  const absent = summary ? absentUnits(summary) : [];
  const counted = summary ? summary.reports.filter((r) => r.included).length : 0;

  return (
    <div className={styles.view} data-testid="summary-view" aria-busy={progress !== null || busy !== null}>
      <Text className={styles.block}>{s.intro}</Text>
      <div
        className={`${styles.drop}${dragging ? ` ${styles.dropActive}` : ''}`}
        role="group"
        aria-label={s.dropZoneLabel}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="summary-drop"
      >
        <div className={styles.row}>
          <input
            ref={fileInput}
            type="file"
            multiple
            accept={`.docx,${DOCX_TYPE}`}
            className={styles.hidden}
            onChange={onInput}
            data-testid="summary-files"
            tabIndex={-1}
            aria-hidden="true"
          />
          <Button
            appearance="primary"
            onClick={() => fileInput.current?.click()}
            data-testid="summary-choose"
          >
            {s.chooseFiles}
          </Button>
          {files.length > 0 ? (
            <Button onClick={() => setFiles([])} disabled={progress !== null}>
              {s.clear}
            </Button>
          ) : null}
        </div>
        <Text className={styles.minor}>{s.dropZone}</Text>
      </div>
      <Field label={s.periodLabel}>
        <Select id={periodId} className={styles.select} value={period} onChange={(_e, data) => setPeriod(data.value as PeriodChoice)} data-testid="summary-period">
          <option value="auto">{s.periodAuto(detected ? `${s.periods[detected.code]} ${detected.year}` : null)}</option>
          {PERIOD_CODES.map((code: PeriodCode) => (
            <option key={code} value={code}>
              {s.periods[code]}
            </option>
          ))}
        </Select>
      </Field>
      <div role="status" aria-live="polite" className={styles.status} data-testid="summary-announcement">
        {announcement}
      </div>
      {progress ? <Spinner size="tiny" label={s.checking(progress.done, progress.total)} data-testid="summary-progress" /> : null}
      {message ? (
        <MessageBar intent={message.intent} layout="multiline" data-testid="summary-message">
          <MessageBarBody>
            {message.text(s)}
            {message.error ? ` ${message.error[language]}` : null}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {summary ? (
        <>
          <Text as="h3" size={400} weight="semibold" className={styles.block} data-testid="summary-title">
            {summary.period ? s.periodTitle(engine.periodName(summary.period, language), summary.reports.length) : s.noPeriod}
          </Text>
          <div className={styles.row}>
            <Button onClick={() => void saveXlsx()} disabledFocusable={busy !== null} data-testid="summary-xlsx">
              {busy === 'xlsx' ? s.working : s.downloadXlsx}
            </Button>
            <Button onClick={() => void saveDraft()} disabled={!summary.period} disabledFocusable={busy !== null} data-testid="summary-docx">
              {busy === 'docx' ? s.working : s.downloadDraft}
            </Button>
            <Button appearance="primary" onClick={() => void insertDraft()} disabled={!summary.period} disabledFocusable={busy !== null} data-testid="summary-insert">
              {busy === 'insert' ? s.working : s.insertDraft}
            </Button>
          </div>
          <section className={styles.section} aria-labelledby={reportsTitleId}>
            <Text as="h4" id={reportsTitleId} size={300} weight="semibold" className={styles.block}>
              {s.reportsTitle}
            </Text>
            <table className={styles.table} data-testid="summary-reports">
              <caption className={styles.caption}>{s.reportsCaption(summary.reports.length, counted)}</caption>
              <thead>
                <tr>
                  <th scope="col" className={styles.th}>
                    {s.columns.file}
                  </th>
                  <th scope="col" className={`${styles.th} ${styles.datesColumn}`}>
                    {s.columns.dates}
                  </th>
                  <th scope="col" className={styles.th}>
                    {s.columns.verdict}
                  </th>
                </tr>
              </thead>
              <tbody>
                {summary.reports.map((row) => (
                  <tr key={row.file} data-file={baseName(row.file)} data-included={row.included} className={row.included ? undefined : styles.excluded}>
                    <th scope="row" className={`${styles.td} ${styles.rowTh}`}>
                      <span className={styles.block} data-field="file">
                        {baseName(row.file)}
                      </span>
                      <span className={styles.block} data-field="unit">
                        {row.unit?.name ?? (row.error ? '' : s.unknownUnit)}
                      </span>
                    </th>
                    <td className={styles.td}>
                      <span className={styles.block} data-field="date">
                        {s.columns.date}: {dateText(row.date, s.noDate)}
                      </span>
                      <span className={styles.block} data-field="due">
                        {s.columns.due}: {dateText(row.due, s.noDate)}
                      </span>
                    </td>
                    <td className={`${styles.td}${row.included && row.late ? ` ${styles.late}` : ''}`} data-field="verdict">
                      {engine.verdict(row, language)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <section className={styles.section} aria-labelledby={absentTitleId} data-testid="summary-absent">
            <Text as="h4" id={absentTitleId} size={300} weight="semibold" className={styles.block}>
              {absent.length ? s.absentTitle(absent.length) : s.allReceived}
            </Text>
            {absent.length ? (
              <ul className={styles.list}>
                {absent.map((u) => (
                  <li key={u.id} data-unit={u.id}>
                    {u.name}
                  </li>
                ))}
              </ul>
            ) : null}
          </section>
          <section className={styles.section} aria-labelledby={matrixTitleId}>
            <Text as="h4" id={matrixTitleId} size={300} weight="semibold" className={styles.block}>
              {s.matrixTitle}
            </Text>
            <Text className={styles.minor}>{s.matrixCaption}</Text>
            <Text className={styles.minor}>{s.legend}</Text>
            <SummaryMatrix plan={plan} summary={summary} strings={s} language={language} cellLabel={engine.cellLabel} />
          </section>
        </>
      ) : null}
    </div>
  );
}
