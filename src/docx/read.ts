/** readDocx: a .docx file's bytes → the DocumentModel (paragraphs, outline, notes), or a DocxReadError. */
import type { DocumentModel, PageLayout } from '../document/model';
import { toDocumentModel } from '../document/build';
import { BodyReader } from './body';
import { DocxReadError, describeBytes } from './errors';
import { convertLegacyText, type LegacyTextConverter } from './legacy-fonts';
import { resolveLimits, type DocxLimits } from './limits';
import { readNotes } from './notes';
import { Numbering } from './numbering';
import { sniffContainer } from './sniff';
import { StyleSheet } from './styles';
import { attr, child, childElements, parseXml, rootElement, type XmlElement, type XmlStream } from './xml';
import { listEntries, readEntry, type ZipEntry } from './zip';

export interface ReadDocxOptions {
  name?: string;
  limits?: Partial<DocxLimits>;
  /**
   * Converts text typed in a legacy font (.VnTime, VNI-Times) to Unicode (default: the text layer's converter);
   * `false` keeps the text as typed, with a warning.
   */
  convertLegacy?: LegacyTextConverter | false;
}

const DEFAULT_MAIN_PART = 'word/document.xml';
const OFFICE_DOCUMENT_RELATIONSHIP = /\/officeDocument$/;

class PartReader {
  private readonly byName = new Map<string, ZipEntry>();
  private remaining: number;

  constructor(
    private readonly bytes: Uint8Array,
    entries: ZipEntry[],
    private readonly limits: DocxLimits,
  ) {
    for (const entry of entries) this.byName.set(entry.name.toLowerCase(), entry);
    this.remaining = limits.maxTotalUncompressedBytes;
  }

  has(name: string): boolean {
    return this.byName.has(name.toLowerCase());
  }

  declaredSize(name: string): number {
    return this.byName.get(name.toLowerCase())?.uncompressedSize ?? 0;
  }

  read(name: string, partLimit = Infinity): Uint8Array | null {
    const entry = this.byName.get(name.toLowerCase());
    if (!entry) return null;
    const data = readEntry(this.bytes, entry, Math.min(partLimit, this.remaining));
    this.remaining -= data.length;
    return data;
  }

  parse(name: string, partLimit = Infinity): XmlElement | null {
    const data = this.read(name, partLimit);
    return data ? parseXml(data, name, this.limits.maxXmlDepth) : null;
  }
}

function findMainPart(parts: PartReader): string {
  return mainPartNamedBy(parts.has('_rels/.rels') ? parts.parse('_rels/.rels', 1024 * 1024) : null);
}

