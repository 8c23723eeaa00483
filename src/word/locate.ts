/**
 * Re-resolves a Locator {index, textHash} in a new Word.run and selects the paragraph: the document may have changed
 * since it was read, so the hash decides; when the paragraph at `index` no longer matches, the nearest paragraph with the
 * same text is taken. At most 3 context.sync() calls: the 2 of the paragraph read (text only), then the selection.
 */
import type { Locator } from '../document/model';
import { textHash } from '../document/hash';
import { AppError } from '../errors/app-error';
import { officeIsSetSupported, readCapabilities, usesOptional, withoutOptional, type IsSetSupported } from './capabilities';
import { readBodyParagraphs, type ParagraphReading } from './paragraph-reader';
import { toWordError, WORD_API_TOO_OLD } from './word-error';

export type LocateResult =
  | { found: true; index: number; moved: boolean }
  | { found: false; code: 'paragraph-not-found'; vi: string; en: string };

export interface LocateOptions {
  isSetSupported?: IsSetSupported;
}

const NOT_FOUND = {
  code: 'paragraph-not-found' as const,
  vi: 'Không tìm thấy đoạn văn này nữa: tài liệu đã được sửa sau lần kiểm tra. Hãy kiểm tra lại để cập nhật kết quả.',
  en: 'This paragraph can no longer be found: the document was edited after the check. Run the check again to refresh the results.',
};

/**
 * The index of the paragraph the locator points at now, or null: the same place first, then the nearest same text.
 * Between two equally near, the later one wins: a draft being written grows above a finding more often than it shrinks.
 */
export function resolveLocator(hashes: readonly string[], locator: Locator): number | null {
  if (hashes[locator.index] === locator.textHash) return locator.index;
  let best: number | null = null;
  hashes.forEach((hash, index) => {
    if (hash !== locator.textHash) return;
    if (best === null || Math.abs(index - locator.index) <= Math.abs(best - locator.index)) best = index;
  });
  return best;
}

async function readTexts(context: Word.RequestContext, isSetSupported: IsSetSupported): Promise<ParagraphReading[]> {
  const capabilities = readCapabilities(isSetSupported);
  if (!capabilities.core) throw new AppError('word-api-too-old', WORD_API_TOO_OLD);
  try {
    return (await readBodyParagraphs(context, capabilities, 'text')).paragraphs;
  } catch (error) {
    if (!usesOptional(capabilities)) throw error;
    return (await readBodyParagraphs(context, withoutOptional(capabilities), 'text')).paragraphs;
  }
}

export interface FoundParagraph {
  /** The paragraph's proxy, valid only inside the current Word.run. */
  paragraph: Word.Paragraph;
  index: number;
  /** The text as the reader sees it (list label included). */
  text: string;
  isListItem: boolean;
}

/**
 * The paragraph a locator points at now, or null, inside the caller's Word.run: the 1–2 syncs of the text read.
 * Office errors are left to the caller to wrap.
 */
export async function findParagraph(
  context: Word.RequestContext,
  locator: Locator,
  options: LocateOptions = {},
): Promise<FoundParagraph | null> {
  const readings = await readTexts(context, options.isSetSupported ?? officeIsSetSupported());
  const index = resolveLocator(
    readings.map((reading) => textHash(reading.text)),
    locator,
  );
  const target = index === null ? undefined : readings[index];
  if (index === null || target === undefined) return null;
  return { paragraph: target.paragraph, index, text: target.text, isListItem: target.listLabel !== null || target.paragraph.isListItem };
}

export const PARAGRAPH_NOT_FOUND = NOT_FOUND;

/** Resolves several locators from one read of the document (the same syncs as one): null where one is not found. */
export async function findParagraphs(
  context: Word.RequestContext,
  locators: readonly Locator[],
  options: LocateOptions = {},
): Promise<(Word.Paragraph | null)[]> {
  const readings = await readTexts(context, options.isSetSupported ?? officeIsSetSupported());
  const hashes = readings.map((reading) => textHash(reading.text));
  return locators.map((locator) => {
    const index = resolveLocator(hashes, locator);
    return index === null ? null : (readings[index]?.paragraph ?? null);
  });
}

export async function selectParagraph(
  context: Word.RequestContext,
  locator: Locator,
  options: LocateOptions = {},
): Promise<LocateResult> {
  const action = { vi: 'chuyển đến đoạn văn', en: 'go to the paragraph' };
  try {
    const found = await findParagraph(context, locator, options);
    if (found === null) return { found: false, ...NOT_FOUND };
    found.paragraph.select('Select');
    await context.sync();
    return { found: true, index: found.index, moved: found.index !== locator.index };
  } catch (error) {
    throw toWordError(error, action);
  }
}
