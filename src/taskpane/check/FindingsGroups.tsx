/** The other groups of results: report parts, lead units, other findings and the ignored list. */
import { useId, useState } from 'react';
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { DOCUMENT_PARTS, SECTION_KINDS, type CheckResult, type Finding, type SectionStatus } from '../../check/types';
import type { Language } from '../i18n';
import type { RowActions } from './actions';
import { Row } from './Row';

const useStyles = makeStyles({
  list: { margin: 0, padding: 0 },
  title: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  note: { display: 'block', color: tokens.colorNeutralForeground2 },
});

function IgnoreButton({ finding, actions, language }: { finding: Finding; actions: RowActions; language: Language }) {
  return (
    <Button size="small" aria-label={actions.strings.check.ignoreFinding(finding.message[language])} onClick={() => actions.ignore(finding.id)}>
      {actions.strings.check.ignore}
    </Button>
  );
}

function FixFormatButton({ finding, actions, language }: { finding: Finding; actions: RowActions; language: Language }) {
  const fix = actions.fixFormat;
  if (!fix || finding.action?.kind !== 'fixFormat') return null;
  return (
    <Button size="small" appearance="primary" disabled={actions.busy} aria-label={actions.strings.check.fixFormatFor(finding.message[language])} onClick={() => fix(finding)} data-testid="fix-format">
      {actions.strings.check.fixFormat}
    </Button>
  );
}

function FixTextButton({ finding, actions }: { finding: Finding; actions: RowActions }) {
  const fix = actions.fixText;
  if (!fix || finding.action?.kind !== 'fixText') return null;
  const label = actions.strings.check.fixText[finding.action.label];
  return (
    <Button size="small" appearance="primary" disabled={actions.busy} aria-label={actions.strings.check.fixTextFor(label, finding.action.fix.replacement)} onClick={() => fix(finding)} data-testid="fix-text">
      {label}
    </Button>
  );
}

function PresenceRow({ name, status, finding, actions, language, kind }: { name: string; status: SectionStatus; finding: Finding | undefined; actions: RowActions; language: Language; kind: string }) {
  const s = actions.strings.check;
  const ignored = finding !== undefined && actions.ignored.has(finding.id);
  const locator = status.locator;
  return (
    <Row
      status={status.present ? 'reported' : ignored ? 'ignored' : 'missing'}
      statusText={status.present ? s.present : ignored ? s.status.ignored : s.absent}
      text={name}
      onActivate={locator ? () => actions.select(locator) : undefined}
      actions={finding && !status.present ? ignored ? <Button size="small" onClick={() => actions.restore(finding.id)}>{s.restore}</Button> : <IgnoreButton finding={finding} actions={actions} language={language} /> : undefined}
      data={{ 'data-part': kind }}
    />
  );
}

export function PartsGroup({ result, actions, language }: { result: CheckResult; actions: RowActions; language: Language }) {
  const styles = useStyles();
  const s = actions.strings.check;
  const find = (id: string) => result.findings.find((f) => f.id === id);
  return (
    <div>
      <h4 className={styles.title}>{s.sectionsTitle}</h4>
      <ul className={styles.list}>
        {SECTION_KINDS.map((kind) => (
          <PresenceRow key={kind} kind={kind} name={s.sectionNames[kind]} status={result.sections[kind]} finding={find(`section-missing:${kind}`)} actions={actions} language={language} />
        ))}
      </ul>
      <h4 className={styles.title}>{s.partsTitle}</h4>
      <ul className={styles.list}>
        {DOCUMENT_PARTS.map((part) => (
          <PresenceRow key={part} kind={part} name={s.partNames[part]} status={result.parts[part]} finding={find(`part-missing:${part}`)} actions={actions} language={language} />
        ))}
      </ul>
    </div>
  );
}

