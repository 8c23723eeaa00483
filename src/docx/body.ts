/**
 * Walks the blocks of a WordprocessingML part (body, table cells, notes) and reads each paragraph as the reader
 * sees it: runs joined exactly as written, tracked deletions and moved-from text left out, field results kept and
 * field instructions dropped, list labels from numbering put in front.
 *
 * Choices: a manual line break (w:br, w:cr) becomes "\n" inside the paragraph text (Word's Range.text shows
 * U+000B); text boxes (w:txbxContent inside drawings) are skipped, with a warning.
 */
import type { RawParagraph, TablePosition } from '../document/model';
import { DocxReadError } from './errors';
import { isLegacyFont, type LegacyTextConverter } from './legacy-fonts';
import type { Numbering } from './numbering';
import {
  mergeRunProps,
  readAlignment,
  readNumberingReference,
  readOutlineLevel,
  readRunProps,
  type RunProps,
  type StyleSheet,
} from './styles';
import { attr, child, innerText, XmlElement } from './xml';
import { bulletGlyph } from './number-format';

export interface BodyReaderOptions {
  styles: StyleSheet;
  numbering: Numbering;
  maxParagraphs: number;
  convertLegacy?: LegacyTextConverter;
}

interface Segment {
  text: string;
  props: RunProps;
}

/** Paragraph text read so far whose mark was deleted: it joins the next paragraph. */
interface Carry {
  segments: Segment[];
}

const INLINE_CONTAINERS = new Set(['w:ins', 'w:moveTo', 'w:hyperlink', 'w:smartTag', 'w:customXml', 'w:fldSimple', 'w:dir', 'w:bdo']);

/** The value covering the most characters, or null when none is known. */
function mostOf<T>(counts: Map<T, number>): T | null {
  let best: T | null = null;
  let most = 0;
  for (const [value, count] of counts) if (count > most) [best, most] = [value, count];
  return best;
}

export class BodyReader {
  readonly paragraphs: RawParagraph[] = [];
  /** For each paragraph read, the index of the body's child element (paragraph, table, content control) it is in. */
  readonly blockOfParagraph: number[] = [];
  /** The index of the body child being read; set by whoever walks the body. */
  currentBlock = 0;
  readonly legacyFonts = new Set<string>();
  /** Tags of the block content controls being read, innermost last. */
  private readonly controlTags: string[] = [];
  /** The tag of the first inline content control of the paragraph being read. */
  private inlineTag: string | undefined;
  skippedTextBoxes = 0;
  private tableCount = 0;
  /** Open fields: true once past w:fldChar "separate" (showing the result), false while in the instruction. */
  private readonly fields: boolean[] = [];
  private carry: Carry | null = null;
  private readonly counter: { paragraphs: number };

  constructor(
    private readonly options: BodyReaderOptions,
    counter?: { paragraphs: number },
  ) {
    this.counter = counter ?? { paragraphs: 0 };
  }

  get paragraphCount(): number {
    return this.counter.paragraphs;
  }

  /** Reads `first` and its following siblings. */
  readBlocks(first: XmlElement | null, table: TablePosition | null): void {
    for (let node = first; node !== null; node = node.nextSibling) this.readBlock(node, table);
  }

  /** One child of the body, a table cell or a note: a paragraph, a table, or a wrapper of either. */
  readBlock(node: XmlElement, table: TablePosition | null): void {
    const tag = node.name;
    if (tag === 'w:p') this.readParagraph(node, table);
    else if (tag === 'w:tbl') this.readTable(node, table);
    else if (tag === 'w:sdt') {
      const content = child(node, 'w:sdtContent');
      const controlTag = sdtTag(node);
      if (controlTag !== undefined) this.controlTags.push(controlTag);
      if (content) this.readBlocks(content.firstChild, table);
      if (controlTag !== undefined) this.controlTags.pop();
    } else if (tag === 'w:customXml' || tag === 'w:ins' || tag === 'w:moveTo') this.readBlocks(node.firstChild, table);
  }

  private readTable(node: XmlElement, outer: TablePosition | null): void {
    const table = this.tableCount++;
    const depth = (outer?.depth ?? 0) + 1;
    let row = 0;
    for (const rowNode of unwrap(node.firstChild, 'w:tr', [])) {
      const trPr = child(rowNode, 'w:trPr');
      if (trPr && child(trPr, 'w:del')) continue;
      let cell = 0;
      // The grid column a cell starts at: a cell merged across columns (w:gridSpan) takes several.
      let column = 0;
      for (const cellNode of unwrap(rowNode.firstChild, 'w:tc', [])) {
        this.readBlocks(cellNode.firstChild, { table, row, cell, column, depth });
        cell++;
        column += gridSpan(cellNode);
      }
      row++;
    }
  }

