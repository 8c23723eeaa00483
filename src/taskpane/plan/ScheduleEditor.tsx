/**
 * The plan's reporting schedule under review: for each period, the due day the importer read (the plan's own words
 * beside it) and the issuing body's own report day, each editable, since lateness findings are measured against them.
 * One group per period rather than a table: the pane may be 320 px wide.
 */
import { useId, useState } from 'react';
import { Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { Plan } from '../../plan/schema';
import type { PlanStrings } from '../strings/plan';
import { formatDayMonth, parseDayMonth, unitName, type DayMonth } from './plan-edit';

const useStyles = makeStyles({
  editor: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  period: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, minWidth: 0, paddingBottom: tokens.spacingVerticalS, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  fields: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  field: { flex: '1 1 130px', minWidth: 0, maxWidth: '100%' },
  label: { whiteSpace: 'normal', overflowWrap: 'anywhere' },
  input: { minWidth: 0, width: '100%' },
  minor: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  name: { overflowWrap: 'anywhere' },
});

type Which = 'due' | 'issuerDue';

export interface ScheduleEditorProps {
  plan: Plan;
  strings: PlanStrings;
  onDueChange: (code: string, which: Which, value: DayMonth | null) => void;
}

export function ScheduleEditor({ plan, strings: s, onDueChange }: ScheduleEditorProps) {
  const styles = useStyles();
  const t = s.schedule;
  const idBase = useId();
  // The text as typed, kept while it is not (yet) a valid day, so that the field never jumps under the cursor.
  const [typed, setTyped] = useState<Record<string, string>>({});
  const issuer = unitName(plan, plan.meta.issuer);
  const field = (code: string, which: Which, value: DayMonth | undefined, label: string) => {
    const key = `${code}:${which}`;
    const text = typed[key] ?? formatDayMonth(value);
    const parsed = parseDayMonth(text);
    return (
      <Field className={styles.field} label={{ children: label, className: styles.label }} validationMessage={parsed === 'invalid' ? t.invalid : undefined} size="small">
        <Input
          className={styles.input}
          value={text}
          size="small"
          inputMode="numeric"
          placeholder={t.none}
          data-testid={`period-${which}-${code}`}
          onChange={(_e, data) => {
            setTyped((old) => ({ ...old, [key]: data.value }));
            const next = parseDayMonth(data.value);
            if (next !== 'invalid') onDueChange(code, which, next);
          }}
        />
      </Field>
    );
  };
  return (
    <div className={styles.editor} data-testid="schedule-editor">
      <Text size={200} className={styles.minor}>
        {t.intro(unitName(plan, plan.reporting.channel))} {t.hint}
      </Text>
      {plan.reporting.periods.map((p) => {
        const nameId = `${idBase}-${p.code}`;
        const name = p.names.join(', ');
        return (
          <div key={p.code} role="group" aria-labelledby={nameId} className={styles.period} data-period={p.code}>
            <Text id={nameId} weight="semibold" className={styles.name}>
              {t.period}: {name}
            </Text>
            <Text size={200} className={styles.minor}>
              {t.asWritten}: “{p.dueRaw}”
            </Text>
            <div className={styles.fields}>
              {field(p.code, 'due', p.due, t.due(name))}
              {field(p.code, 'issuerDue', p.issuerDue, t.issuerDue(issuer, name))}
            </div>
          </div>
        );
      })}
    </div>
  );
}
