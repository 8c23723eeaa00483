/**
 * A pageSetup block in Word: paper and margins can be set only through WordApiDesktop 1.3 (Document.pageSetup,
 * Windows and Mac desktop); elsewhere the user gets a note saying what to set by hand. The font of a pageSetup block
 * is applied to the inserted paragraphs themselves (insert-blocks.ts), which works everywhere.
 * Run in its own sync after the insert, so that a host claiming the set but failing keeps the inserted text.
 */
import type { Block } from '../compose/blocks';
import type { IsSetSupported } from './capabilities';

export type PageSetupBlock = Extract<Block, { kind: 'pageSetup' }>;

export interface InsertNote {
  code: string;
  vi: string;
  en: string;
}

const POINTS_PER_MM = 72 / 25.4;

function marginsText(block: PageSetupBlock, language: 'vi' | 'en'): string {
  const m = block.marginsMm;
  return language === 'vi'
    ? `trên ${m.top} mm, dưới ${m.bottom} mm, trái ${m.left} mm, phải ${m.right} mm; khổ giấy ${block.paper}`
    : `top ${m.top} mm, bottom ${m.bottom} mm, left ${m.left} mm, right ${m.right} mm; paper ${block.paper}`;
}

export function pageSetupUnsupported(block: PageSetupBlock): InsertNote {
  return {
    code: 'page-setup-unsupported',
    vi: `Phiên bản Word này không cho phép trợ lý đặt khổ giấy và lề trang (cần Word cho Windows hoặc Mac có WordApiDesktop 1.3). Hãy tự đặt trong Bố trí (Layout) → Lề (Margins) → Lề tùy chỉnh: ${marginsText(block, 'vi')}.`,
    en: `This version of Word does not let the assistant set the paper size and margins (Word for Windows or Mac with WordApiDesktop 1.3 is needed). Set them in Layout → Margins → Custom Margins: ${marginsText(block, 'en')}.`,
  };
}

export function pageSetupFailed(block: PageSetupBlock): InsertNote {
  return {
    code: 'page-setup-failed',
    vi: `Nội dung đã được chèn, nhưng Word không đặt được khổ giấy và lề trang. Hãy tự đặt trong Bố trí (Layout) → Lề (Margins): ${marginsText(block, 'vi')}.`,
    en: `The content was inserted, but Word could not set the paper size and margins. Set them in Layout → Margins: ${marginsText(block, 'en')}.`,
  };
}

/** Applies the page setup to the document (one sync), or returns why it could not. */
export async function applyPageSetup(
  context: Word.RequestContext,
  block: PageSetupBlock,
  isSetSupported: IsSetSupported,
): Promise<InsertNote[]> {
  if (!isSetSupported('WordApiDesktop', '1.3')) return [pageSetupUnsupported(block)];
  return (await setPage(context, block)) ? [] : [pageSetupFailed(block)];
}

/** Paper and margins in one sync (WordApiDesktop 1.3, checked by the caller); false when Word refuses. */
export async function setPage(context: Word.RequestContext, page: Pick<PageSetupBlock, 'paper' | 'marginsMm'>): Promise<boolean> {
  try {
    const setup = context.document.pageSetup;
    setup.paperSize = page.paper;
    setup.topMargin = page.marginsMm.top * POINTS_PER_MM;
    setup.bottomMargin = page.marginsMm.bottom * POINTS_PER_MM;
    setup.leftMargin = page.marginsMm.left * POINTS_PER_MM;
    setup.rightMargin = page.marginsMm.right * POINTS_PER_MM;
    await context.sync();
    return true;
  } catch {
    return false;
  }
}
