import type { ReactNode } from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

export type RowStatus = 'reported' | 'missing' | 'notRequired' | 'ignored' | 'warning' | 'info';

const useStyles = makeStyles({
  row: {
    listStyleType: 'none',
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorNeutralStroke2}`,
    paddingLeft: tokens.spacingHorizontalS,
    marginBottom: tokens.spacingVerticalXS,
  },
  missing: { borderLeftColor: tokens.colorPaletteRedBorderActive },
  reported: { borderLeftColor: tokens.colorPaletteGreenBorderActive },
  warning: { borderLeftColor: tokens.colorPaletteMarigoldBorderActive },
  line: { display: 'flex', alignItems: 'flex-start', columnGap: tokens.spacingHorizontalXS },
  main: {
    flexGrow: 1,
    minWidth: 0,
    display: 'flex',
    flexDirection: 'column',
    textAlign: 'left',
    border: 'none',
    background: 'none',
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusMedium,
    font: 'inherit',
    color: tokens.colorNeutralForeground1,
  },
  clickable: {
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  status: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  statusMissing: { color: tokens.colorPaletteRedForeground1 },
  statusReported: { color: tokens.colorPaletteGreenForeground1 },
  statusGrey: { color: tokens.colorNeutralForeground3 },
  statusWarning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  textGrey: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', flexShrink: 0, columnGap: tokens.spacingHorizontalXXS },
});

export interface RowProps {
  status: RowStatus;
  statusText: string;
  text: ReactNode;
  onActivate?: () => void;
  actions?: ReactNode;
  children?: ReactNode;
  data?: Record<`data-${string}`, string>;
}

/** One line of the results: the text selects its paragraph in the document (click, Enter or Space); actions beside it. */
export function Row({ status, statusText, text, onActivate, actions, children, data }: RowProps) {
  const styles = useStyles();
  const statusClass = {
    missing: styles.statusMissing,
    reported: styles.statusReported,
    notRequired: styles.statusGrey,
    ignored: styles.statusGrey,
    warning: styles.statusWarning,
    info: styles.statusGrey,
  }[status];
  const grey = status === 'notRequired' || status === 'ignored';
  const content = (
    <>
      <span className={mergeClasses(styles.status, statusClass)}>{statusText}</span>
      <span className={grey ? styles.textGrey : undefined}>{text}</span>
    </>
  );
  return (
    <li
      className={mergeClasses(styles.row, status === 'missing' && styles.missing, status === 'reported' && styles.reported, status === 'warning' && styles.warning)}
      data-status={status}
      {...data}
    >
      <div className={styles.line}>
        {onActivate ? (
          <button type="button" className={mergeClasses(styles.main, styles.clickable)} onClick={onActivate} data-row-main="">
            {content}
          </button>
        ) : (
          <span className={styles.main}>{content}</span>
        )}
        {actions ? <span className={styles.actions}>{actions}</span> : null}
      </div>
      {children}
    </li>
  );
}
