/**
 * The coverage matrix: tasks (rows) × units (columns), each cell its state in words and in colour. A cell that has
 * something to show is a button (click or Enter): below the table, the passages that unit's report gives for the task.
 * The table scrolls sideways inside its own focusable region, so that the pane itself never does (320 px).
 */
import { useId, useState } from 'react';
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { Plan } from '../../plan/schema';
import type { CellState, Summary } from '../../summary/summarize';
import type { Language } from '../i18n';
import type { SummaryStrings } from '../strings/summary';
import { baseName, cellOpens, evidenceFor } from './summary-logic';

const useStyles = makeStyles({
  region: {
    overflowX: 'auto',
    maxWidth: '100%',
    borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  caption: { textAlign: 'start', captionSide: 'top', paddingBottom: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground2 },
  th: { border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, padding: '2px 4px', backgroundColor: tokens.colorNeutralBackground3, textAlign: 'start', verticalAlign: 'bottom' },
  rowHeader: { position: 'sticky', left: 0, zIndex: 1, whiteSpace: 'nowrap' },
  td: { border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, padding: '1px', verticalAlign: 'middle', minWidth: '4.5em' },
  reported: { backgroundColor: tokens.colorPaletteGreenBackground2, color: tokens.colorNeutralForeground1 },
  missing: { backgroundColor: tokens.colorPaletteRedBackground2, color: tokens.colorNeutralForeground1 },
  extra: { backgroundColor: tokens.colorPaletteYellowBackground2, color: tokens.colorNeutralForeground1 },
  none: { color: tokens.colorNeutralForeground2 },
  cellButton: {
    minWidth: 0,
    width: '100%',
    padding: '2px 4px',
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightRegular,
    justifyContent: 'flex-start',
    textAlign: 'start',
    backgroundColor: 'transparent',
    color: 'inherit',
  },
  selected: { outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px' },
  plain: { display: 'block', padding: '2px 4px' },
  evidence: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    marginTop: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  evidenceList: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  source: { display: 'block', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  passage: { display: 'block', overflowWrap: 'anywhere' },
  block: { display: 'block' },
  status: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});

export interface SummaryMatrixProps {
  plan: Plan;
  summary: Summary;
  strings: SummaryStrings;
  language: Language;
  cellLabel: (state: CellState, language: Language) => string;
}

export function SummaryMatrix({ plan, summary, strings: s, language, cellLabel }: SummaryMatrixProps) {
  const styles = useStyles();
  const [open, setOpen] = useState<{ task: string; unit: string } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const captionId = useId();
  const evidenceId = useId();
  const evidenceTitleId = useId();
  const unitName = (id: string) => summary.units.find((u) => u.id === id)?.name ?? id;
  const openState = open ? (summary.matrix[open.task]?.[open.unit] ?? 'none') : 'none';
  const passages = open ? evidenceFor(summary, open.task, open.unit) : [];

  const toggle = (task: string, unit: string) => {
    if (open?.task === task && open.unit === unit) {
      setOpen(null);
      return;
    }
    setOpen({ task, unit });
    setAnnouncement(s.evidenceOpened(task, unitName(unit), evidenceFor(summary, task, unit).length));
  };

  return (
    <div>
      <div role="region" aria-labelledby={captionId} tabIndex={0} className={styles.region} data-testid="summary-matrix-region">
        <table className={styles.table} data-testid="summary-matrix">
          <caption id={captionId} className={styles.caption}>
            {s.matrixRegion}
          </caption>
          <thead>
            <tr>
              <th scope="col" className={`${styles.th} ${styles.rowHeader}`}>
                {s.taskColumn}
              </th>
              {summary.units.map((u) => (
                <th key={u.id} scope="col" className={styles.th}>
                  <abbr title={u.name}>{u.id}</abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {plan.items.map((item) => (
              <tr key={item.id} data-task={item.id}>
                <th scope="row" className={`${styles.th} ${styles.rowHeader}`}>
                  <abbr title={item.title}>{item.id}</abbr>
                </th>
                {summary.units.map((u) => {
                  const state = summary.matrix[item.id]?.[u.id] ?? 'none';
                  const label = cellLabel(state, language);
                  const selected = open?.task === item.id && open.unit === u.id;
                  return (
                    <td key={u.id} className={`${styles.td} ${styles[state]}${selected ? ` ${styles.selected}` : ''}`} data-unit={u.id} data-state={state}>
                      {cellOpens(state) ? (
                        <Button
                          appearance="transparent"
                          size="small"
                          className={styles.cellButton}
                          aria-label={s.cellButton(label, item.id, u.name)}
                          aria-expanded={selected}
                          aria-controls={selected ? evidenceId : undefined}
                          onClick={() => toggle(item.id, u.id)}
                        >
                          {label}
                        </Button>
                      ) : (
                        <span className={styles.plain}>{label}</span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div role="status" aria-live="polite" className={styles.status}>
        {announcement}
      </div>
      {open ? (
        <section id={evidenceId} className={styles.evidence} aria-labelledby={evidenceTitleId} data-testid="summary-evidence">
          <Text as="h4" id={evidenceTitleId} size={300} weight="semibold" className={styles.block}>
            {s.evidenceTitle(open.task, unitName(open.unit))}
          </Text>
          {passages.length === 0 ? (
            <Text className={styles.block}>{s.evidenceNone(cellLabel(openState, language))}</Text>
          ) : (
            <ol className={styles.evidenceList}>
              {passages.map((p, i) => (
                <li key={i} data-testid="summary-passage">
                  <Text className={styles.source}>{s.evidenceSource(baseName(p.file), p.paragraph + 1)}</Text>
                  <Text className={styles.passage}>{p.text}</Text>
                </li>
              ))}
            </ol>
          )}
          <div>
            <Button size="small" onClick={() => setOpen(null)}>
              {s.closeEvidence}
            </Button>
          </div>
        </section>
      ) : null}
    </div>
  );
}
