/**
 * Where the cursor is, as a paragraph index, when the host can tell (an optional method the DocumentHost port does
 * not have yet); otherwise null, and headings are numbered as if inserted at the end of the document.
 */
import type { DocumentHost } from '../../document/host';

interface CursorAware {
  cursorIndex(): Promise<number | null>;
}

export async function cursorIndexOf(host: DocumentHost): Promise<number | null> {
  const aware = host as DocumentHost & Partial<CursorAware>;
  if (typeof aware.cursorIndex !== 'function') return null;
  try {
    return await aware.cursorIndex();
  } catch {
    return null;
  }
}
