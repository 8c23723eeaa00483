/**
 * One pass over a report that every rule reads from (as a linter's rules read one syntax tree): zones, context,
 * each plan item's status with its evidence, the report's parts.
 */
import { actorReader } from './match/other-actor';
import type { Plan } from '../plan/schema';
import type { DocumentModel, Locator, PageLayout } from '../document/model';
import { prepareDocument, type PreparedDocument } from './prepare';
import { zoneDocument, type Zoning } from './zones';
import { detectPeriod } from './context/period';
import { detectAuthorUnit } from './context/unit';
import { detectReportDate } from './context/report-date';
import { detectPartyDocument, type PartyDocument } from './context/party-document';
import { detectMassOrganisationDocument, type MassOrganisationDocument } from './context/mass-organisation-document';
import { buildProfiles, DEFAULT_PROFILE, type ItemProfile, type ProfileParameters } from './match/profiles';
import { buildLexicon, type MatchLexicon } from './match/lexicon';
import { evidenceUnits } from './match/units';
import { matchUnits, DEFAULT_SCORING, type ScoringParameters } from './match/score';
import { requiredStatus } from './required';
import { detectSections } from './sections';
import { detectParts } from './parts';
import { findUnitsNamed } from './units-named';
import { answersFor, expandUnits } from '../plan/units';
import type { CheckOptions, CheckResult, Evidence, ItemStatus } from './types';
import { DECISION_FEATURES, decisionFeatures } from './decision/features';
import { reportedProbability } from './decision/model';
import { DECISION_MODEL } from './decision/weights';
import { isTerritorial } from '../plan/scope';
import type { UnitMatch } from './match/score';
import { DISSEMINATION_PAIR, opensWithDissemination, UNIT_PCTN_PLAN } from './match/concepts';
import { normalizeForMatch } from '../text';

const RULE_FEATURE = DECISION_FEATURES.indexOf('ruleSaysReported');

/** The decision for one task: its features and the model's probability that it is reported. */
export interface ItemDecision {
  id: string;
  features: number[];
  probability: number;
}

export interface Analysis extends Omit<CheckResult, 'findings'> {
  plan: Plan;
  prepared: PreparedDocument;
  zoning: Zoning;
  /** The page, when the host reads it (the .docx reader does; Word's API before WordApiDesktop 1.3 does not). */
  page: PageLayout | null;
  /** A Party document (Hướng dẫn 36-HD/VPTW) and what says so; null for a state document (Nghị định 30/2020/NĐ-CP). */
  party: PartyDocument | null;
  /** A document of the Đoàn or a Hội (their own number form and title); null otherwise, and for a Party document. */
  massOrganisation: MassOrganisationDocument | null;
  decisions: ItemDecision[];
}

export interface MatchingParameters extends ScoringParameters, ProfileParameters {
  /** The best evidence must score at least this for the item to count as reported. */
  addressed: number;
  /** ... or this, when it says something only this item has (a cue or a document no other task names). */
  addressedUnique: number;
  /** ... or addressedUnique, when it says at least this many of the item's cue phrases. */
  addressedCues: number;
  /** How many evidence paragraphs to keep per item. */
  evidencePerItem: number;
  /** A task not reported whose best passage scores at least this is "to review" rather than "missing". */
  review: number;
  /** A task not reported is called missing only when the model's probability that it is reported is below this; above
   * it, "to review"... (0.06: on reports the model never saw, 0.957 of what is shown as missing is missing, 0.912 at 0.1) */
  missingBelow: number;
  /** ...in a report whose bars find at least this share of its required tasks (not a blank template or a first draft). */
  unsureReportShare: number;
  /** 1: the decision model weighs the evidence (./decision); 0: the score bars above decide alone. */
  decisionModel: number;
  /** The model calls a task reported against the bars only when its best passage scores at least this... */
  decisionFloor: number;
  /** ...or at least this, when that passage is the author's own work: a task the author answers for, said outside
   * any inspection of another body (evidence whose score a role or actor rule has cut keeps the higher floor). */
  decisionFloorOwn: number;
}

