/** word/styles.xml: the style chain (basedOn) for outline level, built-in headings, numbering and run defaults. */
import { attr, child, childElements, onOff, rootElement, type XmlElement } from './xml';
import type { Alignment } from '../document/model';

export interface RunProps {
  bold?: boolean;
  caps?: boolean;
  italic?: boolean;
  font?: string;
  /** Points (w:sz is in half-points). */
  sizePt?: number;
}

export interface NumberingReference {
  numId: string;
  ilvl?: number;
}

interface StyleDefinition {
  id: string;
  name: string | null;
  type: string;
  basedOn: string | null;
  outlineLevel: number | null;
  numbering: NumberingReference | null;
  alignment: Alignment | null;
  run: RunProps;
}

export interface ResolvedParagraphStyle {
  id: string | null;
  name: string | null;
  builtInHeading: number | null;
  /** 1–9, inherited through basedOn; a built-in heading style implies its level. */
  outlineLevel: number | null;
  numbering: NumberingReference | null;
  alignment: Alignment | null;
  run: RunProps;
}

const HEADING_NAME = /^heading\s*([1-9])$/i;
const MAX_CHAIN = 20;

export function readRunProps(rPr: XmlElement | undefined): RunProps {
  const props: RunProps = {};
  if (!rPr) return props;
  for (let item = rPr.firstChild; item !== null; item = item.nextSibling) {
    const tag = item.name;
    if (tag === 'w:b') props.bold = onOff(item);
    else if (tag === 'w:caps') props.caps = onOff(item);
    else if (tag === 'w:i') props.italic = onOff(item);
    else if (tag === 'w:rFonts') {
      const font = attr(item, 'w:ascii') ?? attr(item, 'w:hAnsi') ?? attr(item, 'w:cs');
      if (font) props.font = font;
    } else if (tag === 'w:sz') {
      const half = Number(attr(item, 'w:val'));
      if (Number.isFinite(half) && half > 0) props.sizePt = half / 2;
    }
  }
  return props;
}

/** Later props win where they say something. */
export function mergeRunProps(base: RunProps, over: RunProps): RunProps {
  return {
    bold: over.bold ?? base.bold,
    caps: over.caps ?? base.caps,
    italic: over.italic ?? base.italic,
    font: over.font ?? base.font,
    sizePt: over.sizePt ?? base.sizePt,
  };
}

export function readAlignment(pPr: XmlElement | undefined): Alignment | null {
  const jc = pPr ? child(pPr, 'w:jc') : undefined;
  const value = jc ? attr(jc, 'w:val') : undefined;
  switch (value) {
    case 'left':
    case 'start':
      return 'left';
    case 'center':
      return 'center';
    case 'right':
    case 'end':
      return 'right';
    case 'both':
    case 'distribute':
    case 'lowKashida':
    case 'mediumKashida':
    case 'highKashida':
    case 'thaiDistribute':
      return 'justify';
    default:
      return null;
  }
}

/** w:outlineLvl 0–8 → 1–9; 9 means body text. */
export function readOutlineLevel(pPr: XmlElement | undefined): number | null | undefined {
  const node = pPr ? child(pPr, 'w:outlineLvl') : undefined;
  if (!node) return undefined;
  const value = Number(attr(node, 'w:val'));
  return Number.isInteger(value) && value >= 0 && value <= 8 ? value + 1 : null;
}

export function readNumberingReference(pPr: XmlElement | undefined): NumberingReference | null | undefined {
  const numPr = pPr ? child(pPr, 'w:numPr') : undefined;
  if (!numPr) return undefined;
  const numIdNode = child(numPr, 'w:numId');
  const ilvlNode = child(numPr, 'w:ilvl');
  const numId = numIdNode ? attr(numIdNode, 'w:val') : undefined;
  const ilvl = ilvlNode ? Number(attr(ilvlNode, 'w:val')) : undefined;
  if (numId === undefined) return ilvl === undefined ? undefined : { numId: '', ilvl };
  return { numId, ...(ilvl !== undefined && Number.isInteger(ilvl) ? { ilvl } : {}) };
}

