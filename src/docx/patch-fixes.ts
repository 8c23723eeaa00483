/**
 * Fixes written into the user's own .docx (the playground's download, `pctn fix`): the page set to A4 with Nghị định
 * 30 margins, some paragraphs' runs given a typeface, size, bold or italics, and a few words replaced as a tracked
 * change (w:del and w:ins, so the old words stay until the user accepts). Every other character of document.xml and
 * every other part stay as they were. A paragraph is found by its place in the reader's order and must still have
 * the text the check read; one that does not, or a change the file's structure does not allow, is left and said.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { Bilingual } from '../errors/app-error';
import { AppError } from '../errors/app-error';
import { endOfMarkup, tagName } from './body-children';
import { mainPartNamedBy } from './read';
import { escapeXml } from './write';
import { parseXml } from './xml';
import type { FormatFix } from '../document/format';
import type { DocumentModel, Locator } from '../document/model';
import { occurrenceAt, type TextFix } from '../document/text-fix';

export type DocxFix =
  | { kind: 'page'; paper: 'A4'; marginsMm: { top: number; bottom: number; left: number; right: number } }
  /** `paragraph`: the paragraph's index in the reader's order; `text`: its text as the check read it. */
  | { kind: 'font'; paragraph: number; text: string; font: { name?: string; sizePt?: number; bold?: boolean; italic?: boolean } }
  | { kind: 'text'; paragraph: number; text: string; expected: string; occurrence: number; replacement: string };

export interface PatchFixesOptions {
  /** Who the tracked change is by, and when (ISO 8601). */
  author: string;
  date: string;
}

/** The add-in as the author of its tracked changes, at `now` (seconds, as Word writes w:date). */
const FIX_AUTHOR = 'Trợ lý báo cáo PCTN';
export const fixOptions = (now: Date): PatchFixesOptions => ({ author: FIX_AUTHOR, date: now.toISOString().replace(/\.\d{3}Z$/, 'Z') });

export interface PatchedDocx {
  bytes: Uint8Array;
  /** What could not be done, in both languages. */
  notes: Bilingual[];
}

const CANNOT = (why: string) =>
  new AppError('DOCX_CANNOT_PATCH', {
    vi: `Không ghi được phần sửa vào chính tệp này (${why}); tài liệu gốc không bị thay đổi.`,
    en: `The fixes could not be written into this file itself (${why}); the original document is unchanged.`,
  });

const PARAGRAPH_MOVED = (count: number): Bilingual => ({
  vi: `${count} đoạn không còn như lúc kiểm tra nên chưa được sửa trong tệp.`,
  en: `${count} paragraph(s) are no longer as checked and were not fixed in the file.`,
});

const TEXT_NOT_PLACED = (expected: string): Bilingual => ({
  vi: `Không sửa được “${expected}” trong tệp (chữ nằm trên nhiều đoạn định dạng hoặc trong một thay đổi đang theo dõi); hãy sửa tay theo gợi ý.`,
  en: `“${expected}” could not be corrected in the file (it spans several formatting runs or sits in a tracked change); correct it by hand as suggested.`,
});

interface Tag {
  name: string;
  start: number;
  end: number;
  closing: boolean;
  selfClosing: boolean;
}

function* tags(xml: string, from = 0, to = xml.length): Generator<Tag> {
  for (let at = xml.indexOf('<', from); at >= 0 && at < to; at = xml.indexOf('<', at)) {
    const end = endOfMarkup(xml, at);
    if (end <= at) throw CANNOT('unterminated markup');
    if (!xml.startsWith('<!', at) && !xml.startsWith('<?', at)) {
      const closing = xml[at + 1] === '/';
      yield { name: tagName(xml, at), start: at, end, closing, selfClosing: !closing && xml[end - 2] === '/' };
    }
    at = end;
  }
}

const decodeText = (raw: string): string =>
  raw.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_m, entity: string) => {
    const e = entity.toLowerCase();
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(Number(e.slice(1)));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[e]!;
  });

/** The text compared between the reader's paragraph and the file's: no spaces, composed. */
const comparable = (text: string): string => text.normalize('NFC').replace(/\s+/g, '');

interface ParagraphSpan {
  start: number;
  end: number;
  text: string;
}

