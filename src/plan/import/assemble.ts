/**
 * An imported outline made into a plan the checker can use: units named by the plan become units (ids from their
 * initials), items get their ids, roles, timing and scope, the schedule becomes the reporting periods. What the
 * document does not say (a data window, the members of "các phòng chuyên môn", a signer) is filled with the common
 * default and listed as a doubt.
 */
import type { DocumentModel } from '../../document/model';
import type { Plan } from '../schema';
import { readPlanOutline, type ImportDoubt, type ImportedOutline } from './outline';
import { implementedIn } from './references';
import { readSignature } from './signature';
import { addGroupHeadTitles } from './group-head-titles';
import { nameKey as key } from './name-key';
import { planHeader } from './plan-header';
import { definedShortForms } from './short-forms';
import { codeNames, codeSpellings } from './code-names';
import { collectiveNames } from './collective-names';
import { assignmentTableNames } from './assignment-table';
import { listedGroups, wholeNamesOf } from './listed-groups';
import { renamedBodies } from './renamed-bodies';
import { unitRegistry } from './unit-registry';
import { addNamesWithoutIssuer, issuerOf } from './plan-issuer';
import { planItems } from './plan-items';
import { jointGroups, planGroups } from './plan-groups';
import { bareKindJoints } from './kind-joints';
import { planReporting } from './plan-reporting';
import { addSpelledOutNames } from './short-form-names';
import { completeOutline, placeUnplacedItems, repairDuplicateIds } from './plan-repair';

export interface AssembledPlan {
  plan: Plan;
  outline: ImportedOutline;
  doubts: ImportDoubt[];
}

export function importPlan(model: DocumentModel): AssembledPlan {
  const outline = readPlanOutline(model);
  const doubts: ImportDoubt[] = [...outline.doubts];
  const doubt = (vi: string, en: string, paragraph: number | null = null, item?: string) => doubts.push(item ? { vi, en, paragraph, item } : { vi, en, paragraph });
  // Said first, in words the user can act on: the schema's own complaint ("items: at least one") says less.
  if (outline.items.length === 0) {
    doubts.unshift({
      paragraph: null,
      vi: 'Không đọc được nhiệm vụ nào: bộ đọc chưa nhận ra cách văn bản này ghi nhiệm vụ (bảng hay đoạn đánh số). Kế hoạch chưa dùng được; có thể soạn kế hoạch dạng .json (xem `pctn plan show --plan`).',
      en: 'No task could be read: the importer does not yet recognise how this document sets out its tasks (table or numbered paragraphs). The plan is not usable yet; a plan can be written as .json (see `pctn plan show --plan`).',
    });
  }
  const h = planHeader(model);
  const year = outline.year ?? new Date().getFullYear();
  const shortForms = definedShortForms(model);
  const collectives = collectiveNames(model);
  // ("Phòng Công tác Mặt trận và các đoàn thể": one body, where the plan writes it whole.)
  const groupWordNames = wholeNamesOf(model, shortForms);
  // (A row of a table assigning the tasks by number names one body or group: "Các cơ quan chuyên môn, đơn vị thuộc UBND xã".)
  const wholes = [...collectives, ...groupWordNames, ...assignmentTableNames(model)];
  // Bodies a plan lists as a group's members, once: "các đơn vị trực thuộc Sở (Chi cục X, Trung tâm Y, Trung tâm Z)",
  // "các đơn vị trực thuộc gồm: ...". Each is a unit of the plan, so that its report is known as its own.
  const listed = listedGroups(model, groupWordNames);
  const known = { shortForms, collectives, wholes, listed };
  const registry = unitRegistry(model, outline, known, doubt);
  const { units } = registry;
  const planIssuer = issuerOf(h, model, registry, doubt);
  const { id: issuer, name: issuerName } = planIssuer;
  const headings = outline.headings.map((x) => ({ id: x.id, label: x.label, level: x.level, title: x.title || x.id, paragraphs: [] as string[] }));
  const items = planItems(outline, registry, known, issuer, doubt, model.paragraphs.map((p) => p.text));
  // (The tasks were read with the plan's codes spelled out: each code is still a spelling of its body.)
  const codes = codeNames(shortForms);
  for (const code of codeSpellings(model.paragraphs.map((p) => p.text), codes)) if (units.has(key(codes.get(key(code))!))) registry.unitOf(code);
  const joints = jointGroups(units, new Set([...[...shortForms].flatMap(([short, full]) => [short, key(full)]), ...collectives.map(key)]));
  joints.push(...bareKindJoints([...units.values()], (name) => [...listed, ...joints].some((g) => registry.sameBody(key(g.name), key(name)))));
  addNamesWithoutIssuer(units, planIssuer, h, shortForms);
  for (const [former, names] of renamedBodies(model)) {
    const unit = [...units.values()].find((u) => key(u.name) === key(former));
    for (const name of unit ? names : []) if (!unit!.aliases.some((a) => key(a) === key(name))) unit!.aliases.push(name);
  }
  addSpelledOutNames(new Set(units.values()), shortForms);
  const groups = planGroups(model, outline, items, registry, listed, joints, issuer);
  const reporting = planReporting(outline, year, registry.unitOf, issuer, doubt);
  const implemented = implementedIn(h.opening);
  const signature = readSignature(model);
  addGroupHeadTitles([...new Set(units.values())], model.paragraphs.map((p) => p.text), signature.signer?.position ?? null);
  const plan: Plan = {
    meta: {
      type: h.type,
      number: h.number || `/${h.symbol}`,
      symbol: h.symbol,
      place: h.dateLine.split(',')[0]?.trim() || 'Không rõ',
      dateRaw: h.dateRaw || 'Không rõ',
      year,
      issuer,
      issuerName,
      ...(h.governingBody ? { governingBody: h.governingBody } : {}),
      title: h.title || `Kế hoạch năm ${year}`,
      ...(implemented[0] ? { implements: implemented[0] } : {}),
      ...(implemented.length > 1 ? { alsoImplements: implemented.slice(1) } : {}),
      opening: h.opening || 'Không rõ',
      signer: signature.signer ?? { position: 'Không rõ', name: 'Không rõ' },
      recipients: signature.recipients,
    },
    headings: headings.length ? headings : [{ id: 'I', label: 'I.', level: 1, title: 'Nhiệm vụ', paragraphs: [] }],
    units: [...new Set(units.values())],
    groups,
    items,
    reporting,
  };
  placeUnplacedItems(plan, doubt);
  completeOutline(plan, doubt);
  repairDuplicateIds(plan, doubt);
  if (!h.title) doubt('Không thấy trích yếu của kế hoạch.', 'No title found.');
  if (!signature.signer) doubt('Không thấy người ký của kế hoạch.', 'The plan\'s signer was not found.');
  return { plan, outline, doubts };
}

// What callers read from here before the assembler was split into the modules below.
export { definedShortForms } from './short-forms';
export { legendEntries } from './legend';
export { renamedBodies } from './renamed-bodies';
export { collectiveNames, keepCollective } from './collective-names';
export { groupMembers, listedGroups, type ListedGroup } from './listed-groups';
export { repairDuplicateIds } from './plan-repair';
