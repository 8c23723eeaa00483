/** The playground's DocumentHost: the same port as Word, over the page's in-memory document. */
import type { Block } from '../compose/blocks';
import type { DocumentHost, HostCapabilities, InsertPlace, SelectResult, TextFixResult } from '../document/host';
import type { DocumentModel, Locator, RawParagraph } from '../document/model';
import { toDocumentModel } from '../document/build';
import { textHash } from '../document/hash';
import { AppError, type Bilingual } from '../errors/app-error';
import { blocksToParagraphs } from './document/blocks';
import { resolveLocator } from './document/locate';
import type { PlaygroundStore } from './document/store';
import { planFix } from './document/fixes';
import type { FormatFix } from '../document/format';
import type { TextFix } from '../document/text-fix';

const NOT_FOUND = {
  code: 'paragraph-not-found',
  vi: 'Không tìm thấy đoạn văn này nữa: tài liệu đã được sửa sau lần kiểm tra. Hãy kiểm tra lại để cập nhật kết quả.',
  en: 'This paragraph can no longer be found: the document was edited after the check. Run the check again to refresh the results.',
};

/** Paragraphs read between two yields to the page, so that a long read keeps the page responsive. */
const READ_CHUNK = 200;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class PlaygroundHost implements DocumentHost {
  readonly capabilities: HostCapabilities = {
    comments: true,
    contentControls: false,
    documentSettings: true,
    // Written into the opened file on download (a citation as a tracked change).
    formatFixes: true,
    textFixes: true,
    description: 'Playground',
  };

  constructor(private readonly store: PlaygroundStore) {}

  async read(onProgress?: (done: number, total: number) => void): Promise<DocumentModel> {
    const { paragraphs, name } = this.store.getSnapshot();
    const tableNumbers = new Map<number, number>();
    const raws: RawParagraph[] = [];
    for (let start = 0; start < paragraphs.length; start += READ_CHUNK) {
      for (const paragraph of paragraphs.slice(start, start + READ_CHUNK)) {
        const { id: _id, runs: _runs, inserted: _inserted, placeholder: _placeholder, source: _source, table, ...raw } = paragraph;
        let position = null;
        if (table) {
          if (!tableNumbers.has(table.table)) tableNumbers.set(table.table, tableNumbers.size);
          position = { ...table, table: tableNumbers.get(table.table) as number };
        }
        raws.push({ ...raw, table: position, ...(_placeholder ? { tag: raw.tag ?? 'pctn:placeholder' } : {}) });
      }
      onProgress?.(raws.length, paragraphs.length);
      await nextTask();
    }
    const { page } = this.store.getSnapshot();
    return { ...toDocumentModel(raws, { host: 'playground', ...(name ? { name } : {}) }), ...(page ? { page } : {}) };
  }

  async select(locator: Locator): Promise<SelectResult> {
    const target = resolveLocator(this.store.getSnapshot().paragraphs, locator);
    if (!target) return { found: false, ...NOT_FOUND };
    this.store.select(target.id);
    return { found: true };
  }

  async insert(blocks: readonly Block[], place: InsertPlace): Promise<Locator | null> {
    const { paragraphs, cursorId } = this.store.getSnapshot();
    let afterId: number | null;
    if (place.kind === 'end') afterId = paragraphs.at(-1)?.id ?? null;
    else if (place.kind === 'cursor') afterId = cursorId ?? paragraphs.at(-1)?.id ?? null;
    else {
      const target = resolveLocator(paragraphs, place.locator);
      if (!target) throw new AppError(NOT_FOUND.code, NOT_FOUND);
      afterId = target.id;
    }
    // Never inside a table: after a cell, the blocks go after the whole table.
    afterId = this.afterTable(afterId);
    const inserted = blocksToParagraphs(blocks, this.store.nextId, this.store.nextTable);
    const first = inserted[0];
    if (!first) return null;
    this.store.insertAfter(afterId, inserted);
    const index = this.store.getSnapshot().paragraphs.findIndex((p) => p.id === first.id);
    return { index, textHash: textHash(first.text) };
  }

  async cursorIndex(): Promise<number | null> {
    const { paragraphs, cursorId } = this.store.getSnapshot();
    if (cursorId === null) return null;
    const index = paragraphs.findIndex((p) => p.id === cursorId);
    return index >= 0 ? index : null;
  }

  async comments(entries: readonly { locator: Locator | null; text: string }[]): Promise<void> {
    const paragraphs = this.store.getSnapshot().paragraphs;
    for (const { locator, text } of entries) {
      // A locator no longer found puts its comment at the start of the document, as in Word.
      const target = locator === null ? null : resolveLocator(paragraphs, locator);
      this.store.addComment(target ? target.id : null, text);
    }
  }

  async comment(locator: Locator | null, text: string): Promise<void> {
    if (locator === null) {
      this.store.addComment(null, text);
      return;
    }
    const target = resolveLocator(this.store.getSnapshot().paragraphs, locator);
    if (!target) throw new AppError(NOT_FOUND.code, NOT_FOUND);
    this.store.addComment(target.id, text);
  }

  async getSetting(key: string): Promise<unknown> {
    return this.store.getSetting(key);
  }

  /** The paragraphs of the same document changed (an insert, an edit); opening another file is not a change of it. */
  onContentChange(listener: () => void): () => void {
    let { paragraphs, documentKey } = this.store.getSnapshot();
    return this.store.subscribe(() => {
      const next = this.store.getSnapshot();
      const changed = next.documentKey === documentKey && next.paragraphs !== paragraphs;
      paragraphs = next.paragraphs;
      documentKey = next.documentKey;
      if (changed) listener();
    });
  }

  /** A change of form, shown at once and written into the file on download; what cannot be is said. */
  async applyFormat(fix: FormatFix): Promise<readonly Bilingual[]> {
    const planned = planFix(this.store.getSnapshot(), fix, new Date());
    if (planned.fixes.length) this.store.applyFixes(planned.fixes, planned.paragraphs, planned.page);
    return planned.notes;
  }

  /** A citation corrected: shown at once; in the downloaded file, a tracked change (the old words kept). */
  async replaceText(fix: TextFix): Promise<TextFixResult> {
    const planned = planFix(this.store.getSnapshot(), fix, new Date());
    if (!planned.fixes.length) return { replaced: false, notes: planned.notes.length ? planned.notes : [NOT_FOUND] };
    this.store.applyFixes(planned.fixes, planned.paragraphs, planned.page);
    return { replaced: true, notes: planned.notes };
  }

  async setSetting(key: string, value: unknown): Promise<void> {
    this.store.setSetting(key, value);
  }

  private afterTable(afterId: number | null): number | null {
    const { paragraphs } = this.store.getSnapshot();
    let index = paragraphs.findIndex((p) => p.id === afterId);
    const table = paragraphs[index]?.table;
    if (index < 0 || !table) return afterId;
    while (paragraphs[index + 1]?.table?.table === table.table) index += 1;
    return paragraphs[index]?.id ?? afterId;
  }
}
