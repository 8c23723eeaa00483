/**
 * The content controls the add-in wraps inserted paragraphs in: tagged "pctn:…" so that a later check finds them,
 * titled so that the user sees what to fill in ("Kết quả thực hiện", "Họ và tên người ký").
 */
import { TAG_PREFIX } from '../compose/blocks';

export const PLACEHOLDER_TITLE = 'Nội dung cần điền';
export const CITATION_TITLE = 'Trích dẫn văn bản';

export const placeholderTag = (block: { tag: string }): string => (block.tag.trim() !== '' ? block.tag : `${TAG_PREFIX}:placeholder`);
export const citationTag = (registryId: string): string => `${TAG_PREFIX}:citation:${registryId}`;

/** The block's own title (its alias) when it has one, else the generic one. */
export const placeholderTitle = (alias: string | undefined): string => (alias !== undefined && alias.trim() !== '' ? alias : PLACEHOLDER_TITLE);

/** Wraps the paragraph; returns the control, after which the next paragraph must go (not inside it). */
export function wrapParagraph(paragraph: Word.Paragraph, tag: string, title: string, appearance: 'Tags' | 'BoundingBox'): Word.ContentControl {
  const control = paragraph.insertContentControl();
  control.tag = tag;
  control.title = title;
  control.appearance = appearance;
  return control;
}
