/**
 * What the Word host cannot lay out as the .docx writer does, said to the user next to the result (bilingual
 * InsertNotes, like the page-setup note). Pure: decided from the blocks alone, no Word call.
 * - "Keep with next" has no Paragraph property in Word's API (only Style.paragraphFormat, WordApi 1.5). Headings get
 *   it from Word's built-in heading styles; other paragraphs that ask for it (the type name, the subject line, the
 *   closing line) go without.
 * - Page numbers need a PAGE field in the header (Range.insertField is WordApi 1.5) and "different first page"
 *   (no property at any WordApi set): the user inserts them by hand.
 */
import type { Block } from '../compose/blocks';
import type { InsertNote } from './page-setup';

const QUOTED_MAX = 40;
const LISTED_MAX = 3;

const quoted = (text: string): string => `“${text.length > QUOTED_MAX ? `${text.slice(0, QUOTED_MAX - 1).trimEnd()}…` : text}”`;

/** The texts of the non-heading paragraphs (cell lines included) that ask to be kept with the next one. */
export function keptWithNextTexts(blocks: readonly Block[]): string[] {
  const texts: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'paragraph' || block.kind === 'citation' || block.kind === 'placeholder') {
      if (block.format?.keepWithNext) texts.push(block.kind === 'paragraph' ? block.runs.map((run) => run.text).join('') : block.text);
    } else if (block.kind === 'table') {
      for (const line of (block.paragraphs ?? []).flat(2)) if (line.format?.keepWithNext) texts.push(line.runs.map((run) => run.text).join(''));
    }
  }
  return texts.map((text) => text.trim()).filter((text) => text !== '');
}

export function keepWithNextUnsupported(texts: readonly string[]): InsertNote {
  const listed = texts.slice(0, LISTED_MAX).map(quoted).join(', ');
  const more = texts.length > LISTED_MAX ? texts.length - LISTED_MAX : 0;
  return {
    code: 'keep-with-next-unsupported',
    vi: `Word không cho trợ lý đặt “Giữ với đoạn tiếp theo” cho ${listed}${more > 0 ? ` và ${more} đoạn khác` : ''}. Nếu đoạn đó rơi xuống cuối trang, tách khỏi đoạn sau, hãy chọn nó rồi vào Đoạn văn (Paragraph) → Ngắt dòng và trang (Line and Page Breaks) → Giữ với đoạn tiếp theo (Keep with next).`,
    en: `Word does not let the assistant set “Keep with next” on ${listed}${more > 0 ? ` and ${more} more` : ''}. If one of them ends up alone at the bottom of a page, select it and use Paragraph → Line and Page Breaks → Keep with next.`,
  };
}

export const PAGE_NUMBERS_BY_HAND: InsertNote = {
  code: 'page-numbers-unsupported',
  vi: 'Số trang chưa được chèn (Nghị định 30/2020/NĐ-CP: số trang ở giữa lề trên, trang đầu không đánh số). Hãy vào Chèn (Insert) → Số trang (Page Number) → Đầu trang (Top of Page), kiểu căn giữa, rồi chọn Trang đầu khác (Different First Page).',
  en: 'Page numbers were not inserted (Decree 30/2020/NĐ-CP: centred in the top margin, none on the first page). Use Insert → Page Number → Top of Page, centred, then tick Different First Page.',
};

/** The notes for these blocks (pageSetup blocks included), in a fixed order; none when Word does everything asked. */
export function layoutNotes(blocks: readonly Block[]): InsertNote[] {
  const notes: InsertNote[] = [];
  const kept = keptWithNextTexts(blocks);
  if (kept.length > 0) notes.push(keepWithNextUnsupported(kept));
  if (blocks.some((block) => block.kind === 'pageSetup' && block.pageNumbers === true)) notes.push(PAGE_NUMBERS_BY_HAND);
  return notes;
}
