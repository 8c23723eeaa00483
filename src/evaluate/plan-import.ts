/**
 * Scores an imported plan against the plan a person wrote as its answer key: items found (matched by their text, one
 * to one), ids as the plan numbers them, lead and support units (matched by name), timing as written, the reporting
 * deadlines and the body that receives the reports. The alignment also translates the key's report labels into the
 * imported plan's ids, so that the checker can be scored with the plan as it comes out of the importer.
 */
import { foldForCompare } from '../text';
import type { Plan, TaskItem, Unit } from '../plan/schema';

const words = (text: string): string[] => foldForCompare(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);

/** Dice coefficient of the two texts' word sets. */
export function textSimilarity(a: string, b: string): number {
  const x = new Set(words(a));
  const y = new Set(words(b));
  if (x.size === 0 || y.size === 0) return 0;
  let both = 0;
  for (const w of x) if (y.has(w)) both += 1;
  return (2 * both) / (x.size + y.size);
}

const MIN_SIMILARITY = 0.5;

/** Pairs key items with imported items, best pairs first, each at most once. */
export function alignItems(key: readonly TaskItem[], imported: readonly TaskItem[]): Map<string, string> {
  const pairs: { k: string; i: string; score: number }[] = [];
  for (const k of key) for (const i of imported) {
    const score = textSimilarity(k.text, i.text);
    if (score >= MIN_SIMILARITY) pairs.push({ k: k.id, i: i.id, score: score + (k.id === i.id ? 0.01 : 0) });
  }
  pairs.sort((a, b) => b.score - a.score);
  const keyToImported = new Map<string, string>();
  const taken = new Set<string>();
  for (const { k, i } of pairs) {
    if (keyToImported.has(k) || taken.has(i)) continue;
    keyToImported.set(k, i);
    taken.add(i);
  }
  return keyToImported;
}

