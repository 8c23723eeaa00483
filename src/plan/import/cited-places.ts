import { bracketedDashes, spanOf } from './assignments';

/**
 * "Nhiệm vụ (theo mục II)" over cells "A.1 Quán triệt, phổ biến …", "B.3-B.4 Công khai …", "C.16-C.17 Theo dõi …": a
 * column whose header names the part of the prose tasks, each cell citing them by their place there, then a short title
 * of its own. The part its header names ("II"), or null.
 */
export function citedPart(header: string): string | null {
  return /(?:theo|tại|thuộc)\s+(?:mục|phần)\s+([IVX]+)(?![\p{L}\p{N}])/iu.exec(header)?.[1] ?? null;
}

const PLACE = String.raw`(?:[A-ZĐ]\.)?\d+(?:\.\d+)*`;
const OPENING = new RegExp(String.raw`^(${PLACE})(?:\s*[-–—]\s*(${PLACE}))?\.?(?=\s|$)`, 'u');

/** The places a cell opens with, as ids under the part: "B.3-B.4 Công khai …" under "II" → "II.b.3", "II.b.4";
 * "4 (gạch đầu dòng thứ hai, thứ ba)" → "II.4.2", "II.4.3", the bullets of the section it names. */
export function citedPlaces(cell: string, part: string): string[] {
  const text = cell.trim();
  const m = OPENING.exec(text);
  if (!m) return [];
  const idOf = (place: string) => `${part}.${place.replace(/^[A-ZĐ]/u, (letter) => letter.toLowerCase())}`;
  const first = idOf(m[1]!);
  // ("B.3-B.4": both ends under one heading, every task between them.)
  const places = m[2] ? spanOf(first, idOf(m[2])) : [first];
  const dashes = bracketedDashes(text.slice(m[0].length));
  return dashes.length > 0 ? places.flatMap((place) => dashes.map((dash) => `${place}.${dash}`)) : places;
}