/** Every w:p of the body in the reader's order (text boxes left out, as the reader does), with its current text. */
function paragraphSpans(xml: string): ParagraphSpan[] {
  const spans: ParagraphSpan[] = [];
  const stack: string[] = [];
  let open: { start: number; text: string } | null = null;
  let textStart = -1;
  for (const tag of tags(xml)) {
    if (tag.closing) {
      stack.pop();
      if (tag.name === 'w:t' && open && textStart >= 0) {
        open.text += decodeText(xml.slice(textStart, tag.start));
        textStart = -1;
      }
      if (tag.name === 'w:p' && open && !stack.includes('w:p')) {
        spans.push({ start: open.start, end: tag.end, text: open.text });
        open = null;
      }
      continue;
    }
    const hidden = stack.includes('w:txbxContent') || stack.includes('w:del') || stack.includes('w:moveFrom');
    if (tag.name === 'w:p' && !stack.includes('w:txbxContent') && !open) open = { start: tag.start, text: '' };
    if (open && !hidden && stack.at(-1) === 'w:r') {
      if (tag.name === 'w:t' && !tag.selfClosing) textStart = tag.end;
      if (tag.name === 'w:tab') open.text += '\t';
      if (tag.name === 'w:br' || tag.name === 'w:cr') open.text += '\n';
    }
    if (!tag.selfClosing) stack.push(tag.name);
  }
  return spans;
}

/** The span of the paragraph the reader read at `index` with `text`: that place, else the nearest with that text. */
function placeOf(spans: readonly ParagraphSpan[], index: number, text: string): ParagraphSpan | null {
  const want = comparable(text);
  if (spans[index] && comparable(spans[index].text) === want) return spans[index];
  let best: ParagraphSpan | null = null;
  let distance = Infinity;
  spans.forEach((span, i) => {
    if (comparable(span.text) === want && Math.abs(i - index) < distance) [best, distance] = [span, Math.abs(i - index)];
  });
  return best;
}

// ----- run properties -----

/** CT_RPr's sequence (ECMA-376 Part 1, 17.3.2.28): Word refuses a file whose rPr children are out of order. */
const RPR_ORDER = [
  'w:rStyle', 'w:rFonts', 'w:b', 'w:bCs', 'w:i', 'w:iCs', 'w:caps', 'w:smallCaps', 'w:strike', 'w:dstrike', 'w:outline', 'w:shadow',
  'w:emboss', 'w:imprint', 'w:noProof', 'w:snapToGrid', 'w:vanish', 'w:webHidden', 'w:color', 'w:spacing', 'w:w', 'w:kern',
  'w:position', 'w:sz', 'w:szCs', 'w:highlight', 'w:u', 'w:effect', 'w:bdr', 'w:shd', 'w:fitText', 'w:vertAlign', 'w:rtl', 'w:cs',
  'w:em', 'w:lang', 'w:eastAsianLayout', 'w:specVanish', 'w:oMath', 'w:rPrChange',
];

/** The top-level children of an rPr's inner XML, each whole. */
function childrenOf(inner: string): { name: string; xml: string }[] {
  const out: { name: string; xml: string }[] = [];
  let depth = 0;
  let start = -1;
  let name = '';
  for (const tag of tags(inner)) {
    if (tag.closing) {
      depth -= 1;
      if (depth === 0) out.push({ name, xml: inner.slice(start, tag.end) });
      continue;
    }
    if (depth === 0) {
      start = tag.start;
      name = tag.name;
      if (tag.selfClosing) {
        out.push({ name, xml: inner.slice(tag.start, tag.end) });
        continue;
      }
    }
    if (!tag.selfClosing) depth += 1;
  }
  return out;
}

function fontElements(font: Extract<DocxFix, { kind: 'font' }>['font']): { name: string; xml: string }[] {
  const out: { name: string; xml: string }[] = [];
  if (font.name !== undefined) {
    const n = escapeXml(font.name);
    out.push({ name: 'w:rFonts', xml: `<w:rFonts w:ascii="${n}" w:hAnsi="${n}" w:cs="${n}" w:eastAsia="${n}"/>` });
  }
  const toggle = (tag: string, on: boolean) => (on ? `<${tag}/>` : `<${tag} w:val="0"/>`);
  if (font.bold !== undefined) out.push({ name: 'w:b', xml: toggle('w:b', font.bold) }, { name: 'w:bCs', xml: toggle('w:bCs', font.bold) });
  if (font.italic !== undefined) out.push({ name: 'w:i', xml: toggle('w:i', font.italic) }, { name: 'w:iCs', xml: toggle('w:iCs', font.italic) });
  if (font.sizePt !== undefined) {
    const half = Math.round(font.sizePt * 2);
    out.push({ name: 'w:sz', xml: `<w:sz w:val="${half}"/>` }, { name: 'w:szCs', xml: `<w:szCs w:val="${half}"/>` });
  }
  return out;
}

