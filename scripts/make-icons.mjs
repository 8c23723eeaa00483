#!/usr/bin/env node
/**
 * Draws the add-in icons (assets/icon-16/32/64/80/128.png and logo-filled.png) with plain Node:
 * shapes are signed distance functions, anti-aliased by pixel coverage, written as RGBA PNG through node:zlib.
 * Run: node scripts/make-icons.mjs [output directory, default assets/]
 *
 * The design, on a 100 × 100 grid: a deep red rounded tile, a white report page with a folded corner and
 * text lines, and a deep blue badge with a white check mark (the report checked against the plan).
 */
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const outputDir = resolve(process.argv[2] ?? join(here, '..', 'assets'));

const ICONS = [
  { file: 'icon-16.png', size: 16 },
  { file: 'icon-32.png', size: 32 },
  { file: 'icon-64.png', size: 64 },
  { file: 'icon-80.png', size: 80 },
  { file: 'icon-128.png', size: 128 },
  { file: 'logo-filled.png', size: 300 },
];

const COLORS = {
  tileTop: [200, 30, 36],
  tileBottom: [132, 8, 14],
  page: [255, 255, 255],
  fold: [226, 214, 214],
  textLine: [170, 178, 196],
  heading: [176, 28, 34],
  badge: [24, 58, 128],
  check: [255, 255, 255],
  shadow: [60, 0, 0],
};

// ---- signed distance functions (negative inside), all in grid units ----

const length = (x, y) => Math.hypot(x, y);

