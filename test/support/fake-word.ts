/**
 * A hand-written fake of the parts of Office.js (Word) the adapter uses, faithful where it matters for batching:
 * - loads, method results and writes are queued and run in order at `context.sync()`: values become visible, and
 *   writes change the fake document, only then (tests inspect `fake.paragraphs` afterwards);
 * - proxies reached through a path (getLast(), parentTableOrNullObject, getRange(), getSelection()) are resolved at
 *   their place in the batch, as Office.js does;
 * - reading a property that was not loaded and synced throws a "PropertyNotLoaded" error, as Office.js does;
 * - `load()` with no argument or "$all" throws here (the adapter must name its properties);
 * - every sync and every load is recorded, and so is every call that writes to the document (with its location);
 *   write methods the fake does not model (delete, clear, insertHtml, ...) are recorded and fail the sync;
 * - APIs beyond the document's requirement-set version fail at sync time with "ApiNotFound".
 * Word behaviours modelled: a paragraph inserted before/after another takes its paragraph formatting (style, list,
 * table cell, content control, font), as pressing Enter does; a table is a run of consecutive cell paragraphs (so
 * two tables inserted next to each other merge, as in Word); a table at the end of the body gets an empty paragraph
 * after it.
 * The document is built from a plain description and can be changed between runs (to test locators).
 */

export type FakeAlignment = 'Left' | 'Centered' | 'Right' | 'Justified' | 'Mixed' | 'Unknown';

/** Part of a paragraph's text: plain text, text deleted while changes are tracked, or tracked inserted text. */
export type FakeTextPart = string | { deleted: string } | { inserted: string };

/** Character formatting, of a paragraph as a whole or of one run in it. */
export interface FakeFontFields {
  /** null means mixed, as in Word. */
  bold?: boolean | null;
  italic?: boolean | null;
  allCaps?: boolean | null;
  underline?: boolean;
  fontName?: string;
  fontSize?: number;
  fontColor?: string;
}

/** A run of text with its own formatting; fields left out take the paragraph's. */
export interface FakeRun extends FakeFontFields {
  text: string;
}

export interface FakeContentControlState {
  tag: string;
  title: string;
  appearance: string;
}

export interface FakeParagraphSpec extends FakeFontFields {
  /** The text, or its parts when it has tracked changes. List labels are not part of it (as in Word). */
  text: string | FakeTextPart[];
  styleBuiltIn?: string;
  /** The (possibly localized) style name; defaults to a Vietnamese name for headings, else the built-in name. */
  style?: string;
  /** 1–9, or 10 for body text; defaults from the heading style. */
  outlineLevel?: number;
  list?: { listString: string; level?: number };
  alignment?: FakeAlignment;
  /** Several paragraphs of one cell share the same cell object (a new paragraph inserted after one takes it). */
  cell?: FakeCellSpec;
  /** Set by insertText: the runs whose texts, joined, are the text. */
  runs?: FakeRun[];
  /** The content control the paragraph is in. */
  contentControl?: FakeContentControlState;
  /** Points. */
  firstLineIndent?: number;
  spaceBefore?: number;
  spaceAfter?: number;
  lineSpacing?: number;
}

export interface FakeCellSpec {
  rowIndex: number;
  cellIndex: number;
  /** The cell's width in points, as Word gives TableCell.columnWidth (a cell merged across columns is their sum); 100
   * when the fixture does not say. */
  width?: number;
  depth?: number;
  /** The formatting of the table the cell is in; set for tables inserted through the API. */
  table?: FakeTableFormat;
}

/** The border locations of a table (Word.BorderLocation without the groups "Inside", "Outside", "All"). */
export const TABLE_BORDER_SIDES = ['Top', 'Left', 'Bottom', 'Right', 'InsideHorizontal', 'InsideVertical'] as const;
export type FakeBorderSide = (typeof TABLE_BORDER_SIDES)[number];

export interface FakeBorder {
  type: string;
  color: string;
  /** Points. */
  width: number;
}

/** What Table property sets and getBorder/getCell calls change (points for widths). */
export interface FakeTableFormat {
  /** A new table gets Word's "Table Grid": single black 0.5 pt borders everywhere. */
  borders: Record<FakeBorderSide, FakeBorder>;
  /** Per column index, as TableCell.columnWidth sets it (for uniform tables: the column's width). */
  columnWidths: (number | undefined)[];
  alignment?: string;
  headerRowCount?: number;
  styleBuiltIn?: string;
}

export interface FakeWordOptions {
  /** The highest WordApi minor version the host supports (3 for Office 2019/2021, 6+ for Microsoft 365). */
  wordApiMinor?: number;
  /** WordApiDesktop minor version, 0 when absent. */
  wordApiDesktopMinor?: number;
  /** Lie in isSetSupported: report these WordApi minors as supported even though the calls fail. */
  claimWordApiMinor?: number;
}

export interface LoadRecord {
  /** The Office.js type the load was queued on ("ParagraphCollection", "ListItem", ...). */
  on: string;
  /** The property paths named, as given (e.g. "items/font/bold"). */
  properties: string[];
  top?: number;
  skip?: number;
}

export interface WriteRecord {
  on: string;
  method: string;
}

/** An insert call with its location ("After", "End", "Replace", ...). */
export interface InsertRecord extends WriteRecord {
  location: string;
}

export interface SelectionRecord {
  paragraph: FakeParagraphState;
  /** Position of the selected paragraph in the document at the time of the sync. */
  index: number;
}

/** A place in the text: a paragraph and an offset into its text (as paragraph.text gives it). */
export interface FakePoint {
  paragraph: FakeParagraphState;
  offset: number;
}

export interface FakeSpan {
  start: FakePoint;
  end: FakePoint;
}

export interface FakeComment {
  paragraph: FakeParagraphState;
  text: string;
  /** The commented text. */
  anchorText: string;
}

/** What page setup calls set (points), WordApiDesktop 1.3. */
export interface FakePageSetup {
  paperSize?: string;
  topMargin?: number;
  bottomMargin?: number;
  leftMargin?: number;
  rightMargin?: number;
}

export class PropertyNotLoadedError extends Error {
  readonly code = 'PropertyNotLoaded';
  constructor(typeName: string, property: string) {
    super(`The property '${property}' of ${typeName} is not available. Call load() and context.sync() before reading it.`);
    this.name = 'RichApi.Error';
  }
}

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

/** One paragraph of the fake document; identity is kept when the document changes around it. */
export class FakeParagraphState {
  constructor(public spec: FakeParagraphSpec) {}

  /** The text as Word's paragraph.text gives it: tracked deletions included, list label excluded. */
  get wordText(): string {
    return this.parts.map((part) => (typeof part === 'string' ? part : 'deleted' in part ? part.deleted : part.inserted)).join('');
  }

  /** getReviewedText('Current'): deletions left out, insertions kept. */
  get currentText(): string {
    return this.parts.map((part) => (typeof part === 'string' ? part : 'deleted' in part ? '' : part.inserted)).join('');
  }

  get originalText(): string {
    return this.parts.map((part) => (typeof part === 'string' ? part : 'deleted' in part ? part.deleted : '')).join('');
  }

  get parts(): FakeTextPart[] {
    return typeof this.spec.text === 'string' ? [this.spec.text] : this.spec.text;
  }

  /** Table nesting depth: 0 outside tables. */
  get depth(): number {
    return this.spec.cell ? (this.spec.cell.depth ?? 1) : 0;
  }
}

const VIETNAMESE_STYLE_NAMES: Record<string, string> = {
  Normal: 'Normal',
  Heading1: 'Đầu đề 1',
  Heading2: 'Đầu đề 2',
  Heading3: 'Đầu đề 3',
  ListParagraph: 'Đoạn Danh sách',
  Title: 'Tiêu đề',
};

function headingLevel(styleBuiltIn: string | undefined): number | null {
  const match = /^Heading([1-9])$/.exec(styleBuiltIn ?? '');
  return match?.[1] ? Number(match[1]) : null;
}

/** The document shared by all request contexts (all Word.run calls) made from it. */
export class FakeWordDocument {
  paragraphs: FakeParagraphState[];
  readonly contexts: FakeRequestContext[] = [];
  readonly options: Required<FakeWordOptions>;
  /** The last selection made by any context. */
  selection: SelectionRecord | null = null;
  /** The user's selection (or cursor when collapsed); null: the cursor at the start of the document. */
  cursor: FakeSpan | null = null;
  readonly comments: FakeComment[] = [];
  readonly pageSetup: FakePageSetup = {};
  /** Document.changeTrackingMode (WordApi 1.4): 'Off', 'TrackAll' or 'TrackMineOnly'. */
  changeTrackingMode = 'Off';
  /** Every tracking mode set by any batch, in order (a test sees the user's mode put back). */
  readonly trackingModesSet: string[] = [];
  /** Handlers registered on the document's paragraph events (WordApi 1.6), by event, once the sync ran. */
  readonly paragraphEvents: Record<'added' | 'changed' | 'deleted', ((args: { type: string }) => Promise<unknown>)[]> = { added: [], changed: [], deleted: [] };

  /** The user edits a paragraph: Word raises onParagraphChanged. */
  async userEdits(): Promise<void> {
    for (const handler of this.paragraphEvents.changed) await handler({ type: 'ParagraphChanged' });
  }

