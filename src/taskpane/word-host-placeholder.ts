/**
 * The Word host until src/word/host.ts exists: reads and selects through the Word reader, and says plainly that
 * inserting and commenting are not available yet. Settings live in memory for the session.
 */
import type { DocumentHost, HostCapabilities, InsertPlace, SelectResult } from '../document/host';
import type { DocumentModel, Locator } from '../document/model';
import type { Block } from '../compose/blocks';
import { AppError } from '../errors/app-error';
import { readWordDocument } from '../word/read-document';
import { selectParagraph } from '../word/locate';

const NOT_YET = {
  vi: 'Chức năng này chưa dùng được trong Word; hãy thử trong trang thử nghiệm (playground).',
  en: 'This is not available in Word yet; try it in the playground page.',
};

export class WordHostPlaceholder implements DocumentHost {
  readonly capabilities: HostCapabilities = { comments: false, contentControls: false, documentSettings: false, description: 'Word' };
  private readonly settings = new Map<string, unknown>();

  async read(): Promise<DocumentModel> {
    if (typeof Word === 'undefined') throw new AppError('word-unavailable', { vi: 'Không có Word để đọc tài liệu.', en: 'Word is not available to read the document.' });
    return Word.run((context) => readWordDocument(context));
  }

  async select(locator: Locator): Promise<SelectResult> {
    const result = await Word.run((context) => selectParagraph(context, locator));
    return result.found ? { found: true } : result;
  }

  async insert(_blocks: readonly Block[], _place: InsertPlace): Promise<Locator | null> {
    throw new AppError('host-not-ready', NOT_YET);
  }

  async comment(_locator: Locator | null, _text: string): Promise<void> {
    throw new AppError('host-not-ready', NOT_YET);
  }

  async getSetting(key: string): Promise<unknown> {
    return this.settings.get(key);
  }

  async setSetting(key: string, value: unknown): Promise<void> {
    this.settings.set(key, value);
  }
}
