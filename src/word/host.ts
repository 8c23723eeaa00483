/**
 * The Word DocumentHost: each user action is one Word.run with a fixed number of syncs, whatever the length of the
 * document (read 2, select 3, insert 2 at the cursor or the end and 3–4 after a locator, plus 1 for a page setup;
 * comment 1 + the locate read). Office errors come out as bilingual AppErrors. Settings use the Common API
 * (Office.context.document.settings) and no Word.run.
 */
import type { Block } from '../compose/blocks';
import type { DocumentHost, HostCapabilities, InsertPlace, SelectResult, TextFixResult } from '../document/host';
import type { DocumentModel, Locator } from '../document/model';
import type { FormatFix } from '../document/format';
import type { TextFix } from '../document/text-fix';
import { applyFormatFix } from './format-fix';
import { applyTextFix } from './text-fix';
import { AppError, type Bilingual } from '../errors/app-error';
import { addComment, addComments, commentsUnsupported } from './add-comment';
import { officeIsSetSupported, wordHostCapabilities, type IsSetSupported } from './capabilities';
import { DocumentSettings, officeDocumentSettings, type OfficeSettingsLike } from './document-settings';
import { resolveAnchor } from './insert-anchor';
import { DEFAULT_INSERT_FONT, queueBlocks, type InsertFont } from './insert-blocks';
import { queueLocatorOf } from './inserted-locator';
import { textWidthMmOf } from './insert-table';
import { layoutNotes } from './layout-notes';
import { PARAGRAPH_NOT_FOUND, selectParagraph } from './locate';
import { applyPageSetup, type InsertNote, type PageSetupBlock } from './page-setup';
import { readWordDocument } from './read-document';
import { toWordError, WORD_API_TOO_OLD } from './word-error';

/** Word.run's shape; tests pass one that makes a fake request context. */
export type WordRun = <T>(batch: (context: Word.RequestContext) => Promise<T>) => Promise<T>;

export interface WordHostOptions {
  /** Defaults to Office.context.requirements.isSetSupported. */
  isSetSupported?: IsSetSupported;
  /** Defaults to Office.context.document.settings; null when there are none (settings then fail with an AppError). */
  settings?: OfficeSettingsLike | null;
  /** The document's name for the model, when known. */
  documentName?: () => string | undefined;
}

export interface InsertOutcome {
  /** The locator of the first inserted paragraph (a table's first cell), or null when nothing was inserted. */
  first: Locator | null;
  /** What could not be done (page setup on a Word without WordApiDesktop 1.3), to show next to the result. */
  notes: InsertNote[];
}

const ACTIONS = {
  read: { vi: 'đọc nội dung tài liệu', en: 'read the document' },
  select: { vi: 'chuyển đến đoạn văn', en: 'go to the paragraph' },
  insert: { vi: 'chèn nội dung vào tài liệu', en: 'insert into the document' },
  comment: { vi: 'thêm nhận xét', en: 'add the comment' },
  format: { vi: 'sửa định dạng', en: 'fix the formatting' },
  text: { vi: 'sửa trích dẫn', en: 'correct the citation' },
} satisfies Record<string, Bilingual>;

export class WordHost implements DocumentHost {
  private readonly isSetSupported: IsSetSupported;
  private readonly options: WordHostOptions;
  private settingsStore: DocumentSettings | undefined;
  private readonly changeListeners = new Set<() => void>();
  private paragraphEvents: Promise<void> | null = null;

  constructor(
    private readonly run: WordRun,
    options: WordHostOptions = {},
  ) {
    this.options = options;
    this.isSetSupported = options.isSetSupported ?? officeIsSetSupported();
  }

  get capabilities(): HostCapabilities {
    return wordHostCapabilities(this.isSetSupported);
  }

  read(onProgress?: (done: number, total: number) => void): Promise<DocumentModel> {
    const name = this.options.documentName?.();
    return this.batch(ACTIONS.read, (context) =>
      readWordDocument(context, {
        isSetSupported: this.isSetSupported,
        ...(name ? { name } : {}),
        // Without paging the paragraphs come in one page: done is the total.
        onProgress: (done) => onProgress?.(done, done),
      }),
    );
  }

  async select(locator: Locator): Promise<SelectResult> {
    const result = await this.batch(ACTIONS.select, (context) => selectParagraph(context, locator, { isSetSupported: this.isSetSupported }));
    return result.found ? { found: true } : { found: false, code: result.code, vi: result.vi, en: result.en };
  }

  async insert(blocks: readonly Block[], place: InsertPlace): Promise<Locator | null> {
    return (await this.insertBlocks(blocks, place)).first;
  }

