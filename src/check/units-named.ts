/** Units named anywhere in the report, resolved through their aliases (and groups through theirs). */
import { foldForCompare } from '../text';
import type { Plan } from '../plan/schema';
import type { PreparedDocument } from './prepare';
import { TEXT_SUFFIXES, unitKeys } from './context/unit';
import { innermost } from './match/lexicon';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Each unit's or group's pattern, and the keys a paragraph must hold one of for the pattern to match. */
export function unitPatterns(plan: Plan): { id: string; pattern: RegExp; keys: string[] }[] {
  const entries = [
    ...plan.units.map((u) => ({ id: u.id, keys: unitKeys(u, TEXT_SUFFIXES) })),
    ...plan.groups.map((g) => ({ id: g.id, keys: new Set([g.name, ...g.aliases].map((n) => foldForCompare(n))) })),
  ];
  return entries.map(({ id, keys }) => {
    // Bare short keys such as "văn phòng" or "sở" say too little in running text; keep keys of two words or more.
    const usable = [...keys].filter((k) => k.split(' ').length >= 2 || /\p{Lu}/u.test(k)).sort((a, b) => b.length - a.length);
    return { id, keys: innermost(usable), pattern: new RegExp(`(^|[^\\p{L}])(${usable.map(escape).join('|')})(?=$|[^\\p{L}])`, 'u') };
  });
}

/** The patterns depend only on the plan (never changed in place, as the plan index in analyze.ts assumes too). */
const patternCache = new WeakMap<Plan, ReturnType<typeof unitPatterns>>();

export function findUnitsNamed(plan: Plan, doc: PreparedDocument): { id: string; paragraphs: number[] }[] {
  let patterns = patternCache.get(plan);
  if (!patterns) patternCache.set(plan, (patterns = unitPatterns(plan)));
  const found: { id: string; paragraphs: number[] }[] = [];
  for (const { id, pattern, keys } of patterns) {
    const paragraphs: number[] = [];
    doc.paragraphs.forEach((p, i) => {
      // A plain search first: the pattern's word boundaries keep the regular expression engine from scanning fast.
      if (keys.some((k) => p.key.includes(k)) && pattern.test(p.key)) paragraphs.push(i);
    });
    if (paragraphs.length > 0) found.push({ id, paragraphs });
  }
  return found;
}