export const DEFAULT_MATCHING: MatchingParameters = { ...DEFAULT_SCORING, ...DEFAULT_PROFILE, addressed: 7, addressedUnique: 6, addressedCues: 2, evidencePerItem: 3, review: 2, missingBelow: 0.06, unsureReportShare: 0.3, decisionModel: 1, decisionFloor: 6, decisionFloorOwn: 4 };

/** Profiles and word lists depend only on the plan: built once per plan and reused for every report. */
interface PlanIndex {
  params: ProfileParameters;
  profiles: ItemProfile[];
  lexicon: MatchLexicon;
  /** The plan's tasks of bringing its documents home ("Quán triệt …"), which every unit does within itself. */
  disseminationTasks: ReadonlySet<string>;
}
const planCache = new WeakMap<Plan, PlanIndex>();
function planIndex(plan: Plan, params: ProfileParameters): PlanIndex {
  let index = planCache.get(plan);
  const same = index && (Object.keys(DEFAULT_PROFILE) as (keyof ProfileParameters)[]).every((k) => index!.params[k] === params[k]);
  if (!index || !same) {
    const lexicon = buildLexicon(plan);
    const disseminationTasks = new Set(plan.items.filter((item) => opensWithDissemination(normalizeForMatch(item.text).text)).map((item) => item.id));
    index = { params, profiles: buildProfiles(plan, params, lexicon.unitNames), lexicon, disseminationTasks };
    planCache.set(plan, index);
  }
  return index;
}

