/** A task's lead and support units, chosen among the plan's units and groups; the lead list cannot be emptied. */
import { useState } from 'react';
import { Dropdown, Field, makeStyles, Option, tokens } from '@fluentui/react-components';
import type { Plan, TaskItem } from '../../plan/schema';
import type { PlanStrings } from '../strings/plan';
import { planUnits, unitName, type Role } from './plan-edit';

const useStyles = makeStyles({
  editor: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, margin: 0, padding: 0, border: 'none', minWidth: 0 },
  legend: { padding: 0, fontWeight: tokens.fontWeightSemibold },
  dropdown: { minWidth: 0, width: '100%' },
});

export interface RolesEditorProps {
  plan: Plan;
  item: TaskItem;
  strings: PlanStrings;
  /** Returns false when the change is refused (the last lead unit removed). */
  onChange: (role: Role, ids: readonly string[]) => boolean;
}

export function RolesEditor({ plan, item, strings: s, onChange }: RolesEditorProps) {
  const styles = useStyles();
  const [refused, setRefused] = useState(false);
  const units = planUnits(plan);
  const summary = (ids: readonly string[]) => (ids.length ? ids.map((id) => unitName(plan, id)).join('; ') : s.none);

  const field = (role: Role) => {
    const selected = role === 'lead' ? item.lead : item.support;
    return (
      <Field label={role === 'lead' ? s.lead : s.support} validationMessage={role === 'lead' && refused ? s.leadRequired : undefined}>
        <Dropdown
          multiselect
          className={styles.dropdown}
          value={summary(selected)}
          selectedOptions={[...selected]}
          onOptionSelect={(_e, data) => {
            const accepted = onChange(role, data.selectedOptions);
            setRefused(role === 'lead' && !accepted);
          }}
          data-testid={`roles-${role}`}
        >
          {units.map((unit) => (
            <Option key={unit.id} value={unit.id} text={unit.name}>
              {`${unit.name} (${unit.id})`}
            </Option>
          ))}
        </Dropdown>
      </Field>
    );
  };

  return (
    <fieldset className={styles.editor}>
      <legend className={styles.legend}>{s.rolesLegend(item.id)}</legend>
      {field('lead')}
      {field('support')}
    </fieldset>
  );
}