  constructor(specs: FakeParagraphSpec[], options: FakeWordOptions = {}) {
    this.paragraphs = specs.map((spec) => new FakeParagraphState(spec));
    const wordApiMinor = options.wordApiMinor ?? 3;
    this.options = {
      wordApiMinor,
      wordApiDesktopMinor: options.wordApiDesktopMinor ?? 0,
      claimWordApiMinor: options.claimWordApiMinor ?? wordApiMinor,
    };
  }

  /** A new request context, as Word.run gives one. */
  newContext(): FakeRequestContext {
    const context = new FakeRequestContext(this);
    this.contexts.push(context);
    return context;
  }

  /** Word.run: a new context per call; a batch that leaves commands queued (never synced) is a bug in the adapter. */
  readonly run = async <T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> => {
    const context = this.newContext();
    const result = await batch(context as unknown as Word.RequestContext);
    if (context.pending > 0) throw new Error(`Word.run ended with ${context.pending} queued command(s) never synced.`);
    return result;
  };

  /** Office.context.requirements.isSetSupported, for this host. */
  readonly isSetSupported = (name: string, version?: string): boolean => {
    const minor = Number((version ?? '1.1').split('.')[1] ?? '0');
    if (name === 'WordApi') return minor <= this.options.claimWordApiMinor;
    if (name === 'WordApiDesktop') return minor <= this.options.wordApiDesktopMinor;
    return false;
  };

  /** Changes the document between runs, as the user would (not through the adapter). */
  insertParagraphAt(index: number, spec: FakeParagraphSpec): void {
    this.paragraphs.splice(index, 0, new FakeParagraphState(spec));
  }

  removeParagraphAt(index: number): void {
    this.paragraphs.splice(index, 1);
  }

  indexOf(paragraph: FakeParagraphState): number {
    return this.paragraphs.indexOf(paragraph);
  }

  /** The texts of all paragraphs, in order. */
  texts(): string[] {
    return this.paragraphs.map((paragraph) => paragraph.wordText);
  }

  /** The user selects text, from a paragraph and offset to another. */
  selectText(from: { index: number; offset: number }, to: { index: number; offset: number }): void {
    this.cursor = { start: this.point(from.index, from.offset), end: this.point(to.index, to.offset) };
  }

  /** The user puts the cursor in a paragraph. */
  placeCursor(index: number, offset = 0): void {
    const point = this.point(index, offset);
    this.cursor = { start: point, end: point };
  }

  private point(index: number, offset: number): FakePoint {
    const paragraph = this.paragraphs[index];
    if (!paragraph || offset < 0 || offset > paragraph.wordText.length) throw new Error(`No position ${index}:${offset} in the fake document.`);
    return { paragraph, offset };
  }

  /** The table at this depth that holds the paragraph: the run of consecutive paragraphs at least that deep. */
  tableAt(paragraph: FakeParagraphState, depth: number): FakeParagraphState[] | null {
    let index = this.indexOf(paragraph);
    if (index < 0 || depth < 1 || paragraph.depth < depth) return null;
    while (index > 0 && (this.paragraphs[index - 1]?.depth ?? 0) >= depth) index--;
    const cells: FakeParagraphState[] = [];
    for (let i = index; i < this.paragraphs.length && (this.paragraphs[i]?.depth ?? 0) >= depth; i++) {
      cells.push(this.paragraphs[i] as FakeParagraphState);
    }
    return cells;
  }

  /**
   * The table at this depth holding the paragraph as rows of cells of paragraphs (a cell may hold several), and its
   * format when it was inserted through the API. Paragraphs of tables nested deeper are left out.
   */
  tableGrid(paragraph: FakeParagraphState, depth = 1): { rows: FakeParagraphState[][][]; format: FakeTableFormat | undefined } | null {
    const members = this.tableAt(paragraph, depth);
    if (!members) return null;
    const rows: FakeParagraphState[][][] = [];
    let format: FakeTableFormat | undefined;
    for (const member of members) {
      const cell = member.spec.cell;
      if (!cell || member.depth !== depth) continue;
      format ??= cell.table;
      const row = (rows[cell.rowIndex] ??= []);
      (row[cell.cellIndex] ??= []).push(member);
    }
    return { rows, format };
  }

  /** @internal Inserts paragraphs next to an existing one. */
  insertNextTo(anchor: FakeParagraphState, where: 'Before' | 'After', inserted: FakeParagraphState[]): void {
    const index = this.indexOf(anchor);
    if (index < 0) throw new FakeOfficeError('ItemNotFound', 'The anchor paragraph is not in the document.');
    this.paragraphs.splice(where === 'After' ? index + 1 : index, 0, ...inserted);
  }
}

/** The paragraph formatting a new paragraph takes from the one it is inserted next to (as pressing Enter does). */
function inheritedSpec(anchor: FakeParagraphState, text: string, keepContentControl: boolean): FakeParagraphSpec {
  const { styleBuiltIn, style, outlineLevel, list, cell, alignment, contentControl, bold, italic, fontName, fontSize, fontColor } = anchor.spec;
  const { firstLineIndent, spaceBefore, spaceAfter, lineSpacing } = anchor.spec;
  const spec: FakeParagraphSpec = {
    text,
    styleBuiltIn,
    style,
    outlineLevel,
    list,
    cell,
    alignment,
    bold,
    italic,
    fontName,
    fontSize,
    fontColor,
    firstLineIndent,
    spaceBefore,
    spaceAfter,
    lineSpacing,
  };
  if (keepContentControl) spec.contentControl = contentControl;
  for (const key of Object.keys(spec) as (keyof FakeParagraphSpec)[]) if (spec[key] === undefined) delete spec[key];
  return spec;
}

type LoadArgument = string | string[] | { select?: string; expand?: string; top?: number; skip?: number } | undefined;

/** Splits a load argument into property paths, refusing the loads the adapter must never do. */
function propertyPaths(typeName: string, argument: LoadArgument): { paths: string[]; top?: number; skip?: number } {
  if (argument === undefined || argument === null) {
    throw new Error(`Bare load() on ${typeName}: name the properties to load.`);
  }
  let paths: string[];
  let top: number | undefined;
  let skip: number | undefined;
  if (typeof argument === 'string') paths = argument.split(',');
  else if (Array.isArray(argument)) paths = argument;
  else {
    paths = [...(argument.select ?? '').split(','), ...(argument.expand ?? '').split(',')];
    top = argument.top;
    skip = argument.skip;
  }
  paths = paths.map((path) => path.trim()).filter((path) => path !== '');
  if (paths.length === 0) throw new Error(`Empty load() on ${typeName}: name the properties to load.`);
  if (paths.some((path) => path === '$all' || path.endsWith('/$all'))) {
    throw new Error(`load("$all") on ${typeName}: name the properties to load.`);
  }
  return { paths, top, skip };
}

export class FakeRequestContext {
  syncCount = 0;
  readonly loads: LoadRecord[] = [];
  readonly writes: WriteRecord[] = [];
  /** The insert calls among the writes, with their locations. */
  readonly insertions: InsertRecord[] = [];
  readonly document: FakeDocumentProxy;
  private queue: (() => void)[] = [];

  constructor(readonly fake: FakeWordDocument) {
    this.document = new FakeDocumentProxy(this);
  }

  /** Commands queued and not yet synced. */
  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    this.syncCount++;
    const queued = this.queue;
    this.queue = [];
    // Office runs the whole batch on the host; one failing command fails the sync.
    for (const command of queued) command();
  }

  /** @internal */
  enqueue(command: () => void): void {
    this.queue.push(command);
  }

  /** @internal */
  recordLoad(typeName: string, argument: LoadArgument): { paths: string[]; top?: number; skip?: number } {
    const parsed = propertyPaths(typeName, argument);
    this.loads.push({ on: typeName, properties: parsed.paths, top: parsed.top, skip: parsed.skip });
    return parsed;
  }

  /** @internal */
  recordWrite(on: string, method: string, location?: string): void {
    this.writes.push({ on, method });
    if (location !== undefined) this.insertions.push({ on, method, location });
  }

  /** @internal Fails at sync when the API needs a newer WordApi than the host has. */
  requireWordApi(minor: number, what: string): void {
    if (this.fake.options.wordApiMinor < minor) {
      this.enqueue(() => {
        throw new FakeOfficeError('ApiNotFound', `${what} needs WordApi 1.${minor}.`);
      });
    }
  }

  /** @internal Fails at sync when the API needs a newer WordApiDesktop than the host has. */
  requireWordApiDesktop(minor: number, what: string): void {
    if (this.fake.options.wordApiDesktopMinor < minor) {
      this.enqueue(() => {
        throw new FakeOfficeError('ApiNotFound', `${what} needs WordApiDesktop 1.${minor}.`);
      });
    }
  }
}

/** Base of every fake proxy object: properties visible only after load + sync; null objects for *OrNullObject. */
abstract class FakeClientObject {
  protected readonly visible = new Map<string, unknown>();
  protected abstract readonly typeName: string;

  constructor(readonly context: FakeRequestContext) {}

  get isNullObject(): boolean {
    return this.read('isNullObject');
  }

  /** False for a null object (an *OrNullObject that found nothing). */
  protected exists(): boolean {
    return true;
  }

