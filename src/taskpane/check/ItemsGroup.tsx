import { useId, useState } from 'react';
import { Button, Checkbox, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { CheckResult, ItemStatus } from '../../check/types';
import type { Plan } from '../../plan/schema';
import type { RowActions } from './actions';
import { Row, type RowStatus } from './Row';

const useStyles = makeStyles({
  list: { margin: 0, padding: 0 },
  section: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  evidence: { margin: `0 0 ${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`, padding: 0 },
  quote: { fontSize: tokens.fontSizeBase200 },
});

export const missingFindingId = (itemId: string) => `item-missing:${itemId}`;

/** A required task not reported is "missing", or "to review" (a warning) when a passage speaks of it in part. */
export function itemRowStatus(item: ItemStatus, ignored: ReadonlySet<string>): Extract<RowStatus, 'reported' | 'missing' | 'notRequired' | 'ignored' | 'warning'> {
  if (!item.required) return 'notRequired';
  if (item.addressed) return 'reported';
  if (ignored.has(missingFindingId(item.id))) return 'ignored';
  return item.unsure ? 'warning' : 'missing';
}

function ItemRow({ item, actions }: { item: ItemStatus; actions: RowActions }) {
  const styles = useStyles();
  const { strings, select } = actions;
  const s = strings.check;
  const [open, setOpen] = useState(false);
  const evidenceId = useId();
  const status = itemRowStatus(item, actions.ignored);
  const first = item.evidence[0] ?? item.nearest ?? undefined;
  const target = first?.locator ?? (item.required && !item.addressed ? item.insertAfter : null);
  const statusText =
    status === 'notRequired'
      ? `${s.status.notRequired} (${s.reasons[item.requiredReason]})`
      : status === 'reported'
        ? s.status.reported
        : status === 'warning'
          ? s.status.review(item.nearest?.paragraph ?? null)
          : s.status[status];
  const buttons =
    status === 'missing' || status === 'warning' ? (
      <>
        <Button size="small" appearance="primary" disabled={actions.busy} aria-label={s.insertHeadingFor(item.id)} onClick={() => actions.insertHeading(item)}>
          {s.insertHeading}
        </Button>
        <Button size="small" aria-label={s.ignoreFinding(item.id)} onClick={() => actions.ignore(missingFindingId(item.id))}>
          {s.ignore}
        </Button>
      </>
    ) : status === 'ignored' ? (
      <Button size="small" aria-label={s.restoreFinding(item.id)} onClick={() => actions.restore(missingFindingId(item.id))}>
        {s.restore}
      </Button>
    ) : status === 'reported' && item.evidence.length > 0 ? (
      <Button size="small" appearance="subtle" aria-expanded={open} aria-controls={evidenceId} aria-label={s.evidenceOf(item.id)} onClick={() => setOpen(!open)}>
        {s.evidence} {open ? '▴' : '▾'}
      </Button>
    ) : undefined;
  return (
    <Row
      status={status}
      statusText={statusText}
      text={`${item.id} ${item.title}`}
      onActivate={target ? () => select(target) : undefined}
      actions={buttons}
      data={{ 'data-item-id': item.id }}
    >
      {status === 'reported' && open ? (
        <ul id={evidenceId} className={styles.evidence} aria-label={s.evidenceOf(item.id)}>
          {item.evidence.map((evidence) => (
            <Row
              key={evidence.paragraph}
              status="info"
              statusText={`${s.paragraphNumber(evidence.paragraph)} · ${s.why(evidence)}`}
              text={<span className={styles.quote}>{evidence.clause ?? evidence.text}</span>}
              onActivate={() => select(evidence.locator)}
              data={{ 'data-evidence-paragraph': String(evidence.paragraph) }}
            />
          ))}
        </ul>
      ) : null}
    </Row>
  );
}

/** The plan's tasks, grouped under the plan's own headings (II.1, II.2, II.3.a …). */
export function ItemsGroup({ plan, result, actions }: { plan: Plan; result: CheckResult; actions: RowActions }) {
  const styles = useStyles();
  const s = actions.strings.check;
  const [onlyMissing, setOnlyMissing] = useState(false);
  const bySection = new Map<string, ItemStatus[]>();
  const shown = onlyMissing ? result.items.filter((item) => ['missing', 'warning'].includes(itemRowStatus(item, actions.ignored))) : result.items;
  for (const status of shown) {
    const section = plan.items.find((item) => item.id === status.id)?.section ?? '';
    bySection.set(section, [...(bySection.get(section) ?? []), status]);
  }
  return (
    <div>
      <Checkbox label={s.onlyMissing} checked={onlyMissing} onChange={(_e, data) => setOnlyMissing(data.checked === true)} data-testid="only-missing" />
      {onlyMissing && shown.length === 0 ? <Text className={styles.quote}>{s.noneMissing}</Text> : null}
      {[...bySection].map(([sectionId, items]) => {
        const heading = plan.headings.find((h) => h.id === sectionId);
        return (
          <section key={sectionId} aria-label={heading ? `${heading.id} ${heading.title}` : sectionId}>
            <h4 className={styles.section}>{heading ? `${heading.id} ${heading.title}` : sectionId}</h4>
            <ul className={styles.list}>
              {items.map((item) => (
                <ItemRow key={item.id} item={item} actions={actions} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