function roundedBox(px, py, cx, cy, halfW, halfH, radius) {
  const qx = Math.abs(px - cx) - halfW + radius;
  const qy = Math.abs(py - cy) - halfH + radius;
  return length(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

function circle(px, py, cx, cy, radius) {
  return length(px - cx, py - cy) - radius;
}

/** Distance to the segment a–b minus a radius: a stroke with round caps. */
function capsule(px, py, ax, ay, bx, by, radius) {
  const pax = px - ax;
  const pay = py - ay;
  const bax = bx - ax;
  const bay = by - ay;
  const h = Math.min(Math.max((pax * bax + pay * bay) / (bax * bax + bay * bay), 0), 1);
  return length(pax - bax * h, pay - bay * h) - radius;
}

/** Exact signed distance to a simple polygon (after Inigo Quilez). */
function polygon(px, py, points) {
  let d = (px - points[0][0]) ** 2 + (py - points[0][1]) ** 2;
  let sign = 1;
  for (let i = 0, j = points.length - 1; i < points.length; j = i, i += 1) {
    const [vix, viy] = points[i];
    const [vjx, vjy] = points[j];
    const ex = vjx - vix;
    const ey = vjy - viy;
    const wx = px - vix;
    const wy = py - viy;
    const h = Math.min(Math.max((wx * ex + wy * ey) / (ex * ex + ey * ey), 0), 1);
    d = Math.min(d, (wx - ex * h) ** 2 + (wy - ey * h) ** 2);
    const c1 = py >= viy;
    const c2 = py < vjy;
    const c3 = ex * wy > ey * wx;
    if ((c1 && c2 && c3) || (!c1 && !c2 && !c3)) sign = -sign;
  }
  return sign * Math.sqrt(d);
}

const union = (...distances) => Math.min(...distances);

// ---- the design ----

const PAGE = { left: 22, top: 13, right: 66, bottom: 83, fold: 15 };
const pagePoints = [
  [PAGE.left, PAGE.top],
  [PAGE.right - PAGE.fold, PAGE.top],
  [PAGE.right, PAGE.top + PAGE.fold],
  [PAGE.right, PAGE.bottom],
  [PAGE.left, PAGE.bottom],
];
const foldPoints = [
  [PAGE.right - PAGE.fold, PAGE.top],
  [PAGE.right - PAGE.fold, PAGE.top + PAGE.fold],
  [PAGE.right, PAGE.top + PAGE.fold],
];
const BADGE = { x: 69, y: 69, radius: 21, ring: 4.5 };

const tile = {
  distance: (x, y) => roundedBox(x, y, 50, 50, 47, 47, 17),
  color: (_x, y) => mix(COLORS.tileTop, COLORS.tileBottom, (y - 3) / 94),
};

/**
 * Layers from back to front. Each has a distance function and a colour function; `minSize` hides detail that
 * would only blur at small sizes; `softness` widens the edge (for the shadow).
 */
function layers(size) {
  if (size < 24) return smallLayers();
  const list = [
    tile,
    {
      minSize: 64,
      distance: (x, y) => polygon(x - 1.5, y - 2.5, pagePoints),
      color: () => COLORS.shadow,
      opacity: 0.28,
      softness: 4,
    },
    { distance: (x, y) => polygon(x, y, pagePoints), color: () => COLORS.page },
    { distance: (x, y) => polygon(x, y, foldPoints), color: () => COLORS.fold },
    { distance: (x, y) => capsule(x, y, 29, 33, 46, 33, 2.6), color: () => COLORS.heading },
    {
      distance: (x, y) =>
        union(capsule(x, y, 29, 44, 57, 44, 2.1), capsule(x, y, 29, 53, 52, 53, 2.1), capsule(x, y, 29, 62, 44, 62, 2.1)),
      color: () => COLORS.textLine,
    },
    {
      distance: (x, y) => circle(x, y, BADGE.x, BADGE.y, BADGE.radius + BADGE.ring),
      color: () => COLORS.page,
    },
    { distance: (x, y) => circle(x, y, BADGE.x, BADGE.y, BADGE.radius), color: () => COLORS.badge },
    {
      distance: (x, y) => union(capsule(x, y, 59.5, 69.5, 66.5, 77, 3.1), capsule(x, y, 66.5, 77, 79, 61.5, 3.1)),
      color: () => COLORS.check,
    },
  ];
  return list.filter((layer) => !layer.minSize || size >= layer.minSize);
}

/** At 16 px the badge would be a blur: a larger page with a bold blue check mark on it instead. */
function smallLayers() {
  const page = [
    [17, 9],
    [62, 9],
    [83, 30],
    [83, 91],
    [17, 91],
  ];
  const fold = [
    [62, 9],
    [62, 30],
    [83, 30],
  ];
  return [
    tile,
    { distance: (x, y) => polygon(x, y, page), color: () => COLORS.page },
    { distance: (x, y) => polygon(x, y, fold), color: () => COLORS.fold },
    {
      distance: (x, y) => union(capsule(x, y, 30, 56, 44, 70, 6), capsule(x, y, 44, 70, 69, 40, 6)),
      color: () => COLORS.badge,
    },
  ];
}

function mix(a, b, t) {
  const k = Math.min(Math.max(t, 0), 1);
  return a.map((value, i) => value + (b[i] - value) * k);
}

/** Coverage of a pixel by a shape from its distance at the pixel centre: a one-pixel-wide linear ramp. */
function coverage(distance, unitsPerPixel, softness = 0) {
  const width = unitsPerPixel + softness;
  return Math.min(Math.max(0.5 - distance / width, 0), 1);
}

function render(size) {
  const unitsPerPixel = 100 / size;
  const pixels = Buffer.alloc(size * size * 4);
  const shapes = layers(size);
  for (let row = 0; row < size; row += 1) {
    for (let col = 0; col < size; col += 1) {
      const x = (col + 0.5) * unitsPerPixel;
      const y = (row + 0.5) * unitsPerPixel;
      // Premultiplied "over" compositing, front layers last.
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (const shape of shapes) {
        const alpha = coverage(shape.distance(x, y), unitsPerPixel, shape.softness) * (shape.opacity ?? 1);
        if (alpha <= 0) continue;
        const [cr, cg, cb] = shape.color(x, y);
        r = cr * alpha + r * (1 - alpha);
        g = cg * alpha + g * (1 - alpha);
        b = cb * alpha + b * (1 - alpha);
        a = alpha + a * (1 - alpha);
      }
      const offset = (row * size + col) * 4;
      pixels[offset] = a > 0 ? Math.round(r / a) : 0;
      pixels[offset + 1] = a > 0 ? Math.round(g / a) : 0;
      pixels[offset + 2] = a > 0 ? Math.round(b / a) : 0;
      pixels[offset + 3] = Math.round(a * 255);
    }
  }
  return pixels;
}

// ---- PNG writing ----

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let crc = 0xffffffff;
  for (const byte of buffer) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

export function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  header[10] = 0; // deflate
  header[11] = 0; // adaptive filtering
  header[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let row = 0; row < height; row += 1) {
    raw[row * (stride + 1)] = 0; // filter: none
    rgba.copy(raw, row * (stride + 1) + 1, row * stride, (row + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(outputDir, { recursive: true });
for (const { file, size } of ICONS) {
  writeFileSync(join(outputDir, file), encodePng(size, size, render(size)));
  console.log(`${join(outputDir, file)} (${size}×${size})`);
}
