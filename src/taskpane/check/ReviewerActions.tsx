/**
 * The reviewer's actions: comments at each missing item's place (WordApi 1.4), the coverage matrix copied for a review
 * memo, or inserted as a table at the cursor. Nothing here changes existing text: comments and a table are added.
 */
import { useRef, useState } from 'react';
import { Button, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import type { DocumentHost } from '../../document/host';
import type { CheckResult, Finding } from '../../check/types';
import type { Plan } from '../../plan/schema';
import { coverageMatrix, coverageText } from '../../check/coverage';
import { coverageTableBlocks } from '../../compose/coverage-table';
import type { Bilingual } from '../../errors/app-error';
import type { Language } from '../i18n';
import { reviewStrings } from '../strings/review';
import { toBilingual } from './useCheck';

const useStyles = makeStyles({
  box: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, marginTop: tokens.spacingVerticalL, paddingTop: tokens.spacingVerticalM },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, margin: `${tokens.spacingVerticalS} 0` },
  fallback: { width: '100%', minHeight: '6em', fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

export interface ReviewerActionsProps {
  host: DocumentHost;
  plan: Plan;
  result: CheckResult;
  ignored: ReadonlySet<string>;
  language: Language;
}

/** What goes into the document as comments: the required items and parts still missing, at their place. */
export function reviewComments(findings: readonly Finding[], ignored: ReadonlySet<string>, language: Language, prefix: string) {
  return findings
    .filter((f) => f.severity === 'error' && !ignored.has(f.id) && (f.rule === 'item-missing' || f.rule === 'section-missing'))
    .map((f) => ({ locator: f.locator, text: `${prefix}${f.message[language]}` }));
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function ReviewerActions({ host, plan, result, ignored, language }: ReviewerActionsProps) {
  const styles = useStyles();
  const s = reviewStrings(language);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ intent: 'success' | 'error' | 'info'; text: string } | null>(null);
  const [fallback, setFallback] = useState<string | null>(null);
  const fallbackRef = useRef<HTMLTextAreaElement>(null);
  const canComment = host.capabilities.comments;

  const act = async (action: () => Promise<string>) => {
    setBusy(true);
    try {
      setMessage({ intent: 'success', text: await action() });
    } catch (error) {
      const bilingual: Bilingual = toBilingual(error);
      setMessage({ intent: 'error', text: bilingual[language] });
    } finally {
      setBusy(false);
    }
  };

  const comment = () =>
    act(async () => {
      const entries = reviewComments(result.findings, ignored, language, s.commentPrefix);
      if (entries.length === 0) return s.nothingToComment;
      await host.comments(entries);
      return s.commented(entries.length);
    });

  const copy = () =>
    act(async () => {
      const text = coverageText(coverageMatrix(plan, result, language));
      if (await copyText(text)) {
        setFallback(null);
        return s.copied;
      }
      setFallback(text);
      setTimeout(() => fallbackRef.current?.select(), 0);
      return s.copyFailed;
    });

  const insertTable = () =>
    act(async () => {
      await host.insert(coverageTableBlocks(coverageMatrix(plan, result, language), s.tableCaption), { kind: 'cursor' });
      return s.tableInserted;
    });

  return (
    <section className={styles.box} aria-labelledby="reviewer-title" data-testid="reviewer-actions">
      <Text as="h3" size={400} weight="semibold" id="reviewer-title">
        {s.title}
      </Text>
      <Text as="p" size={200}>
        {s.hint}
      </Text>
      <div className={styles.buttons}>
        <Button onClick={() => void comment()} disabled={!canComment} disabledFocusable={busy} aria-describedby={canComment ? undefined : 'comment-needs-newer-word'}>
          {s.comment}
        </Button>
        <Button onClick={() => void copy()} disabledFocusable={busy}>
          {s.copy}
        </Button>
        <Button onClick={() => void insertTable()} disabledFocusable={busy}>
          {s.insertTable}
        </Button>
      </div>
      {canComment ? null : (
        <Text as="p" size={200} id="comment-needs-newer-word">
          {s.commentNeedsNewerWord}
        </Text>
      )}
      <div role="status" aria-live="polite">
        {message ? (
          <MessageBar intent={message.intent}>
            <MessageBarBody>{message.text}</MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
      {fallback !== null ? <textarea ref={fallbackRef} className={styles.fallback} readOnly value={fallback} aria-label={s.copy} data-testid="coverage-fallback" /> : null}
    </section>
  );
}
