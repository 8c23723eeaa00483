import { writeDocx } from '../../docx/write';
import { paragraphsToBlocks } from './blocks';
import type { PlaygroundParagraph } from './types';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Saves the edited document as a .docx through a temporary link: nothing leaves the page. */
export function downloadDocx(paragraphs: readonly PlaygroundParagraph[], name: string): void {
  const bytes = writeDocx(paragraphsToBlocks(paragraphs));
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: DOCX_TYPE }));
  const link = document.createElement('a');
  link.href = url;
  link.download = /\.docx$/i.test(name) ? name : `${name || 'bao-cao'}.docx`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
