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

/** The places a cell opens with, as ids under the part: "B.3-B.4 Công khai …" under "II" → "II.b.3", "II.b.4". */
export function citedPlaces(cell: string, part: string): string[] {
  const m = OPENING.exec(cell.trim());
  if (!m) return [];
  const idOf = (place: string) => `${part}.${place.replace(/^[A-ZĐ]/u, (letter) => letter.toLowerCase())}`;
  const [first, last] = [idOf(m[1]!), m[2] ? idOf(m[2]) : null];
  if (!last) return [first];
  const [a, b] = [first.split('.'), last.split('.')];
  const [from, to] = [Number(a.at(-1)), Number(b.at(-1))];
  // ("B.3-B.4": both ends under one heading, every task between them.)
  if (a.length !== b.length || a.slice(0, -1).join('.') !== b.slice(0, -1).join('.') || !(from < to && to - from <= 30)) return [first, last];
  return Array.from({ length: to - from + 1 }, (_, i) => [...a.slice(0, -1), String(from + i)].join('.'));
}
