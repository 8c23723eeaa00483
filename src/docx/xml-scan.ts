/**
 * A single-pass XML scanner for WordprocessingML parts: it checks well-formedness and reports elements, the
 * attributes asked for and text to a handler, in one go over the decoded string.
 *
 * Handles the XML declaration, processing instructions, comments, CDATA, self-closing tags and the five named
 * entities plus numeric character references. Namespaces stay prefixes ("w:p"), as Word writes them. Malformed
 * input (mismatched or unclosed tags, bad attribute syntax, bad references, truncation, content outside the root,
 * nesting past `maxDepth`) throws the reader's DOCX_MALFORMED_XML error. DOCTYPE is refused: Word never writes
 * one, and its entities are how "billion laughs" inputs work. The scan is iterative, so depth costs no stack.
 *
 * Speed: element names are interned (one string per distinct name, compared by identity afterwards); only the
 * attributes in the filter are sliced out; text is sliced only when non-empty and decoded only when it holds "&".
 */
import { malformedXml, type MalformedReason } from './xml-malformed';

export interface XmlHandler {
  /** An element starts; `attributes` holds the kept ones as [name, value, name, value, ...], or null. */
  open(name: string, attributes: string[] | null): void;
  /** The innermost open element ends (right after open() for a self-closing tag). */
  close(): void;
  /** Character data inside the root element: entity-decoded text, or CDATA as written. */
  text(value: string): void;
}

export interface XmlScanOptions {
  /** Named in error messages ("word/document.xml"). */
  partName: string;
  /** Which attributes to pass on (see attributeFilter); the others are checked and skipped. */
  keepAttributes: AttributeFilter;
  /** Deepest element nesting accepted. */
  maxDepth: number;
}

/** Attribute names to keep, keyed by nameHash. */
export type AttributeFilter = ReadonlyMap<number, string>;

const HASH_MASK = 0x3fffffff;

function nameHash(name: string): number {
  let hash = 0;
  for (let i = 0; i < name.length; i++) hash = (Math.imul(hash, 31) + name.charCodeAt(i)) | 0;
  return hash & HASH_MASK;
}