export class StyleSheet {
  private readonly styles = new Map<string, StyleDefinition>();
  private readonly resolved = new Map<string, ResolvedParagraphStyle>();
  private readonly resolvedCharacter = new Map<string, RunProps>();
  readonly defaults: RunProps;
  readonly defaultParagraphStyleId: string | null;

  constructor(part: XmlElement | null) {
    const root = rootElement(part, 'w:styles');
    let defaults: RunProps = {};
    let defaultParagraph: string | null = null;
    for (const item of root ? childElements(root) : []) {
      if (item.name === 'w:docDefaults') {
        const rPrDefault = child(item, 'w:rPrDefault');
        defaults = readRunProps(rPrDefault ? child(rPrDefault, 'w:rPr') : undefined);
      } else if (item.name === 'w:style') {
        const id = attr(item, 'w:styleId');
        if (!id) continue;
        const type = attr(item, 'w:type') ?? 'paragraph';
        const nameNode = child(item, 'w:name');
        const basedOnNode = child(item, 'w:basedOn');
        const pPr = child(item, 'w:pPr');
        this.styles.set(`${type}:${id}`, {
          id,
          type,
          name: nameNode ? (attr(nameNode, 'w:val') ?? null) : null,
          basedOn: basedOnNode ? (attr(basedOnNode, 'w:val') ?? null) : null,
          outlineLevel: readOutlineLevel(pPr) ?? null,
          numbering: readNumberingReference(pPr) ?? null,
          alignment: readAlignment(pPr),
          run: readRunProps(child(item, 'w:rPr')),
        });
        const isDefault = attr(item, 'w:default');
        if (type === 'paragraph' && (isDefault === '1' || isDefault === 'true')) defaultParagraph = id;
      }
    }
    this.defaults = defaults;
    this.defaultParagraphStyleId = defaultParagraph;
  }

  private chain(type: string, id: string): StyleDefinition[] {
    const out: StyleDefinition[] = [];
    const seen = new Set<string>();
    let current: string | null = id;
    while (current !== null && !seen.has(current) && out.length < MAX_CHAIN) {
      seen.add(current);
      const style = this.styles.get(`${type}:${current}`);
      if (!style) break;
      out.push(style);
      current = style.basedOn;
    }
    return out;
  }

  paragraphStyle(styleId: string | null): ResolvedParagraphStyle {
    const id = styleId ?? this.defaultParagraphStyleId;
    const key = id ?? '';
    const cached = this.resolved.get(key);
    if (cached) return cached;
    const chain = id === null ? [] : this.chain('paragraph', id);
    const own = chain[0];
    const ownHeading = own?.name ? HEADING_NAME.exec(own.name.trim()) : null;
    let outlineLevel: number | null = null;
    for (const style of chain) {
      if (style.outlineLevel !== null) {
        outlineLevel = style.outlineLevel;
        break;
      }
      const heading = style.name ? HEADING_NAME.exec(style.name.trim()) : null;
      if (heading) {
        outlineLevel = Number(heading[1]);
        break;
      }
    }
    let run: RunProps = this.defaults;
    for (let i = chain.length - 1; i >= 0; i--) run = mergeRunProps(run, (chain[i] as StyleDefinition).run);
    const result: ResolvedParagraphStyle = {
      id: own ? own.id : styleId,
      name: own?.name ?? null,
      builtInHeading: ownHeading ? Number(ownHeading[1]) : null,
      outlineLevel,
      numbering: chain.find((style) => style.numbering !== null)?.numbering ?? null,
      alignment: chain.find((style) => style.alignment !== null)?.alignment ?? null,
      run,
    };
    this.resolved.set(key, result);
    return result;
  }

  /** Run properties a character style (w:rStyle) gives, through its basedOn chain. */
  characterStyle(styleId: string): RunProps {
    const cached = this.resolvedCharacter.get(styleId);
    if (cached) return cached;
    const chain = this.chain('character', styleId);
    let run: RunProps = {};
    for (let i = chain.length - 1; i >= 0; i--) run = mergeRunProps(run, (chain[i] as StyleDefinition).run);
    this.resolvedCharacter.set(styleId, run);
    return run;
  }
}
