/**
 * writeDocx: host-neutral blocks → the bytes of a minimal .docx (document, styles with Heading 1–3, tables, A4 page
 * setup). Pure: fflate only, no Node built-ins, so the playground (download) and the command line (templates) share it.
 */
import { strToU8, zipSync } from 'fflate';
import type { Block, ParagraphFormat, TextRun } from '../compose/blocks';

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

function paragraphProperties(style: string | null, format: ParagraphFormat | undefined): string {
  const parts: string[] = [];
  if (style) parts.push(`<w:pStyle w:val="${style}"/>`);
  if (format?.spaceAfterPt !== undefined || format?.lineSpacing !== undefined) {
    const after = format.spaceAfterPt !== undefined ? ` w:after="${Math.round(format.spaceAfterPt * 20)}"` : '';
    const line = format.lineSpacing !== undefined ? ` w:line="${Math.round(format.lineSpacing * 240)}" w:lineRule="auto"` : '';
    parts.push(`<w:spacing${after}${line}/>`);
  }
  if (format?.firstLineIndentMm !== undefined) parts.push(`<w:ind w:firstLine="${twips(format.firstLineIndentMm)}"/>`);
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

function paragraphXml(runs: readonly TextRun[], style: string | null = null, format?: ParagraphFormat): string {
  return `<w:p>${paragraphProperties(style, format)}${runs.filter((run) => run.text !== '').map(runXml).join('')}</w:p>`;
}

function tableXml(block: Extract<Block, { kind: 'table' }>, textWidthTwips: number): string {
  const columns = Math.max(1, ...block.rows.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, i) => {
    const pct = block.widthsPct?.[i] ?? 100 / columns;
    return Math.round((textWidthTwips * pct) / 100);
  });
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
  const borders = block.borders
    ? `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders>`
    : '';
  const rows = block.rows.map((row) => {
    const cells = widths.map((width, i) => {
      const runs = row[i] ?? [];
      return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${paragraphXml(runs)}</w:tc>`;
    });
    return `<w:tr>${cells.join('')}</w:tr>`;
  });
  const grid = widths.map((width) => `<w:gridCol w:w="${width}"/>`).join('');
  return `<w:tbl><w:tblPr><w:tblW w:w="${widths.reduce((a, b) => a + b, 0)}" w:type="dxa"/>${borders}<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows.join('')}</w:tbl>`;
}

function placeholderXml(block: Extract<Block, { kind: 'placeholder' }>): string {
  // A block-level content control with the add-in's tag, so a later check (or Word) can find what to replace.
  const paragraph = paragraphXml([{ text: block.text, italic: true }], null, block.format);
  return `<w:sdt><w:sdtPr><w:tag w:val="${escapeXml(block.tag)}"/><w:showingPlcHdr/></w:sdtPr><w:sdtContent>${paragraph}</w:sdtContent></w:sdt>`;
}

function blockXml(block: Block, textWidthTwips: number): string {
  switch (block.kind) {
    case 'heading': {
      const level = Math.min(3, Math.max(1, Math.round(block.level)));
      const text = block.label ? `${block.label} ${block.text}` : block.text;
      return paragraphXml([{ text }], `Heading${level}`, block.format);
    }
    case 'paragraph':
      return paragraphXml(block.runs, null, block.format);
    case 'placeholder':
      return placeholderXml(block);
    case 'citation':
      return paragraphXml([{ text: block.text }]);
    case 'table':
      return tableXml(block, textWidthTwips);
    case 'pageSetup':
      return '';
  }
}

function sectionXml(setup: PageSetup): string {
  const m = setup.marginsMm;
  return `<w:sectPr><w:pgSz w:w="${A4_TWIPS.width}" w:h="${A4_TWIPS.height}"/><w:pgMar w:top="${twips(m.top)}" w:right="${twips(m.right)}" w:bottom="${twips(m.bottom)}" w:left="${twips(m.left)}" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>`;
}

function headingStyle(level: 1 | 2 | 3): string {
  const size = { 1: 28, 2: 28, 3: 28 }[level];
  const italic = level === 3 ? '<w:i/><w:iCs/>' : '';
  return `<w:style w:type="paragraph" w:styleId="Heading${level}"><w:name w:val="heading ${level}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="120" w:after="60"/><w:outlineLvl w:val="${level - 1}"/></w:pPr><w:rPr><w:b/><w:bCs/>${italic}<w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr></w:style>`;
}

function stylesXml(setup: PageSetup): string {
  const font = escapeXml(setup.font.name);
  const size = Math.round(setup.font.sizePt * 2);
  return `${XML_HEAD}<w:styles xmlns:w="${W_NS}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:eastAsia="${font}" w:cs="${font}"/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:jc w:val="both"/></w:pPr></w:style>${headingStyle(1)}${headingStyle(2)}${headingStyle(3)}<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>`;
}

const CONTENT_TYPES = `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`;
const ROOT_RELS = `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
const DOCUMENT_RELS = `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;

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
  return zipSync(
    {
      '[Content_Types].xml': strToU8(CONTENT_TYPES),
      '_rels/.rels': strToU8(ROOT_RELS),
      'word/document.xml': strToU8(documentXml(blocks)),
      'word/_rels/document.xml.rels': strToU8(DOCUMENT_RELS),
      'word/styles.xml': strToU8(stylesXml(pageSetupOf(blocks))),
    },
    { level: 6 },
  );
}
