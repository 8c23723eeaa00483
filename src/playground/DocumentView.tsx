/** The page that stands in for Word: the document's paragraphs, headings as headings, tables as tables, comments beside. */
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { toParagraph } from '../document/build';
import type { Paragraph } from '../document/model';
import type { PlaygroundStrings } from '../taskpane/strings/playground';
import type { PlaygroundComment, PlaygroundParagraph, PlaygroundState } from './document/types';

const useStyles = makeStyles({
  page: {
    maxWidth: '760px',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXXXL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow8,
    fontFamily: '"Times New Roman", Times, serif',
    fontSize: '15px',
    lineHeight: 1.45,
    color: '#1a1a1a',
  },
  row: { display: 'flex', columnGap: tokens.spacingHorizontalM, alignItems: 'flex-start' },
  paragraph: {
    flexGrow: 1,
    minWidth: 0,
    margin: `0 0 ${tokens.spacingVerticalS}`,
    padding: `1px ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusSmall,
    textAlign: 'justify',
    cursor: 'text',
    scrollMarginTop: '80px',
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  h1: { fontSize: '16px', fontWeight: 700, marginTop: tokens.spacingVerticalM },
  h2: { fontSize: '15px', fontWeight: 700 },
  h3: { fontSize: '15px', fontWeight: 700, fontStyle: 'italic' },
  bold: { fontWeight: 700 },
  italic: { fontStyle: 'italic' },
  center: { textAlign: 'center' },
  right: { textAlign: 'right' },
  inserted: { borderLeft: `3px solid ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  placeholder: { color: tokens.colorNeutralForeground2 },
  selected: { backgroundColor: tokens.colorPaletteYellowBackground2, outline: `2px solid ${tokens.colorPaletteMarigoldBorderActive}` },
  table: { borderCollapse: 'collapse', width: '100%', margin: `0 0 ${tokens.spacingVerticalM}` },
  cell: { border: `1px solid ${tokens.colorNeutralStroke1}`, padding: tokens.spacingHorizontalXS, verticalAlign: 'top' },
  comment: {
    flexShrink: 0,
    width: '180px',
    padding: tokens.spacingHorizontalS,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorPaletteYellowBackground1,
    borderLeft: `3px solid ${tokens.colorPaletteMarigoldBorderActive}`,
  },
  empty: { color: tokens.colorNeutralForeground2 },
});

interface ViewProps {
  state: PlaygroundState;
  strings: PlaygroundStrings;
  onParagraphClick: (id: number) => void;
}

type Piece = { kind: 'paragraph'; paragraph: PlaygroundParagraph; model: Paragraph } | { kind: 'table'; key: number; cells: { paragraph: PlaygroundParagraph; model: Paragraph }[] };

function piecesOf(paragraphs: readonly PlaygroundParagraph[]): Piece[] {
  const pieces: Piece[] = [];
  paragraphs.forEach((paragraph, index) => {
    const model = toParagraph(paragraph, index);
    const last = pieces.at(-1);
    if (paragraph.table) {
      if (last?.kind === 'table' && last.key === paragraph.table.table) last.cells.push({ paragraph, model });
      else pieces.push({ kind: 'table', key: paragraph.table.table, cells: [{ paragraph, model }] });
    } else pieces.push({ kind: 'paragraph', paragraph, model });
  });
  return pieces;
}

export function DocumentView({ state, strings, onParagraphClick }: ViewProps) {
  const styles = useStyles();
  const container = useRef<HTMLDivElement>(null);
  const pieces = useMemo(() => piecesOf(state.paragraphs), [state.paragraphs]);
  const commentsBy = useMemo(() => {
    const map = new Map<number | null, PlaygroundComment[]>();
    for (const comment of state.comments) map.set(comment.paragraphId, [...(map.get(comment.paragraphId) ?? []), comment]);
    return map;
  }, [state.comments]);

  useEffect(() => {
    if (!state.selection) return;
    const element = container.current?.querySelector<HTMLElement>(`[data-paragraph-id="${state.selection.id}"]`);
    if (!element) return;
    element.scrollIntoView({ block: 'center', behavior: 'auto' });
    element.focus({ preventScroll: true });
  }, [state.selection]);

  const render = (paragraph: PlaygroundParagraph, model: Paragraph, inCell: boolean): ReactNode => {
    const isHeading = !inCell && model.headingSource !== null && model.level !== null && model.level <= 3;
    const level = isHeading ? (model.level as number) : null;
    const selected = state.selection?.id === paragraph.id;
    const className = mergeClasses(
      styles.paragraph,
      level === 1 && styles.h1,
      level === 2 && styles.h2,
      level === 3 && styles.h3,
      paragraph.bold && styles.bold,
      paragraph.italic && styles.italic,
      paragraph.alignment === 'center' && styles.center,
      paragraph.alignment === 'right' && styles.right,
      paragraph.inserted && styles.inserted,
      paragraph.placeholder && styles.placeholder,
      selected && styles.selected,
    );
    const content = paragraph.runs
      ? paragraph.runs.map((run, i) => (
          <span key={i} className={mergeClasses(run.bold && styles.bold, run.italic && styles.italic)}>
            {run.text}
          </span>
        ))
      : paragraph.text;
    const common = {
      className,
      tabIndex: -1,
      'data-paragraph-id': String(paragraph.id),
      'data-paragraph-index': String(model.index),
      'data-selected': selected ? 'true' : undefined,
      'data-inserted': paragraph.inserted ? 'true' : undefined,
      'aria-current': selected ? ('true' as const) : undefined,
      onClick: () => onParagraphClick(paragraph.id),
    };
    // The document's headings sit below the page's own h1 (the pane) and h2 (the document region).
    const element = level !== null ? <div role="heading" aria-level={level + 2} {...common}>{content}</div> : <p {...common}>{content || '\u00a0'}</p>;
    const comments = commentsBy.get(paragraph.id);
    if (!comments || inCell) return <div key={paragraph.id}>{element}</div>;
    return (
      <div key={paragraph.id} className={styles.row}>
        {element}
        <aside className={styles.comment} aria-label={strings.commentFor(model.index + 1)}>
          {comments.map((comment) => (
            <p key={comment.id}>{comment.text}</p>
          ))}
        </aside>
      </div>
    );
  };

  return (
    <div ref={container} className={styles.page} data-testid="document-page">
      {pieces.length === 0 ? <p className={styles.empty}>{strings.emptyDocument}</p> : null}
      {pieces.map((piece) => {
        if (piece.kind === 'paragraph') return render(piece.paragraph, piece.model, false);
        const rows: { paragraph: PlaygroundParagraph; model: Paragraph }[][][] = [];
        for (const cell of piece.cells) {
          const { row, cell: column } = cell.paragraph.table as NonNullable<PlaygroundParagraph['table']>;
          const cells = (rows[row] ??= []);
          (cells[column] ??= []).push(cell);
        }
        return (
          <table key={`table-${piece.cells[0]?.paragraph.id}`} className={styles.table}>
            <tbody>
              {Array.from(rows, (row, r) => (
                <tr key={r}>
                  {Array.from(row ?? [], (cell, c) => (
                    <td key={c} className={styles.cell}>
                      {(cell ?? []).map(({ paragraph, model }) => render(paragraph, model, true))}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
    </div>
  );
}
