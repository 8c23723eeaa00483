/**
 * WordprocessingML parts as small element trees, built by the single-pass scanner (./xml-scan.ts). Elements keep
 * their order (runs stay in order) and their text as written; only the attributes the reader uses are kept.
 * word/document.xml is streamed: each block of the body is handed to the reader as soon as it closes and then
 * dropped, so no tree of the whole body is ever held.
 *
 * Children are linked (firstChild, nextSibling) rather than held in arrays: a run or a paragraph has a handful of
 * children, and an array per element was most of what building the tree cost.
 */
import { decodeXmlPart } from './utf8';
import { attributeFilter, scanXml, type XmlHandler } from './xml-scan';

export class XmlElement {
  firstChild: XmlElement | null = null;
  nextSibling: XmlElement | null = null;
  /** The element's own character data (text and CDATA), concatenated; child elements' text is not included. */
  text = '';

  constructor(
    readonly name: string,
    /** The kept attributes, [name, value, name, value, ...], values decoded; null when none. */
    readonly attributes: string[] | null,
  ) {}
}

/** The attributes the reader uses; Word writes many more (w:rsidR, w14:paraId ...) and keeping them costs time. */
const USED_ATTRIBUTES = attributeFilter([
  'w:val', 'w:fldCharType', 'w:char', 'w:type', 'w:id', 'w:ilvl', 'w:ascii', 'w:hAnsi', 'w:cs',
  'w:styleId', 'w:default', 'w:abstractNumId', 'w:numId', 'Type', 'Target',
  // page size and margins (w:pgSz, w:pgMar)
  'w:w', 'w:h', 'w:top', 'w:bottom', 'w:left', 'w:right',
]);

/**
 * Elements at `depth` (the root is at depth 1) whose ancestors `accepts` are kept out of the tree and handed to
 * `take`, whole, as each one closes.
 */
export interface XmlStream {
  depth: number;
  accepts(ancestors: readonly XmlElement[]): boolean;
  take(element: XmlElement): void;
}

class TreeBuilder implements XmlHandler {
  root: XmlElement | null = null;
  private readonly stack: XmlElement[] = [];
  /** Per open element, its last child so far (where the next one is linked). */
  private readonly lastChildren: (XmlElement | null)[] = [];
  /** The element at stream depth, when it is being streamed rather than linked. */
  private streaming: XmlElement | null = null;

  constructor(private readonly stream: XmlStream | undefined) {}

  open(name: string, attributes: string[] | null): void {
    const element = new XmlElement(name, attributes);
    const depth = this.stack.length;
    if (depth === 0) {
      this.root = element;
    } else if (this.stream !== undefined && depth + 1 === this.stream.depth && this.stream.accepts(this.stack)) {
      this.streaming = element;
    } else {
      const previous = this.lastChildren[depth - 1];
      if (previous) previous.nextSibling = element;
      else (this.stack[depth - 1] as XmlElement).firstChild = element;
      this.lastChildren[depth - 1] = element;
    }
    this.stack.push(element);
    this.lastChildren[depth] = null;
  }

  close(): void {
    const element = this.stack.pop() as XmlElement;
    if (element === this.streaming) {
      this.streaming = null;
      (this.stream as XmlStream).take(element);
    }
  }

  text(value: string): void {
    const element = this.stack[this.stack.length - 1] as XmlElement;
    element.text = element.text === '' ? value : element.text + value;
  }
}

/** Parses one part to its root element; `partName` goes into error messages. Malformed XML throws DOCX_MALFORMED_XML. */
export function parseXml(bytes: Uint8Array, partName: string, maxDepth: number, stream?: XmlStream): XmlElement {
  const builder = new TreeBuilder(stream);
  scanXml(decodeXmlPart(bytes), builder, { partName, keepAttributes: USED_ATTRIBUTES, maxDepth });
  return builder.root as XmlElement;
}

export function tagOf(node: XmlElement): string {
  return node.name;
}

export function attr(node: XmlElement, name: string): string | undefined {
  const attributes = node.attributes;
  if (attributes === null) return undefined;
  for (let i = 0; i < attributes.length; i += 2) if (attributes[i] === name) return attributes[i + 1];
  return undefined;
}

/** The child elements as an array, for the small parts (styles, numbering, notes); hot paths follow the links. */
export function childElements(node: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (let item = node.firstChild; item !== null; item = item.nextSibling) out.push(item);
  return out;
}

/** The first child with the tag, or undefined. */
export function child(node: XmlElement, tag: string): XmlElement | undefined {
  for (let item = node.firstChild; item !== null; item = item.nextSibling) if (item.name === tag) return item;
  return undefined;
}

/** The text content of an element without children (w:t), as written, references decoded. */
export function innerText(node: XmlElement): string {
  return node.text;
}

/** The root element of a parsed part when it has the tag. */
export function rootElement(root: XmlElement | null, tag: string): XmlElement | undefined {
  return root !== null && root.name === tag ? root : undefined;
}

/** OOXML on/off values: absent val means on; "0", "false", "off" mean off. */
export function onOff(node: XmlElement | undefined): boolean | undefined {
  if (!node) return undefined;
  const value = attr(node, 'w:val');
  return !(value === '0' || value === 'false' || value === 'off' || value === 'none');
}