  onContentChange(listener: () => void): () => void {
    this.changeListeners.add(listener);
    // WordApi 1.6 reports the user's own edits; older Words only hear of the add-in's inserts.
    if (!this.paragraphEvents && this.isSetSupported('WordApi', '1.6')) {
      this.paragraphEvents = this.batch(ACTIONS.read, async (context) => {
        const changed = async () => this.contentChanged();
        context.document.onParagraphAdded.add(changed);
        context.document.onParagraphChanged.add(changed);
        context.document.onParagraphDeleted.add(changed);
        await context.sync();
      }).catch(() => {
        // Events are a convenience: without them the pane still marks results stale after its own inserts.
      });
    }
    return () => this.changeListeners.delete(listener);
  }

  private contentChanged(): void {
    for (const listener of this.changeListeners) listener();
  }

  /** insert, with the notes on what could not be applied. */
  async insertBlocks(blocks: readonly Block[], place: InsertPlace): Promise<InsertOutcome> {
    const outcome = await this.queueInsert(blocks, place);
    if (outcome.first) this.contentChanged();
    return outcome;
  }

  private queueInsert(blocks: readonly Block[], place: InsertPlace): Promise<InsertOutcome> {
    if (!this.isSetSupported('WordApi', '1.3')) return Promise.reject(new AppError('word-api-too-old', WORD_API_TOO_OLD));
    const setup = blocks.filter((block): block is PageSetupBlock => block.kind === 'pageSetup').at(-1);
    const content = blocks.filter((block) => block.kind !== 'pageSetup');
    const font: InsertFont = setup ? { name: setup.font.name, sizePt: setup.font.sizePt } : DEFAULT_INSERT_FONT;

    return this.batch(ACTIONS.insert, async (context) => {
      let first: Locator | null = null;
      if (content.length > 0) {
        const anchor = await resolveAnchor(context, place, { isSetSupported: this.isSetSupported });
        if (anchor === null) throw new AppError(PARAGRAPH_NOT_FOUND.code, PARAGRAPH_NOT_FOUND);
        const firstParagraph = queueBlocks(anchor, content, font, setup ? { textWidthMm: textWidthMmOf(setup) } : {});
        const locatorOfFirst = firstParagraph ? queueLocatorOf(context, firstParagraph) : null;
        await context.sync();
        first = locatorOfFirst ? locatorOfFirst() : null;
      }
      const notes = [...layoutNotes(blocks), ...(setup ? await applyPageSetup(context, setup, this.isSetSupported) : [])];
      return { first, notes };
    });
  }

  /** A change of form: one Word.run; listeners hear of it, since the check's layout findings are then out of date. */
  async applyFormat(fix: FormatFix): Promise<readonly Bilingual[]> {
    const notes = await this.batch(ACTIONS.format, (context) => applyFormatFix(context, fix, this.isSetSupported));
    this.contentChanged();
    return notes;
  }

  /** A citation corrected on the user's click: one Word.run; the check is then out of date. */
  async replaceText(fix: TextFix): Promise<TextFixResult> {
    const result = await this.batch(ACTIONS.text, (context) => applyTextFix(context, fix, this.isSetSupported));
    if (result.replaced) this.contentChanged();
    return result;
  }

  /** The paragraph the selection starts in: one batch, one sync, whatever the document's length. */
  async cursorIndex(): Promise<number | null> {
    return this.batch(ACTIONS.read, async (context) => {
      const first = context.document.getSelection().paragraphs.getFirst();
      const locatorOf = queueLocatorOf(context, first);
      await context.sync();
      return locatorOf().index;
    });
  }

  async comments(entries: readonly { locator: Locator | null; text: string }[]): Promise<void> {
    if (!this.isSetSupported('WordApi', '1.4')) throw commentsUnsupported();
    await this.batch(ACTIONS.comment, (context) => addComments(context, entries, { isSetSupported: this.isSetSupported }));
  }

  async comment(locator: Locator | null, text: string): Promise<void> {
    if (!this.isSetSupported('WordApi', '1.4')) throw commentsUnsupported();
    await this.batch(ACTIONS.comment, (context) => addComment(context, locator, text, { isSetSupported: this.isSetSupported }));
  }

  async getSetting(key: string): Promise<unknown> {
    return this.settings().get(key);
  }

  setSetting(key: string, value: unknown): Promise<void> {
    return this.settings().set(key, value);
  }

  private settings(): DocumentSettings {
    this.settingsStore ??= new DocumentSettings(this.options.settings === undefined ? officeDocumentSettings() : this.options.settings);
    return this.settingsStore;
  }

  /** One Word.run; anything thrown comes out as an AppError. */
  private async batch<T>(action: Bilingual, work: (context: Word.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await this.run(work);
    } catch (error) {
      throw toWordError(error, action);
    }
  }
}

/** The host over the real Office.js, once Office is ready. */
export function createWordHost(options: WordHostOptions = {}): WordHost {
  return new WordHost((batch) => Word.run(batch), options);
}
