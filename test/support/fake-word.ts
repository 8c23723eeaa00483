/**
 * A hand-written fake of the parts of Office.js (Word) the adapter uses, faithful where it matters for batching:
 * - loads and method results are queued and become visible only after `context.sync()`;
 * - reading a property that was not loaded and synced throws a "PropertyNotLoaded" error, as Office.js does;
 * - `load()` with no argument or "$all" throws here (the adapter must name its properties);
 * - every sync and every load is recorded, and so is any call that would write to the document;
 * - APIs beyond the document's requirement-set version fail at sync time with "ApiNotFound".
 * The document is built from a plain description and can be changed between runs (to test locators).
 */

export type FakeAlignment = 'Left' | 'Centered' | 'Right' | 'Justified' | 'Mixed' | 'Unknown';

/** Part of a paragraph's text: plain text, text deleted while changes are tracked, or tracked inserted text. */
export type FakeTextPart = string | { deleted: string } | { inserted: string };

export interface FakeParagraphSpec {
  /** The text, or its parts when it has tracked changes. List labels are not part of it (as in Word). */
  text: string | FakeTextPart[];
  styleBuiltIn?: string;
  /** The (possibly localized) style name; defaults to a Vietnamese name for headings, else the built-in name. */
  style?: string;
  /** 1–9, or 10 for body text; defaults from the heading style. */
  outlineLevel?: number;
  list?: { listString: string; level?: number };
  /** null means mixed, as in Word. */
  bold?: boolean | null;
  italic?: boolean | null;
  allCaps?: boolean | null;
  alignment?: FakeAlignment;
  cell?: { rowIndex: number; cellIndex: number; depth?: number };
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

export interface SelectionRecord {
  paragraph: FakeParagraphState;
  /** Position of the selected paragraph in the document at the time of the sync. */
  index: number;
}

export class PropertyNotLoadedError extends Error {
  readonly code = 'PropertyNotLoaded';
  constructor(typeName: string, property: string) {
    super(`The property '${property}' of ${typeName} is not available. Call load() and context.sync() before reading it.`);
    this.name = 'RichApi.Error';
  }
}

class FakeOfficeError extends Error {
  constructor(readonly code: string, message: string) {
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
  readonly document: FakeDocumentProxy;
  private queue: (() => void)[] = [];

  constructor(readonly fake: FakeWordDocument) {
    this.document = new FakeDocumentProxy(this);
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
  recordWrite(on: string, method: string): void {
    this.writes.push({ on, method });
  }

  /** @internal Fails at sync when the API needs a newer WordApi than the host has. */
  requireWordApi(minor: number, what: string): void {
    if (this.fake.options.wordApiMinor < minor) {
      this.enqueue(() => {
        throw new FakeOfficeError('ApiNotFound', `${what} needs WordApi 1.${minor}.`);
      });
    }
  }
}

/** Base of every fake proxy object: properties visible only after load + sync. */
abstract class FakeClientObject {
  protected readonly visible = new Map<string, unknown>();
  protected abstract readonly typeName: string;

  constructor(readonly context: FakeRequestContext) {}

  protected read<T>(property: string): T {
    if (!this.visible.has(property)) throw new PropertyNotLoadedError(this.typeName, property);
    return this.visible.get(property) as T;
  }

  protected write(method: string): void {
    this.context.recordWrite(this.typeName, method);
  }

  load(argument?: LoadArgument): this {
    const { paths } = this.context.recordLoad(this.typeName, argument);
    this.context.enqueue(() => this.applyPaths(paths));
    return this;
  }

  /** @internal Makes the current values of these paths visible (run at sync time). */
  applyPaths(paths: string[]): void {
    const own: string[] = [];
    const nested = new Map<string, string[]>();
    for (const path of paths) {
      const [head, ...rest] = path.split('/');
      if (head === undefined) continue;
      if (rest.length === 0) own.push(head);
      else nested.set(head, [...(nested.get(head) ?? []), rest.join('/')]);
    }
    for (const property of own) {
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

class FakeDocumentProxy extends FakeClientObject {
  protected readonly typeName = 'Document';
  readonly body: FakeBody;

  constructor(context: FakeRequestContext) {
    super(context);
    this.body = new FakeBody(context);
  }

  protected currentValue(property: string): unknown {
    return this.unknown(property);
  }
}

const WRITE_METHODS = [
  'insertText',
  'insertParagraph',
  'insertHtml',
  'insertOoxml',
  'insertBreak',
  'insertFileFromBase64',
  'insertContentControl',
  'insertTable',
  'insertInlinePictureFromBase64',
  'delete',
  'clear',
  'set',
  'attachToList',
  'detachFromList',
  'startNewList',
  'insertComment',
] as const;

/** Adds the write methods of Office.js to a proxy class: each call is recorded, never performed. */
function recordsWrites<T extends new (...args: never[]) => FakeClientObject>(base: T): T {
  for (const method of WRITE_METHODS) {
    Object.defineProperty(base.prototype, method, {
      value(this: FakeClientObject) {
        (this as unknown as { write(method: string): void }).write(method);
        return this;
      },
      configurable: true,
    });
  }
  return base;
}

class FakeBodyBase extends FakeClientObject {
  protected readonly typeName = 'Body';
  readonly paragraphs: FakeParagraphCollection;

  constructor(context: FakeRequestContext) {
    super(context);
    this.paragraphs = new FakeParagraphCollection(context);
  }

  protected currentValue(property: string): unknown {
    if (property === 'text') return this.context.fake.paragraphs.map((p) => p.wordText).join('\r');
    return this.unknown(property);
  }

  getTrackedChanges(): FakeTrackedChangeCollection {
    this.context.requireWordApi(6, 'Body.getTrackedChanges');
    return new FakeTrackedChangeCollection(this.context);
  }
}
const FakeBody = recordsWrites(FakeBodyBase);
type FakeBody = FakeBodyBase;

export class FakeParagraphCollection extends FakeClientObject {
  protected readonly typeName = 'ParagraphCollection';
  private itemProxies: FakeParagraph[] | null = null;

  get items(): FakeParagraph[] {
    if (this.itemProxies === null) throw new PropertyNotLoadedError(this.typeName, 'items');
    return this.itemProxies;
  }

  override load(argument?: LoadArgument): this {
    const { paths, top, skip } = this.context.recordLoad(this.typeName, argument);
    const itemPaths = paths.map((path) => path.replace(/^items\//, '')).filter((path) => path !== 'items');
    this.context.enqueue(() => {
      const all = this.context.fake.paragraphs;
      const start = skip ?? 0;
      const slice = all.slice(start, top === undefined ? undefined : start + top);
      this.itemProxies = slice.map((state) => new FakeParagraph(this.context, state));
      for (const item of this.itemProxies) item.applyPaths(itemPaths);
    });
    return this;
  }

  protected currentValue(property: string): unknown {
    return this.unknown(property);
  }
}

class FakeParagraphBase extends FakeClientObject {
  protected readonly typeName = 'Paragraph';
  readonly font: FakeFont;
  private listItemProxy: FakeListItem | undefined;
  private tableCellProxy: FakeTableCell | undefined;

  constructor(
    context: FakeRequestContext,
    readonly state: FakeParagraphState,
  ) {
    super(context);
    this.font = new FakeFont(context, state);
  }

  get text(): string {
    return this.read('text');
  }
  get style(): string {
    return this.read('style');
  }
  set style(_value: string) {
    this.write('style=');
  }
  get styleBuiltIn(): string {
    return this.read('styleBuiltIn');
  }
  set styleBuiltIn(_value: string) {
    this.write('styleBuiltIn=');
  }
  get outlineLevel(): number {
    return this.read('outlineLevel');
  }
  set outlineLevel(_value: number) {
    this.write('outlineLevel=');
  }
  get alignment(): string {
    return this.read('alignment');
  }
  set alignment(_value: string) {
    this.write('alignment=');
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
    this.listItemProxy ??= new FakeListItem(this.context, this.state);
    return this.listItemProxy;
  }

  get parentTableCellOrNullObject(): FakeTableCell {
    this.tableCellProxy ??= new FakeTableCell(this.context, this.state);
    return this.tableCellProxy;
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
        return spec.cell ? (spec.cell.depth ?? 1) : 0;
      case 'uniqueLocalId':
        if (this.context.fake.options.wordApiMinor < 6) throw new FakeOfficeError('ApiNotFound', 'uniqueLocalId needs WordApi 1.6.');
        return `{fake-${this.context.fake.paragraphs.indexOf(this.state)}}`;
      default:
        return this.unknown(property);
    }
  }

  getReviewedText(version: 'Original' | 'Current' = 'Current'): FakeClientResult<string> {
    this.context.requireWordApi(4, 'Paragraph.getReviewedText');
    return new FakeClientResult(this.context, () => (version === 'Original' ? this.state.originalText : this.state.currentText));
  }

  select(_mode?: string): void {
    this.context.enqueue(() => {
      const index = this.context.fake.indexOf(this.state);
      if (index < 0) throw new FakeOfficeError('ItemNotFound', 'The paragraph no longer exists.');
      this.context.fake.selection = { paragraph: this.state, index };
    });
  }
}
const FakeParagraph = recordsWrites(FakeParagraphBase);
export type FakeParagraph = FakeParagraphBase;

class FakeFont extends FakeClientObject {
  protected readonly typeName = 'Font';

  constructor(
    context: FakeRequestContext,
    private readonly state: FakeParagraphState,
  ) {
    super(context);
  }

  get bold(): boolean | null {
    return this.read('bold');
  }
  set bold(_value: boolean | null) {
    this.write('bold=');
  }
  get italic(): boolean | null {
    return this.read('italic');
  }
  set italic(_value: boolean | null) {
    this.write('italic=');
  }
  get allCaps(): boolean | null {
    return this.read('allCaps');
  }

  protected currentValue(property: string): unknown {
    const spec = this.state.spec;
    switch (property) {
      case 'bold':
        return spec.bold ?? false;
      case 'italic':
        return spec.italic ?? false;
      case 'allCaps':
        if (this.context.fake.options.wordApiDesktopMinor < 3) throw new FakeOfficeError('ApiNotFound', 'Font.allCaps needs WordApiDesktop 1.3.');
        return spec.allCaps ?? false;
      default:
        return this.unknown(property);
    }
  }
}

/** A *OrNullObject proxy: isNullObject and the properties become visible at sync; reading a null object's properties throws. */
abstract class FakeNullableObject extends FakeClientObject {
  protected abstract exists(): boolean;

  get isNullObject(): boolean {
    return this.read('isNullObject');
  }

  override applyPaths(paths: string[]): void {
    const exists = this.exists();
    this.visible.set('isNullObject', !exists);
    if (exists) super.applyPaths(paths);
  }

  protected override read<T>(property: string): T {
    if (property !== 'isNullObject' && this.visible.get('isNullObject') === true) {
      throw new FakeOfficeError('InvalidObjectPath', `${this.typeName} is a null object: check isNullObject before reading '${property}'.`);
    }
    return super.read(property);
  }
}

class FakeListItem extends FakeNullableObject {
  protected readonly typeName = 'ListItem';

  constructor(
    context: FakeRequestContext,
    private readonly state: FakeParagraphState,
  ) {
    super(context);
  }

  get listString(): string {
    return this.read('listString');
  }
  get level(): number {
    return this.read('level');
  }

  protected exists(): boolean {
    return this.state.spec.list !== undefined;
  }

  protected currentValue(property: string): unknown {
    const list = this.state.spec.list;
    if (property === 'listString') return list?.listString;
    if (property === 'level') return list?.level ?? 0;
    if (property === 'siblingIndex') return 0;
    return this.unknown(property);
  }
}

class FakeTableCell extends FakeNullableObject {
  protected readonly typeName = 'TableCell';

  constructor(
    context: FakeRequestContext,
    private readonly state: FakeParagraphState,
  ) {
    super(context);
  }

  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get cellIndex(): number {
    return this.read('cellIndex');
  }

  protected exists(): boolean {
    return this.state.spec.cell !== undefined;
  }

  protected currentValue(property: string): unknown {
    const cell = this.state.spec.cell;
    if (property === 'rowIndex') return cell?.rowIndex;
    if (property === 'cellIndex') return cell?.cellIndex;
    return this.unknown(property);
  }
}

class FakeTrackedChange extends FakeClientObject {
  protected readonly typeName = 'TrackedChange';

  constructor(
    context: FakeRequestContext,
    private readonly change: { type: 'Added' | 'Deleted'; text: string },
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
    this.write('accept');
  }
  reject(): void {
    this.write('reject');
  }

  protected currentValue(property: string): unknown {
    if (property === 'type') return this.change.type;
    if (property === 'text') return this.change.text;
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
    this.write('acceptAll');
  }
  rejectAll(): void {
    this.write('rejectAll');
  }

  override load(argument?: LoadArgument): this {
    const { paths } = this.context.recordLoad(this.typeName, argument);
    const itemPaths = paths.map((path) => path.replace(/^items\//, '')).filter((path) => path !== 'items');
    this.context.enqueue(() => {
      type Change = { type: 'Added' | 'Deleted'; text: string };
      const changes = this.context.fake.paragraphs.flatMap((paragraph) =>
        paragraph.parts.flatMap((part): Change[] => {
          if (typeof part === 'string') return [];
          return 'deleted' in part
            ? [{ type: 'Deleted', text: part.deleted }]
            : [{ type: 'Added', text: part.inserted }];
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