/** An rPr with these elements set (others kept, in the schema's order). */
function withRunProps(rPrInner: string, set: readonly { name: string; xml: string }[]): string {
  const names = new Set(set.map((e) => e.name));
  const kept = childrenOf(rPrInner).filter((c) => !names.has(c.name));
  const rank = (name: string) => {
    const at = RPR_ORDER.indexOf(name);
    return at < 0 ? RPR_ORDER.length : at;
  };
  const all = [...kept, ...set].map((e, i) => ({ ...e, i })).sort((a, b) => rank(a.name) - rank(b.name) || a.i - b.i);
  return `<w:rPr>${all.map((e) => e.xml).join('')}</w:rPr>`;
}

/** The end of the element whose start tag ends at `openEnd` (same name, nesting counted). */
function closeOf(xml: string, name: string, openEnd: number): number {
  let depth = 1;
  for (const tag of tags(xml, openEnd)) {
    if (tag.name !== name || tag.selfClosing) continue;
    depth += tag.closing ? -1 : 1;
    if (depth === 0) return tag.end;
  }
  throw CANNOT(`unclosed ${name}`);
}

/** The run's rPr right after its start tag: where it is, and its inner XML ('' when absent). */
function runPropsAt(xml: string, runOpenEnd: number): { start: number; end: number; inner: string } {
  const at = runOpenEnd + (/^\s*/.exec(xml.slice(runOpenEnd))?.[0].length ?? 0);
  if (!xml.startsWith('<w:rPr', at) || !/^<w:rPr[\s/>]/.test(xml.slice(at, at + 8))) return { start: runOpenEnd, end: runOpenEnd, inner: '' };
  const openEnd = endOfMarkup(xml, at);
  if (xml[openEnd - 2] === '/') return { start: at, end: openEnd, inner: '' };
  const end = closeOf(xml, 'w:rPr', openEnd);
  return { start: at, end, inner: xml.slice(openEnd, end - '</w:rPr>'.length) };
}

/** Every run of a paragraph's XML given these properties. */
function applyFont(paragraph: string, font: Extract<DocxFix, { kind: 'font' }>['font']): string {
  const set = fontElements(font);
  if (!set.length) return paragraph;
  const edits: { start: number; end: number; xml: string }[] = [];
  for (const tag of tags(paragraph)) {
    if (tag.closing || tag.selfClosing || tag.name !== 'w:r') continue;
    const props = runPropsAt(paragraph, tag.end);
    edits.push({ start: props.start, end: props.end, xml: withRunProps(props.inner, set) });
  }
  let out = paragraph;
  for (const edit of edits.reverse()) out = out.slice(0, edit.start) + edit.xml + out.slice(edit.end);
  return out;
}

// ----- text -----

/** Parents a run may be split under with w:del and w:ins beside it. */
const SPLITTABLE_IN = new Set(['w:p', 'w:hyperlink', 'w:smartTag', 'w:sdtContent', 'w:customXml', 'w:fldSimple']);

interface TextElement {
  /** The w:t element, start tag to end tag. */
  start: number;
  end: number;
  text: string;
  /** Where its text starts in the paragraph's current text. */
  offset: number;
  run: { start: number; openEnd: number; parent: string };
}