  protected read<T>(property: string): T {
    if (property !== 'isNullObject' && this.visible.get('isNullObject') === true) {
      throw new FakeOfficeError('InvalidObjectPath', `${this.typeName} is a null object: check isNullObject before reading '${property}'.`);
    }
    if (!this.visible.has(property)) throw new PropertyNotLoadedError(this.typeName, property);
    return this.visible.get(property) as T;
  }

  /** Records a write and queues the change it makes to the document. */
  protected change(method: string, command: () => void, location?: string): void {
    this.context.recordWrite(this.typeName, method, location);
    this.context.enqueue(() => {
      if (!this.exists()) throw new FakeOfficeError('InvalidObjectPath', `${this.typeName}.${method} on a null object.`);
      command();
    });
  }

  load(argument?: LoadArgument): this {
    const { paths } = this.context.recordLoad(this.typeName, argument);
    this.context.enqueue(() => this.applyPaths(paths));
    return this;
  }

  /** @internal Makes the current values of these paths visible (run at sync time). */
  applyPaths(paths: string[]): void {
    const exists = this.exists();
    this.visible.set('isNullObject', !exists);
    if (!exists) return;
    const own: string[] = [];
    const nested = new Map<string, string[]>();
    for (const path of paths) {
      const [head, ...rest] = path.split('/');
      if (head === undefined) continue;
      if (rest.length === 0) own.push(head);
      else nested.set(head, [...(nested.get(head) ?? []), rest.join('/')]);
    }
    for (const property of own) {
      if (property === 'isNullObject') continue;
      // Loading a navigation property alone loads nothing (Office.js: "load only leaf properties").
      if (this.navigation(property) !== undefined) continue;
      this.visible.set(property, this.currentValue(property));
    }
    for (const [property, rest] of nested) {
      const child = this.navigation(property);
      if (child === undefined) throw new FakeOfficeError('PropertyNotFound', `${this.typeName} has no navigation property '${property}'.`);
      child.applyPaths(rest);
    }
  }

  /** The value of a scalar property now; throws for properties the fake does not know. */
  protected abstract currentValue(property: string): unknown;

  protected navigation(_property: string): FakeClientObject | undefined {
    return undefined;
  }

  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }

  protected unknown(property: string): never {
    throw new FakeOfficeError('PropertyNotFound', `The fake ${this.typeName} has no property '${property}'.`);
  }
}

export class FakeClientResult<T> {
  private loaded = false;
  private result: T | undefined;

  constructor(context: FakeRequestContext, compute: () => T) {
    context.enqueue(() => {
      this.result = compute();
      this.loaded = true;
    });
  }

  get value(): T {
    if (!this.loaded) throw new PropertyNotLoadedError('ClientResult', 'value');
    return this.result as T;
  }
}

/** Write methods of Office.js the fake does not model: recorded, and the sync fails so that a test notices. */
const UNMODELLED_WRITES = [
  'insertText',
  'insertParagraph',
  'insertHtml',
  'insertOoxml',
  'insertBreak',
  'insertFileFromBase64',
  'insertContentControl',
  'insertTable',
  'insertInlinePictureFromBase64',
  'insertComment',
  'delete',
  'clear',
  'set',
  'attachToList',
  'detachFromList',
  'startNewList',
] as const;

function recordsWrites<T extends abstract new (...args: never[]) => FakeClientObject>(base: T): T {
  for (const method of UNMODELLED_WRITES) {
    if (method in base.prototype) continue;
    Object.defineProperty(base.prototype, method, {
      value(this: FakeClientObject, ...args: unknown[]) {
        const location = args.find((arg): arg is string => typeof arg === 'string' && /^(Replace|Start|End|Before|After)$/.test(arg));
        const self = this as unknown as { typeName: string; context: FakeRequestContext };
        self.context.recordWrite(self.typeName, method, location);
        self.context.enqueue(() => {
          throw new FakeOfficeError('NotImplemented', `The fake ${self.typeName} does not model ${method}().`);
        });
        return this;
      },
      configurable: true,
    });
  }
  return base;
}

// ----- positions and text of spans -----

function documentOf(context: FakeRequestContext): FakeWordDocument {
  return context.fake;
}

function comparePoints(fake: FakeWordDocument, a: FakePoint, b: FakePoint): number {
  const byParagraph = fake.indexOf(a.paragraph) - fake.indexOf(b.paragraph);
  return byParagraph !== 0 ? byParagraph : a.offset - b.offset;
}

function paragraphsOf(fake: FakeWordDocument, span: FakeSpan): FakeParagraphState[] {
  const from = fake.indexOf(span.start.paragraph);
  const to = fake.indexOf(span.end.paragraph);
  if (from < 0 || to < 0) throw new FakeOfficeError('ItemNotFound', 'The range is no longer in the document.');
  return fake.paragraphs.slice(from, to + 1);
}

function textOf(fake: FakeWordDocument, span: FakeSpan): string {
  const paragraphs = paragraphsOf(fake, span);
  return paragraphs
    .map((paragraph, i) => {
      const text = paragraph.wordText;
      const start = i === 0 ? span.start.offset : 0;
      const end = i === paragraphs.length - 1 ? span.end.offset : text.length;
      return text.slice(start, end);
    })
    .join('\r');
}

function wholeSpan(paragraphs: FakeParagraphState[]): FakeSpan {
  const first = paragraphs[0];
  const last = paragraphs.at(-1);
  if (!first || !last) throw new FakeOfficeError('ItemNotFound', 'Empty range.');
  return { start: { paragraph: first, offset: 0 }, end: { paragraph: last, offset: last.wordText.length } };
}

type RangeLocation = 'Whole' | 'Start' | 'End' | 'After' | 'Content' | 'Before';

function subSpan(fake: FakeWordDocument, span: FakeSpan, location: RangeLocation): FakeSpan {
  switch (location) {
    case 'Whole':
    case 'Content':
      return span;
    case 'Start':
      return { start: span.start, end: span.start };
    case 'End':
      return { start: span.end, end: span.end };
    case 'After': {
      const next = fake.paragraphs[fake.indexOf(span.end.paragraph) + 1];
      if (!next) throw new FakeOfficeError('ItemNotFound', 'Nothing after the range.');
      const point = { paragraph: next, offset: 0 };
      return { start: point, end: point };
    }
    default:
      throw new FakeOfficeError('InvalidArgument', `The fake does not model getRange('${location}').`);
  }
}

// ----- document, body, ranges -----

class FakeDocumentProxy extends FakeClientObject {
  protected readonly typeName = 'Document';
  readonly body: FakeBody;
  private pageSetupProxy: FakePageSetupProxy | undefined;

  constructor(context: FakeRequestContext) {
    super(context);
    this.body = new FakeBody(context);
  }

  getSelection(): FakeRange {
    const fake = documentOf(this.context);
    return new FakeRange(this.context, () => {
      if (fake.cursor) return fake.cursor;
      const first = fake.paragraphs[0];
      return first ? { start: { paragraph: first, offset: 0 }, end: { paragraph: first, offset: 0 } } : null;
    });
  }

  /** WordApi 1.6 events: registered at sync; on an older Word the sync fails with ApiNotFound. */
  get onParagraphAdded() {
    return this.paragraphEvent('added');
  }

  get onParagraphChanged() {
    return this.paragraphEvent('changed');
  }

  get onParagraphDeleted() {
    return this.paragraphEvent('deleted');
  }

  private paragraphEvent(kind: 'added' | 'changed' | 'deleted') {
    const context = this.context;
    return {
      add: (handler: (args: { type: string }) => Promise<unknown>) => {
        context.requireWordApi(6, `Document.onParagraph${kind}`);
        context.enqueue(() => {
          if (context.fake.options.wordApiMinor >= 6) documentOf(context).paragraphEvents[kind].push(handler);
        });
        return { remove: () => undefined };
      },
    };
  }

  /** WordApi 1.4: read after a load; a write takes effect in batch order. */
  get changeTrackingMode(): string {
    return this.read('changeTrackingMode');
  }

  set changeTrackingMode(mode: string) {
    this.context.requireWordApi(4, 'Document.changeTrackingMode');
    this.change('set', () => {
      documentOf(this.context).changeTrackingMode = mode;
      documentOf(this.context).trackingModesSet.push(mode);
    });
  }

  /** WordApiDesktop 1.3. */
  get pageSetup(): FakePageSetupProxy {
    this.pageSetupProxy ??= new FakePageSetupProxy(this.context);
    return this.pageSetupProxy;
  }

  protected currentValue(property: string): unknown {
    if (property === 'changeTrackingMode') {
      this.context.requireWordApi(4, 'Document.changeTrackingMode');
      return documentOf(this.context).changeTrackingMode;
    }
    return this.unknown(property);
  }
}

class FakePageSetupProxy extends FakeClientObject {
  protected readonly typeName = 'PageSetup';

  private set(key: keyof FakePageSetup, value: string | number): void {
    this.context.requireWordApiDesktop(3, `PageSetup.${key}`);
    this.change(`${key}=`, () => {
      (documentOf(this.context).pageSetup as Record<string, unknown>)[key] = value;
    });
  }

  set paperSize(value: string) {
    this.set('paperSize', value);
  }
  set topMargin(value: number) {
    this.set('topMargin', value);
  }
  set bottomMargin(value: number) {
    this.set('bottomMargin', value);
  }
  set leftMargin(value: number) {
    this.set('leftMargin', value);
  }
  set rightMargin(value: number) {
    this.set('rightMargin', value);
  }

