/** Decides a paragraph's outline level and whether it is a heading of the outline. */
import type { HeadingSource, RawParagraph } from './model';
import type { LabelReading } from './label';

export interface LevelDecision {
  level: number | null;
  headingSource: HeadingSource | null;
}

/** Longest body (in characters) a heading may have; longer paragraphs are content that starts with a number. */
export const MAX_HEADING_LENGTH = 200;
/** A heading without bold or style must be shorter still, and not read like a sentence. */
const MAX_PLAIN_HEADING_LENGTH = 120;
const MAX_BOLD_CAPS_LENGTH = 150;

function hasLetters(text: string): boolean {
  return /\p{L}/u.test(text);
}

/** Upper case as the reader sees it: the caps property, or no lower-case letter in the text. */
export function looksAllCaps(paragraph: Pick<RawParagraph, 'allCaps'>, text: string): boolean {
  if (!hasLetters(text)) return false;
  return paragraph.allCaps || !/\p{Ll}/u.test(text);
}

function wordCount(text: string): number {
  const words = text.trim().split(/\s+/);
  return words[0] === '' ? 0 : words.length;
}

/** A sentence, not a title: ends with a full stop or semicolon after many words, or runs long. */
function readsLikeSentence(body: string): boolean {
  const trimmed = body.trim();
  if (trimmed.length > MAX_PLAIN_HEADING_LENGTH) return true;
  return /[.;]$/.test(trimmed) && wordCount(trimmed) > 12;
}

/** Table-of-contents entries repeat the headings; they are not headings themselves. */
const TABLE_OF_CONTENTS_STYLE = /^toc\s*\d$/i;

export function decideLevel(paragraph: RawParagraph, reading: LabelReading): LevelDecision {
  if (paragraph.styleName !== null && TABLE_OF_CONTENTS_STYLE.test(paragraph.styleName.trim())) return { level: null, headingSource: null };
  const inTable = paragraph.table !== null;
  const body = reading.body.trim();
  const short = body.length > 0 && body.length <= MAX_HEADING_LENGTH;

  if (paragraph.builtInHeading !== null) {
    const level = paragraph.builtInHeading;
    return { level, headingSource: !inTable && level <= 3 && hasLetters(paragraph.text) ? 'style' : null };
  }
  if (paragraph.outlineLevel !== null) {
    const level = paragraph.outlineLevel;
    return { level, headingSource: !inTable && level <= 3 && hasLetters(paragraph.text) ? 'outlineLevel' : null };
  }
  if (reading.level !== null) {
    const level = reading.level;
    if (inTable || level > 3 || !short) return { level, headingSource: null };
    const fromNumbering = paragraph.listLabel !== null;
    const marked = paragraph.bold || fromNumbering || looksAllCaps(paragraph, body);
    const isHeading = marked ? !readsLikeSentence(body) || paragraph.bold : !readsLikeSentence(body) && !/[.;]$/.test(body);
    if (!isHeading) return { level, headingSource: null };
    return { level, headingSource: fromNumbering ? 'numbering' : 'typedLabel' };
  }
  if (
    !inTable &&
    paragraph.bold &&
    paragraph.alignment !== 'center' &&
    body.length <= MAX_BOLD_CAPS_LENGTH &&
    looksAllCaps(paragraph, body)
  ) {
    return { level: 1, headingSource: 'boldCaps' };
  }
  return { level: null, headingSource: null };
}