export function analyzeReport(plan: Plan, model: DocumentModel, options: CheckOptions = {}, params: MatchingParameters = DEFAULT_MATCHING): Analysis {
  const { profiles, lexicon, disseminationTasks } = planIndex(plan, params);
  const prepared = prepareDocument(model, lexicon.unitNames);
  const zoning = zoneDocument(prepared);
  const unit = detectAuthorUnit(plan, prepared, zoning, options.unit);
  const period = detectPeriod(plan, prepared, zoning, { code: options.period, year: options.year }, unit?.id ?? null);
  const reportDate = detectReportDate(prepared, zoning.typeLine)?.iso ?? null;
  const responsible = responsibleFor(plan, unit?.id ?? null);
  const matches = matchUnits(evidenceUnits(prepared, zoning, actorReader(plan, unit?.id ?? null), period?.year ?? null), profiles, lexicon, params, responsible);

  const byItem = new Map<string, Evidence[]>();
  const matchesOf = new Map<string, UnitMatch[]>();
  const bestOfPassage = new Map<unknown, number>();
  for (const match of matches) {
    let mine = matchesOf.get(match.itemId);
    if (!mine) matchesOf.set(match.itemId, (mine = []));
    mine.push(match);
    bestOfPassage.set(match.unit, Math.max(bestOfPassage.get(match.unit) ?? 0, match.score));
    const list = byItem.get(match.itemId) ?? [];
    const paragraph = prepared.paragraphs[match.unit.anchor]!.paragraph;
    const row = match.unit.paragraphs.length > 1 ? match.unit.paragraphs.map((k) => prepared.paragraphs[k]!.paragraph).filter((p) => p.text.trim() !== '') : [];
    const cells = row.length > 1 ? { cells: row.map((p) => ({ paragraph: p.index, text: p.text.trim() })) } : {};
    list.push({ paragraph: paragraph.index, locator: paragraph.locator, text: match.unit.text, ...cells, score: round(match.score), matched: match.matched, unique: match.unique, cueCount: match.cueCount, dominant: match.dominant, clause: match.clause, act: match.act, fromHeading: match.fromHeading, ...(match.tagged ? { tagged: true } : {}) });
    byItem.set(match.itemId, list);
  }
  const unitsNamed = findUnitsNamed(plan, prepared);
  const authorIsDepartment = plan.units.find((u) => u.id === unit?.id)?.kind === 'department';
  const parentOf = (id: string) => id.split('.').slice(0, -1).join('.');
  const siblings = new Map<string, number>();
  for (const item of plan.items) siblings.set(parentOf(item.id), (siblings.get(parentOf(item.id)) ?? 0) + 1);
  const decisions: ItemDecision[] = [];
  const items: ItemStatus[] = plan.items.map((item) => {
    const counts = (e: Evidence) =>
      e.tagged === true || e.score >= params.addressed || ((e.unique || e.dominant || e.cueCount >= params.addressedCues) && e.score >= params.addressedUnique);
    const evidence = (byItem.get(item.id) ?? []).sort((a, b) => Number(counts(b)) - Number(counts(a)) || b.score - a.score);
    const best = evidence[0]?.score ?? 0;
    const { required, reason } = requiredStatus(plan, item, unit?.id ?? null, period?.code ?? null);
    const ruleSaysReported = evidence.some(counts);
    const itemMatches = matchesOf.get(item.id) ?? [];
    const features = decisionFeatures({
      matches: itemMatches,
      bestOfPassage,
      ruleSaysReported,
      authorIsDepartment,
      authorLeads: unit !== null && answersFor(plan, item.lead, unit.id),
      required,
      territorial: isTerritorial(item.scope),
      siblings: siblings.get(parentOf(item.id)) ?? 1,
    });
    const probability = reportedProbability(DECISION_MODEL, features);
    decisions.push({ id: item.id, features, probability });
    const tagged = evidence.some((e) => e.tagged === true);
    const floor = ownWork(itemMatches, item.id, responsible) ? params.decisionFloorOwn : params.decisionFloor;
    // The units' own PCTN plans named by their owner ("kế hoạch PCTN năm 2023 của 03/03 đơn vị trực thuộc") report that
    // task for whoever wrote them, received, reviewed or followed them up: the model, which weighs the author's role,
    // would not credit the receiver.
    const unitsPlans = itemMatches.some((m) => m.score >= params.addressedUnique && m.matched.includes(UNIT_PCTN_PLAN));
    // So does a unit that brought the plan's documents home ("quán triệt Kế hoạch số 15/KH-STP tại cuộc họp"), lead or not.
    const disseminated =
      disseminationTasks.has(item.id) && itemMatches.some((m) => m.score >= params.addressedUnique && m.unit.zone === 'results' && m.matched.includes(DISSEMINATION_PAIR));
    const addressed = params.decisionModel ? tagged || unitsPlans || disseminated || (probability >= 0.5 && (ruleSaysReported || best >= floor)) : ruleSaysReported;
    const nearest = !addressed && evidence[0] && (evidence[0].score >= params.review || counts(evidence[0])) ? evidence[0] : null;
    // What the user sees as "why": the passages that pass the bars, else (the model weighed several weaker ones) the best.
    const shown = evidence.filter(counts);
    return {
      id: item.id,
      title: item.title,
      required,
      requiredReason: reason,
      addressed,
      score: best,
      evidence: (addressed && shown.length === 0 ? evidence : addressed ? shown : []).slice(0, params.evidencePerItem),
      nearest,
      unsure: nearest !== null,
      insertAfter: null,
      leadNamed: null,
    };
  });
  // A task nothing speaks of, in a report that reports much else, which the model still gives a fair chance: "to review".
  // (decisions[i] is items[i]'s.)
  const required = items.flatMap((item, i) => (item.required ? [decisions[i]!] : []));
  const ruleShare = required.filter((d) => d.features[RULE_FEATURE] === 1).length / Math.max(1, required.length);
  if (params.decisionModel > 0 && ruleShare >= params.unsureReportShare) {
    items.forEach((item, i) => {
      if (!item.addressed && decisions[i]!.probability >= params.missingBelow) item.unsure = true;
    });
  }
  placeMissingItems(items, prepared, zoning);
  if (unit && plan.units.find((u) => u.id === unit.id)?.kind === 'department') markLeadNamed(plan, items, zoning, unitsNamed);
  const sections = detectSections(
    plan,
    prepared,
    zoning,
    items.filter((i) => i.addressed).map((i) => ({ id: i.id, paragraph: i.evidence[0]?.paragraph ?? null })),
  );
  // A Party title or body rules; a number in the hyphen form alone ("Số: 27-BC/ĐTN") is the Đoàn's or a Hội's when the
  // header names one.
  const partyFound = detectPartyDocument(prepared, zoning);
  const massFound = detectMassOrganisationDocument(prepared, zoning);
  const party = partyFound !== null && !(partyFound.signal === 'number' && massFound !== null) ? partyFound : null;
  const massOrganisation = party === null ? massFound : null;
  const kind = party !== null ? 'party' : massOrganisation !== null ? 'massOrganisation' : 'state';
  return { plan, prepared, zoning, unit, period, reportDate, items, sections, parts: detectParts(prepared, zoning, kind), unitsNamed, page: model.page ?? null, party, massOrganisation, decisions };
}

