import { unzipSync } from 'fflate';

/** One part of a .docx as text, unzipped with fflate. */
export function part(bytes: Uint8Array, name: string): string {
  const file = unzipSync(bytes, { filter: (f) => f.name === name })[name];
  if (!file) throw new Error(`no ${name} in the package`);
  return new TextDecoder().decode(file);
}

/** The w:p elements of document.xml whose text (all w:t joined) equals `text`. */
export function paragraphsWithText(xml: string, text: string): string[] {
  const paragraphs = xml.match(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/g) ?? [];
  return paragraphs.filter((p) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('') === text);
}

/** The run properties of the first run of a paragraph. */
export const firstRunProps = (paragraph: string): string => /<w:r><w:rPr>(.*?)<\/w:rPr>/.exec(paragraph)?.[1] ?? '';

/** The first w:p of document.xml whose text starts with `prefix`. */
export function paragraphStartingWith(xml: string, prefix: string): string {
  const paragraphs = xml.match(/<w:p>.*?<\/w:p>/g) ?? [];
  return paragraphs.find((p) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('').startsWith(prefix)) ?? '';
}
