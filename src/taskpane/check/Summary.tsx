import { makeStyles, tokens } from '@fluentui/react-components';
import { SECTION_KINDS, type CheckResult } from '../../check/types';
import type { Plan } from '../../plan/schema';
import type { Strings } from '../i18n';
import { deadlineMissed, deadlineStatus, describeDataWindow, describeDeadline } from '../../check/deadline';
import { formatDateSlash } from '../../cite/dates';
import type { Language } from '../i18n';

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: `0 0 ${tokens.spacingVerticalM}`,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  bad: { color: tokens.colorPaletteRedForeground1 },
});

export function Summary({
  plan,
  result,
  today,
  strings,
  language,
  missingItems,
}: {
  plan: Plan;
  result: CheckResult;
  today: string;
  strings: Strings;
  language: Language;
  missingItems: number;
}) {
  const styles = useStyles();
  const s = strings.check;
  const { period, unit } = result;
  const required = result.items.filter((item) => item.required).length;
  const missingSections = SECTION_KINDS.filter((kind) => !result.sections[kind].present).length;
  const unitName = unit ? (plan.units.find((u) => u.id === unit.id)?.name ?? unit.name) : null;
  // Lateness is judged from the report's own date; only an undated draft is counted from today.
  const deadline = deadlineStatus(period, result.reportDate, today);
  return (
    <dl className={styles.list} data-testid="check-summary">
      <dt className={styles.term}>{s.periodLabel}</dt>
      <dd className={styles.value} data-field="period">
        {period ? `${s.period(period.code, period.year)}; ${describeDataWindow(period, plan.reporting.regime.cited)[language]}` : s.unknown}
      </dd>
      <dt className={styles.term}>{s.dueLabel}</dt>
      <dd className={styles.value} data-field="due">
        <span className={deadlineMissed(deadline) ? styles.bad : undefined}>{describeDeadline(deadline)[language]}</span>
        {period?.dueRaw ? <span> ({s.planSays(period.dueRaw)})</span> : null}
      </dd>
      {result.reportDate ? (
        <>
          <dt className={styles.term}>{s.reportDateLabel}</dt>
          <dd className={styles.value}>{formatDateSlash(result.reportDate)}</dd>
        </>
      ) : null}
      <dt className={styles.term}>{s.unitLabel}</dt>
      <dd className={styles.value} data-field="unit">
        {unit && unitName ? `${unitName} (${s.unitSource[unit.source]})` : s.unknown}
      </dd>
      <dt className={styles.term}>{s.missingItemsLabel}</dt>
      <dd className={styles.value} data-field="missing-items">
        <span className={missingItems > 0 ? styles.bad : undefined}>{s.missingItems(missingItems, required, result.items.filter((item) => item.required && !item.addressed && item.unsure).length)}</span>
      </dd>
      <dt className={styles.term}>{s.missingSectionsLabel}</dt>
      <dd className={styles.value} data-field="missing-sections">
        <span className={missingSections > 0 ? styles.bad : undefined}>{s.missingSections(missingSections, SECTION_KINDS.length)}</span>
      </dd>
    </dl>
  );
}
