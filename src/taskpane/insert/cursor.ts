/** Where the cursor is, as a paragraph index; null when the host cannot tell (headings are then numbered for the end). */
import type { DocumentHost } from '../../document/host';

export async function cursorIndexOf(host: DocumentHost): Promise<number | null> {
  try {
    return await host.cursorIndex();
  } catch {
    return null;
  }
}