  private readParagraph(node: XmlElement, table: TablePosition | null): void {
    const pPr = child(node, 'w:pPr');
    const styleNode = pPr ? child(pPr, 'w:pStyle') : undefined;
    const style = this.options.styles.paragraphStyle(styleNode ? (attr(styleNode, 'w:val') ?? null) : null);
    const segments: Segment[] = this.carry ? this.carry.segments : [];
    this.carry = null;
    this.readInline(node.firstChild, style.run, segments);

    const markRunProps = pPr ? child(pPr, 'w:rPr') : undefined;
    if (markRunProps && (child(markRunProps, 'w:del') || child(markRunProps, 'w:moveFrom'))) {
      // The paragraph mark itself is a tracked deletion: what is left joins the next paragraph.
      this.carry = { segments };
      return;
    }

    if (++this.counter.paragraphs > this.options.maxParagraphs) {
      throw new DocxReadError('DOCX_TOO_MANY_PARAGRAPHS', {
        vi: `(Giới hạn: ${this.options.maxParagraphs} đoạn.)`,
        en: `(Limit: ${this.options.maxParagraphs} paragraphs.)`,
      });
    }

    const direct = readNumberingReference(pPr);
    const reference = direct === undefined ? style.numbering : direct;
    let listLabel: string | null = null;
    let listLevel: number | null = null;
    let prefix = '';
    if (reference && reference.numId !== '') {
      const ilvl = direct?.ilvl ?? style.numbering?.ilvl ?? 0;
      const label = this.options.numbering.next(reference.numId, ilvl);
      if (label) {
        listLabel = label.label;
        listLevel = label.level;
        prefix = label.label + label.separator;
      }
    }

    let text = prefix;
    let bold = true;
    let caps = true;
    let italic = true;
    let visible = 0;
    let legacyFont: string | undefined;
    const fonts = new Map<string, number>();
    const sizes = new Map<number, number>();
    for (const segment of segments) {
      text += segment.text;
      if (segment.text.trim() === '') continue;
      visible++;
      const length = segment.text.trim().length;
      if (segment.props.font) fonts.set(segment.props.font, (fonts.get(segment.props.font) ?? 0) + length);
      if (segment.props.sizePt) sizes.set(segment.props.sizePt, (sizes.get(segment.props.sizePt) ?? 0) + length);
      bold &&= segment.props.bold === true;
      caps &&= segment.props.caps === true;
      italic &&= segment.props.italic === true;
      if (isLegacyFont(segment.props.font)) legacyFont ??= segment.props.font;
    }
    const directOutline = readOutlineLevel(pPr);
    const paragraph: RawParagraph = {
      text,
      listLabel,
      listLevel,
      styleId: style.id,
      styleName: style.name,
      builtInHeading: style.builtInHeading,
      outlineLevel: directOutline === undefined ? style.outlineLevel : directOutline,
      bold: visible > 0 && bold,
      allCaps: visible > 0 && caps,
      italic: visible > 0 && italic,
      alignment: readAlignment(pPr) ?? style.alignment,
      table,
    };
    if (legacyFont !== undefined) paragraph.legacyFont = legacyFont;
    if (visible > 0) paragraph.font = { name: mostOf(fonts), sizePt: mostOf(sizes) };
    // The content control the paragraph stands in (or one inside it): the add-in's placeholders are tagged "pctn:...".
    const controlTag = this.controlTags.at(-1) ?? this.inlineTag;
    if (controlTag !== undefined) paragraph.tag = controlTag;
    this.inlineTag = undefined;
    this.paragraphs.push(paragraph);
    this.blockOfParagraph.push(this.currentBlock);
  }

  /** Flushes text whose deleted paragraph mark had no paragraph after it to join. */
  finish(): void {
    if (this.carry && this.carry.segments.some((segment) => segment.text.trim() !== '')) this.readParagraph(new XmlElement('w:p', null), null);
    this.carry = null;
  }

