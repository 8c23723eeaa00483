/** The coverage matrix as a table block to insert at the cursor ("Chèn bảng tổng hợp"). */
import type { CoverageMatrix } from '../check/coverage';
import type { Block } from './blocks';

export function coverageTableBlocks(matrix: CoverageMatrix, caption: string): Block[] {
  return [
    { kind: 'paragraph', runs: [{ text: caption, bold: true }] },
    {
      kind: 'table',
      borders: true,
      widthsPct: [10, 34, 11, 14, 31],
      rows: [matrix.header.map((text) => [{ text, bold: true }]), ...matrix.rows.map((row) => row.map((text) => [{ text }]))],
    },
  ];
}
