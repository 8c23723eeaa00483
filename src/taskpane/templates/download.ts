/** Saves template blocks as a .docx through a temporary link: nothing leaves the page. */
import type { Block } from '../../compose/blocks';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function downloadBlocks(writeDocx: (blocks: readonly Block[]) => Uint8Array, blocks: readonly Block[], name: string): void {
  const url = URL.createObjectURL(new Blob([writeDocx(blocks) as BlobPart], { type: DOCX_TYPE }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Only the playground offers the download: a Word task pane may not be allowed to save files. */
export const canDownload = (hostDescription: string): boolean => hostDescription === 'Playground';
