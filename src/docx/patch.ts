/**
 * Saves inserts into the user's own .docx: the original package with only new paragraphs added to document.xml, at
 * the places given, and every other part, and every other character of document.xml, exactly as it was. Pure
 * (fflate, no Node built-ins): the playground's download and `pctn insert-missing` share it.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { Block } from '../compose/blocks';
import { AppError } from '../errors/app-error';
import { bodyLayout } from './body-children';
import { mainPartNamedBy } from './read';
import { insertedBlocksXml } from './write';
import { parseXml } from './xml';

export interface DocxInsertion {
  /** The index of the child of w:body to insert after (readDocxWithBlocks gives each paragraph's), or the body's start or end. */
  afterBlock: number | 'start' | 'end';
  blocks: readonly Block[];
}

const CANNOT_PATCH = (why: string) =>
  new AppError('DOCX_CANNOT_PATCH', {
    vi: `Không ghi được phần chèn vào chính tệp này (${why}); tài liệu gốc không bị thay đổi.`,
    en: `The inserts could not be written into this file itself (${why}); the original document is unchanged.`,
  });

/** The part the reader read (readDocx finds it through _rels/.rels): the inserts' places are counted in it. */
function mainPartName(files: Record<string, Uint8Array>): string {
  const rels = files['_rels/.rels'];
  try {
    return mainPartNamedBy(rels ? parseXml(rels, '_rels/.rels', 64) : null);
  } catch {
    throw CANNOT_PATCH('unreadable _rels/.rels');
  }
}

export function patchDocx(original: Uint8Array, insertions: readonly DocxInsertion[]): Uint8Array {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(original);
  } catch {
    throw CANNOT_PATCH('not a readable package');
  }
  const name = mainPartName(files);
  const bytes = files[name];
  if (!bytes) throw CANNOT_PATCH('no document.xml');
  if ((bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xff && bytes[1] === 0xfe)) throw CANNOT_PATCH('UTF-16 document.xml');
  const xml = strFromU8(bytes);
  let layout: ReturnType<typeof bodyLayout>;
  try {
    layout = bodyLayout(xml);
  } catch {
    throw CANNOT_PATCH('no document body');
  }
  const at = (afterBlock: DocxInsertion['afterBlock']): number => {
    if (afterBlock === 'start') return layout.startInsert;
    if (afterBlock === 'end') return layout.endInsert;
    const child = layout.children[afterBlock];
    if (!child) throw CANNOT_PATCH(`no element ${afterBlock} in the body`);
    // After the section properties nothing may follow: content meant for the end goes before them.
    return child.name === 'w:sectPr' || child.end > layout.endInsert ? layout.endInsert : child.end;
  };
  // Insert from the end backwards so that earlier offsets stay valid; inserts at one place keep their given order.
  const placed = insertions.map((insertion, order) => ({ offset: at(insertion.afterBlock), order, xml: insertedBlocksXml(insertion.blocks) }));
  placed.sort((a, b) => b.offset - a.offset || b.order - a.order);
  let patched = xml;
  for (const { offset, xml: inserted } of placed) patched = patched.slice(0, offset) + inserted + patched.slice(offset);
  const out: Zippable = {};
  for (const [entry, content] of Object.entries(files)) out[entry] = entry === name ? strToU8(patched) : content;
  return zipSync(out, { level: 6 });
}