  protected currentValue(property: string): unknown {
    const value = (documentOf(this.context).pageSetup as Record<string, unknown>)[property];
    return value === undefined ? this.unknown(property) : value;
  }
}

class FakeBodyBase extends FakeClientObject {
  protected readonly typeName = 'Body';
  readonly paragraphs: FakeParagraphCollection;

  /** The document's body, or a table cell's (`cell`: the paragraphs of the cell, resolved at sync time). */
  constructor(
    context: FakeRequestContext,
    private readonly cell: (() => FakeParagraphState[]) | null = null,
  ) {
    super(context);
    this.paragraphs = new FakeParagraphCollection(context, () => this.members());
  }

  private members(): FakeParagraphState[] {
    return this.cell ? this.cell() : documentOf(this.context).paragraphs;
  }

  protected currentValue(property: string): unknown {
    if (property === 'text') return this.members().map((p) => p.wordText).join('\r');
    return this.unknown(property);
  }

  getTrackedChanges(): FakeTrackedChangeCollection {
    this.context.requireWordApi(6, 'Body.getTrackedChanges');
    return new FakeTrackedChangeCollection(this.context);
  }

  getRange(location: RangeLocation = 'Whole'): FakeRange {
    this.context.requireWordApi(3, 'Body.getRange');
    const fake = documentOf(this.context);
    return new FakeRange(this.context, () => subSpan(fake, wholeSpan(this.members()), location));
  }

  /** In a cell, the new paragraph stays in the cell and takes the formatting of the paragraph it follows or precedes. */
  insertParagraph(text: string, location: 'Start' | 'End'): FakeParagraph {
    const created = new FakeParagraphState({ text });
    this.change(
      'insertParagraph',
      () => {
        const fake = documentOf(this.context);
        if (location !== 'Start' && location !== 'End') throw new FakeOfficeError('InvalidArgument', `Body.insertParagraph does not take '${String(location)}'.`);
        if (this.cell) {
          const members = this.members();
          const anchor = (location === 'Start' ? members[0] : members.at(-1)) as FakeParagraphState;
          created.spec = inheritedSpec(anchor, text, false);
          fake.insertNextTo(anchor, location === 'Start' ? 'Before' : 'After', [created]);
        } else if (location === 'Start') fake.paragraphs.unshift(created);
        else fake.paragraphs.push(created);
      },
      location,
    );
    return new FakeParagraph(this.context, created);
  }
}
const FakeBody = recordsWrites(FakeBodyBase);
type FakeBody = FakeBodyBase;

export class FakeRangeBase extends FakeClientObject {
  protected readonly typeName: string = 'Range';
  private span: FakeSpan | null | undefined;
  private paragraphCollection: FakeParagraphCollection | undefined;
  private fontProxy: FakeFont | undefined;
  private tableProxy: FakeTable | undefined;

  /** The span is fixed at this proxy's place in the batch. `run`: the run an insertText made, for its font. */
  constructor(
    context: FakeRequestContext,
    resolve: () => FakeSpan | null,
    private readonly run: { run: FakeRun; paragraph: FakeParagraphState } | null = null,
  ) {
    super(context);
    context.enqueue(() => {
      this.span = resolve();
    });
  }

  protected override exists(): boolean {
    return this.span !== null && this.span !== undefined;
  }

  /** @internal A range a sync creates (a search result) knows its span at once. */
  settle(span: FakeSpan): void {
    this.span = span;
  }

  private resolved(): FakeSpan {
    if (!this.span) throw new FakeOfficeError('InvalidObjectPath', 'The range is not available.');
    return this.span;
  }

  get isEmpty(): boolean {
    return this.read('isEmpty');
  }
  get text(): string {
    return this.read('text');
  }

  protected currentValue(property: string): unknown {
    const fake = documentOf(this.context);
    const span = this.resolved();
    if (property === 'isEmpty') return comparePoints(fake, span.start, span.end) === 0;
    if (property === 'text') return textOf(fake, span);
    return this.unknown(property);
  }

  get paragraphs(): FakeParagraphCollection {
    this.paragraphCollection ??= new FakeParagraphCollection(this.context, () => paragraphsOf(documentOf(this.context), this.resolved()));
    return this.paragraphCollection;
  }

  get font(): FakeFont {
    this.fontProxy ??= new FakeFont(this.context, () =>
      this.run ? { paragraphs: [this.run.paragraph], run: this.run.run } : { paragraphs: paragraphsOf(documentOf(this.context), this.resolved()), run: null },
    );
    return this.fontProxy;
  }

  get parentTableOrNullObject(): FakeTable {
    this.context.requireWordApi(3, 'Range.parentTableOrNullObject');
    this.tableProxy ??= new FakeTable(this.context, () => {
      const paragraph = this.resolved().start.paragraph;
      return documentOf(this.context).tableAt(paragraph, paragraph.depth);
    });
    return this.tableProxy;
  }

  protected override navigation(property: string): FakeClientObject | undefined {
    if (property === 'font') return this.font;
    return undefined;
  }

  getRange(location: RangeLocation = 'Whole'): FakeRange {
    this.context.requireWordApi(3, 'Range.getRange');
    return new FakeRange(this.context, () => subSpan(documentOf(this.context), this.resolved(), location));
  }

  expandTo(other: FakeRangeBase): FakeRange {
    this.context.requireWordApi(3, 'Range.expandTo');
    return new FakeRange(this.context, () => {
      const fake = documentOf(this.context);
      const a = this.resolved();
      const b = other.resolved();
      return {
        start: comparePoints(fake, a.start, b.start) <= 0 ? a.start : b.start,
        end: comparePoints(fake, a.end, b.end) >= 0 ? a.end : b.end,
      };
    });
  }

  /** 'Replace' within one plain part of one paragraph: tracked (a deletion and an insertion) when the document tracks. */
  insertText(text: string, location: 'Replace'): FakeRange {
    if (location !== 'Replace') throw new FakeOfficeError('NotImplemented', `The fake Range.insertText models only 'Replace', not '${String(location)}'.`);
    this.change(
      'insertText',
      () => {
        const fake = documentOf(this.context);
        const { start, end } = this.resolved();
        if (start.paragraph !== end.paragraph) throw new FakeOfficeError('NotImplemented', 'The fake replaces text within one paragraph only.');
        const paragraph = start.paragraph;
        if (paragraph.spec.runs) throw new FakeOfficeError('NotImplemented', 'The fake replaces text only in paragraphs without runs.');
        const parts = paragraph.parts;
        let at = 0;
        const index = parts.findIndex((part) => {
          const length = (typeof part === 'string' ? part : 'deleted' in part ? part.deleted : part.inserted).length;
          const inside = typeof part === 'string' && start.offset >= at && end.offset <= at + length;
          if (!inside) at += length;
          return inside;
        });
        if (index < 0) throw new FakeOfficeError('NotImplemented', 'The fake replaces text within one plain part only.');
        const part = parts[index] as string;
        const before = part.slice(0, start.offset - at);
        const old = part.slice(start.offset - at, end.offset - at);
        const after = part.slice(end.offset - at);
        const replaced: FakeTextPart[] = fake.changeTrackingMode === 'Off' ? [before + text + after] : [before, { deleted: old }, { inserted: text }, after];
        const next = [...parts.slice(0, index), ...replaced.filter((p) => p !== ''), ...parts.slice(index + 1)];
        paragraph.spec.text = next.every((p) => typeof p === 'string') ? next.join('') : next;
      },
      location,
    );
    return this as unknown as FakeRange;
  }

  insertComment(text: string): FakeCommentProxy {
    this.context.requireWordApi(4, 'Range.insertComment');
    const comment: FakeComment = { paragraph: new FakeParagraphState({ text: '' }), text, anchorText: '' };
    this.change('insertComment', () => {
      const span = this.resolved();
      comment.paragraph = span.start.paragraph;
      comment.anchorText = textOf(documentOf(this.context), span);
      documentOf(this.context).comments.push(comment);
    });
    return new FakeCommentProxy(this.context, comment);
  }

  select(_mode?: string): void {
    this.context.enqueue(() => {
      const span = this.resolved();
      const fake = documentOf(this.context);
      fake.cursor = span;
      fake.selection = { paragraph: span.start.paragraph, index: fake.indexOf(span.start.paragraph) };
    });
  }
}
const FakeRange = recordsWrites(FakeRangeBase);
type FakeRange = FakeRangeBase;

class FakeCommentProxy extends FakeClientObject {
  protected readonly typeName = 'Comment';

  constructor(
    context: FakeRequestContext,
    private readonly comment: FakeComment,
  ) {
    super(context);
  }

  protected currentValue(property: string): unknown {
    if (property === 'content') return this.comment.text;
    return this.unknown(property);
  }
}

// ----- paragraphs -----

/** The ranges Paragraph.search finds, after load('items'). */
class FakeRangeCollection extends FakeClientObject {
  protected readonly typeName = 'RangeCollection';
  private itemProxies: FakeRange[] | null = null;

  constructor(
    context: FakeRequestContext,
    private readonly source: () => FakeSpan[],
  ) {
    super(context);
  }

