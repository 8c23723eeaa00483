/**
 * A change of form only, never of text, that brings a document to Nghị định 30/2020/NĐ-CP (Phụ lục I): the page
 * (A4, margins), or some paragraphs' typeface, size, bold and italics. Rules propose it; a host applies it.
 */
import type { Locator } from './model';

export type FormatFix =
  | { kind: 'page'; paper: 'A4'; marginsMm: { top: number; bottom: number; left: number; right: number } }
  | { kind: 'paragraphs'; changes: ParagraphFormatChange[] };

export interface ParagraphFormatChange {
  locator: Locator;
  font: { name?: string; sizePt?: number; bold?: boolean; italic?: boolean };
}
