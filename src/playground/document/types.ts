/** The playground's in-memory document: paragraphs as a host reads them, plus what the page needs to render them. */
import type { RawParagraph } from '../../document/model';
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
}