export function attributeFilter(names: Iterable<string>): AttributeFilter {
  const filter = new Map<number, string>();
  for (const name of names) {
    if (filter.has(nameHash(name))) throw new Error(`attribute hash collision: ${name}`);
    filter.set(nameHash(name), name);
  }
  return filter;
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const AMP = 0x26;
const EQUALS = 0x3d;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;

/** 1: may start a name; 2: may only continue one. Characters past ASCII are accepted as name characters. */
const NAME_CHAR = new Uint8Array(128);
for (let c = 0x41; c <= 0x5a; c++) NAME_CHAR[c] = 1;
for (let c = 0x61; c <= 0x7a; c++) NAME_CHAR[c] = 1;
NAME_CHAR[0x5f] = 1; // _
NAME_CHAR[0x3a] = 1; // :
for (let c = 0x30; c <= 0x39; c++) NAME_CHAR[c] = 2;
NAME_CHAR[0x2d] = 2; // -
NAME_CHAR[0x2e] = 2; // .

const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
// Past the end charCodeAt gives NaN, which is neither.
const isNameStart = (c: number): boolean => (c < 128 ? NAME_CHAR[c] === 1 : c >= 128);
const isNameChar = (c: number): boolean => (c < 128 ? NAME_CHAR[c] !== 0 : c >= 128);

const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const HEX_DIGITS = /^[0-9a-fA-F]{1,8}$/;
const DECIMAL_DIGITS = /^[0-9]{1,10}$/;

/** XML 1.0 Char: tab, newline, carriage return and the rest outside the control and surrogate ranges. */
function isXmlChar(code: number): boolean {
  if (code < 0x20) return code === 0x09 || code === 0x0a || code === 0x0d;
  return code <= 0xd7ff || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

const MAX_INTERNED_NAMES = 4096;
/** Past this many attributes on one tag, duplicates are found through a set (pairwise checks would be quadratic). */
const MANY_ATTRIBUTES = 32;

class Scanner {
  private readonly names = new Map<number, string>();
  private readonly stack: string[] = [];
  /** Position of the next "&" at or after the scan, or -1 when there is none left. */
  private nextAmpersand = -2;
  /** Start, end and hash of each attribute name of the tag being read, for the duplicate check (reused). */
  private attributeSpans = new Int32Array(3 * MANY_ATTRIBUTES);
  private attributeCount = 0;
  /** Names of the tag's attributes once it has too many for pairwise comparison. */
  private attributeNames: Set<string> | null = null;
  /** The attribute attribute() just read: its name and, when kept, its value. */
  private lastName = '';
  private lastValue: string | null = null;

  constructor(
    private readonly xml: string,
    private readonly handler: XmlHandler,
    private readonly options: XmlScanOptions,
  ) {}

  private fail(position: number, reason: MalformedReason, name?: string): never {
    throw malformedXml(this.options.partName, this.xml, position, reason, name);
  }

  run(): void {
    const xml = this.xml;
    const length = xml.length;
    let position = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
    if (xml.startsWith('<?xml', position) && isSpace(xml.charCodeAt(position + 5))) {
      const end = xml.indexOf('?>', position + 5);
      if (end === -1) this.fail(length, 'truncated');
      position = end + 2;
    }
    let rootSeen = false;
    while (position < length) {
      const lt = xml.indexOf('<', position);
      const textEnd = lt === -1 ? length : lt;
      if (textEnd > position) this.text(position, textEnd);
      if (lt === -1) break;
      const next = xml.charCodeAt(lt + 1);
      if (next === SLASH) {
        position = this.closeTag(lt);
      } else if (next === BANG) {
        position = this.markupDeclaration(lt);
      } else if (next === QUESTION) {
        position = this.processingInstruction(lt);
      } else {
        if (this.stack.length === 0) {
          if (rootSeen) this.fail(lt, 'outsideRoot');
          rootSeen = true;
        }
        position = this.openTag(lt);
      }
    }
    const open = this.stack[this.stack.length - 1];
    if (open !== undefined) this.fail(length, 'unclosed', open);
    if (!rootSeen) this.fail(length, 'noRoot');
  }

  private text(start: number, end: number): void {
    const xml = this.xml;
    if (this.stack.length === 0) {
      for (let at = start; at < end; at++) if (!isSpace(xml.charCodeAt(at))) this.fail(at, 'outsideRoot');
      return;
    }
    if (this.nextAmpersand !== -1 && this.nextAmpersand < start) this.nextAmpersand = xml.indexOf('&', start);
    const hasReference = this.nextAmpersand !== -1 && this.nextAmpersand < end;
    this.handler.text(hasReference ? this.decode(start, end) : xml.slice(start, end));
  }

  /** The text of [start, end) with references replaced; a bad reference is a well-formedness error. */
  private decode(start: number, end: number): string {
    const xml = this.xml;
    let out = '';
    let from = start;
    for (let amp = xml.indexOf('&', start); amp !== -1 && amp < end; amp = xml.indexOf('&', from)) {
      const semicolon = xml.indexOf(';', amp + 1);
      if (semicolon === -1 || semicolon >= end) this.fail(amp, 'badEntity');
      out += xml.slice(from, amp) + this.reference(amp, xml.slice(amp + 1, semicolon));
      from = semicolon + 1;
    }
    return out + xml.slice(from, end);
  }

  private reference(at: number, name: string): string {
    const named = NAMED_ENTITIES[name];
    if (named !== undefined) return named;
    let code = NaN;
    if (name.startsWith('#x')) {
      const digits = name.slice(2);
      if (HEX_DIGITS.test(digits)) code = parseInt(digits, 16);
    } else if (name.startsWith('#')) {
      const digits = name.slice(1);
      if (DECIMAL_DIGITS.test(digits)) code = Number(digits);
    }
    if (!isXmlChar(code)) this.fail(at, 'badEntity');
    return String.fromCodePoint(code);
  }

  /** One name string per distinct name, so that later comparisons are by identity. */
  private intern(start: number, end: number, hash: number): string {
    const cached = this.names.get(hash);
    if (cached !== undefined && cached.length === end - start && this.xml.startsWith(cached, start)) return cached;
    const name = this.xml.slice(start, end);
    if (cached === undefined && this.names.size < MAX_INTERNED_NAMES) this.names.set(hash, name);
    return name;
  }

  /** Reads the tag at `lt` ("<name attr="value" ...>" or ".../>"); returns the position after it. */
  private openTag(lt: number): number {
    const xml = this.xml;
    const length = xml.length;
    let at = lt + 1;
    let c = xml.charCodeAt(at);
    if (!isNameStart(c)) this.fail(at, at >= length ? 'truncated' : 'badName');
    let hash = 0;
    while (at < length && isNameChar(c)) {
      hash = (Math.imul(hash, 31) + c) | 0;
      c = xml.charCodeAt(++at);
    }
    const name = this.intern(lt + 1, at, hash & HASH_MASK);
    if (this.stack.length >= this.options.maxDepth) this.fail(lt, 'tooDeep', String(this.options.maxDepth));
    let attributes: string[] | null = null;
    this.attributeCount = 0;
    this.attributeNames = null;
    for (;;) {
      const spaceStart = at;
      while (isSpace(c)) c = xml.charCodeAt(++at);
      if (c === GT) {
        this.stack.push(name);
        this.handler.open(name, attributes);
        return at + 1;
      }
      if (c === SLASH) {
        if (xml.charCodeAt(at + 1) !== GT) this.fail(at, at + 1 >= length ? 'truncated' : 'badAttribute', name);
        this.handler.open(name, attributes);
        this.handler.close();
        return at + 2;
      }
      if (at >= length) this.fail(at, 'truncated');
      if (at === spaceStart || !isNameStart(c)) this.fail(at, 'badAttribute', name);
      at = this.attribute(at, name);
      const value = this.lastValue;
      if (value !== null) {
        if (attributes === null) attributes = [this.lastName, value];
        else attributes.push(this.lastName, value);
      }
      c = xml.charCodeAt(at);
    }
  }

  /** Reads name="value" at `start`; sets lastName/lastValue (null when not kept) and returns the position after it. */
  private attribute(start: number, element: string): number {
    const xml = this.xml;
    const length = xml.length;
    let at = start;
    let c = xml.charCodeAt(at);
    let hash = 0;
    while (at < length && isNameChar(c)) {
      hash = (Math.imul(hash, 31) + c) | 0;
      c = xml.charCodeAt(++at);
    }
    hash &= HASH_MASK;
    const nameEnd = at;
    this.checkDuplicate(start, nameEnd, hash);
    while (isSpace(c)) c = xml.charCodeAt(++at);
    if (c !== EQUALS) this.fail(at, at >= length ? 'truncated' : 'badAttribute', element);
    c = xml.charCodeAt(++at);
    while (isSpace(c)) c = xml.charCodeAt(++at);
    if (c !== QUOTE && c !== APOSTROPHE) this.fail(at, at >= length ? 'truncated' : 'badAttribute', element);
    const quote = c;
    const valueStart = ++at;
    let hasReference = false;
    for (;;) {
      if (at >= length) this.fail(at, 'truncated');
      c = xml.charCodeAt(at);
      if (c === quote) break;
      if (c === LT) this.fail(at, 'ltInAttribute');
      if (c === AMP) hasReference = true;
      at++;
    }
    const kept = this.options.keepAttributes.get(hash);
    if (kept !== undefined && kept.length === nameEnd - start && xml.startsWith(kept, start)) {
      this.lastName = kept;
      this.lastValue = hasReference ? this.decode(valueStart, at) : xml.slice(valueStart, at);
    } else {
      if (hasReference) this.decode(valueStart, at);
      this.lastValue = null;
    }
    return at + 1;
  }

  /** Attribute names must be unique within a tag: compared pairwise by hash while few, through a set past that. */
  private checkDuplicate(start: number, end: number, hash: number): void {
    const spans = this.attributeSpans;
    const xml = this.xml;
    const count = this.attributeCount++;
    if (count >= MANY_ATTRIBUTES) {
      let names = this.attributeNames;
      if (names === null) {
        names = new Set<string>();
        for (let i = 0; i < count * 3; i += 3) names.add(xml.slice(spans[i], spans[i + 1]));
        this.attributeNames = names;
      }
      const name = xml.slice(start, end);
      if (names.has(name)) this.fail(start, 'duplicateAttribute', name);
      names.add(name);
      return;
    }
    const length = end - start;
    for (let i = 0; i < count * 3; i += 3) {
      if (spans[i + 2] !== hash) continue;
      const otherStart = spans[i] as number;
      if ((spans[i + 1] as number) - otherStart !== length) continue;
      let same = true;
      for (let k = 0; k < length && same; k++) same = xml.charCodeAt(start + k) === xml.charCodeAt(otherStart + k);
      if (same) this.fail(start, 'duplicateAttribute', xml.slice(start, end));
    }
    spans[count * 3] = start;
    spans[count * 3 + 1] = end;
    spans[count * 3 + 2] = hash;
  }

  /** Reads "</name>" at `lt`, which must close the innermost open element. */
  private closeTag(lt: number): number {
    const xml = this.xml;
    const length = xml.length;
    let at = lt + 2;
    while (at < length && isNameChar(xml.charCodeAt(at))) at++;
    const open = this.stack[this.stack.length - 1];
    if (open === undefined) this.fail(lt, at >= length ? 'truncated' : 'unopened', xml.slice(lt + 2, at));
    if (open.length !== at - lt - 2 || !xml.startsWith(open, lt + 2)) this.fail(lt, at >= length ? 'truncated' : 'mismatched', open);
    let c = xml.charCodeAt(at);
    while (isSpace(c)) c = xml.charCodeAt(++at);
    if (c !== GT) this.fail(at, at >= length ? 'truncated' : 'mismatched', open);
    this.stack.pop();
    this.handler.close();
    return at + 1;
  }

  /** "<!--comment-->", "<![CDATA[text]]>" or "<!DOCTYPE", which is refused. */
  private markupDeclaration(lt: number): number {
    const xml = this.xml;
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('--', lt + 4);
      if (end === -1) this.fail(xml.length, 'truncated');
      if (xml.charCodeAt(end + 2) !== GT) this.fail(end, end + 2 >= xml.length ? 'truncated' : 'badComment');
      return end + 3;
    }
    if (xml.startsWith('<![CDATA[', lt)) {
      if (this.stack.length === 0) this.fail(lt, 'outsideRoot');
      const end = xml.indexOf(']]>', lt + 9);
      if (end === -1) this.fail(xml.length, 'truncated');
      this.handler.text(xml.slice(lt + 9, end));
      return end + 3;
    }
    if (xml.startsWith('<!DOCTYPE', lt)) this.fail(lt, 'doctype');
    const rest = xml.slice(lt, lt + 9);
    const cut = rest.length < 9 && ['<!--', '<![CDATA[', '<!DOCTYPE'].some((opening) => opening.startsWith(rest));
    return this.fail(lt, cut ? 'truncated' : 'badName');
  }

  /** "<?target ...?>"; "<?xml" is only allowed as the declaration at the very start. */
  private processingInstruction(lt: number): number {
    const xml = this.xml;
    let at = lt + 2;
    if (!isNameStart(xml.charCodeAt(at))) this.fail(at, at >= xml.length ? 'truncated' : 'badName');
    while (at < xml.length && isNameChar(xml.charCodeAt(at))) at++;
    if (at - lt - 2 === 3 && xml.slice(lt + 2, at).toLowerCase() === 'xml') this.fail(lt, 'misplacedDeclaration');
    const end = xml.indexOf('?>', at);
    if (end === -1) this.fail(xml.length, 'truncated');
    if (end > at && !isSpace(xml.charCodeAt(at))) this.fail(at, 'badName');
    return end + 2;
  }
}

/** Scans `xml` from start to end, calling `handler`; throws DOCX_MALFORMED_XML on the first well-formedness error. */
export function scanXml(xml: string, handler: XmlHandler, options: XmlScanOptions): void {
  new Scanner(xml, handler, options).run();
}
