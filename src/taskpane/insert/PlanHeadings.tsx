/** The plan's section II tasks: insert one as a heading numbered to continue the document, with a results line. */
import { useState } from 'react';
import { Button, Field, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import type { Plan } from '../../plan/schema';
import type { InsertStrings } from '../strings/insert';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: `${tokens.spacingVerticalS} 0 0`, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  item: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, justifyContent: 'space-between' },
  title: { flexGrow: 1, minWidth: 0 },
  id: { color: tokens.colorNeutralForeground2, marginRight: tokens.spacingHorizontalXS },
});

export type LevelChoice = 'auto' | 1 | 2 | 3;

export interface PlanHeadingsProps {
  plan: Plan;
  strings: InsertStrings;
  busy: boolean;
  onInsert: (itemId: string, level: LevelChoice) => void;
}

export function PlanHeadings({ plan, strings, busy, onInsert }: PlanHeadingsProps) {
  const styles = useStyles();
  const [level, setLevel] = useState<LevelChoice>('auto');
  return (
    <div data-testid="plan-headings">
      <Text as="p">{strings.headingsHint}</Text>
      <Field label={strings.levelLabel}>
        <Select value={String(level)} onChange={(_e, data) => setLevel(data.value === 'auto' ? 'auto' : (Number(data.value) as 1 | 2 | 3))} data-testid="heading-level">
          <option value="auto">{strings.levelAuto}</option>
          {([1, 2, 3] as const).map((n) => (
            <option key={n} value={n}>
              {strings.levelNames[n]}
            </option>
          ))}
        </Select>
      </Field>
      <ul className={styles.list} aria-label={strings.headingsTitle}>
        {plan.items.map((item) => (
          <li key={item.id} className={styles.item} data-plan-item={item.id}>
            <Text className={styles.title}>
              <span className={styles.id}>{item.id}</span>
              {item.title}
            </Text>
            <Button size="small" disabledFocusable={busy} aria-label={strings.insertHeadingLabel(item.id)} onClick={() => onInsert(item.id, level)}>
              {strings.insertHeading}
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}
