import type { Locator } from '../../document/model';
import { textHash } from '../../document/hash';
import type { PlaygroundParagraph } from './types';

/**
 * The paragraph a locator points at now: the same position if its text is unchanged, else the nearest paragraph with
 * the same text (the document may have grown since the check), else none.
 */
export function resolveLocator(paragraphs: readonly PlaygroundParagraph[], locator: Locator): PlaygroundParagraph | null {
  const same = paragraphs[locator.index];
  if (same && textHash(same.text) === locator.textHash) return same;
  let best: number | null = null;
  paragraphs.forEach((paragraph, index) => {
    if (textHash(paragraph.text) !== locator.textHash) return;
    if (best === null || Math.abs(index - locator.index) <= Math.abs(best - locator.index)) best = index;
  });
  return best === null ? null : (paragraphs[best] ?? null);
}
