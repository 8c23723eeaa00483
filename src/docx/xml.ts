/** XML parsing for WordprocessingML parts: order preserved (runs stay in order), whitespace kept as written. */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { DocxReadError } from './errors';

/** A node as fast-xml-parser gives it with preserveOrder: { tag: children, ':@': attributes } or { '#text': text }. */
export type XmlNode = Record<string, unknown>;

const ATTRIBUTES = ':@';
const TEXT = '#text';

/** The attributes the reader uses; Word writes many more (w:rsidR, w14:paraId ...) and storing them costs time. */
const USED_ATTRIBUTES = new Set([
  'w:val', 'w:fldCharType', 'w:char', 'w:type', 'w:id', 'w:ilvl', 'w:ascii', 'w:hAnsi', 'w:cs',
  'w:styleId', 'w:default', 'w:abstractNumId', 'w:numId', 'Type', 'Target',
]);

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: (name: string) => !USED_ATTRIBUTES.has(name),
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  // Entity decoding in the parser is slow (it scans every value for dozens of entity names); the few values we
  // use are decoded by decodeEntities instead.
  processEntities: false,
});

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the five XML entities and numeric character references. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (match, name: string) => {
    if (name.startsWith('#x')) return safeCodePoint(parseInt(name.slice(2), 16), match);
    if (name.startsWith('#')) return safeCodePoint(parseInt(name.slice(1), 10), match);
    return NAMED_ENTITIES[name] ?? match;
  });
}

function safeCodePoint(code: number, fallback: string): string {
  return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}

const decoder = new TextDecoder('utf-8');

/** Parses one part; `partName` goes into the error message. Malformed XML throws DOCX_MALFORMED_XML. */
export function parseXml(bytes: Uint8Array, partName: string): XmlNode[] {
  let text = decoder.decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // The parser is lenient (it closes unclosed tags silently), so a cut or broken part is caught by validation first.
  const verdict = XMLValidator.validate(text);
  if (verdict !== true) {
    const where = `${partName}, dòng ${verdict.err.line}, cột ${verdict.err.col}`;
    const whereEn = `${partName}, line ${verdict.err.line}, column ${verdict.err.col}`;
    throw new DocxReadError('DOCX_MALFORMED_XML', { vi: `(${where}.)`, en: `(${whereEn}.)` });
  }
  try {
    return parser.parse(text) as XmlNode[];
  } catch {
    throw new DocxReadError('DOCX_MALFORMED_XML', { vi: `(${partName}.)`, en: `(${partName}.)` });
  }
}

export function tagOf(node: XmlNode): string {
  for (const key in node) if (key !== ATTRIBUTES) return key;
  return '';
}

export function childrenOf(node: XmlNode): XmlNode[] {
  const value = node[tagOf(node)];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

export function attr(node: XmlNode, name: string): string | undefined {
  const attributes = node[ATTRIBUTES] as Record<string, string> | undefined;
  const value = attributes?.[name];
  return value === undefined ? undefined : decodeEntities(value);
}

export function textOf(node: XmlNode): string | undefined {
  const value = node[TEXT];
  return value === undefined ? undefined : String(value);
}

/** The first child with the tag, or undefined. */
export function child(node: XmlNode, tag: string): XmlNode | undefined {
  for (const item of childrenOf(node)) if (tag in item) return item;
  return undefined;
}

/** The text content of an element (e.g. w:t), concatenated as written. */
export function innerText(node: XmlNode): string {
  let out = '';
  for (const item of childrenOf(node)) {
    const text = textOf(item);
    if (text !== undefined) out += text;
  }
  return decodeEntities(out);
}

/** Finds the root element of a parsed part. */
export function rootElement(nodes: XmlNode[], tag: string): XmlNode | undefined {
  return nodes.find((node) => tag in node);
}

/** OOXML on/off values: absent val means on; "0", "false", "off" mean off. */
export function onOff(node: XmlNode | undefined): boolean | undefined {
  if (!node) return undefined;
  const value = attr(node, 'w:val');
  return !(value === '0' || value === 'false' || value === 'off' || value === 'none');
}
