import { ABBREVIATIONS } from './abbreviations';
import { foldCode, isWordCode } from './chars';
import { normalizeCore } from './core';
import { MappedTextBuilder, type NormalizedText } from './mapped-text';

interface Terminal {
  /** the forms as written, normalized without case folding: the original must be one of these */
  casedForms: Set<string>;
  expansionLower: string;
  expansionCased: string;
}

interface TrieNode {
  children: Map<number, TrieNode>;
  terminal?: Terminal;
}

let trie: TrieNode | undefined;

/** A form typed without Vietnamese marks, as in a hurry or on a keyboard without them: "XĐLI" → "XDLI", "QTƯX" → "QTUX". */
const unmarked = (form: string) => form.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/Đ/g, 'D').replace(/đ/g, 'd');

/** Each abbreviation's forms, and their unmarked spellings where no other abbreviation is written so. */
function formsOf(): { abbreviation: (typeof ABBREVIATIONS)[number]; forms: string[] }[] {
  const written = new Set(ABBREVIATIONS.flatMap((a) => a.forms));
  return ABBREVIATIONS.map((abbreviation) => ({
    abbreviation,
    forms: [...new Set([...abbreviation.forms, ...abbreviation.forms.map(unmarked).filter((f) => !written.has(f))])],
  }));
}

function buildTrie(): TrieNode {
  const root: TrieNode = { children: new Map() };
  for (const { abbreviation, forms } of formsOf()) {
    const expansionLower = normalizeCore(abbreviation.expansion, true).text;
    const expansionCased = normalizeCore(abbreviation.expansion, false).text;
    for (const form of forms) {
      const key = normalizeCore(form, true).text;
      let node = root;
      for (let k = 0; k < key.length; k += 1) {
        const code = key.charCodeAt(k);
        let child = node.children.get(code);
        if (!child) {
          child = { children: new Map() };
          node.children.set(code, child);
        }
        node = child;
      }
      node.terminal ??= { casedForms: new Set(), expansionLower, expansionCased };
      node.terminal.casedForms.add(normalizeCore(form, false).text);
    }
  }
  return root;
}

const SLASH = 0x2f;
const HYPHEN = 0x2d;
const AMPERSAND = 0x26;

/** Characters that glue an abbreviation to its neighbour, so "QĐ-UBND" and "CT/TU" stay codes. */
function isGlue(code: number): boolean {
  return code === SLASH || code === HYPHEN || code === AMPERSAND || isWordCode(code);
}

function lowerUnit(code: number): number {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
  return foldCode(code, true).charCodeAt(0);
}

const NO_CANDIDATES: Array<[number, Terminal]> = [];

/** Abbreviations starting at `from` that end on a boundary, as [end, terminal], longest first. */
function candidates(root: TrieNode, text: string, from: number): Array<[number, Terminal]> {
  let node: TrieNode | undefined = root;
  let found: Array<[number, Terminal]> | undefined;
  for (let k = from; k < text.length && node; k += 1) {
    node = node.children.get(lowerUnit(text.charCodeAt(k)));
    if (node?.terminal && (k + 1 === text.length || !isGlue(text.charCodeAt(k + 1)))) (found ??= []).unshift([k + 1, node.terminal]);
  }
  return found ?? NO_CANDIDATES;
}

/** The longest candidate whose original spelling is one of the abbreviation's forms, case included. */
function expansionAt(normalized: NormalizedText, root: TrieNode, from: number): [number, Terminal] | undefined {
  for (const candidate of candidates(root, normalized.text, from)) {
    const start = normalized.map[from] as number;
    const stop = normalized.ends[candidate[0] - 1] as number;
    const written = normalizeCore(normalized.original.slice(start, stop), false).text;
    if (candidate[1].casedForms.has(written)) return candidate;
  }
  return undefined;
}

/**
 * Replaces every whole-word domain abbreviation by its expansion. Each expanded character maps to the whole span of the
 * abbreviation in the original, so any match inside an expansion maps back to the abbreviation.
 */
export function expandAbbreviations(normalized: NormalizedText, foldCase: boolean): NormalizedText {
  const root = (trie ??= buildTrie());
  const { text, map, ends, original } = normalized;
  const found: Array<[number, number, Terminal]> = [];
  let k = 0;
  while (k < text.length) {
    const atBoundary = k === 0 || !isGlue(text.charCodeAt(k - 1));
    const expansion = atBoundary ? expansionAt(normalized, root, k) : undefined;
    if (expansion) {
      found.push([k, expansion[0], expansion[1]]);
      k = expansion[0];
    } else k += 1;
  }
  // Most paragraphs hold no abbreviation: the normalized text is the answer as it is.
  if (found.length === 0) return normalized;
  const out = MappedTextBuilder.acquire(text.length + (text.length >> 2) + 8);
  let copied = 0;
  for (const [start, end, terminal] of found) {
    out.pushRange(text, map, ends, copied, start);
    out.pushString(foldCase ? terminal.expansionLower : terminal.expansionCased, map[start] as number, ends[end - 1] as number);
    copied = end;
  }
  out.pushRange(text, map, ends, copied, text.length);
  return out.finish(original);
}
