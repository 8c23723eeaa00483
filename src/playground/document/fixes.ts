/**
 * Fixes in the playground: each one checked against the opened file first (it must be writable there, since the
 * download writes it), then shown at once in the page's document and kept for the download.
 */
import type { FormatFix } from '../../document/format';
import type { TextFix } from '../../document/text-fix';
import type { Bilingual } from '../../errors/app-error';
import { AppError } from '../../errors/app-error';
import { fixOptions, patchDocxFixes, toDocxFixes, type DocxFix } from '../../docx/patch-fixes';
import { occurrenceAt } from '../../document/text-fix';
import { resolveLocator } from './locate';
import type { PlaygroundParagraph, PlaygroundState } from './types';

const NO_FILE = new AppError('fix-needs-file', {
  vi: 'Tài liệu này không mở từ một tệp .docx nên không có tệp để sửa; hãy mở báo cáo (.docx) rồi sửa.',
  en: 'This document was not opened from a .docx file, so there is no file to fix; open the report (.docx), then fix.',
});

const NOT_IN_FILE = (count: number): Bilingual => ({
  vi: `${count} đoạn do trợ lý chèn hoặc không còn như lúc kiểm tra nên chưa được sửa.`,
  en: `${count} paragraph(s) were inserted by the assistant or are no longer as checked, and were not fixed.`,
});

export interface PlannedFix {
  fixes: DocxFix[];
  /** The page's paragraphs after the fix, by id. */
  paragraphs: Map<number, PlaygroundParagraph>;
  page: PlaygroundState['page'];
  notes: Bilingual[];
}

/** What a fix changes, or only notes when the file cannot take it. Nothing is changed here. */
export function planFix(state: PlaygroundState, fix: FormatFix | TextFix, now: Date): PlannedFix {
  const original = state.original;
  if (!original) throw NO_FILE;
  const byIndex = new Map<number, PlaygroundParagraph>();
  const { fixes, unplaced } = toDocxFixes(fix, (locator) => {
    const paragraph = resolveLocator(state.paragraphs, locator);
    const read = paragraph?.source === undefined ? undefined : original.read[paragraph.source];
    if (!paragraph || !read || paragraph.inserted) return null;
    byIndex.set(paragraph.source!, paragraph);
    return { index: paragraph.source!, ...read };
  });
  // The file must take it now: the download writes it.
  const { notes } = fixes.length ? patchDocxFixes(original.bytes, fixes, fixOptions(now)) : { notes: [] };
  const all = [...notes, ...(unplaced ? [NOT_IN_FILE(unplaced)] : [])];
  if (notes.length) return { fixes: [], paragraphs: new Map(), page: state.page, notes: all };
  const paragraphs = new Map<number, PlaygroundParagraph>();
  let page = state.page;
  for (const docxFix of fixes) {
    if (docxFix.kind === 'page') {
      page = { widthMm: 210, heightMm: 297, marginsMm: docxFix.marginsMm };
      continue;
    }
    const before = byIndex.get(docxFix.paragraph)!;
    const current = paragraphs.get(before.id) ?? before;
    if (docxFix.kind === 'font') {
      const { name, sizePt, bold, italic } = docxFix.font;
      paragraphs.set(before.id, {
        ...current,
        ...(bold !== undefined ? { bold } : {}),
        ...(italic !== undefined ? { italic } : {}),
        ...(name !== undefined || sizePt !== undefined ? { font: { name: name ?? current.font?.name ?? null, sizePt: sizePt ?? current.font?.sizePt ?? null } } : {}),
      });
    } else {
      const at = occurrenceAt(current.text, docxFix.expected, docxFix.occurrence);
      paragraphs.set(before.id, { ...current, text: current.text.slice(0, at) + docxFix.replacement + current.text.slice(at + docxFix.expected.length) });
    }
  }
  return { fixes, paragraphs, page, notes: all };
}