  private readInline(first: XmlElement | null, paragraphRun: RunProps, out: Segment[]): void {
    for (let node = first; node !== null; node = node.nextSibling) {
      const tag = node.name;
      if (tag === 'w:r') this.readRun(node, paragraphRun, out);
      else if (INLINE_CONTAINERS.has(tag)) this.readInline(node.firstChild, paragraphRun, out);
      else if (tag === 'w:sdt') {
        const content = child(node, 'w:sdtContent');
        this.inlineTag ??= sdtTag(node);
        if (content) this.readInline(content.firstChild, paragraphRun, out);
      }
      // Anything else (w:del, w:moveFrom, w:pPr, bookmarks, proofing marks, ...) carries no visible text.
    }
  }

  private showingText(): boolean {
    for (const showing of this.fields) if (!showing) return false;
    return true;
  }

  private readRun(node: XmlElement, paragraphRun: RunProps, out: Segment[]): void {
    let props = paragraphRun;
    const rPr = child(node, 'w:rPr');
    if (rPr) {
      const rStyle = child(rPr, 'w:rStyle');
      const styleId = rStyle ? attr(rStyle, 'w:val') : undefined;
      if (styleId) props = mergeRunProps(props, this.options.styles.characterStyle(styleId));
      props = mergeRunProps(props, readRunProps(rPr));
    }
    let text = '';
    for (let item = node.firstChild; item !== null; item = item.nextSibling) {
      switch (item.name) {
        case 'w:t':
          if (this.showingText()) text += innerText(item);
          break;
        case 'w:tab':
        case 'w:ptab':
          if (this.showingText()) text += '\t';
          break;
        case 'w:br':
        case 'w:cr':
          if (this.showingText()) text += '\n';
          break;
        case 'w:noBreakHyphen':
          if (this.showingText()) text += '-';
          break;
        case 'w:sym':
          if (this.showingText()) text += symbolText(item);
          break;
        case 'w:fldChar': {
          const type = attr(item, 'w:fldCharType');
          if (type === 'begin') this.fields.push(false);
          else if (type === 'separate' && this.fields.length > 0) this.fields[this.fields.length - 1] = true;
          else if (type === 'end') this.fields.pop();
          break;
        }
        case 'w:drawing':
        case 'w:pict':
        case 'mc:AlternateContent':
          if (containsTag(item, 'w:txbxContent')) this.skippedTextBoxes++;
          break;
        default:
          // w:delText, w:instrText, w:rPr, note references and the rest carry no visible body text.
          break;
      }
    }
    if (text === '') return;
    if (isLegacyFont(props.font)) {
      this.legacyFonts.add(props.font);
      if (this.options.convertLegacy) text = this.options.convertLegacy(text, props.font);
    }
    out.push({ text, props });
  }
}

function symbolText(node: XmlElement): string {
  const code = parseInt(attr(node, 'w:char') ?? '', 16);
  if (!Number.isFinite(code)) return '';
  return bulletGlyph(String.fromCodePoint(code < 0x100 ? code + 0xf000 : code));
}

/** Children with the tag, looking through content controls and custom XML wrappers (rows and cells may be wrapped). */
function unwrap(first: XmlElement | null, tag: string, out: XmlElement[]): XmlElement[] {
  for (let node = first; node !== null; node = node.nextSibling) {
    const nodeTag = node.name;
    if (nodeTag === tag) out.push(node);
    else if (nodeTag === 'w:sdt') {
      const content = child(node, 'w:sdtContent');
      if (content) unwrap(content.firstChild, tag, out);
    } else if (nodeTag === 'w:customXml' || nodeTag === 'w:ins' || nodeTag === 'w:moveTo') unwrap(node.firstChild, tag, out);
  }
  return out;
}

function containsTag(node: XmlElement, tag: string, depth = 0): boolean {
  if (depth > 30) return false;
  for (let item = node.firstChild; item !== null; item = item.nextSibling) {
    if (item.name === tag || containsTag(item, tag, depth + 1)) return true;
  }
  return false;
}

/** The w:tag of a content control (w:sdt/w:sdtPr/w:tag/@w:val), if it has one. */
function sdtTag(node: XmlElement): string | undefined {
  const properties = child(node, 'w:sdtPr');
  const tag = properties ? child(properties, 'w:tag') : null;
  return tag ? (attr(tag, 'w:val') ?? undefined) : undefined;
}

/** How many grid columns a table cell spans (its w:gridSpan, 1 when absent). */
function gridSpan(cellNode: XmlElement): number {
  const tcPr = child(cellNode, 'w:tcPr');
  const span = tcPr ? child(tcPr, 'w:gridSpan') : null;
  const value = span ? Number(attr(span, 'w:val')) : 1;
  return Number.isInteger(value) && value > 1 && value < 64 ? value : 1;
}
