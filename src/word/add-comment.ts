/**
 * A Word comment on a paragraph (WordApi 1.4: Microsoft 365; Office 2019/2021 perpetual stop at 1.3), in the caller's
 * Word.run: the 1–2 syncs of locating the paragraph, then one.
 */
import type { Locator } from '../document/model';
import { AppError, type Bilingual } from '../errors/app-error';
import { findParagraph, findParagraphs, PARAGRAPH_NOT_FOUND, type LocateOptions } from './locate';

export const COMMENTS_UNSUPPORTED: Bilingual = {
  vi: 'Ghi nhận xét cần Word của Microsoft 365 (WordApi 1.4); Word 2019/2021 bản mua đứt chưa hỗ trợ. Hãy dùng nút "Sao chép" rồi dán nội dung nhận xét vào tài liệu.',
  en: 'Adding comments needs Word from Microsoft 365 (WordApi 1.4); perpetual Word 2019/2021 does not support it. Use "Copy" and paste the comment text into the document.',
};

export const commentsUnsupported = (): AppError => new AppError('comments-unsupported', COMMENTS_UNSUPPORTED);

const EMPTY_COMMENT: Bilingual = { vi: 'Nội dung nhận xét đang để trống.', en: 'The comment text is empty.' };

function isApiNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ApiNotFound';
}

export async function addComment(
  context: Word.RequestContext,
  locator: Locator | null,
  text: string,
  options: LocateOptions,
): Promise<void> {
  if (text.trim() === '') throw new AppError('comment-empty', EMPTY_COMMENT);
  let paragraph: Word.Paragraph;
  if (locator === null) paragraph = context.document.body.paragraphs.getFirst();
  else {
    const found = await findParagraph(context, locator, options);
    if (found === null) throw new AppError(PARAGRAPH_NOT_FOUND.code, PARAGRAPH_NOT_FOUND);
    paragraph = found.paragraph;
  }
  paragraph.getRange('Whole').insertComment(text);
  try {
    await context.sync();
  } catch (error) {
    // The host claimed WordApi 1.4 (isSetSupported can over-report) but has no comments.
    if (isApiNotFound(error)) throw commentsUnsupported();
    throw error;
  }
}

/**
 * Many comments in one batch (a reviewer's notes on every missing task): one read to resolve all locators, then one
 * sync for all comments. A locator no longer found puts its comment at the start of the document.
 */
export async function addComments(
  context: Word.RequestContext,
  entries: readonly { locator: Locator | null; text: string }[],
  options: LocateOptions,
): Promise<void> {
  const wanted = entries.filter((entry) => entry.text.trim() !== '');
  if (wanted.length === 0) return;
  const located = wanted.map((entry) => entry.locator).filter((l): l is Locator => l !== null);
  const found = located.length > 0 ? await findParagraphs(context, located, options) : [];
  const first = context.document.body.paragraphs.getFirst();
  let k = 0;
  for (const entry of wanted) {
    const paragraph = entry.locator === null ? first : (found[k++] ?? first);
    paragraph.getRange('Whole').insertComment(entry.text);
  }
  try {
    await context.sync();
  } catch (error) {
    if (isApiNotFound(error)) throw commentsUnsupported();
    throw error;
  }
}
