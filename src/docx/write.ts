/**
 * writeDocx: host-neutral blocks → the bytes of a minimal .docx (document, styles with Heading 1–3, tables, A4 page
 * setup, page numbers in the header). Pure: fflate only, no Node built-ins, so the playground (download) and the
 * command line (templates) share it.
 */
import { ITEM_HEADING_TAG } from '../document/tags';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { citationTag, type Block, type CellParagraph, type ParagraphFormat, type TextRun } from '../compose/blocks';

type PageSetup = Extract<Block, { kind: 'pageSetup' }>;

/** Nghị định 30/2020/NĐ-CP, Phụ lục I: A4, Times New Roman 13–14, margins top/bottom 20–25, left 30–35, right 15–20 mm. */
export const DEFAULT_PAGE_SETUP: PageSetup = {
  kind: 'pageSetup',
  paper: 'A4',
  marginsMm: { top: 20, bottom: 20, left: 30, right: 15 },
  font: { name: 'Times New Roman', sizePt: 14 },
};

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const A4_TWIPS = { width: 11906, height: 16838 };
const TWIPS_PER_MM = 1440 / 25.4;

const twips = (mm: number) => Math.round(mm * TWIPS_PER_MM);

// eslint-disable-next-line no-control-regex -- exactly the characters XML 1.0 forbids
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** XML text: escapes markup and drops the control characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return text
    .replace(XML_FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

interface ParagraphContext {
  /** The width of the column the paragraph sits in (the text width, or a table cell's), twips: for centred rules. */
  columnTwips: number;
}

/** A short rule: an empty paragraph with a bottom border, narrowed by equal indents so that it is centred. */
function ruleProperties(widthMm: number, columnTwips: number, spaceAfterPt = 0): string[] {
  const width = Math.min(twips(widthMm), columnTwips);
  const side = Math.max(0, Math.floor((columnTwips - width) / 2));
  return [
    '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>',
    `<w:spacing w:before="0" w:after="${Math.round(spaceAfterPt * 20)}" w:line="120" w:lineRule="exact"/>`,
    `<w:ind w:left="${side}" w:right="${side}" w:firstLine="0"/>`,
    '<w:jc w:val="center"/>',
    '<w:rPr><w:sz w:val="4"/><w:szCs w:val="4"/></w:rPr>',
  ];
}

function paragraphProperties(style: string | null, format: ParagraphFormat | undefined, context?: ParagraphContext): string {
  const parts: string[] = [];
  if (style) parts.push(`<w:pStyle w:val="${style}"/>`);
  if (format?.rule) {
    const column = context?.columnTwips ?? A4_TWIPS.width - twips(DEFAULT_PAGE_SETUP.marginsMm.left) - twips(DEFAULT_PAGE_SETUP.marginsMm.right);
    const rule = ruleProperties(format.rule.widthMm, column, format.spaceAfterPt);
    // w:pBdr comes before w:spacing, w:ind and w:jc in w:pPr; w:rPr (the mark's size) last.
    return `<w:pPr>${parts.join('')}${format.keepWithNext ? '<w:keepNext/>' : ''}${rule.join('')}</w:pPr>`;
  }
  if (format?.keepWithNext) parts.push('<w:keepNext/>');
  if (format?.spaceBeforePt !== undefined || format?.spaceAfterPt !== undefined || format?.lineSpacing !== undefined) {
    const before = format.spaceBeforePt !== undefined ? ` w:before="${Math.round(format.spaceBeforePt * 20)}"` : '';
    const after = format.spaceAfterPt !== undefined ? ` w:after="${Math.round(format.spaceAfterPt * 20)}"` : '';
    const line = format.lineSpacing !== undefined ? ` w:line="${Math.round(format.lineSpacing * 240)}" w:lineRule="auto"` : '';
    parts.push(`<w:spacing${before}${after}${line}/>`);
  }
  if (format?.firstLineIndentMm !== undefined) parts.push(`<w:ind w:firstLine="${twips(format.firstLineIndentMm)}"/>`);
  else if (format?.alignment === 'center') parts.push('<w:ind w:firstLine="0"/>');
  if (format?.alignment) parts.push(`<w:jc w:val="${format.alignment === 'justify' ? 'both' : format.alignment}"/>`);
  return parts.length > 0 ? `<w:pPr>${parts.join('')}</w:pPr>` : '';
}

function runXml(run: TextRun): string {
  const props: string[] = [];
  if (run.bold) props.push('<w:b/><w:bCs/>');
  if (run.italic) props.push('<w:i/><w:iCs/>');
  if (run.underline) props.push('<w:u w:val="single"/>');
  if (run.size !== undefined) props.push(`<w:sz w:val="${Math.round(run.size * 2)}"/><w:szCs w:val="${Math.round(run.size * 2)}"/>`);
  const rPr = props.length > 0 ? `<w:rPr>${props.join('')}</w:rPr>` : '';
  const pieces = run.text.split('\n').map((line) => (line === '' ? '' : `<w:t xml:space="preserve">${escapeXml(line)}</w:t>`));
  return `<w:r>${rPr}${pieces.join('<w:br/>')}</w:r>`;
}

function paragraphXml(runs: readonly TextRun[], style: string | null = null, format?: ParagraphFormat, context?: ParagraphContext): string {
  const content = format?.rule ? '' : runs.filter((run) => run.text !== '').map(runXml).join('');
  return `<w:p>${paragraphProperties(style, format, context)}${content}</w:p>`;
}

/** A block-level content control with the add-in's tag, so that a later check (or Word) finds what to replace. */
function contentControl(inner: string, tag: string, alias: string | undefined, placeholder: boolean): string {
  const title = alias ? `<w:alias w:val="${escapeXml(alias)}"/>` : '';
  return `<w:sdt><w:sdtPr>${title}<w:tag w:val="${escapeXml(tag)}"/>${placeholder ? '<w:showingPlcHdr/>' : ''}</w:sdtPr><w:sdtContent>${inner}</w:sdtContent></w:sdt>`;
}

function cellParagraphXml(paragraph: CellParagraph, context: ParagraphContext): string {
  const xml = paragraphXml(paragraph.runs, null, paragraph.format, context);
  return paragraph.tag ? contentControl(xml, paragraph.tag, paragraph.alias, true) : xml;
}

/** Cell margins (twips) left and right: Word's default 0.19 cm. */
const CELL_MARGIN = 108;

function tableXml(block: Extract<Block, { kind: 'table' }>, textWidthTwips: number): string {
  const columns = Math.max(1, ...block.rows.map((row) => row.length), ...(block.paragraphs ?? []).map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, i) => {
    const pct = block.widthsPct?.[i] ?? 100 / columns;
    return Math.round((textWidthTwips * pct) / 100);
  });
  const sides = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'];
  const border = (side: string) =>
    block.borders ? `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>` : `<w:${side} w:val="nil"/>`;
  const borders = `<w:tblBorders>${sides.map(border).join('')}</w:tblBorders>`;
  const rowCount = Math.max(block.rows.length, block.paragraphs?.length ?? 0);
  const rows = Array.from({ length: rowCount }, (_, r) => {
    const cells = widths.map((width, i) => {
      const context = { columnTwips: width - 2 * CELL_MARGIN };
      const laidOut = block.paragraphs?.[r]?.[i];
      const content =
        laidOut && laidOut.length > 0 ? laidOut.map((paragraph) => cellParagraphXml(paragraph, context)).join('') : paragraphXml(block.rows[r]?.[i] ?? [], null, undefined, context);
      return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${content}</w:tc>`;
    });
    return `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cells.join('')}</w:tr>`;
  });
  const grid = widths.map((width) => `<w:gridCol w:w="${width}"/>`).join('');
  return `<w:tbl><w:tblPr><w:tblW w:w="${widths.reduce((a, b) => a + b, 0)}" w:type="dxa"/><w:jc w:val="center"/>${borders}<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="${CELL_MARGIN}" w:type="dxa"/><w:right w:w="${CELL_MARGIN}" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows.join('')}</w:tbl>`;
}

function placeholderXml(block: Extract<Block, { kind: 'placeholder' }>, context: ParagraphContext): string {
  const paragraph = paragraphXml([{ text: block.text, italic: true }], null, block.format, context);
  return contentControl(paragraph, block.tag, block.alias, true);
}

/** The content control's title of a citation, as the Word host names it. */
const CITATION_ALIAS = 'Trích dẫn văn bản';

/**
 * One block's XML. `ownStyles`: the package is this writer's, with its Heading styles; in another document the heading
 * keeps its style name (Word maps it to the document's own Heading style) and is bold in its own right too.
 */
function blockXml(block: Block, textWidthTwips: number, ownStyles = true): string {
  const context = { columnTwips: textWidthTwips };
  switch (block.kind) {
    case 'heading': {
      const level = Math.min(3, Math.max(1, Math.round(block.level)));
      const text = block.label ? `${block.label} ${block.text}` : block.text;
      const xml = paragraphXml([ownStyles ? { text } : { text, bold: true }], `Heading${level}`, block.format, context);
      // A task's heading carries the task's id, so that a later check knows what the text under it reports.
      return block.itemId ? contentControl(xml, `${ITEM_HEADING_TAG}${block.itemId}`, undefined, false) : xml;
    }
    case 'paragraph':
      return paragraphXml(block.runs, null, block.format, context);
    case 'placeholder':
      return placeholderXml(block, context);
    case 'citation':
      return contentControl(paragraphXml([{ text: block.text }], null, block.format, context), citationTag(block.registryId), CITATION_ALIAS, false);
    case 'table':
      return tableXml(block, textWidthTwips);
    case 'pageSetup':
      return '';
  }
}

function sectionXml(setup: PageSetup): string {
  const m = setup.marginsMm;
  // Page numbers: a header on every page but the first (w:titlePg with no first-page header).
  const header = setup.pageNumbers ? '<w:headerReference w:type="default" r:id="rIdHeader1"/>' : '';
  const titlePage = setup.pageNumbers ? '<w:titlePg/>' : '';
  return `<w:sectPr>${header}<w:pgSz w:w="${A4_TWIPS.width}" w:h="${A4_TWIPS.height}"/><w:pgMar w:top="${twips(m.top)}" w:right="${twips(m.right)}" w:bottom="${twips(m.bottom)}" w:left="${twips(m.left)}" w:header="567" w:footer="567" w:gutter="0"/>${titlePage}</w:sectPr>`;
}

/** The page number, centred, in the body's font and size (Nghị định 30/2020/NĐ-CP, Phụ lục I). */
function headerXml(setup: PageSetup): string {
  const size = Math.round(setup.font.sizePt * 2);
  const run = (inner: string) => `<w:r><w:rPr><w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr>${inner}</w:r>`;
  return `${XML_HEAD}<w:hdr xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:p><w:pPr><w:jc w:val="center"/></w:pPr>${run('<w:fldChar w:fldCharType="begin"/>')}${run('<w:instrText xml:space="preserve"> PAGE </w:instrText>')}${run('<w:fldChar w:fldCharType="separate"/>')}${run('<w:t>2</w:t>')}${run('<w:fldChar w:fldCharType="end"/>')}</w:p></w:hdr>`;
}

function headingStyle(level: 1 | 2 | 3): string {
  const size = { 1: 28, 2: 28, 3: 28 }[level];
  const italic = level === 3 ? '<w:i/><w:iCs/>' : '';
  return `<w:style w:type="paragraph" w:styleId="Heading${level}"><w:name w:val="heading ${level}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="120" w:after="60"/><w:outlineLvl w:val="${level - 1}"/></w:pPr><w:rPr><w:b/><w:bCs/>${italic}<w:color w:val="000000"/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr></w:style>`;
}

function stylesXml(setup: PageSetup): string {
  const font = escapeXml(setup.font.name);
  const size = Math.round(setup.font.sizePt * 2);
  return `${XML_HEAD}<w:styles xmlns:w="${W_NS}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:eastAsia="${font}" w:cs="${font}"/><w:color w:val="000000"/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:jc w:val="both"/></w:pPr></w:style>${headingStyle(1)}${headingStyle(2)}${headingStyle(3)}<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>`;
}

const CONTENT_TYPE_HEADER = '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>';
const contentTypes = (header: boolean) =>
  `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>${header ? CONTENT_TYPE_HEADER : ''}</Types>`;
const ROOT_RELS = `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
const HEADER_REL = '<Relationship Id="rIdHeader1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>';
const documentRels = (header: boolean) =>
  `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>${header ? HEADER_REL : ''}</Relationships>`;

/** The body XML of blocks inserted into another document (A4 text width of Nghị định 30 for rules and tables). */
export function insertedBlocksXml(blocks: readonly Block[]): string {
  const setup = DEFAULT_PAGE_SETUP;
  const textWidth = A4_TWIPS.width - twips(setup.marginsMm.left) - twips(setup.marginsMm.right);
  return blocks.map((block) => blockXml(block, textWidth, false)).join('');
}

/** The document.xml of the blocks; the last pageSetup block (or the default) gives the page and the font. */
export function documentXml(blocks: readonly Block[]): string {
  const setup = pageSetupOf(blocks);
  const textWidth = A4_TWIPS.width - twips(setup.marginsMm.left) - twips(setup.marginsMm.right);
  const body = blocks.map((block) => blockXml(block, textWidth)).join('');
  // Word wants a paragraph before the section properties and after a table that ends the body.
  const last = blocks.filter((block) => block.kind !== 'pageSetup').at(-1);
  const closing = last === undefined || last.kind === 'table' ? '<w:p/>' : '';
  return `${XML_HEAD}<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>${body}${closing}${sectionXml(setup)}</w:body></w:document>`;
}

function pageSetupOf(blocks: readonly Block[]): PageSetup {
  const setups = blocks.filter((block): block is PageSetup => block.kind === 'pageSetup');
  return setups.at(-1) ?? DEFAULT_PAGE_SETUP;
}

export function writeDocx(blocks: readonly Block[]): Uint8Array {
  const setup = pageSetupOf(blocks);
  const header = setup.pageNumbers === true;
  const files: Zippable = {
    '[Content_Types].xml': strToU8(contentTypes(header)),
    '_rels/.rels': strToU8(ROOT_RELS),
    'word/document.xml': strToU8(documentXml(blocks)),
    'word/_rels/document.xml.rels': strToU8(documentRels(header)),
    'word/styles.xml': strToU8(stylesXml(setup)),
  };
  if (header) files['word/header1.xml'] = strToU8(headerXml(setup));
  return zipSync(files, { level: 6 });
}
