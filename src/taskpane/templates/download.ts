/** Saves generated files (template blocks as .docx, a spreadsheet) through a temporary link: nothing leaves the page. */
import type { Block } from '../../compose/blocks';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Offers bytes as a file download through a Blob URL, revoked shortly after. */
export function downloadBytes(bytes: Uint8Array, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadBlocks(writeDocx: (blocks: readonly Block[]) => Uint8Array, blocks: readonly Block[], name: string): void {
  downloadBytes(writeDocx(blocks), name, DOCX_TYPE);
}

/** Only the playground offers the download: a Word task pane may not be allowed to save files. */
export const canDownload = (hostDescription: string): boolean => hostDescription === 'Playground';
