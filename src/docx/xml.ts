/**
 * WordprocessingML parts as small element trees, built by the single-pass scanner (./xml-scan.ts). Elements keep
 * their order (runs stay in order) and their text as written; only the attributes the reader uses are kept.
 * word/document.xml is streamed: each block of the body is handed to the reader as soon as it closes and then
 * dropped, so no tree of the whole body is ever held.
 */
import { decodeUtf8 } from './utf8';
import { attributeFilter, scanXml, type XmlHandler } from './xml-scan';

const NO_CHILDREN: XmlElement[] = [];

export class XmlElement {
  /** Child elements in document order (shared empty array until the first child). */
  children: XmlElement[] = NO_CHILDREN;
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
]);

/** Hands elements at `depth` (the root is at depth 1) to `take` as they close; taken elements leave the tree. */
export interface XmlStream {
  depth: number;
  take(element: XmlElement, ancestors: readonly XmlElement[]): boolean;
}

class TreeBuilder implements XmlHandler {
  root: XmlElement | null = null;
  private readonly stack: XmlElement[] = [];

  constructor(private readonly stream: XmlStream | undefined) {}

  open(name: string, attributes: string[] | null): void {
    const element = new XmlElement(name, attributes);
    const parent = this.stack[this.stack.length - 1];
    if (parent === undefined) this.root = element;
    else if (parent.children === NO_CHILDREN) parent.children = [element];
    else parent.children.push(element);
    this.stack.push(element);
  }

  close(): void {
    const element = this.stack.pop() as XmlElement;
    const stream = this.stream;
    if (stream !== undefined && this.stack.length + 1 === stream.depth && stream.take(element, this.stack)) {
      (this.stack[this.stack.length - 1] as XmlElement).children.pop();
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
  scanXml(decodeUtf8(bytes), builder, { partName, keepAttributes: USED_ATTRIBUTES, maxDepth });
  return builder.root as XmlElement;
}

export function tagOf(node: XmlElement): string {
  return node.name;
}

export function childrenOf(node: XmlElement): XmlElement[] {
  return node.children;
}

export function attr(node: XmlElement, name: string): string | undefined {
  const attributes = node.attributes;
  if (attributes === null) return undefined;
  for (let i = 0; i < attributes.length; i += 2) if (attributes[i] === name) return attributes[i + 1];
  return undefined;
}

/** The first child with the tag, or undefined. */
export function child(node: XmlElement, tag: string): XmlElement | undefined {
  for (const item of node.children) if (item.name === tag) return item;
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
