/** The playground's in-memory document: paragraphs as a host reads them, plus what the page needs to render them. */
import type { PageLayout, RawParagraph } from '../../document/model';
import type { DocxFix } from '../../docx/patch-fixes';
import type { TextRun } from '../../compose/blocks';

export interface PlaygroundParagraph extends RawParagraph {
  /** Stable while the page lives (locators are positions; ids survive inserts). */
  id: number;
  /** Runs with their own bold/italic, when known (inserted paragraphs); read paragraphs render their text whole. */
  runs?: TextRun[];
  /** Inserted by the assistant (rendered with a mark, so the user sees what changed). */
  inserted?: boolean;
  /** Placeholder text the user must replace. */
  placeholder?: boolean;
  /** For a paragraph of the opened file: its index there (inserted paragraphs have none). */
  source?: number;
}

/** The file the document was opened from, kept so that a download adds the inserts to it and changes nothing else. */
export interface OriginalPackage {
  bytes: Uint8Array;
  /** For each paragraph of the file, the child of w:body it is in (readDocxWithBlocks). */
  blockOfParagraph: readonly number[];
  /** Each paragraph of the file as read (its text and list label): where a fix goes in the file. */
  read: readonly { text: string; listLabel: string | null }[];
  /** The page of the file's last section, when it gives one. */
  page: PageLayout | null;
}

export interface PlaygroundComment {
  id: number;
  paragraphId: number | null;
  text: string;
}

export interface PlaygroundState {
  /** Changes whenever another document is opened: the pane re-checks then. */
  documentKey: number;
  name: string;
  paragraphs: readonly PlaygroundParagraph[];
  comments: readonly PlaygroundComment[];
  /** The selected paragraph and a counter that changes on every selection (selecting twice scrolls twice). */
  selection: { id: number; serial: number } | null;
  /** The last paragraph the user clicked: "at the cursor" inserts after it. */
  cursorId: number | null;
  /** The opened file, when the document came from one. */
  original: OriginalPackage | null;
  /** Fixes the user applied, written into the file on download (in the page they are applied at once). */
  fixes: readonly DocxFix[];
  /** The page as it stands (the file's, then as fixed). */
  page: PageLayout | null;
}
