/**
 * The plan's tasks for review: id, the first words of the task and its timing, the lead and support units. A task
 * the importer doubts is highlighted and says why in words (not by colour alone). Three columns, so that it fits a
 * 320 px pane; each row's units can be edited in place.
 */
import { Fragment, useState } from 'react';
import {
  Button,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { Plan } from '../../plan/schema';
import type { ImportDoubt } from '../../plan/import/outline';
import type { Language } from '../i18n';
import type { PlanStrings } from '../strings/plan';
import { unitName, type Role } from './plan-edit';
import { RolesEditor } from './RolesEditor';

const useStyles = makeStyles({
  table: { tableLayout: 'fixed', width: '100%' },
  idColumn: { width: '4.5em' },
  unitsColumn: { width: '34%' },
  cell: { verticalAlign: 'top', paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS, overflowWrap: 'anywhere' },
  doubtful: { backgroundColor: tokens.colorPaletteYellowBackground1 },
  line: { display: 'block' },
  minor: { display: 'block', color: tokens.colorNeutralForeground2 },
  doubt: { display: 'block', color: tokens.colorPaletteDarkOrangeForeground1, marginTop: tokens.spacingVerticalXXS },
  edit: { minWidth: 'auto', marginTop: tokens.spacingVerticalXXS },
  caption: { textAlign: 'start', captionSide: 'top', paddingBottom: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground2 },
});

export interface PlanItemsTableProps {
  plan: Plan;
  doubtsByItem: ReadonlyMap<string, readonly ImportDoubt[]>;
  strings: PlanStrings;
  language: Language;
  onItemUnits: (itemId: string, role: Role, ids: readonly string[]) => boolean;
}

export function PlanItemsTable({ plan, doubtsByItem, strings: s, language, onItemUnits }: PlanItemsTableProps) {
  const styles = useStyles();
  const [editing, setEditing] = useState<string | null>(null);
  const names = (ids: readonly string[]) => (ids.length ? ids.map((id) => unitName(plan, id)).join('; ') : s.none);
  const doubtful = plan.items.filter((item) => doubtsByItem.has(item.id)).length;
  const editorId = (itemId: string) => `plan-roles-${itemId.replace(/[^A-Za-z0-9]/g, '_')}`;

  return (
    <Table className={styles.table} size="small" data-testid="plan-items">
      <caption className={styles.caption}>{s.itemsCaption(plan.items.length, doubtful)}</caption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.idColumn}>{s.columns.id}</TableHeaderCell>
          <TableHeaderCell>{s.columns.task}</TableHeaderCell>
          <TableHeaderCell className={styles.unitsColumn}>{s.columns.units}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {plan.items.map((item) => {
          const doubts = doubtsByItem.get(item.id) ?? [];
          const open = editing === item.id;
          return (
            <Fragment key={item.id}>
              <TableRow className={doubts.length ? styles.doubtful : undefined} data-item-id={item.id} data-doubt={doubts.length > 0 ? 'true' : undefined}>
                <TableCell className={styles.cell}>
                  <Text weight="semibold">{item.id}</Text>
                </TableCell>
                <TableCell className={styles.cell}>
                  <Text className={styles.line}>{item.title}</Text>
                  <Text size={200} className={styles.minor}>
                    {s.timing}: {item.timing.raw}
                  </Text>
                  {doubts.map((doubt, i) => (
                    <Text key={i} size={200} className={styles.doubt} data-testid="item-doubt">
                      {s.doubtMark}: {doubt[language]}
                    </Text>
                  ))}
                </TableCell>
                <TableCell className={styles.cell} data-field="units">
                  <Text size={200} className={styles.line} data-role="lead">
                    {s.lead}: {names(item.lead)}
                  </Text>
                  <Text size={200} className={styles.line} data-role="support">
                    {s.support}: {names(item.support)}
                  </Text>
                  <Button
                    size="small"
                    className={styles.edit}
                    aria-expanded={open}
                    aria-controls={open ? editorId(item.id) : undefined}
                    aria-label={open ? s.doneRoles(item.id) : s.editRoles(item.id)}
                    onClick={() => setEditing(open ? null : item.id)}
                  >
                    {open ? s.done : s.edit}
                  </Button>
                </TableCell>
              </TableRow>
              {open ? (
                <TableRow>
                  <TableCell colSpan={3} className={styles.cell} id={editorId(item.id)}>
                    <RolesEditor plan={plan} item={item} strings={s} onChange={(role, ids) => onItemUnits(item.id, role, ids)} />
                  </TableCell>
                </TableRow>
              ) : null}
            </Fragment>
          );
        })}
      </TableBody>
    </Table>
  );
}
