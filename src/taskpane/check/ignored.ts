/** The ignored findings, kept in the document through host settings: a list of finding ids, in the order ignored. */
export const IGNORED_SETTING = 'ignoredFindings';

/** Whatever the document holds → a clean list of ids (a hand-edited or older value never breaks the pane). */
export function parseIgnored(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return [...new Set(value.filter((id): id is string => typeof id === 'string' && id.length > 0 && id.length < 200))];
}