function FindingRows({ findings, actions, language }: { findings: Finding[]; actions: RowActions; language: Language }) {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {findings.map((finding) => {
        const locator = finding.locator;
        return (
          <Row
            key={finding.id}
            status={finding.severity === 'error' ? 'missing' : finding.severity === 'warning' ? 'warning' : 'info'}
            statusText={actions.strings.check.ruleNames[finding.rule] ?? finding.rule}
            text={finding.message[language]}
            onActivate={locator ? () => actions.select(locator) : undefined}
            actions={
              <>
                <FixFormatButton finding={finding} actions={actions} language={language} />
                <FixTextButton finding={finding} actions={actions} />
                <IgnoreButton finding={finding} actions={actions} language={language} />
              </>
            }
            data={{ 'data-finding-id': finding.id }}
          />
        );
      })}
    </ul>
  );
}

const HANDLED_RULES = new Set(['item-missing', 'item-unsure', 'lead-unit-not-named', 'section-missing', 'part-missing']);

export function UnitsGroup({ result, actions, language }: { result: CheckResult; actions: RowActions; language: Language }) {
  const styles = useStyles();
  const s = actions.strings.check;
  const consolidated = result.items.some((item) => item.requiredReason === 'consolidated');
  const findings = result.findings.filter((f) => f.rule === 'lead-unit-not-named' && !actions.ignored.has(f.id));
  if (!consolidated) return <Text className={styles.note}>{s.unitsNotConsolidated}</Text>;
  if (findings.length === 0) return <Text className={styles.note}>{s.unitsAllNamed}</Text>;
  return <FindingRows findings={findings} actions={actions} language={language} />;
}

/** Errors and warnings first; suggestions (info) collapsed under one button with their count. */
export function OtherGroup({ result, actions, language }: { result: CheckResult; actions: RowActions; language: Language }) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const findings = result.findings.filter((f) => !HANDLED_RULES.has(f.rule) && !actions.ignored.has(f.id));
  const shown = findings.filter((f) => f.severity !== 'info');
  const suggestions = findings.filter((f) => f.severity === 'info');
  if (findings.length === 0) return <Text className={styles.note}>{actions.strings.check.noOther}</Text>;
  return (
    <div>
      {shown.length ? <FindingRows findings={shown} actions={actions} language={language} /> : <Text className={styles.note}>{actions.strings.check.noOther}</Text>}
      {suggestions.length ? (
        <>
          <Button size="small" appearance="subtle" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)} data-testid="suggestions-toggle">
            {actions.strings.check.suggestions(suggestions.length)} {open ? '▴' : '▾'}
          </Button>
          {open ? (
            <div id={listId} data-testid="suggestions">
              <FindingRows findings={suggestions} actions={actions} language={language} />
            </div>
          ) : null}
        </>
      ) : null}
    </div>
  );
}

export function IgnoredGroup({ result, actions, language, ignoredIds }: { result: CheckResult; actions: RowActions; language: Language; ignoredIds: readonly string[] }) {
  const styles = useStyles();
  const s = actions.strings.check;
  if (ignoredIds.length === 0) return <Text className={styles.note}>{s.noIgnored}</Text>;
  return (
    <ul className={styles.list}>
      {ignoredIds.map((id) => {
        const what = result.findings.find((f) => f.id === id)?.message[language] ?? id;
        return (
          <Row
            key={id}
            status="ignored"
            statusText={s.status.ignored}
            text={what}
            actions={
              <Button size="small" aria-label={s.restoreFinding(what)} onClick={() => actions.restore(id)}>
                {s.restore}
              </Button>
            }
            data={{ 'data-ignored-id': id }}
          />
        );
      })}
    </ul>
  );
}

/** The number of active findings in a group, for the accordion header. */
export function countActive(result: CheckResult, ignored: ReadonlySet<string>, rule: (f: Finding) => boolean): number {
  return result.findings.filter((f) => rule(f) && !ignored.has(f.id)).length;
}
export { HANDLED_RULES };
