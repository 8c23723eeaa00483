/**
 * word/numbering.xml: list definitions and the counters that make the labels Word shows ("I.", "1.", "a)", "-").
 * Counters run per list instance: per w:num when it restarts (lvlOverride/startOverride), else per abstract list,
 * which is how Word continues a list across w:num elements that share one definition without restarting it.
 */
import { attr, child, childElements, rootElement, type XmlElement } from './xml';
import { bulletGlyph, formatCounter } from './number-format';

interface LevelDefinition {
  start: number;
  numFmt: string;
  lvlText: string;
  suffix: string;
  isLegal: boolean;
}

interface ListInstance {
  abstractId: string;
  levels: Map<number, LevelDefinition>;
  startOverrides: Map<number, number>;
}

export interface ListLabel {
  label: string;
  /** What Word puts between the label and the text: "\t", " " or "". */
  separator: string;
  level: number;
}

const MAX_LEVEL = 8;

function numberAttr(node: XmlElement | undefined, fallback: number): number {
  const value = node ? Number(attr(node, 'w:val')) : NaN;
  return Number.isFinite(value) ? value : fallback;
}

function readLevel(node: XmlElement): LevelDefinition {
  const text = child(node, 'w:lvlText');
  const fmt = child(node, 'w:numFmt');
  const suff = child(node, 'w:suff');
  return {
    start: numberAttr(child(node, 'w:start'), 1),
    numFmt: (fmt ? attr(fmt, 'w:val') : undefined) ?? 'decimal',
    lvlText: (text ? attr(text, 'w:val') : undefined) ?? '',
    suffix: (suff ? attr(suff, 'w:val') : undefined) ?? 'tab',
    isLegal: child(node, 'w:isLgl') !== undefined,
  };
}

function readLevels(node: XmlElement): Map<number, LevelDefinition> {
  const levels = new Map<number, LevelDefinition>();
  for (const item of childElements(node)) {
    if (item.name !== 'w:lvl') continue;
    const ilvl = Number(attr(item, 'w:ilvl'));
    if (Number.isInteger(ilvl) && ilvl >= 0 && ilvl <= MAX_LEVEL) levels.set(ilvl, readLevel(item));
  }
  return levels;
}

export class Numbering {
  private readonly instances = new Map<string, ListInstance>();
  /** Current counter values per list key; undefined entries mean "not started since the last reset". */
  private readonly counters = new Map<string, (number | undefined)[]>();
  private readonly startedOverride = new Set<string>();

  constructor(part: XmlElement | null) {
    const root = rootElement(part, 'w:numbering');
    const abstracts = new Map<string, Map<number, LevelDefinition>>();
    const nums: XmlElement[] = [];
    for (const item of root ? childElements(root) : []) {
      if (item.name === 'w:abstractNum') {
        const id = attr(item, 'w:abstractNumId');
        if (id !== undefined) abstracts.set(id, readLevels(item));
      } else if (item.name === 'w:num') nums.push(item);
    }
    for (const num of nums) {
      const numId = attr(num, 'w:numId');
      const abstractNode = child(num, 'w:abstractNumId');
      const abstractId = abstractNode ? attr(abstractNode, 'w:val') : undefined;
      if (numId === undefined || abstractId === undefined) continue;
      const levels = new Map(abstracts.get(abstractId) ?? []);
      const startOverrides = new Map<number, number>();
      for (const item of childElements(num)) {
        if (item.name !== 'w:lvlOverride') continue;
        const ilvl = Number(attr(item, 'w:ilvl'));
        if (!Number.isInteger(ilvl) || ilvl < 0 || ilvl > MAX_LEVEL) continue;
        const startOverride = child(item, 'w:startOverride');
        if (startOverride) startOverrides.set(ilvl, numberAttr(startOverride, 1));
        const lvl = child(item, 'w:lvl');
        if (lvl) levels.set(ilvl, readLevel(lvl));
      }
      this.instances.set(numId, { abstractId, levels, startOverrides });
    }
  }

  /** Advances the counter of (numId, ilvl) and returns the label Word shows there, or null when none. */
  next(numId: string, ilvl: number): ListLabel | null {
    const instance = this.instances.get(numId);
    if (!instance || numId === '0') return null;
    const level = Math.min(Math.max(0, ilvl), MAX_LEVEL);
    const definition = instance.levels.get(level);
    if (!definition) return null;
    const key = instance.startOverrides.size > 0 ? `num:${numId}` : `abstract:${instance.abstractId}`;
    let values = this.counters.get(key);
    if (!values) {
      values = [];
      this.counters.set(key, values);
    }
    const current = values[level];
    const overrideKey = `${numId}:${level}`;
    const override = instance.startOverrides.get(level);
    if (override !== undefined && !this.startedOverride.has(overrideKey)) {
      this.startedOverride.add(overrideKey);
      values[level] = override;
    } else {
      values[level] = current === undefined ? definition.start : current + 1;
    }
    for (let deeper = level + 1; deeper <= MAX_LEVEL; deeper++) values[deeper] = undefined;
    const label = this.render(instance, values, definition);
    if (label === '') return null;
    const separator = definition.suffix === 'space' ? ' ' : definition.suffix === 'nothing' ? '' : '\t';
    return { label, separator, level };
  }

  private render(instance: ListInstance, values: (number | undefined)[], definition: LevelDefinition): string {
    if (definition.numFmt === 'bullet') return bulletGlyph(definition.lvlText).trim();
    const text = definition.lvlText.replace(/%([1-9])/g, (_match, digit: string) => {
      const referenced = Number(digit) - 1;
      const levelDefinition = instance.levels.get(referenced);
      const value = values[referenced] ?? levelDefinition?.start ?? 1;
      const format = definition.isLegal ? 'decimal' : (levelDefinition?.numFmt ?? 'decimal');
      return formatCounter(value, format);
    });
    return text.trim();
  }
}