function textElements(paragraph: string): TextElement[] {
  const out: TextElement[] = [];
  const stack: { name: string; start: number; end: number }[] = [];
  let offset = 0;
  let open: { start: number; textStart: number; run: TextElement['run'] } | null = null;
  for (const tag of tags(paragraph)) {
    if (tag.closing) {
      stack.pop();
      if (tag.name === 'w:t' && open) {
        const text = decodeText(paragraph.slice(open.textStart, tag.start));
        out.push({ start: open.start, end: tag.end, text, offset, run: open.run });
        offset += text.length;
        open = null;
      }
      continue;
    }
    const hidden = stack.some((s) => s.name === 'w:del' || s.name === 'w:moveFrom' || s.name === 'w:txbxContent');
    const runAt = stack.at(-1);
    if (!hidden && runAt?.name === 'w:r' && tag.name === 'w:t' && !tag.selfClosing) {
      open = { start: tag.start, textStart: tag.end, run: { start: runAt.start, openEnd: runAt.end, parent: stack.at(-2)?.name ?? '' } };
    }
    if (!tag.selfClosing) stack.push({ name: tag.name, start: tag.start, end: tag.end });
  }
  return out;
}

const t = (text: string) => `<w:t xml:space="preserve">${escapeXml(text)}</w:t>`;

function applyText(paragraph: string, fix: Extract<DocxFix, { kind: 'text' }>, ids: { next: number }, options: PatchFixesOptions): string | null {
  const elements = textElements(paragraph);
  const at = occurrenceAt(elements.map((e) => e.text).join(''), fix.expected, fix.occurrence);
  if (at < 0) return null;
  const element = elements.find((e) => at >= e.offset && at + fix.expected.length <= e.offset + e.text.length);
  if (!element || !SPLITTABLE_IN.has(element.run.parent)) return null;
  const props = runPropsAt(paragraph, element.run.openEnd);
  const rPr = paragraph.slice(props.start, props.end);
  const local = at - element.offset;
  const before = element.text.slice(0, local);
  const after = element.text.slice(local + fix.expected.length);
  const mark = (id: number) => `w:id="${id}" w:author="${escapeXml(options.author)}" w:date="${escapeXml(options.date)}"`;
  const del = `<w:del ${mark(ids.next++)}><w:r>${rPr}<w:delText xml:space="preserve">${escapeXml(fix.expected)}</w:delText></w:r></w:del>`;
  const ins = `<w:ins ${mark(ids.next++)}><w:r>${rPr}${t(fix.replacement)}</w:r></w:ins>`;
  const replaced = `${t(before)}</w:r>${del}${ins}<w:r>${rPr}${t(after)}`;
  return paragraph.slice(0, element.start) + replaced + paragraph.slice(element.end);
}

// ----- page -----

const TWIPS_PER_MM = 1440 / 25.4;
const A4 = { w: 11906, h: 16838 };

function setAttribute(tag: string, name: string, value: string): string {
  const pattern = new RegExp(`(\\s${name}=)("[^"]*"|'[^']*')`);
  if (pattern.test(tag)) return tag.replace(pattern, `$1"${value}"`);
  return tag.replace(/\s*(\/?>)$/, ` ${name}="${value}"$1`);
}

function applyPage(xml: string, fix: Extract<DocxFix, { kind: 'page' }>): string {
  const twips = (mm: number) => String(Math.round(mm * TWIPS_PER_MM));
  return xml
    .replace(/<w:pgSz\b[^>]*>/g, (tag) => {
      const landscape = /w:orient="landscape"/.test(tag);
      return setAttribute(setAttribute(tag, 'w:w', String(landscape ? A4.h : A4.w)), 'w:h', String(landscape ? A4.w : A4.h));
    })
    .replace(/<w:pgMar\b[^>]*>/g, (tag) =>
      [['w:top', fix.marginsMm.top], ['w:bottom', fix.marginsMm.bottom], ['w:left', fix.marginsMm.left], ['w:right', fix.marginsMm.right]].reduce(
        (out, [name, mm]) => setAttribute(out, name as string, twips(mm as number)),
        tag,
      ),
    );
}

// ----- the package -----