  get items(): FakeRange[] {
    if (this.itemProxies === null) throw new PropertyNotLoadedError(this.typeName, 'items');
    return this.itemProxies;
  }

  override load(argument?: LoadArgument): this {
    const { paths } = this.context.recordLoad(this.typeName, argument);
    const itemPaths = paths.map((path) => path.replace(/^items\//, '')).filter((path) => path !== 'items');
    this.context.enqueue(() => {
      this.itemProxies = this.source().map((span) => {
        const range = new FakeRange(this.context, () => span);
        range.settle(span);
        range.applyPaths(itemPaths);
        return range;
      });
    });
    return this;
  }

  protected currentValue(property: string): unknown {
    return this.unknown(property);
  }
}

export class FakeParagraphCollection extends FakeClientObject {
  protected readonly typeName = 'ParagraphCollection';
  private itemProxies: FakeParagraph[] | null = null;

  constructor(
    context: FakeRequestContext,
    private readonly source: () => FakeParagraphState[],
  ) {
    super(context);
  }

  get items(): FakeParagraph[] {
    if (this.itemProxies === null) throw new PropertyNotLoadedError(this.typeName, 'items');
    return this.itemProxies;
  }

  override load(argument?: LoadArgument): this {
    const { paths, top, skip } = this.context.recordLoad(this.typeName, argument);
    const itemPaths = paths.map((path) => path.replace(/^items\//, '')).filter((path) => path !== 'items');
    this.context.enqueue(() => {
      const all = this.source();
      const start = skip ?? 0;
      const slice = all.slice(start, top === undefined ? undefined : start + top);
      this.itemProxies = slice.map((state) => new FakeParagraph(this.context, state));
      for (const item of this.itemProxies) item.applyPaths(itemPaths);
    });
    return this;
  }

  private pick(which: 'first' | 'last', orNull: boolean): FakeParagraph {
    if (orNull) this.context.requireWordApi(3, `ParagraphCollection.get${which}OrNullObject`);
    return new FakeParagraph(this.context, () => {
      const all = this.source();
      const found = which === 'first' ? all[0] : all.at(-1);
      if (!found && !orNull) throw new FakeOfficeError('ItemNotFound', 'The collection is empty.');
      return found ?? null;
    });
  }

  getFirst(): FakeParagraph {
    return this.pick('first', false);
  }
  getLast(): FakeParagraph {
    return this.pick('last', false);
  }
  getFirstOrNullObject(): FakeParagraph {
    return this.pick('first', true);
  }
  getLastOrNullObject(): FakeParagraph {
    return this.pick('last', true);
  }

  protected currentValue(property: string): unknown {
    return this.unknown(property);
  }
}

class FakeParagraphBase extends FakeClientObject {
  protected readonly typeName = 'Paragraph';
  readonly font: FakeFont;
  private resolvedState: FakeParagraphState | null | undefined;
  private listItemProxy: FakeListItem | undefined;
  private tableCellProxy: FakeTableCell | undefined;
  private tableProxy: FakeTable | undefined;

  /** A paragraph known now, or one reached through a path and fixed at this proxy's place in the batch. */
  constructor(context: FakeRequestContext, source: FakeParagraphState | (() => FakeParagraphState | null)) {
    super(context);
    if (source instanceof FakeParagraphState) this.resolvedState = source;
    else
      context.enqueue(() => {
        this.resolvedState = source();
      });
    this.font = new FakeFont(context, () => ({ paragraphs: [this.state], run: null }));
  }

  get state(): FakeParagraphState {
    if (!this.resolvedState) throw new FakeOfficeError('InvalidObjectPath', 'The paragraph is a null object or not resolved yet.');
    return this.resolvedState;
  }

  protected override exists(): boolean {
    return this.resolvedState !== null && this.resolvedState !== undefined;
  }

  private setSpec<K extends keyof FakeParagraphSpec>(key: K, value: FakeParagraphSpec[K], minor = 1): void {
    if (minor > 1) this.context.requireWordApi(minor, `Paragraph.${String(key)}`);
    this.change(`${String(key)}=`, () => {
      this.state.spec[key] = value;
    });
  }

  get text(): string {
    return this.read('text');
  }
  get style(): string {
    return this.read('style');
  }
  set style(value: string) {
    this.setSpec('style', value);
  }
  get styleBuiltIn(): string {
    return this.read('styleBuiltIn');
  }
  set styleBuiltIn(value: string) {
    this.context.requireWordApi(3, 'Paragraph.styleBuiltIn');
    this.change('styleBuiltIn=', () => {
      const spec = this.state.spec;
      spec.styleBuiltIn = value;
      delete spec.style;
      delete spec.outlineLevel;
    });
  }
  get outlineLevel(): number {
    return this.read('outlineLevel');
  }
  set outlineLevel(value: number) {
    this.setSpec('outlineLevel', value);
  }
  get alignment(): string {
    return this.read('alignment');
  }
  set alignment(value: string) {
    this.setSpec('alignment', value as FakeAlignment);
  }
  get firstLineIndent(): number {
    return this.read('firstLineIndent');
  }
  set firstLineIndent(value: number) {
    this.setSpec('firstLineIndent', value);
  }
  get spaceBefore(): number {
    return this.read('spaceBefore');
  }
  set spaceBefore(value: number) {
    this.setSpec('spaceBefore', value);
  }
  get spaceAfter(): number {
    return this.read('spaceAfter');
  }
  set spaceAfter(value: number) {
    this.setSpec('spaceAfter', value);
  }
  get lineSpacing(): number {
    return this.read('lineSpacing');
  }
  set lineSpacing(value: number) {
    this.setSpec('lineSpacing', value);
  }
  get isListItem(): boolean {
    return this.read('isListItem');
  }
  get tableNestingLevel(): number {
    return this.read('tableNestingLevel');
  }
  get uniqueLocalId(): string {
    return this.read('uniqueLocalId');
  }

  get listItemOrNullObject(): FakeListItem {
    this.listItemProxy ??= new FakeListItem(this.context, () => this.state);
    return this.listItemProxy;
  }

  get parentTableCellOrNullObject(): FakeTableCell {
    this.tableCellProxy ??= new FakeTableCell(this.context, () => this.state);
    return this.tableCellProxy;
  }

  get parentTableOrNullObject(): FakeTable {
    this.context.requireWordApi(3, 'Paragraph.parentTableOrNullObject');
    this.tableProxy ??= new FakeTable(this.context, () => documentOf(this.context).tableAt(this.state, this.state.depth));
    return this.tableProxy;
  }

  protected override navigation(property: string): FakeClientObject | undefined {
    if (property === 'font') return this.font;
    if (property === 'listItemOrNullObject') return this.listItemOrNullObject;
    if (property === 'parentTableCellOrNullObject') return this.parentTableCellOrNullObject;
    return undefined;
  }

  protected currentValue(property: string): unknown {
    const spec = this.state.spec;
    switch (property) {
      case 'text':
        return this.state.wordText;
      case 'styleBuiltIn':
        return spec.styleBuiltIn ?? 'Normal';
      case 'style': {
        const builtIn = spec.styleBuiltIn ?? 'Normal';
        return spec.style ?? VIETNAMESE_STYLE_NAMES[builtIn] ?? builtIn;
      }
      case 'outlineLevel':
        return spec.outlineLevel ?? headingLevel(spec.styleBuiltIn) ?? 10;
      case 'alignment':
        return spec.alignment ?? 'Left';
      case 'isListItem':
        return spec.list !== undefined;
      case 'tableNestingLevel':
        return this.state.depth;
      case 'firstLineIndent':
        return spec.firstLineIndent ?? 0;
      case 'spaceBefore':
        return spec.spaceBefore ?? 0;
      case 'spaceAfter':
        return spec.spaceAfter ?? 0;
      case 'lineSpacing':
        return spec.lineSpacing ?? 12;
      case 'uniqueLocalId':
        if (this.context.fake.options.wordApiMinor < 6) throw new FakeOfficeError('ApiNotFound', 'uniqueLocalId needs WordApi 1.6.');
        return `{fake-${this.context.fake.paragraphs.indexOf(this.state)}}`;
      default:
        return this.unknown(property);
    }
  }

  /** Paragraph.search (WordApi 1.1): literal text, case-sensitive with matchCase; "^" and wildcards are not modelled. */
  search(text: string, options: { matchCase?: boolean; matchWildcards?: boolean } = {}): FakeRangeCollection {
    if (options.matchWildcards || text.includes('^')) throw new FakeOfficeError('NotImplemented', 'The fake searches literal text only.');
    if (text.length > 255) throw new FakeOfficeError('SearchStringInvalidOrTooLong', 'The search string is longer than 255 characters.');
    return new FakeRangeCollection(this.context, () => {
      const paragraph = this.state;
      const haystack = options.matchCase ? paragraph.wordText : paragraph.wordText.toLowerCase();
      const needle = options.matchCase ? text : text.toLowerCase();
      const spans: FakeSpan[] = [];
      for (let at = haystack.indexOf(needle); at >= 0 && needle !== ''; at = haystack.indexOf(needle, at + needle.length)) {
        spans.push({ start: { paragraph, offset: at }, end: { paragraph, offset: at + needle.length } });
      }
      return spans;
    });
  }

  getReviewedText(version: 'Original' | 'Current' = 'Current'): FakeClientResult<string> {
    this.context.requireWordApi(4, 'Paragraph.getReviewedText');
    return new FakeClientResult(this.context, () => (version === 'Original' ? this.state.originalText : this.state.currentText));
  }

  select(_mode?: string): void {
    this.context.enqueue(() => {
      const fake = this.context.fake;
      const index = fake.indexOf(this.state);
      if (index < 0) throw new FakeOfficeError('ItemNotFound', 'The paragraph no longer exists.');
      fake.selection = { paragraph: this.state, index };
      fake.cursor = wholeSpan([this.state]);
    });
  }

  getRange(location: RangeLocation = 'Whole'): FakeRange {
    this.context.requireWordApi(3, 'Paragraph.getRange');
    return new FakeRange(this.context, () => subSpan(documentOf(this.context), wholeSpan([this.state]), location));
  }

  insertParagraph(text: string, location: 'Before' | 'After'): FakeParagraph {
    const created = new FakeParagraphState({ text });
    this.change(
      'insertParagraph',
      () => {
        if (location !== 'Before' && location !== 'After') {
          throw new FakeOfficeError('InvalidArgument', `Paragraph.insertParagraph does not take '${String(location)}'.`);
        }
        created.spec = inheritedSpec(this.state, text, true);
        documentOf(this.context).insertNextTo(this.state, location, [created]);
      },
      location,
    );
    return new FakeParagraph(this.context, created);
  }

  insertText(text: string, location: 'Replace' | 'Start' | 'End'): FakeRange {
    const run: FakeRun = { text };
    let paragraph: FakeParagraphState | null = null;
    this.change(
      'insertText',
      () => {
        paragraph = this.state;
        const spec = paragraph.spec;
        if (typeof spec.text !== 'string') throw new FakeOfficeError('NotImplemented', 'The fake inserts text only into paragraphs without tracked changes.');
        if (location === 'Replace') spec.runs = [run];
        else {
          const runs = spec.runs ?? (spec.text === '' ? [] : [{ text: spec.text }]);
          if (location === 'Start') runs.unshift(run);
          else if (location === 'End') runs.push(run);
          else throw new FakeOfficeError('InvalidArgument', `Paragraph.insertText does not take '${String(location)}'.`);
          spec.runs = runs;
        }
        spec.text = spec.runs.map((r) => r.text).join('');
      },
      location,
    );
    const state = (): FakeParagraphState => paragraph ?? this.state;
    return new FakeRange(
      this.context,
      () => {
        const target = state();
        let offset = 0;
        for (const r of target.spec.runs ?? []) {
          if (r === run) break;
          offset += r.text.length;
        }
        return { start: { paragraph: target, offset }, end: { paragraph: target, offset: offset + text.length } };
      },
      {
        run,
        get paragraph() {
          return state();
        },
      },
    );
  }

  insertContentControl(): FakeContentControl {
    const control: FakeContentControlState = { tag: '', title: '', appearance: 'BoundingBox' };
    this.change('insertContentControl', () => {
      this.state.spec.contentControl = control;
    });
    return new FakeContentControl(this.context, control);
  }

  insertTable(rowCount: number, columnCount: number, location: 'Before' | 'After', values?: string[][]): FakeTable {
    this.context.requireWordApi(3, 'Paragraph.insertTable');
    const cells = tableCells(rowCount, columnCount, values);
    this.change(
      'insertTable',
      () => {
        if (location !== 'Before' && location !== 'After') throw new FakeOfficeError('InvalidArgument', `insertTable does not take '${String(location)}'.`);
        placeTable(documentOf(this.context), cells, this.state.depth + 1, (inserted) => documentOf(this.context).insertNextTo(this.state, location, inserted));
      },
      location,
    );
    return new FakeTable(this.context, () => cells);
  }

  detachFromList(): void {
    this.context.requireWordApi(3, 'Paragraph.detachFromList');
    this.change('detachFromList', () => {
      delete this.state.spec.list;
    });
  }
}
const FakeParagraph = recordsWrites(FakeParagraphBase);
export type FakeParagraph = FakeParagraphBase;

// ----- fonts -----

type FontProperty = 'bold' | 'italic' | 'allCaps' | 'underline' | 'name' | 'size' | 'color';
const FONT_FIELDS: Record<FontProperty, keyof FakeFontFields> = {
  bold: 'bold',
  italic: 'italic',
  allCaps: 'allCaps',
  underline: 'underline',
  name: 'fontName',
  size: 'fontSize',
  color: 'fontColor',
};
const FONT_DEFAULTS: Record<keyof FakeFontFields, unknown> = {
  bold: false,
  italic: false,
  allCaps: false,
  underline: false,
  fontName: 'Calibri',
  fontSize: 11,
  fontColor: '#000000',
};

interface FontTarget {
  paragraphs: FakeParagraphState[];
  run: FakeRun | null;
}

class FakeFont extends FakeClientObject {
  protected readonly typeName = 'Font';

  constructor(
    context: FakeRequestContext,
    private readonly target: () => FontTarget,
  ) {
    super(context);
  }

  get bold(): boolean | null {
    return this.read('bold');
  }
  set bold(value: boolean | null) {
    this.set('bold', value);
  }
  get italic(): boolean | null {
    return this.read('italic');
  }
  set italic(value: boolean | null) {
    this.set('italic', value);
  }
  get allCaps(): boolean | null {
    return this.read('allCaps');
  }
  get underline(): string {
    return this.read('underline');
  }
  set underline(value: string) {
    this.set('underline', value);
  }
  get name(): string {
    return this.read('name');
  }
  set name(value: string) {
    this.set('name', value);
  }
  get size(): number {
    return this.read('size');
  }
  set size(value: number) {
    this.set('size', value);
  }
  get color(): string {
    return this.read('color');
  }
  set color(value: string) {
    this.set('color', value);
  }

  private set(property: FontProperty, value: unknown): void {
    const field = FONT_FIELDS[property];
    const stored = property === 'underline' ? value !== 'None' : value;
    this.change(`${property}=`, () => {
      const { paragraphs, run } = this.target();
      const fields = (holder: FakeFontFields) => holder as Record<string, unknown>;
      if (run) {
        fields(run)[field] = stored;
        return;
      }
      for (const paragraph of paragraphs) {
        fields(paragraph.spec)[field] = stored;
        for (const r of paragraph.spec.runs ?? []) delete fields(r)[field];
      }
    });
  }

  protected currentValue(property: string): unknown {
    if (!(property in FONT_FIELDS)) return this.unknown(property);
    if (property === 'allCaps' && this.context.fake.options.wordApiDesktopMinor < 3) {
      throw new FakeOfficeError('ApiNotFound', 'Font.allCaps needs WordApiDesktop 1.3.');
    }
    const field = FONT_FIELDS[property as FontProperty];
    const { paragraphs, run } = this.target();
    const paragraphValue = (paragraph: FakeParagraphState) => paragraph.spec[field] ?? FONT_DEFAULTS[field];
    const values = paragraphs.flatMap((paragraph) => {
      const runs = run ? [run] : (paragraph.spec.runs ?? []);
      return runs.length === 0 ? [paragraphValue(paragraph)] : runs.map((r) => r[field] ?? paragraphValue(paragraph));
    });
    const value = values.every((v) => v === values[0]) ? values[0] : null;
    if (property === 'underline') return value === null ? 'Mixed' : value ? 'Single' : 'None';
    return value;
  }
}

// ----- content controls and tables -----

class FakeContentControlBase extends FakeClientObject {
  protected readonly typeName = 'ContentControl';
  readonly font: FakeFont;

  constructor(
    context: FakeRequestContext,
    readonly state: FakeContentControlState,
  ) {
    super(context);
    this.font = new FakeFont(context, () => ({ paragraphs: this.members(), run: null }));
  }

  private members(): FakeParagraphState[] {
    const members = documentOf(this.context).paragraphs.filter((paragraph) => paragraph.spec.contentControl === this.state);
    if (members.length === 0) throw new FakeOfficeError('ItemNotFound', 'The content control is not in the document.');
    return members;
  }

  private setState(key: keyof FakeContentControlState, value: string): void {
    this.change(`${key}=`, () => {
      this.state[key] = value;
    });
  }

  get tag(): string {
    return this.read('tag');
  }
  set tag(value: string) {
    this.setState('tag', value);
  }
  get title(): string {
    return this.read('title');
  }
  set title(value: string) {
    this.setState('title', value);
  }
  get appearance(): string {
    return this.read('appearance');
  }
  set appearance(value: string) {
    this.setState('appearance', value);
  }

  protected currentValue(property: string): unknown {
    if (property === 'tag' || property === 'title' || property === 'appearance') return this.state[property];
    if (property === 'text') return this.members().map((p) => p.wordText).join('\r');
    return this.unknown(property);
  }

  protected override navigation(property: string): FakeClientObject | undefined {
    return property === 'font' ? this.font : undefined;
  }

  getRange(location: RangeLocation = 'Whole'): FakeRange {
    this.context.requireWordApi(3, 'ContentControl.getRange');
    return new FakeRange(this.context, () => subSpan(documentOf(this.context), wholeSpan(this.members()), location));
  }

  /** 'Before'/'After' go outside the control, 'Start'/'End' inside it. */
  insertParagraph(text: string, location: 'Before' | 'After' | 'Start' | 'End'): FakeParagraph {
    const created = new FakeParagraphState({ text });
    this.change(
      'insertParagraph',
      () => {
        const members = this.members();
        const inside = location === 'Start' || location === 'End';
        const anchor = (location === 'Before' || location === 'Start' ? members[0] : members.at(-1)) as FakeParagraphState;
        created.spec = inheritedSpec(anchor, text, inside);
        documentOf(this.context).insertNextTo(anchor, location === 'Before' || location === 'Start' ? 'Before' : 'After', [created]);
      },
      location,
    );
    return new FakeParagraph(this.context, created);
  }

  insertTable(rowCount: number, columnCount: number, location: 'Before' | 'After', values?: string[][]): FakeTable {
    this.context.requireWordApi(3, 'ContentControl.insertTable');
    const cells = tableCells(rowCount, columnCount, values);
    this.change(
      'insertTable',
      () => {
        const members = this.members();
        const anchor = (location === 'Before' ? members[0] : members.at(-1)) as FakeParagraphState;
        placeTable(documentOf(this.context), cells, anchor.depth + 1, (inserted) => documentOf(this.context).insertNextTo(anchor, location, inserted));
      },
      location,
    );
    return new FakeTable(this.context, () => cells);
  }
}
const FakeContentControl = recordsWrites(FakeContentControlBase);
type FakeContentControl = FakeContentControlBase;

function tableCells(rowCount: number, columnCount: number, values: string[][] | undefined): FakeParagraphState[] {
  if (!Number.isInteger(rowCount) || !Number.isInteger(columnCount) || rowCount < 1 || columnCount < 1) {
    throw new FakeOfficeError('InvalidArgument', `insertTable(${rowCount}, ${columnCount}): the sizes must be positive integers.`);
  }
  if (values && (values.length !== rowCount || values.some((row) => row.length !== columnCount))) {
    throw new FakeOfficeError('InvalidArgument', 'insertTable: values do not match rowCount × columnCount.');
  }
  const table = newTableFormat();
  const cells: FakeParagraphState[] = [];
  for (let row = 0; row < rowCount; row++) {
    for (let cell = 0; cell < columnCount; cell++) {
      cells.push(new FakeParagraphState({ text: values?.[row]?.[cell] ?? '', cell: { rowIndex: row, cellIndex: cell, table } }));
    }
  }
  return cells;
}

function newTableFormat(): FakeTableFormat {
  const single = (): FakeBorder => ({ type: 'Single', color: '#000000', width: 0.5 });
  const borders = Object.fromEntries(TABLE_BORDER_SIDES.map((side) => [side, single()])) as Record<FakeBorderSide, FakeBorder>;
  return { borders, columnWidths: [] };
}

/** Word.BorderLocation → the sides it stands for. */
const BORDER_GROUPS: Record<string, readonly FakeBorderSide[]> = {
  ...Object.fromEntries(TABLE_BORDER_SIDES.map((side) => [side, [side]])),
  Inside: ['InsideHorizontal', 'InsideVertical'],
  Outside: ['Top', 'Left', 'Bottom', 'Right'],
  All: TABLE_BORDER_SIDES,
};

/** The format of a table the fake inserted; tables described in a fixture have none, and writing to it fails. */
function formatOf(cells: FakeParagraphState[], depth: number): FakeTableFormat {
  const format = cells.find((cell) => cell.depth === depth && cell.spec.cell?.table)?.spec.cell?.table;
  if (!format) throw new FakeOfficeError('NotImplemented', 'The fake models table formatting only for tables inserted through the API.');
  return format;
}

/** Inserts the cells of a new table at a depth; Word keeps a paragraph after a table that would end the body. */
function placeTable(fake: FakeWordDocument, cells: FakeParagraphState[], depth: number, insert: (cells: FakeParagraphState[]) => void): void {
  for (const cell of cells) if (cell.spec.cell) cell.spec.cell.depth = depth;
  insert(cells);
  const last = cells.at(-1) as FakeParagraphState;
  if (fake.indexOf(last) === fake.paragraphs.length - 1) fake.paragraphs.push(new FakeParagraphState({ text: '' }));
}

class FakeTableBase extends FakeClientObject {
  protected readonly typeName = 'Table';
  private cells: FakeParagraphState[] | null | undefined;
  private parentProxy: FakeTable | undefined;
  readonly font: FakeFont;
  readonly rows: FakeTableRowCollection;

  /** The cells are fixed at this proxy's place in the batch; null: a null object. */
  constructor(context: FakeRequestContext, resolve: () => FakeParagraphState[] | null) {
    super(context);
    context.enqueue(() => {
      this.cells = resolve();
    });
    this.font = new FakeFont(context, () => ({ paragraphs: this.resolved(), run: null }));
    this.rows = new FakeTableRowCollection(context, () => this.resolved());
  }

  protected override exists(): boolean {
    return Array.isArray(this.cells) && this.cells.length > 0;
  }

  /** @internal The table's paragraphs now: paragraphs inserted into its cells since belong to it (as in Word). */
  resolved(): FakeParagraphState[] {
    if (!this.cells || this.cells.length === 0) throw new FakeOfficeError('InvalidObjectPath', 'The table is a null object.');
    const first = this.cells[0] as FakeParagraphState;
    return documentOf(this.context).tableAt(first, first.depth) ?? this.cells;
  }

  private get depth(): number {
    return (this.resolved()[0] as FakeParagraphState).depth;
  }

  get nestingLevel(): number {
    return this.read('nestingLevel');
  }

  private setFormat<K extends 'headerRowCount' | 'styleBuiltIn' | 'alignment'>(key: K, value: FakeTableFormat[K]): void {
    this.context.requireWordApi(3, `Table.${key}`);
    this.change(`${key}=`, () => {
      formatOf(this.resolved(), this.depth)[key] = value;
    });
  }

  set headerRowCount(value: number) {
    this.setFormat('headerRowCount', value);
  }

  set styleBuiltIn(value: string) {
    this.setFormat('styleBuiltIn', value);
  }

  set alignment(value: string) {
    this.setFormat('alignment', value);
  }

  /** WordApi 1.3; the groups "Inside", "Outside" and "All" set each of their sides. */
  getBorder(location: string): FakeTableBorder {
    this.context.requireWordApi(3, 'Table.getBorder');
    const sides = BORDER_GROUPS[location];
    if (!sides) throw new FakeOfficeError('InvalidArgument', `Table.getBorder does not take '${location}'.`);
    return new FakeTableBorder(this.context, () => {
      const format = formatOf(this.resolved(), this.depth);
      return sides.map((side) => format.borders[side]);
    });
  }

  /** WordApi 1.3; a cell that does not exist fails the sync with ItemNotFound. */
  getCell(rowIndex: number, cellIndex: number): FakeTableCell {
    this.context.requireWordApi(3, 'Table.getCell');
    return new FakeTableCell(this.context, () => {
      const depth = this.depth;
      const found = this.resolved().find((p) => p.depth === depth && p.spec.cell?.rowIndex === rowIndex && p.spec.cell.cellIndex === cellIndex);
      if (!found) throw new FakeOfficeError('ItemNotFound', `The table has no cell (${rowIndex}, ${cellIndex}).`);
      return found;
    });
  }

  get parentTableOrNullObject(): FakeTable {
    this.parentProxy ??= new FakeTable(this.context, () => {
      if (!this.exists()) return null;
      const depth = this.depth;
      return depth > 1 ? documentOf(this.context).tableAt(this.resolved()[0] as FakeParagraphState, depth - 1) : null;
    });
    return this.parentProxy;
  }

  protected currentValue(property: string): unknown {
    const cells = this.resolved().filter((cell) => cell.depth === this.depth);
    if (property === 'nestingLevel') return this.depth;
    if (property === 'rowCount') return new Set(cells.map((cell) => cell.spec.cell?.rowIndex)).size;
    return this.unknown(property);
  }

  protected override navigation(property: string): FakeClientObject | undefined {
    return property === 'font' ? this.font : undefined;
  }

  getRange(location: RangeLocation = 'Whole'): FakeRange {
    return new FakeRange(this.context, () => subSpan(documentOf(this.context), wholeSpan(this.resolved()), location));
  }

  /** Outside the table: the new paragraph is in the enclosing cell, if any, else in the body. */
  insertParagraph(text: string, location: 'Before' | 'After'): FakeParagraph {
    const created = new FakeParagraphState({ text });
    this.change(
      'insertParagraph',
      () => {
        const cells = this.resolved();
        const anchor = (location === 'Before' ? cells[0] : cells.at(-1)) as FakeParagraphState;
        const outer = this.depth - 1;
        created.spec = outer > 0 ? { text, cell: { ...(anchor.spec.cell ?? { rowIndex: 0, cellIndex: 0 }), depth: outer } } : { text };
        documentOf(this.context).insertNextTo(anchor, location, [created]);
      },
      location,
    );
    return new FakeParagraph(this.context, created);
  }

  insertTable(rowCount: number, columnCount: number, location: 'Before' | 'After', values?: string[][]): FakeTable {
    const cells = tableCells(rowCount, columnCount, values);
    this.change(
      'insertTable',
      () => {
        const own = this.resolved();
        const anchor = (location === 'Before' ? own[0] : own.at(-1)) as FakeParagraphState;
        placeTable(documentOf(this.context), cells, this.depth, (inserted) => documentOf(this.context).insertNextTo(anchor, location, inserted));
      },
      location,
    );
    return new FakeTable(this.context, () => cells);
  }
}
const FakeTable = recordsWrites(FakeTableBase);
type FakeTable = FakeTableBase;

class FakeTableRowCollection extends FakeClientObject {
  protected readonly typeName = 'TableRowCollection';

  constructor(
    context: FakeRequestContext,
    private readonly cells: () => FakeParagraphState[],
  ) {
    super(context);
  }

  getFirst(): FakeTableRow {
    return new FakeTableRow(this.context, () => {
      const cells = this.cells();
      const depth = (cells[0] as FakeParagraphState).depth;
      return cells.filter((cell) => cell.depth === depth && cell.spec.cell?.rowIndex === 0);
    });
  }

  protected currentValue(property: string): unknown {
    return this.unknown(property);
  }
}

class FakeTableRow extends FakeClientObject {
  protected readonly typeName = 'TableRow';
  readonly font: FakeFont;

  constructor(context: FakeRequestContext, cells: () => FakeParagraphState[]) {
    super(context);
    this.font = new FakeFont(context, () => ({ paragraphs: cells(), run: null }));
  }

  protected currentValue(property: string): unknown {
    return this.unknown(property);
  }
}

// ----- list items, table cells, tracked changes (reading) -----

class FakeListItem extends FakeClientObject {
  protected readonly typeName = 'ListItem';

  constructor(
    context: FakeRequestContext,
    private readonly state: () => FakeParagraphState,
  ) {
    super(context);
  }

  get listString(): string {
    return this.read('listString');
  }
  get level(): number {
    return this.read('level');
  }

  protected override exists(): boolean {
    return this.state().spec.list !== undefined;
  }

  protected currentValue(property: string): unknown {
    const list = this.state().spec.list;
    if (property === 'listString') return list?.listString;
    if (property === 'level') return list?.level ?? 0;
    if (property === 'siblingIndex') return 0;
    return this.unknown(property);
  }
}

class FakeTableCellBase extends FakeClientObject {
  protected readonly typeName = 'TableCell';
  private bodyProxy: FakeBody | undefined;

  /** `state`: a paragraph of the cell (its first, for getCell), resolved when used at sync time. */
  constructor(
    context: FakeRequestContext,
    private readonly state: () => FakeParagraphState,
  ) {
    super(context);
  }

  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get cellIndex(): number {
    return this.read('cellIndex');
  }

  /** WordApi 1.3: the cell's paragraphs (those of tables nested in it are left out). */
  get body(): FakeBody {
    this.bodyProxy ??= new FakeBody(this.context, () => {
      const paragraph = this.state();
      const cell = paragraph.spec.cell;
      const table = documentOf(this.context).tableAt(paragraph, paragraph.depth) ?? [paragraph];
      return table.filter((p) => p.depth === paragraph.depth && p.spec.cell?.rowIndex === cell?.rowIndex && p.spec.cell?.cellIndex === cell?.cellIndex);
    });
    return this.bodyProxy;
  }

  /** WordApi 1.3: the width of the cell's column, points. */
  set columnWidth(value: number) {
    this.context.requireWordApi(3, 'TableCell.columnWidth');
    this.change('columnWidth=', () => {
      const paragraph = this.state();
      const format = formatOf([paragraph], paragraph.depth);
      format.columnWidths[paragraph.spec.cell?.cellIndex ?? 0] = value;
    });
  }
  get columnWidth(): number {
    return this.read('columnWidth');
  }

  protected override exists(): boolean {
    return this.state().spec.cell !== undefined;
  }

  protected currentValue(property: string): unknown {
    const paragraph = this.state();
    const cell = paragraph.spec.cell;
    if (property === 'rowIndex') return cell?.rowIndex;
    if (property === 'cellIndex') return cell?.cellIndex;
    if (property === 'columnWidth') {
      if (cell?.width !== undefined) return cell.width;
      if (!cell?.table) return 100;
      return formatOf([paragraph], paragraph.depth).columnWidths[cell.cellIndex] ?? 100;
    }
    return this.unknown(property);
  }
}
const FakeTableCell = recordsWrites(FakeTableCellBase);
type FakeTableCell = FakeTableCellBase;

/** A table border (WordApi 1.3); for a group location ("All"), setting a property sets it on each side. */
class FakeTableBorderBase extends FakeClientObject {
  protected readonly typeName = 'TableBorder';

  constructor(
    context: FakeRequestContext,
    private readonly sides: () => FakeBorder[],
  ) {
    super(context);
  }

  private setSide<K extends keyof FakeBorder>(key: K, value: FakeBorder[K]): void {
    this.change(`${key}=`, () => {
      for (const side of this.sides()) side[key] = value;
    });
  }

  get type(): string {
    return this.read('type');
  }
  set type(value: string) {
    this.setSide('type', value);
  }
  get color(): string {
    return this.read('color');
  }
  set color(value: string) {
    this.setSide('color', value);
  }
  get width(): number {
    return this.read('width');
  }
  set width(value: number) {
    this.setSide('width', value);
  }

  protected currentValue(property: string): unknown {
    if (property !== 'type' && property !== 'color' && property !== 'width') return this.unknown(property);
    const values = this.sides().map((side) => side[property]);
    return values.every((v) => v === values[0]) ? values[0] : property === 'type' ? 'Mixed' : null;
  }
}
const FakeTableBorder = recordsWrites(FakeTableBorderBase);
type FakeTableBorder = FakeTableBorderBase;

class FakeTrackedChange extends FakeClientObject {
  protected readonly typeName = 'TrackedChange';

  constructor(
    context: FakeRequestContext,
    private readonly trackedChange: { type: 'Added' | 'Deleted'; text: string },
  ) {
    super(context);
  }

  get type(): string {
    return this.read('type');
  }
  get text(): string {
    return this.read('text');
  }

  accept(): void {
    this.context.recordWrite(this.typeName, 'accept');
  }
  reject(): void {
    this.context.recordWrite(this.typeName, 'reject');
  }

  protected currentValue(property: string): unknown {
    if (property === 'type') return this.trackedChange.type;
    if (property === 'text') return this.trackedChange.text;
    return this.unknown(property);
  }
}

class FakeTrackedChangeCollection extends FakeClientObject {
  protected readonly typeName = 'TrackedChangeCollection';
  private itemProxies: FakeTrackedChange[] | null = null;

  get items(): FakeTrackedChange[] {
    if (this.itemProxies === null) throw new PropertyNotLoadedError(this.typeName, 'items');
    return this.itemProxies;
  }

  acceptAll(): void {
    this.context.recordWrite(this.typeName, 'acceptAll');
  }
  rejectAll(): void {
    this.context.recordWrite(this.typeName, 'rejectAll');
  }

  override load(argument?: LoadArgument): this {
    const { paths } = this.context.recordLoad(this.typeName, argument);
    const itemPaths = paths.map((path) => path.replace(/^items\//, '')).filter((path) => path !== 'items');
    this.context.enqueue(() => {
      type Change = { type: 'Added' | 'Deleted'; text: string };
      const changes = this.context.fake.paragraphs.flatMap((paragraph) =>
        paragraph.parts.flatMap((part): Change[] => {
          if (typeof part === 'string') return [];
          return 'deleted' in part ? [{ type: 'Deleted', text: part.deleted }] : [{ type: 'Added', text: part.inserted }];
        }),
      );
      this.itemProxies = changes.map((change) => new FakeTrackedChange(this.context, change));
      for (const item of this.itemProxies) item.applyPaths(itemPaths);
    });
    return this;
  }

  protected currentValue(property: string): unknown {
    return this.unknown(property);
  }
}

// ----- Office.context.document.settings (Common API) -----

export interface FakeAsyncResult {
  status: 'succeeded' | 'failed';
  error?: { code: number; name: string; message: string };
}

/**
 * Office.context.document.settings: values are JSON-serialized (as Office does) and reach the document only when
 * saveAsync succeeds; the callback comes later, never synchronously.
 */
export class FakeOfficeSettings {
  private values = new Map<string, unknown>();
  /** What a reopened document would hold. */
  saved = new Map<string, unknown>();
  saveCalls = 0;
  failSaves = false;
  /** saveAsync never calls back (a hung host). */
  neverAnswer = false;

  get(name: string): unknown {
    return this.values.has(name) ? this.values.get(name) : null;
  }

  set(name: string, value: unknown): void {
    this.values.set(name, JSON.parse(JSON.stringify(value)) as unknown);
  }

  remove(name: string): void {
    this.values.delete(name);
  }

  saveAsync(callback?: (result: FakeAsyncResult) => void): void {
    this.saveCalls++;
    if (this.neverAnswer) return;
    setTimeout(() => {
      if (this.failSaves) {
        callback?.({ status: 'failed', error: { code: 5001, name: 'Internal Error', message: 'An internal error has occurred.' } });
        return;
      }
      this.saved = new Map(this.values);
      callback?.({ status: 'succeeded' });
    }, 0);
  }

  /** The settings as a reopened document would load them. */
  reopen(): FakeOfficeSettings {
    const reopened = new FakeOfficeSettings();
    reopened.values = new Map(this.saved);
    reopened.saved = new Map(this.saved);
    return reopened;
  }
}