/** The main document part named by the package's _rels/.rels (parsed), or word/document.xml. Saving uses it too. */
export function mainPartNamedBy(rels: XmlElement | null): string {
  const root = rootElement(rels, 'Relationships');
  for (const node of root ? childElements(root) : []) {
    if (node.name !== 'Relationship') continue;
    const type = attr(node, 'Type') ?? '';
    const target = attr(node, 'Target');
    if (OFFICE_DOCUMENT_RELATIONSHIP.test(type) && target) return target.replace(/^\//, '');
  }
  return DEFAULT_MAIN_PART;
}

function countParagraphTags(bytes: Uint8Array): number {
  let count = 0;
  // "<w:p>", "<w:p " or "<w:p/" (not <w:pPr>, <w:pStyle>): 0x3c '<', 0x77 'w', 0x3a ':', 0x70 'p'. A plain loop
  // is twice as fast as indexOf('<') here: a tag starts every twenty bytes or so.
  const end = bytes.length - 4;
  for (let i = 0; i < end; i++) {
    if (bytes[i] === 0x3c && bytes[i + 1] === 0x77 && bytes[i + 2] === 0x3a && bytes[i + 3] === 0x70) {
      const next = bytes[i + 4];
      if (next === 0x3e || next === 0x20 || next === 0x2f) count++;
    }
  }
  return count;
}

function tooManyParagraphs(limit: number): DocxReadError {
  return new DocxReadError('DOCX_TOO_MANY_PARAGRAPHS', { vi: `(Giới hạn: ${limit} đoạn.)`, en: `(Limit: ${limit} paragraphs.)` });
}

/** Reads each block of w:document/w:body as soon as it closes, so the body's tree is never built whole. */
const TWIPS_PER_MM = 1440 / 25.4;

/** The page of a w:sectPr: size and margins in millimetres, or undefined when it states no size. */
function pageOf(sectPr: XmlElement): PageLayout | undefined {
  const size = child(sectPr, 'w:pgSz');
  const margins = child(sectPr, 'w:pgMar');
  const mm = (element: XmlElement | undefined, name: string): number | undefined => {
    const value = element ? Number(attr(element, name)) : NaN;
    return Number.isFinite(value) ? Math.round((Math.abs(value) / TWIPS_PER_MM) * 10) / 10 : undefined;
  };
  const widthMm = mm(size, 'w:w');
  const heightMm = mm(size, 'w:h');
  if (widthMm === undefined || heightMm === undefined) return undefined;
  return {
    widthMm,
    heightMm,
    marginsMm: { top: mm(margins, 'w:top') ?? 25.4, bottom: mm(margins, 'w:bottom') ?? 25.4, left: mm(margins, 'w:left') ?? 31.8, right: mm(margins, 'w:right') ?? 31.8 },
  };
}

function bodyStream(reader: BodyReader, page: { layout?: PageLayout; breaks: number }): XmlStream {
  let block = 0;
  return {
    depth: 3,
    accepts([document, body]) {
      // Only the first w:body of a w:document, as a tree walk would read it.
      return document?.name === 'w:document' && body?.name === 'w:body' && child(document, 'w:body') === body;
    },
    take(element) {
      reader.currentBlock = block++;
      // The body's own section properties (the last section's page) come last; a section break inside a paragraph
      // describes an earlier section.
      if (element.name === 'w:sectPr') page.layout = pageOf(element) ?? page.layout;
      else if (element.name === 'w:p' && child(child(element, 'w:pPr') ?? element, 'w:sectPr')) page.breaks += 1;
      reader.readBlock(element, null);
    },
  };
}

export function readDocx(bytes: Uint8Array, options: ReadDocxOptions = {}): DocumentModel {
  return readDocxWithBlocks(bytes, options).model;
}

/**
 * readDocx, with where each paragraph sits in the file: the index of the child of w:body it belongs to (itself, or
 * the table or content control around it). Saving inserts next to those children and keeps the rest byte for byte.
 */
export function readDocxWithBlocks(bytes: Uint8Array, options: ReadDocxOptions = {}): { model: DocumentModel; blockOfParagraph: number[] } {
  const limits = resolveLimits(options.limits);
  if (bytes.length > limits.maxFileBytes) {
    const size = describeBytes(limits.maxFileBytes);
    throw new DocxReadError('DOCX_FILE_TOO_LARGE', { vi: `(Giới hạn: ${size.vi}.)`, en: `(Limit: ${size.en}.)` });
  }
  sniffContainer(bytes);
  const parts = new PartReader(bytes, listEntries(bytes), limits);
  const mainPart = findMainPart(parts);
  if (!parts.has(mainPart)) throw new DocxReadError(parts.has('content.xml') || parts.has('mimetype') ? 'DOCX_OPEN_DOCUMENT' : 'DOCX_NO_DOCUMENT');
  const folder = mainPart.includes('/') ? mainPart.slice(0, mainPart.lastIndexOf('/') + 1) : '';
  const partNames = ['styles.xml', 'numbering.xml', 'footnotes.xml', 'endnotes.xml'].map((name) => folder + name);

  const declaredTotal = [mainPart, ...partNames].reduce((sum, name) => sum + parts.declaredSize(name), 0);
  if (parts.declaredSize(mainPart) > limits.maxDocumentXmlBytes || declaredTotal > limits.maxTotalUncompressedBytes) {
    const limit = parts.declaredSize(mainPart) > limits.maxDocumentXmlBytes ? limits.maxDocumentXmlBytes : limits.maxTotalUncompressedBytes;
    const size = describeBytes(limit);
    throw new DocxReadError('DOCX_ZIP_BOMB', { vi: `(Giới hạn: ${size.vi}.)`, en: `(Limit: ${size.en}.)` });
  }

  const mainBytes = parts.read(mainPart, limits.maxDocumentXmlBytes) as Uint8Array;
  if (countParagraphTags(mainBytes) > limits.maxParagraphs) throw tooManyParagraphs(limits.maxParagraphs);

  const [stylesName, numberingName, footnotesName, endnotesName] = partNames as [string, string, string, string];
  const styles = new StyleSheet(parts.parse(stylesName));
  const numbering = new Numbering(parts.parse(numberingName));
  const counter = { paragraphs: 0 };
  const convert = options.convertLegacy === false ? undefined : (options.convertLegacy ?? convertLegacyText);
  const readerOptions = { styles, numbering, maxParagraphs: limits.maxParagraphs, convertLegacy: convert };
  const reader = new BodyReader(readerOptions, counter);
  const page: { layout?: PageLayout; breaks: number } = { breaks: 0 };
  const document = rootElement(parseXml(mainBytes, mainPart, limits.maxXmlDepth, bodyStream(reader, page)), 'w:document');
  if (!document || !child(document, 'w:body')) throw new DocxReadError('DOCX_NO_DOCUMENT');
  reader.finish();

  const noteReader = () => new BodyReader({ ...readerOptions, numbering: new Numbering(null) }, counter);
  const notes = [
    ...readNotes(parts.parse(footnotesName), 'footnote', noteReader),
    ...readNotes(parts.parse(endnotesName), 'endnote', noteReader),
  ];

  const warnings: DocumentModel['warnings'] = [];
  if (reader.legacyFonts.size > 0) {
    const fonts = [...reader.legacyFonts].join(', ');
    warnings.push(
      convert
        ? { code: 'DOCX_LEGACY_FONT_CONVERTED', vi: `Đã chuyển văn bản gõ bằng phông cũ (${fonts}) sang Unicode.`, en: `Text typed in legacy fonts (${fonts}) was converted to Unicode.` }
        : { code: 'DOCX_LEGACY_FONT', vi: `Văn bản có đoạn gõ bằng phông cũ (${fonts}), chưa phải Unicode; kết quả kiểm tra có thể thiếu.`, en: `Some text is typed in legacy fonts (${fonts}), not Unicode; checking may miss it.` },
    );
  }
  if (reader.skippedTextBoxes > 0) {
    warnings.push({
      code: 'DOCX_TEXT_BOX_SKIPPED',
      vi: `Đã bỏ qua ${reader.skippedTextBoxes} hộp văn bản (text box); nội dung trong đó không được kiểm tra.`,
      en: `Skipped ${reader.skippedTextBoxes} text box(es); their content is not checked.`,
    });
  }
  const source: DocumentModel['source'] = options.name === undefined ? { host: 'docx' } : { host: 'docx', name: options.name };
  return { model: toDocumentModel(reader.paragraphs, source, { notes, warnings, ...(page.layout ? { page: { ...page.layout, sections: page.breaks + 1 } } : {}) }), blockOfParagraph: [...reader.blockOfParagraph] };
}