export function patchDocxFixes(original: Uint8Array, fixes: readonly DocxFix[], options: PatchFixesOptions): PatchedDocx {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(original);
  } catch {
    throw CANNOT('not a readable package');
  }
  let name: string;
  try {
    const rels = files['_rels/.rels'];
    name = mainPartNamedBy(rels ? parseXml(rels, '_rels/.rels', 64) : null);
  } catch {
    throw CANNOT('unreadable _rels/.rels');
  }
  const bytes = files[name];
  if (!bytes) throw CANNOT('no document.xml');
  if ((bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xff && bytes[1] === 0xfe)) throw CANNOT('UTF-16 document.xml');
  let xml = strFromU8(bytes);
  const notes: Bilingual[] = [];
  const spans = paragraphSpans(xml);
  const ids = { next: Math.max(0, ...[...xml.matchAll(/\sw:id="(\d+)"/g)].map((m) => Number(m[1]))) + 1 };
  // Each paragraph's changes, text first (its new runs take the font after), applied from the end of the part.
  const byParagraph = new Map<ParagraphSpan, Exclude<DocxFix, { kind: 'page' }>[]>();
  let moved = 0;
  for (const fix of fixes) {
    if (fix.kind === 'page') continue;
    const span = placeOf(spans, fix.paragraph, fix.text);
    if (!span) {
      moved += 1;
      continue;
    }
    byParagraph.set(span, [...(byParagraph.get(span) ?? []), fix]);
  }
  for (const [span, list] of [...byParagraph].sort((a, b) => b[0].start - a[0].start)) {
    let paragraph = xml.slice(span.start, span.end);
    // Words replaced from the last to the first, so that each one's occurrence still counts the paragraph as read;
    // then the fonts, which the new runs take too.
    const whole = textElements(paragraph).map((e) => e.text).join('');
    const position = (fix: DocxFix) => (fix.kind === 'text' ? occurrenceAt(whole, fix.expected, fix.occurrence) : -1);
    const ordered = [...list].sort((a, b) => (a.kind === b.kind ? position(b) - position(a) : a.kind === 'text' ? -1 : 1));
    for (const fix of ordered) {
      if (fix.kind === 'font') paragraph = applyFont(paragraph, fix.font);
      else {
        const replaced = applyText(paragraph, fix, ids, options);
        if (replaced === null) notes.push(TEXT_NOT_PLACED(fix.expected));
        else paragraph = replaced;
      }
    }
    xml = xml.slice(0, span.start) + paragraph + xml.slice(span.end);
  }
  for (const fix of fixes) if (fix.kind === 'page') xml = applyPage(xml, fix);
  if (moved > 0) notes.push(PARAGRAPH_MOVED(moved));
  const out: Zippable = {};
  for (const [entry, content] of Object.entries(files)) out[entry] = entry === name ? strToU8(xml) : content;
  return { bytes: zipSync(out, { level: 6 }), notes };
}

/** A paragraph of the file as the reader read it: its index in the reader's order and its text and list label. */
export interface ReadParagraph {
  index: number;
  text: string;
  listLabel: string | null;
}

/** The text a paragraph's runs hold: the reader's, without the label numbering puts in front. */
const ownText = (p: ReadParagraph): string => (p.listLabel && p.text.startsWith(p.listLabel) ? p.text.slice(p.listLabel.length) : p.text);

/** Where a locator of a model read from the file points in it: the same paragraph, unchanged, or none. */
export function placeIn(model: DocumentModel): (locator: Locator) => ReadParagraph | null {
  return (locator) => {
    const p = model.paragraphs[locator.index];
    return p && p.locator.textHash === locator.textHash ? { index: p.index, text: p.text, listLabel: p.listLabel } : null;
  };
}

/**
 * A check's fix (by locators) as fixes of the file: `place` gives the file's paragraph a locator stands for, or null
 * (a paragraph the assistant inserted, or one no longer there). Returns what it could not place.
 */
export function toDocxFixes(fix: FormatFix | TextFix, place: (locator: Locator) => ReadParagraph | null): { fixes: DocxFix[]; unplaced: number } {
  if ('kind' in fix && fix.kind === 'page') return { fixes: [fix], unplaced: 0 };
  if ('kind' in fix) {
    const fixes: DocxFix[] = [];
    let unplaced = 0;
    for (const change of fix.changes) {
      const p = place(change.locator);
      if (p) fixes.push({ kind: 'font', paragraph: p.index, text: ownText(p), font: change.font });
      else unplaced += 1;
    }
    return { fixes, unplaced };
  }
  const p = place(fix.locator);
  return p
    ? { fixes: [{ kind: 'text', paragraph: p.index, text: ownText(p), expected: fix.expected, occurrence: fix.occurrence, replacement: fix.replacement }], unplaced: 0 }
    : { fixes: [], unplaced: 1 };
}
