import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { problem, type ManifestProblem } from './problem';

/** An element of the manifest with its children in document order (the order matters to the schema). */
export interface XmlElement {
  /** The name as written, prefix included ("bt:Image"). */
  name: string;
  /** The name without its namespace prefix ("Image"). */
  localName: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text, trimmed ("" when it has none). */
  text: string;
  /** Where the element is, for messages: "OfficeApp/Hosts/Host". */
  path: string;
}

export type ParseResult = { ok: true; root: XmlElement } | { ok: false; problem: ManifestProblem };

type OrderedNode = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  trimValues: true,
});

/** Parses the manifest text; a malformed document gives one problem with the line and column. */
export function parseManifestXml(text: string): ParseResult {
  const validation = XMLValidator.validate(text);
  if (validation !== true) {
    const { line, col, msg } = validation.err;
    return {
      ok: false,
      problem: problem(
        'xml-malformed',
        `line ${line}:${col}`,
        `manifest.xml không phải XML hợp lệ (dòng ${line}, cột ${col}): ${msg}`,
        `manifest.xml is not well-formed XML (line ${line}, column ${col}): ${msg}`,
      ),
    };
  }
  const nodes = parser.parse(text) as OrderedNode[];
  const elements = toElements(nodes, '');
  const [root] = elements;
  if (!root || elements.length !== 1) {
    return {
      ok: false,
      problem: problem('xml-no-root', '/', 'Tệp không có đúng một phần tử gốc.', 'The file does not have exactly one root element.'),
    };
  }
  return { ok: true, root };
}

function toElements(nodes: OrderedNode[], parentPath: string): XmlElement[] {
  const named = nodes.filter((node) => elementName(node) !== undefined);
  const totals = new Map<string, number>();
  for (const node of named) {
    const name = elementName(node) as string;
    totals.set(name, (totals.get(name) ?? 0) + 1);
  }
  const seen = new Map<string, number>();
  return named.map((node) => {
    const name = elementName(node) as string;
    const index = (seen.get(name) ?? 0) + 1;
    seen.set(name, index);
    const step = (totals.get(name) ?? 0) > 1 ? `${name}[${index}]` : name;
    const path = parentPath ? `${parentPath}/${step}` : step;
    const content = (node[name] as OrderedNode[] | undefined) ?? [];
    const attributes = (node[':@'] as Record<string, string> | undefined) ?? {};
    return {
      name,
      localName: name.includes(':') ? name.slice(name.indexOf(':') + 1) : name,
      attributes,
      children: toElements(content, path),
      text: content
        .map((child) => child['#text'])
        .filter((value): value is string => typeof value === 'string')
        .join('')
        .trim(),
      path,
    };
  });
}

function elementName(node: OrderedNode): string | undefined {
  return Object.keys(node).find((key) => key !== ':@' && key !== '#text' && !key.startsWith('?'));
}

export function childElements(element: XmlElement, localName: string): XmlElement[] {
  return element.children.filter((child) => child.localName === localName);
}

export function childElement(element: XmlElement, localName: string): XmlElement | undefined {
  return element.children.find((child) => child.localName === localName);
}

/** Every element under `element` (itself included), depth first, in document order. */
export function allElements(element: XmlElement): XmlElement[] {
  return [element, ...element.children.flatMap(allElements)];
}
