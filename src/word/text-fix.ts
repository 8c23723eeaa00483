/**
 * A few words corrected in Word on the user's click: the paragraph found from one read of the document, the words
 * searched in it (never elsewhere), then replaced. Where Word tracks changes (WordApi 1.4) the replacement is made as a
 * tracked change, so the old words stay in the document until the user accepts it; the user's own tracking mode is
 * put back in the same batch. The caller's Word.run: the locate read's syncs plus two.
 */
import type { Bilingual } from '../errors/app-error';
import type { TextFix } from '../document/text-fix';
import type { TextFixResult } from '../document/host';
import type { IsSetSupported } from './capabilities';
import { findParagraphs } from './locate';

/** Word's search takes at most 255 characters and gives "^" a meaning of its own. */
const SEARCHABLE = (text: string) => text.length > 0 && text.length <= 255 && !text.includes('^');

const TEXT_CHANGED: Bilingual = {
  vi: 'Đoạn văn đã thay đổi từ lần kiểm tra trước nên chưa sửa gì; hãy kiểm tra lại rồi sửa tiếp.',
  en: 'The paragraph changed since the check, so nothing was changed; check again, then fix.',
};

const TOO_LONG: Bilingual = {
  vi: 'Trích dẫn này quá dài để Word tìm và thay; hãy sửa tay theo gợi ý.',
  en: 'This citation is too long for Word to find and replace; correct it by hand as suggested.',
};

const UNTRACKED = (fix: TextFix): Bilingual => ({
  vi: `Đã thay “${fix.expected}” bằng “${fix.replacement}”. Word này không theo dõi được thay đổi: muốn trở lại, bấm Ctrl+Z.`,
  en: `Replaced “${fix.expected}” with “${fix.replacement}”. This Word cannot track the change: press Ctrl+Z to undo it.`,
});

export async function applyTextFix(context: Word.RequestContext, fix: TextFix, isSetSupported: IsSetSupported): Promise<TextFixResult> {
  if (!SEARCHABLE(fix.expected)) return { replaced: false, notes: [TOO_LONG] };
  const [paragraph] = await findParagraphs(context, [fix.locator], { isSetSupported });
  if (!paragraph) return { replaced: false, notes: [TEXT_CHANGED] };
  const found = paragraph.search(fix.expected, { matchCase: true });
  found.load('items');
  const tracks = isSetSupported('WordApi', '1.4');
  const document = context.document;
  if (tracks) document.load('changeTrackingMode');
  await context.sync();
  const range = found.items[fix.occurrence];
  if (!range) return { replaced: false, notes: [TEXT_CHANGED] };
  if (tracks) {
    const mode = document.changeTrackingMode;
    document.changeTrackingMode = 'TrackAll' as Word.ChangeTrackingMode;
    range.insertText(fix.replacement, 'Replace');
    document.changeTrackingMode = mode;
  } else range.insertText(fix.replacement, 'Replace');
  await context.sync();
  return { replaced: true, notes: tracks ? [] : [UNTRACKED(fix)] };
}
