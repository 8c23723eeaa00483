/** One unit at a time: choose it, then fix its name and its other names (aliases), which reports may use instead. */
import { useState } from 'react';
import { Dropdown, Field, Input, makeStyles, Option, Text, Textarea, tokens } from '@fluentui/react-components';
import type { Plan } from '../../plan/schema';
import type { PlanStrings } from '../strings/plan';
import { formatAliases, parseAliases, planUnits, unitName } from './plan-edit';

const useStyles = makeStyles({
  editor: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  dropdown: { minWidth: 0, width: '100%' },
  minor: { color: tokens.colorNeutralForeground2 },
});

export interface UnitsEditorProps {
  plan: Plan;
  strings: PlanStrings;
  onUnitChange: (id: string, change: { name?: string; aliases?: readonly string[] }) => void;
}

export function UnitsEditor({ plan, strings: s, onUnitChange }: UnitsEditorProps) {
  const styles = useStyles();
  const units = planUnits(plan);
  const [selectedId, setSelectedId] = useState(units[0]?.id ?? '');
  // The aliases as typed: parsed into the plan on every change, but not re-formatted under the cursor.
  const [aliasText, setAliasText] = useState(() => formatAliases(units[0]?.aliases ?? []));
  const unit = units.find((u) => u.id === selectedId);

  const select = (id: string) => {
    setSelectedId(id);
    setAliasText(formatAliases(units.find((u) => u.id === id)?.aliases ?? []));
  };

  return (
    <div className={styles.editor} data-testid="units-editor">
      <Field label={s.unitToEdit}>
        <Dropdown
          className={styles.dropdown}
          value={unit ? `${unit.name} (${unit.id})` : ''}
          selectedOptions={unit ? [unit.id] : []}
          onOptionSelect={(_e, data) => data.optionValue && select(data.optionValue)}
        >
          {units.map((u) => (
            <Option key={u.id} value={u.id} text={`${u.name} (${u.id})`}>
              {`${u.name || u.id} (${u.id})`}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {unit ? (
        <>
          <Text size={200} className={styles.minor}>
            {s.unitKinds[unit.kind]}
            {unit.members?.length ? ` · ${s.groupMembers}: ${unit.members.map((id) => unitName(plan, id)).join('; ')}` : ''}
          </Text>
          <Field label={s.unitName} validationMessage={unit.name.trim() ? undefined : s.unitNameRequired}>
            <Input value={unit.name} onChange={(_e, data) => onUnitChange(unit.id, { name: data.value })} data-testid="unit-name" />
          </Field>
          <Field label={s.aliases} hint={s.aliasesHint}>
            <Textarea
              value={aliasText}
              resize="vertical"
              rows={3}
              onChange={(_e, data) => {
                setAliasText(data.value);
                onUnitChange(unit.id, { aliases: parseAliases(data.value) });
              }}
              data-testid="unit-aliases"
            />
          </Field>
        </>
      ) : null}
    </div>
  );
}
