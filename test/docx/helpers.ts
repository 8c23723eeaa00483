/** Test helpers: corpus fixtures and small .docx files assembled from raw WordprocessingML. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

export const CORPUS = join(__dirname, '..', 'fixtures', 'corpus');

export function corpusBytes(id: string): Uint8Array {
  return new Uint8Array(readFileSync(join(CORPUS, `${id}.docx`)));
}

export function corpusLabels(id: string): { render: string; traps: string } {
  return JSON.parse(readFileSync(join(CORPUS, `${id}.json`), 'utf8')) as { render: string; traps: string };
}

/** The text of one part of a .docx, as stored. */
export function partText(bytes: Uint8Array, name: string): string {
  const part = unzipSync(bytes, { filter: (file) => file.name === name })[name];
  if (!part) throw new Error(`no ${name}`);
  return new TextDecoder().decode(part);
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;

const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

export interface RawParts {
  body: string;
  styles?: string;
  numbering?: string;
  footnotes?: string;
  extra?: Record<string, string | Uint8Array>;
}

/** A .docx whose word/document.xml body is `body` (paragraph and table XML with the w: prefix). */
export function rawDocx(parts: RawParts): Uint8Array {
  const files: Zippable = {
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8(ROOT_RELS),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><w:body>${parts.body}<w:sectPr/></w:body></w:document>`,
    ),
  };
  if (parts.styles) files['word/styles.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${W}">${parts.styles}</w:styles>`);
  if (parts.numbering) files['word/numbering.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${W}">${parts.numbering}</w:numbering>`);
  if (parts.footnotes) files['word/footnotes.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:footnotes xmlns:w="${W}">${parts.footnotes}</w:footnotes>`);
  for (const [name, content] of Object.entries(parts.extra ?? {})) files[name] = typeof content === 'string' ? strToU8(content) : content;
  return zipSync(files);
}

/** A paragraph of plain runs: `p('I. KẾT QUẢ', { bold: true })`. */
export function p(text: string, options: { bold?: boolean; style?: string; jc?: string } = {}): string {
  const pPr = options.style || options.jc
    ? `<w:pPr>${options.style ? `<w:pStyle w:val="${options.style}"/>` : ''}${options.jc ? `<w:jc w:val="${options.jc}"/>` : ''}</w:pPr>`
    : '';
  const rPr = options.bold ? '<w:rPr><w:b/></w:rPr>' : '';
  return `<w:p>${pPr}<w:r>${rPr}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A ZIP of one deflated entry, written by hand so that the declared sizes can lie: `declaredSize` is what the
 * headers say the entry inflates to, `data` the raw deflate stream (cut it to make it short).
 */
export function zipOf(data: Uint8Array, declaredSize: number, name = 'word/document.xml'): Uint8Array {
  const nameBytes = strToU8(name);
  const local = 30 + nameBytes.length;
  const central = 46 + nameBytes.length;
  const bytes = new Uint8Array(local + data.length + central + 22);
  const view = new DataView(bytes.buffer);
  const header = (at: number, signature: number, fieldsAt: number) => {
    view.setUint32(at, signature, true);
    view.setUint16(fieldsAt, 8, true); // method: deflate
    view.setUint32(fieldsAt + 10, data.length, true);
    view.setUint32(fieldsAt + 14, declaredSize, true);
    view.setUint16(fieldsAt + 18, nameBytes.length, true);
  };
  header(0, 0x04034b50, 8);
  bytes.set(nameBytes, 30);
  bytes.set(data, local);
  const centralAt = local + data.length;
  header(centralAt, 0x02014b50, centralAt + 10);
  bytes.set(nameBytes, centralAt + 46);
  const end = centralAt + central;
  view.setUint32(end, 0x06054b50, true);
  view.setUint16(end + 8, 1, true);
  view.setUint16(end + 10, 1, true);
  view.setUint32(end + 12, central, true);
  view.setUint32(end + 16, centralAt, true);
  return bytes;
}