/**
 * The task's best passage tells what the author itself did: a task it answers for, said in more than one of the task's
 * words (or a cue), not what it found in another body.
 */
function ownWork(matches: readonly UnitMatch[], itemId: string, responsible: Set<string> | null): boolean {
  if (matches.length === 0 || (responsible !== null && !responsible.has(itemId))) return false;
  const best = matches.reduce((a, b) => (b.score > a.score ? b : a));
  const topical = best.cueCount > 0 || best.matched.length >= 2;
  return topical && !best.unit.inspectedAll && !best.unit.inspectedHere && best.unit.inspected.size === 0;
}

/** The tasks a unit leads or supports; null for the department or an unknown unit (every task may be theirs). */
export function responsibleFor(plan: Plan, unitId: string | null): Set<string> | null {
  if (unitId === null || plan.units.find((u) => u.id === unitId)?.kind === 'department') return null;
  return new Set(plan.items.filter((item) => answersFor(plan, [...item.lead, ...item.support], unitId)).map((item) => item.id));
}

const round = (n: number) => Math.round(n * 100) / 100;

/** A missing item's heading goes after the results of the nearest earlier item that has some, else after the first results. */
function placeMissingItems(items: ItemStatus[], prepared: PreparedDocument, zoning: Zoning): void {
  const lastResult = zoning.zones.reduce((last, zone, i) => (zone === 'results' ? i : last), -1);
  let anchor: Locator | null = lastResult >= 0 ? prepared.paragraphs[lastResult]!.paragraph.locator : null;
  for (const item of items) {
    if (item.addressed) {
      const last = Math.max(...item.evidence.map((e) => e.paragraph));
      anchor = prepared.paragraphs[endOfBlock(prepared, zoning, last)]!.paragraph.locator;
    } else {
      item.insertAfter = anchor;
    }
  }
}

/** The last paragraph that still belongs with paragraph i: its following non-heading paragraphs of the same zone. */
function endOfBlock(prepared: PreparedDocument, zoning: Zoning, i: number): number {
  let end = i;
  while (end + 1 < prepared.paragraphs.length) {
    const next = prepared.paragraphs[end + 1]!.paragraph;
    if (zoning.zones[end + 1] !== zoning.zones[i] || (next.headingSource && next.level !== null && next.level <= 3) || next.table) break;
    end += 1;
  }
  return end;
}

function markLeadNamed(plan: Plan, items: ItemStatus[], zoning: Zoning, unitsNamed: { id: string; paragraphs: number[] }[]): void {
  const named = new Map(unitsNamed.map((u) => [u.id, new Set(u.paragraphs)]));
  const groupsOf = (unitId: string) => plan.groups.filter((g) => g.members.includes(unitId)).map((g) => g.id);
  for (const status of items) {
    if (!status.addressed) continue;
    const item = plan.items.find((i) => i.id === status.id)!;
    const leads = expandUnits(plan, item.lead).filter((id) => id !== 'SNV');
    if (leads.length === 0) continue;
    const places = new Set<number>();
    for (const e of status.evidence) {
      places.add(e.paragraph);
      for (const h of zoning.headings[e.paragraph] ?? []) if (h !== null) places.add(h);
    }
    const ids = new Set([...leads, ...leads.flatMap(groupsOf), ...item.lead]);
    status.leadNamed = [...ids].some((id) => [...(named.get(id) ?? [])].some((p) => places.has(p)));
  }
}
