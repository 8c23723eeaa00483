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

/**
 * A long report is a few hundred paragraphs and a few megabytes of XML; these bounds are far above that and keep the
 * whole check of any file inside them under 1 GB of memory (test/cli/long-paragraph.test.ts measures it).
 */
export const DEFAULT_DOCX_LIMITS: Readonly<DocxLimits> = Object.freeze({
  maxFileBytes: 50 * 1024 * 1024,
  maxTotalUncompressedBytes: 120 * 1024 * 1024,
  maxDocumentXmlBytes: 60 * 1024 * 1024,
  maxParagraphs: 50_000,
  maxXmlDepth: 1_000,
});

export function resolveLimits(partial?: Partial<DocxLimits>): DocxLimits {
  return { ...DEFAULT_DOCX_LIMITS, ...partial };
}
