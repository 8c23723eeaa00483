/** A read-only rendering of template blocks: what will be inserted, in reading order, for eyes and screen readers. */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Block, CellParagraph, TextRun } from '../../compose/blocks';

const useStyles = makeStyles({
  page: {
    maxHeight: '360px',
    overflowY: 'auto',
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    fontFamily: '"Times New Roman", Times, serif',
    fontSize: '13px',
    lineHeight: 1.35,
    color: tokens.colorNeutralForeground1,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  p: { margin: `0 0 ${tokens.spacingVerticalXS}` },
  center: { textAlign: 'center' },
  rule: { margin: '2px auto 6px', borderTop: `1px solid ${tokens.colorNeutralForeground1}` },
  placeholder: { fontStyle: 'italic', color: tokens.colorNeutralForeground2 },
  grid: { width: '100%', borderCollapse: 'collapse', marginBottom: tokens.spacingVerticalS },
  cell: { verticalAlign: 'top', padding: 0 },
});

const PX_PER_MM = 1.6;

function Runs({ runs }: { runs: readonly TextRun[] }) {
  return (
    <>
      {runs.map((run, i) => (
        <span key={i} style={{ fontWeight: run.bold ? 700 : undefined, fontStyle: run.italic ? 'italic' : undefined, whiteSpace: 'pre-wrap' }}>
          {run.text}
        </span>
      ))}
    </>
  );
}

function CellLine({ paragraph }: { paragraph: CellParagraph }) {
  const styles = useStyles();
  if (paragraph.format?.rule) return <div className={styles.rule} style={{ width: `${paragraph.format.rule.widthMm * PX_PER_MM}px` }} aria-hidden="true" />;
  const align = paragraph.format?.alignment === 'center' ? styles.center : undefined;
  return (
    <p className={`${styles.p} ${align ?? ''}`}>
      {paragraph.runs.length > 0 ? <Runs runs={paragraph.runs} /> : '\u00a0'}
    </p>
  );
}

export function TemplatePreview({ blocks, label }: { blocks: readonly Block[]; label: string }) {
  const styles = useStyles();
  return (
    <div className={styles.page} role="region" aria-label={label} tabIndex={0} data-testid="template-preview">
      {blocks.map((block, i) => {
        switch (block.kind) {
          case 'heading':
            return (
              <p key={i} className={styles.p} style={{ fontWeight: 700, fontStyle: block.level === 3 ? 'italic' : undefined }} data-level={block.level}>
                {block.label ? `${block.label} ${block.text}` : block.text}
              </p>
            );
          case 'paragraph':
            if (block.format?.rule) return <div key={i} className={styles.rule} style={{ width: `${block.format.rule.widthMm * PX_PER_MM}px` }} aria-hidden="true" />;
            return (
              <p key={i} className={`${styles.p} ${block.format?.alignment === 'center' ? styles.center : ''}`}>
                <Runs runs={block.runs} />
              </p>
            );
          case 'placeholder':
            return (
              <p key={i} className={`${styles.p} ${styles.placeholder}`}>
                {block.text}
              </p>
            );
          case 'citation':
            return (
              <p key={i} className={styles.p}>
                {block.text}
              </p>
            );
          case 'table':
            return (
              <table key={i} className={styles.grid} role="presentation">
                <tbody>
                  {(block.paragraphs ?? block.rows.map((row) => row.map((runs) => [{ runs }]))).map((row, r) => (
                    <tr key={r}>
                      {row.map((cell, c) => (
                        <td key={c} className={styles.cell} style={{ width: `${block.widthsPct?.[c] ?? 100 / row.length}%` }}>
                          {cell.map((paragraph, p) => (
                            <CellLine key={p} paragraph={paragraph} />
                          ))}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            );
          case 'pageSetup':
            return null;
        }
      })}
    </div>
  );
}
