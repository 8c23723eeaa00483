/**
 * The .docx the playground saves: the opened file with the assistant's inserts added and nothing else changed (every
 * other part and paragraph byte for byte); a document that came from no file, or one the inserts cannot be written
 * into, is written afresh from its paragraphs and the user is told.
 */
import type { Bilingual } from '../../errors/app-error';
import { isAppError } from '../../errors/app-error';
import { patchDocx, type DocxInsertion } from '../../docx/patch';
import { writeDocx } from '../../docx/write';
import { fixOptions, patchDocxFixes, type DocxFix } from '../../docx/patch-fixes';
import { paragraphsToBlocks } from './blocks';
import type { OriginalPackage, PlaygroundParagraph } from './types';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The runs of inserted paragraphs, each after the part of the file its last original paragraph is in. */
export function insertionsOf(paragraphs: readonly PlaygroundParagraph[], original: OriginalPackage): DocxInsertion[] {
  const insertions: DocxInsertion[] = [];
  let anchor: DocxInsertion['afterBlock'] = 'start';
  let run: PlaygroundParagraph[] = [];
  const flush = () => {
    if (run.length > 0) insertions.push({ afterBlock: anchor, blocks: paragraphsToBlocks(run) });
    run = [];
  };
  for (const paragraph of paragraphs) {
    const block = paragraph.source === undefined ? undefined : original.blockOfParagraph[paragraph.source];
    if (paragraph.inserted || block === undefined) {
      run.push(paragraph);
      continue;
    }
    flush();
    anchor = block;
  }
  flush();
  return insertions;
}

export interface SavedDocx {
  bytes: Uint8Array;
  /** Set when the file had to be written afresh: why, for the user. */
  rebuilt: Bilingual | null;
}

/** The fixes first (they find their paragraphs in the file as it was opened), then the inserts. */
export function savedDocx(paragraphs: readonly PlaygroundParagraph[], original: OriginalPackage | null, fixes: readonly DocxFix[] = [], now = new Date()): SavedDocx {
  if (original) {
    const insertions = insertionsOf(paragraphs, original);
    if (insertions.length === 0 && fixes.length === 0) return { bytes: original.bytes, rebuilt: null };
    try {
      const fixed = fixes.length ? patchDocxFixes(original.bytes, fixes, fixOptions(now)).bytes : original.bytes;
      return { bytes: insertions.length ? patchDocx(fixed, insertions) : fixed, rebuilt: null };
    } catch (error) {
      if (!isAppError(error)) throw error;
      return { bytes: writeDocx(paragraphsToBlocks(paragraphs)), rebuilt: { vi: `${error.vi} Tệp tải về là một bản viết lại từ nội dung, định dạng gốc không được giữ.`, en: `${error.en} The downloaded file is rewritten from the text; the original formatting is not kept.` } };
    }
  }
  return { bytes: writeDocx(paragraphsToBlocks(paragraphs)), rebuilt: null };
}

/** Saves the document as a .docx through a temporary link: nothing leaves the page. Returns what the user must know. */
export function downloadDocx(paragraphs: readonly PlaygroundParagraph[], name: string, original: OriginalPackage | null, fixes: readonly DocxFix[] = []): Bilingual | null {
  const { bytes, rebuilt } = savedDocx(paragraphs, original, fixes);
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: DOCX_TYPE }));
  const link = document.createElement('a');
  link.href = url;
  link.download = /\.docx$/i.test(name) ? name : `${name || 'bao-cao'}.docx`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return rebuilt;
}
