/**
 * The one port every host implements (Word, the playground; a .docx writer for templates): the task pane and the
 * command line talk to documents only through it.
 */
import type { DocumentModel, Locator } from './model';
import type { Block } from '../compose/blocks';
import type { Bilingual } from '../errors/app-error';
import type { FormatFix } from './format';
import type { TextFix } from './text-fix';

export type InsertPlace =
  /** At the cursor; a selection is never replaced: blocks go after it. */
  | { kind: 'cursor' }
  /** After the paragraph a locator points at. */
  | { kind: 'after'; locator: Locator }
  | { kind: 'end' };

export interface HostCapabilities {
  /** Word comments (WordApi 1.4); the playground keeps its own. */
  comments: boolean;
  /** Content controls for placeholders and citations. */
  contentControls: boolean;
  /** The host can save a setting inside the document (ignored findings). */
  documentSettings: boolean;
  /** The host can change paragraphs' type and the page in place (Word); the playground's download keeps the file's own. */
  formatFixes: boolean;
  /** The host can correct a few words in place on the user's click (a citation written in full). */
  textFixes: boolean;
  /** Human-readable host description for the Settings view, e.g. "Word (WordApi 1.3)". */
  description: string;
}

export type SelectResult = { found: true } | { found: false; code: string; vi: string; en: string };

export interface TextFixResult {
  replaced: boolean;
  /** Why nothing was replaced, or, after a replacement the host could not track, how to undo it. */
  notes: readonly Bilingual[];
}

export interface DocumentHost {
  readonly capabilities: HostCapabilities;
  read(onProgress?: (done: number, total: number) => void): Promise<DocumentModel>;
  select(locator: Locator): Promise<SelectResult>;
  /** The index of the paragraph the cursor is in (where 'cursor' inserts go after), or null when it cannot tell. */
  cursorIndex(): Promise<number | null>;
  /** Inserts the blocks in one batch; returns the locator of the first inserted paragraph. */
  insert(blocks: readonly Block[], place: InsertPlace): Promise<Locator | null>;
  /** Adds a comment anchored at the paragraph (or the start of the document when null). */
  comment(locator: Locator | null, text: string): Promise<void>;
  /** Adds many comments in one batch (a reviewer's notes on every missing task). */
  comments(entries: readonly { locator: Locator | null; text: string }[]): Promise<void>;
  /**
   * Applies a change of form (never of text) in one batch; resolves to what could not be done, in both languages
   * (the page on a Word without WordApiDesktop 1.3, a paragraph edited away since the check).
   */
  applyFormat(fix: FormatFix): Promise<readonly Bilingual[]>;
  /**
   * Replaces the words of a fix where they still stand (never elsewhere), keeping the old words where the host can
   * (Word: a tracked change); resolves to what the user must know (the words changed since the check, how to undo).
   */
  replaceText(fix: TextFix): Promise<TextFixResult>;
  /** Reads and writes a small JSON value stored in the document (ignored findings). */
  getSetting(key: string): Promise<unknown>;
  setSetting(key: string, value: unknown): Promise<void>;
  /**
   * Calls the listener when the document's text changes: every insert through this host and, where the host can
   * tell (WordApi 1.6 paragraph events, the playground's own document), the user's edits. Returns the unsubscribe.
   */
  onContentChange(listener: () => void): () => void;
}