const nameKey = (name: string) => foldForCompare(name).replace(/[().,;:"“”]/g, ' ').replace(/\s+/g, ' ').trim();
const bare = (name: string) => nameKey(name).replace(/\s+(thuộc\s+)?(sở|tỉnh|thành phố|phường|xã|bệnh viện)$/u, '');

function namesOf(plan: Plan, id: string): string[] {
  const unit: Pick<Unit, 'name' | 'aliases'> & { shortName?: string } | undefined = plan.units.find((u) => u.id === id) ?? plan.groups.find((g) => g.id === id);
  return unit ? [unit.name, ...(unit.shortName ? [unit.shortName] : []), ...unit.aliases] : [id];
}

/** Whether a key unit and an imported unit are the same body: a shared spelling, with or without "Sở", "tỉnh". */
export function sameUnit(key: Plan, keyId: string, imported: Plan, importedId: string): boolean {
  const a = namesOf(key, keyId);
  const b = namesOf(imported, importedId);
  return a.some((x) => b.some((y) => nameKey(x) === nameKey(y) || (bare(x) !== '' && bare(x) === bare(y))));
}

/** The imported unit that is the key's unit, if one is. */
export function mapUnit(key: Plan, keyId: string, imported: Plan): string | null {
  const importedUnits = [...imported.units.map((u) => u.id), ...imported.groups.map((g) => g.id)];
  return importedUnits.find((id) => sameUnit(key, keyId, imported, id)) ?? null;
}

/** "các phòng chuyên môn, đơn vị thuộc UBND phường" as one group or as two: the same bodies, whichever way it is read. */
function joinedNames(plan: Plan, ids: readonly string[]): string {
  return ids.map((id) => nameKey(namesOf(plan, id)[0]!).replace(/^các\s+/u, '')).join(' ');
}

/** A group whose members the plan lists stands for those members: "các phòng, đơn vị thuộc Sở" with the members "các
 * phòng chuyên môn thuộc Sở" and "các đơn vị trực thuộc Sở" leads as the two of them. */
function withMembers(plan: Plan, ids: readonly string[]): string[] {
  return [...new Set(ids.flatMap((id) => plan.groups.find((g) => g.id === id)?.members ?? [id]))];
}

function sameUnitSet(key: Plan, keyIds: readonly string[], imported: Plan, importedIds: readonly string[]): boolean {
  // (Either side may list a group's members where the other names the group: each side as written or one level down.)
  const keySides = [keyIds, withMembers(key, keyIds)];
  const importedSides = [importedIds, withMembers(imported, importedIds)];
  return keySides.some((k) => importedSides.some((i) => sameUnitList(key, k, imported, i)));
}

function sameUnitList(key: Plan, keyIds: readonly string[], imported: Plan, importedIds: readonly string[]): boolean {
  if (keyIds.length !== importedIds.length) return keyIds.length > 0 && joinedNames(key, keyIds) === joinedNames(imported, importedIds);
  const left = [...importedIds];
  for (const k of keyIds) {
    const at = left.findIndex((i) => sameUnit(key, k, imported, i));
    if (at < 0) return false;
    left.splice(at, 1);
  }
  return true;
}

/** The timing words as written, without the line's label and the punctuation around it. */
export const timingKey = (raw: string): string =>
  // A key says "(không nêu)" where the plan gives no time (the schema wants some text); the importer "Không ghi thời gian".
  /^\(?\s*(không (nêu|ghi|quy định)|chưa nêu)( thời gian)?\s*\)?\.?$/iu.test(raw.trim())
    ? ''
    : foldForCompare(raw)
    .replace(/^[+\-*\s]*/, '')
    .replace(/^thời (gian|hạn)( thực hiện| hoàn thành)?\s*:\s*/u, '')
    // "thực hiện thường xuyên" and "thường xuyên": the verb before a time is not the time (writers of keys keep it or not).
    .replace(/^thực hiện\s+(?=thường xuyên|định kỳ|hằng|hàng|trong|trước|theo|khi)/u, '')
    .replace(/[()*.;:,]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

export interface ItemMismatch {
  key: string;
  imported: string | null;
  what: 'missing' | 'id' | 'lead' | 'support' | 'timing';
  expected?: string;
  got?: string;
}

export interface PlanImportScore {
  keyItems: number;
  importedItems: number;
  matched: number;
  idsRight: number;
  leadRight: number;
  supportRight: number;
  timingRight: number;
  deadlines: number;
  deadlinesRight: number;
  /** The issuing body's own report days the key gives, those read right, and days read where the key gives none. */
  issuerDeadlines: number;
  issuerDeadlinesRight: number;
  issuerDeadlinesExtra: number;
  channelRight: boolean;
  yearRight: boolean;
  numberRight: boolean;
  /** Imported items that are no task of the key. */
  spurious: string[];
  mismatches: ItemMismatch[];
  keyToImported: Map<string, string>;
}

const unitNames = (plan: Plan, ids: readonly string[]) => ids.map((id) => namesOf(plan, id)[0]).join('; ');

export function scorePlanImport(key: Plan, imported: Plan): PlanImportScore {
  const keyToImported = alignItems(key.items, imported.items);
  const byId = new Map(imported.items.map((i) => [i.id, i]));
  const mismatches: ItemMismatch[] = [];
  let idsRight = 0;
  let leadRight = 0;
  let supportRight = 0;
  let timingRight = 0;
  for (const k of key.items) {
    const id = keyToImported.get(k.id);
    const i = id ? byId.get(id) : undefined;
    if (!i) {
      mismatches.push({ key: k.id, imported: null, what: 'missing', expected: k.text.slice(0, 80) });
      continue;
    }
    if (i.id === k.id) idsRight += 1;
    else mismatches.push({ key: k.id, imported: i.id, what: 'id' });
    if (sameUnitSet(key, k.lead, imported, i.lead)) leadRight += 1;
    else mismatches.push({ key: k.id, imported: i.id, what: 'lead', expected: unitNames(key, k.lead), got: unitNames(imported, i.lead) });
    if (sameUnitSet(key, k.support, imported, i.support)) supportRight += 1;
    else mismatches.push({ key: k.id, imported: i.id, what: 'support', expected: unitNames(key, k.support), got: unitNames(imported, i.support) });
    if (timingKey(k.timing.raw) === timingKey(i.timing.raw)) timingRight += 1;
    else mismatches.push({ key: k.id, imported: i.id, what: 'timing', expected: k.timing.raw, got: i.timing.raw });
  }
  const matchedImported = new Set(keyToImported.values());
  const deadlines = key.reporting.periods.length;
  // A key period whose words give no day ("định kỳ 6 tháng, năm") is right when the import has the period and no day.
  // "trước ngày 08 của tháng cuối quý" gives a day as surely as "trước ngày 10/3".
  const dated = (p: Plan['reporting']['periods'][number]) => (/\d{1,2}\s*\/\s*\d{1,2}/.test(p.dueRaw) || /ngày\s+\d{1,2}(?!\d)/u.test(p.dueRaw)) && p.due !== undefined;
  const deadlinesRight = key.reporting.periods.filter((p) =>
    imported.reporting.periods.some((q) => q.code === p.code && (dated(p) ? q.due?.day === p.due!.day && q.due?.month === p.due!.month : q.due === undefined)),
  ).length;
  const importedPeriod = (code: string) => imported.reporting.periods.find((q) => q.code === code);
  const sameDay = (a?: { day: number; month: number }, b?: { day: number; month: number }) => a !== undefined && b !== undefined && a.day === b.day && a.month === b.month;
  const issuerDeadlines = key.reporting.periods.filter((p) => p.issuerDue).length;
  const issuerDeadlinesRight = key.reporting.periods.filter((p) => p.issuerDue && sameDay(p.issuerDue, importedPeriod(p.code)?.issuerDue)).length;
  const issuerDeadlinesExtra = imported.reporting.periods.filter((q) => q.issuerDue && !key.reporting.periods.find((p) => p.code === q.code)?.issuerDue).length;
  const numberKey = (n: string) => n.replace(/\s+/g, '').toUpperCase();
  return {
    keyItems: key.items.length,
    importedItems: imported.items.length,
    matched: keyToImported.size,
    idsRight,
    leadRight,
    supportRight,
    timingRight,
    deadlines,
    deadlinesRight,
    issuerDeadlines,
    issuerDeadlinesRight,
    issuerDeadlinesExtra,
    channelRight: sameUnit(key, key.reporting.channel, imported, imported.reporting.channel),
    yearRight: key.meta.year === imported.meta.year,
    numberRight: numberKey(key.meta.number) === numberKey(imported.meta.number),
    spurious: imported.items.filter((i) => !matchedImported.has(i.id)).map((i) => i.id),
    mismatches,
    keyToImported,
  };
}
