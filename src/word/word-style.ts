/** Word's paragraph properties turned into the document model's terms. */
import type { Alignment } from '../document/model';

/** "Heading1" → 1 for the built-in heading styles, else null. */
export function builtInHeadingLevel(styleBuiltIn: string): number | null {
  const match = /^Heading([1-9])$/.exec(styleBuiltIn);
  return match?.[1] ? Number(match[1]) : null;
}

const LOWER_CASE_NAMES: Record<string, string> = {
  FootnoteText: 'footnote text',
  EndnoteText: 'endnote text',
  Caption: 'caption',
  Header: 'header',
  Footer: 'footer',
  TocHeading: 'TOC Heading',
};

/**
 * The English style name OOXML keeps for a built-in style ("Heading1" → "heading 1", "ListParagraph" → "List Paragraph"),
 * so that a Word document and a .docx file give the same styleName. Custom styles keep Word's name.
 */
export function styleNameOf(styleBuiltIn: string, style: string): string | null {
  if (styleBuiltIn === 'Other' || styleBuiltIn === '') return style === '' ? null : style;
  const numbered = /^(Heading|Toc)([1-9])$/.exec(styleBuiltIn);
  if (numbered?.[1] && numbered[2]) return `${numbered[1].toLowerCase()} ${numbered[2]}`;
  return LOWER_CASE_NAMES[styleBuiltIn] ?? styleBuiltIn.replace(/_/g, ' ').replace(/([a-z0-9])([A-Z])/g, '$1 $2');
}

/** Word's outlineLevel is 1–9 for outline levels and 10 for body text. */
export function outlineLevelOf(outlineLevel: number): number | null {
  return Number.isInteger(outlineLevel) && outlineLevel >= 1 && outlineLevel <= 9 ? outlineLevel : null;
}

export function alignmentOf(alignment: string): Alignment | null {
  switch (alignment) {
    case 'Left':
      return 'left';
    case 'Centered':
      return 'center';
    case 'Right':
      return 'right';
    case 'Justified':
      return 'justify';
    default:
      return null;
  }
}

/**
 * Breaks inside a paragraph as the .docx reader (src/docx/body.ts) writes them: a manual line break is "\n".
 * Word's text gives U+000B for it, and "\r" for some page or column breaks inside one paragraph. Tabs stay "\t".
 */
const LINE_BREAK = String.fromCharCode(0x0b);

export function normalizeBreaks(text: string): string {
  return text.replace(/\r\n/g, '\n').replace(/\r/g, '\n').replaceAll(LINE_BREAK, '\n');
}
