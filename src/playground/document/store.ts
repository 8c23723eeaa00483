/** The page's document: an immutable state, replaced on each change, that React reads with useSyncExternalStore. */
import type { OriginalPackage, PlaygroundComment, PlaygroundParagraph, PlaygroundState } from './types';
import type { PageLayout, RawParagraph } from '../../document/model';
import type { DocxFix } from '../../docx/patch-fixes';

type Listener = () => void;

export class PlaygroundStore {
  private state: PlaygroundState = { documentKey: 0, name: '', paragraphs: [], comments: [], selection: null, cursorId: null, original: null, fixes: [], page: null };
  private readonly listeners = new Set<Listener>();
  private lastId = 0;
  private lastTable = 0;
  private serial = 0;
  /** Settings are kept per document: opening another document starts with none. */
  private settings = new Map<string, unknown>();

  readonly subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): PlaygroundState => this.state;

  private update(change: Partial<PlaygroundState>): void {
    this.state = { ...this.state, ...change };
    for (const listener of this.listeners) listener();
  }

  nextId = (): number => ++this.lastId;

  /** A table number larger than any in use; read() renumbers tables in document order. */
  nextTable = (): number => {
    const used = this.state.paragraphs.reduce((max, p) => Math.max(max, p.table?.table ?? -1), -1);
    this.lastTable = Math.max(this.lastTable, used) + 1;
    return this.lastTable;
  };

  /** Replaces the document (a file was opened): new paragraphs, no comments, no selection, fresh settings. */
  open(name: string, paragraphs: readonly RawParagraph[], original: OriginalPackage | null = null): void {
    this.settings = new Map();
    this.update({
      documentKey: this.state.documentKey + 1,
      name,
      original,
      paragraphs: paragraphs.map((raw, source) => ({ ...stripDerived(raw), id: this.nextId(), source })),
      comments: [],
      selection: null,
      cursorId: null,
      fixes: [],
      page: original?.page ?? null,
    });
  }

  /** Records fixes for the file and shows them at once: paragraphs replaced by their fixed copies, the page set. */
  applyFixes(fixes: readonly DocxFix[], paragraphs: ReadonlyMap<number, PlaygroundParagraph>, page: PageLayout | null = this.state.page): void {
    this.update({
      fixes: [...this.state.fixes, ...fixes],
      paragraphs: this.state.paragraphs.map((p) => paragraphs.get(p.id) ?? p),
      page,
    });
  }

  /** Inserts after the paragraph with `afterId` (null: at the start) without touching any other paragraph. */
  insertAfter(afterId: number | null, inserted: readonly PlaygroundParagraph[]): void {
    const paragraphs = [...this.state.paragraphs];
    const at = afterId === null ? 0 : paragraphs.findIndex((p) => p.id === afterId) + 1;
    paragraphs.splice(at, 0, ...inserted);
    this.update({ paragraphs });
  }

  select(id: number): void {
    this.update({ selection: { id, serial: ++this.serial } });
  }

  setCursor(id: number): void {
    if (this.state.cursorId !== id) this.update({ cursorId: id });
  }

  addComment(paragraphId: number | null, text: string): void {
    const comment: PlaygroundComment = { id: this.nextId(), paragraphId, text };
    this.update({ comments: [...this.state.comments, comment] });
  }

  getSetting(key: string): unknown {
    return this.settings.get(key);
  }

  setSetting(key: string, value: unknown): void {
    this.settings.set(key, structuredClone(value));
  }
}

/** A Paragraph from readDocx carries derived fields (label, level, locator); the store keeps only the raw ones. */
function stripDerived(raw: RawParagraph): RawParagraph {
  const { text, listLabel, listLevel, styleId, styleName, builtInHeading, outlineLevel, bold, allCaps, italic, alignment, table, font } = raw;
  return { text, listLabel, listLevel, styleId, styleName, builtInHeading, outlineLevel, bold, allCaps, italic, alignment, table, ...(font ? { font } : {}) };
}
