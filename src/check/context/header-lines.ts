import { foldForCompare } from '../../text';
import type { PreparedDocument } from '../prepare';
import type { Zoning } from '../zones';

export interface HeaderLine {
  /** The paragraph the line is in. */
  index: number;
  text: string;
  /** Plain (lower case, NFC), a rule drawn under it with "-", "_", "=" or "*" set aside. */
  plain: string;
}

/** The header's lines, each with its paragraph: the paragraphs above "BÁO CÁO" (else the first 12), line by line. */
export function headerLines({ paragraphs }: PreparedDocument, zoning: Zoning): HeaderLine[] {
  const end = zoning.typeLine >= 0 ? zoning.typeLine : Math.min(paragraphs.length, 12);
  return paragraphs.slice(0, end).flatMap(({ paragraph }, index) =>
    paragraph.text
      .slice(0, 300)
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .map((text) => ({ index, text, plain: foldForCompare(text).replace(/[\s\-–—_=*]+$/u, '') })),
  );
}
