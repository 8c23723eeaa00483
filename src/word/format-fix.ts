/**
 * A change of form in Word (never of text): paragraphs' font name, size, bold and italics (WordApi 1.1), found from
 * one read of the document; the page through WordApiDesktop 1.3, else a note saying what to set by hand. The caller's
 * Word.run: the locate read's syncs plus one.
 */
import type { Bilingual } from '../errors/app-error';
import type { FormatFix } from '../document/format';
import type { IsSetSupported } from './capabilities';
import { findParagraphs } from './locate';
import { pageSetupUnsupported, setPage } from './page-setup';

const PAGE_FAILED = (margins: string): Bilingual => ({
  vi: `Word không đặt được khổ giấy và lề trang. Hãy tự đặt trong Bố trí (Layout) → Lề (Margins): ${margins}.`,
  en: `Word could not set the paper size and margins. Set them in Layout → Margins: ${margins}.`,
});

const MOVED = (count: number): Bilingual => ({
  vi: `${count} đoạn đã thay đổi từ lần kiểm tra trước nên chưa được sửa; hãy kiểm tra lại rồi sửa tiếp.`,
  en: `${count} paragraph(s) changed since the check and were left as they are; check again, then fix.`,
});

export async function applyFormatFix(context: Word.RequestContext, fix: FormatFix, isSetSupported: IsSetSupported): Promise<Bilingual[]> {
  if (fix.kind === 'page') {
    const block = { kind: 'pageSetup' as const, paper: fix.paper, marginsMm: fix.marginsMm, font: { name: 'Times New Roman', sizePt: 14 } };
    if (!isSetSupported('WordApiDesktop', '1.3')) {
      const note = pageSetupUnsupported(block);
      return [{ vi: note.vi, en: note.en }];
    }
    if (await setPage(context, fix)) return [];
    const m = fix.marginsMm;
    return [PAGE_FAILED(`A4; ${m.top}/${m.bottom}/${m.left}/${m.right} mm`)];
  }
  const paragraphs = await findParagraphs(context, fix.changes.map((change) => change.locator), { isSetSupported });
  let moved = 0;
  fix.changes.forEach(({ font }, i) => {
    const paragraph = paragraphs[i];
    if (!paragraph) {
      moved += 1;
      return;
    }
    if (font.name !== undefined) paragraph.font.name = font.name;
    if (font.sizePt !== undefined) paragraph.font.size = font.sizePt;
    if (font.bold !== undefined) paragraph.font.bold = font.bold;
    if (font.italic !== undefined) paragraph.font.italic = font.italic;
  });
  if (moved < fix.changes.length) await context.sync();
  return moved > 0 ? [MOVED(moved)] : [];
}
