/** Bounds that keep a hostile or huge .docx from exhausting memory or time. */
export interface DocxLimits {
  /** Largest .docx file accepted, in bytes. */
  maxFileBytes: number;
  /** Largest total of the parts read, once unpacked, in bytes. */
  maxTotalUncompressedBytes: number;
  /** Largest word/document.xml, once unpacked, in bytes. */
  maxDocumentXmlBytes: number;
  /** Most paragraphs (body, table cells and notes) read. */
  maxParagraphs: number;
  /** Deepest element nesting accepted in a part's XML (Word's own documents stay far below). */
  maxXmlDepth: number;
}

export const DEFAULT_DOCX_LIMITS: Readonly<DocxLimits> = Object.freeze({
  maxFileBytes: 50 * 1024 * 1024,
  maxTotalUncompressedBytes: 200 * 1024 * 1024,
  maxDocumentXmlBytes: 100 * 1024 * 1024,
  maxParagraphs: 200_000,
  maxXmlDepth: 1_000,
});

export function resolveLimits(partial?: Partial<DocxLimits>): DocxLimits {
  return { ...DEFAULT_DOCX_LIMITS, ...partial };
}
