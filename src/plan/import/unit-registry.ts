/**
 * The plan's units as its text names them: each name written is a unit (its id from its initials), or a spelling of one
 * already known (a short form, a head standing for the body, another spelling of a group), or the issuer itself.
 */
import { namesIssuer } from './issuer-short-form';
import type { DocumentModel } from '../../document/model';
import type { Plan } from '../schema';
import type { ImportedOutline } from './outline';
import { bodyKindOf } from '../group-fit';
import { headsOfBodies } from './heads';
import { namedSeries } from './collective-names';
import type { ListedGroup } from './listed-groups';
import { sameBodyOf } from './same-body';
import { memberSpellings } from './capital-kinds';
import { nameKey as key } from './name-key';
import type { AddDoubt } from './outline-types';

type Unit = Plan['units'][number];
/** What the plan names and defines, read before its units are made. */
export interface KnownNames {
  /** Short form → the name it stands for (definedShortForms). */
  shortForms: Map<string, string>;
  /** The names the plan gives several bodies together (collectiveNames). */
  collectives: readonly string[];
  /** The names a units line is not to split: the collectives and the names with "và các …" the plan writes whole. */
  wholes: readonly string[];
  listed: readonly ListedGroup[];
}

export interface UnitRegistry {
  /** Every spelling met (its key) → its unit; a unit is there once per spelling. */
  units: Map<string, Unit>;
  /** The id of the unit `written` names, made when it is new. */
  unitOf: (written: string, given?: Unit['kind']) => string;
  sameBody: (a: string, b: string) => boolean;
  /** From then on, names `names` matches ("Giám đốc Sở", "Chủ tịch UBND phường") are the issuer itself. */
  setIssuer: (unit: Unit, names: RegExp) => void;
}

function initialsId(name: string, taken: Set<string>): string {
  const ascii = name.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
  const words = ascii.split(/[^A-Za-z0-9]+/).filter(Boolean);
  let base = words.map((w) => w[0]!.toUpperCase()).join('').slice(0, 10);
  if (!/^[A-Z]/.test(base) || base.length < 2) base = `U${base}X`.slice(0, 10);
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}${n}`;
  taken.add(id);
  return id;
}

/** "Các Phó Chủ tịch UBND phường", "Phó Chủ tịch UBND xã phụ trách khối kinh tế": a UBND's deputies named as doers. */
const DEPUTY_CHAIRMEN = /^(?:các\s+)?phó chủ tịch\s+(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)(?:\s|$)/u;
/** A task table's doer column that names persons as well as bodies: "Bộ phận/cá nhân thực hiện", "Đơn vị, cá nhân thực
 * hiện", "Cơ quan, cá nhân chủ trì". A post written there ("Chủ tịch UBND phường") is a doer of its own, as a body is. */
const PERSONS_COLUMN = /^(?:bộ phận|đơn vị|cơ quan)\s*(?:\/|,)\s*cá nhân\s+(?:thực hiện|chủ trì|phụ trách)$/iu;
const ASSOCIATION_TIER = /^(Hội\s.+?)\s+cấp xã$/u;

export function unitRegistry(model: DocumentModel, outline: ImportedOutline, { shortForms, collectives, listed }: KnownNames, doubt: AddDoubt): UnitRegistry {
  const taken = new Set<string>();
  const units = new Map<string, Unit>();
  // "Thuế cơ sở 1, …, Thuế cơ sở 6 (sau đây gọi chung là Thuế cơ sở)": the name of a numbered series is a group, though
  // it opens with no "các".
  const seriesNames = new Set(model.paragraphs.flatMap((p) => namedSeries(p.text)).map((s) => key(s.name)));
  const sameBody = sameBodyOf(model, listed, seriesNames);
  const bodyOfHead = headsOfBodies(model);
  // Set once the issuer is a unit: "Giám đốc Sở", "Chủ tịch UBND phường" are then the issuer itself.
  let issuerUnit: { unit: Unit; names: RegExp } | null = null;
  // (So is he where the plan's task table gives its tasks to persons as well as bodies, under a column so headed.)
  const personsColumn = model.paragraphs.some((p) => p.table && p.table.row === 0 && PERSONS_COLUMN.test(p.text.trim()));
  const chairmanApart = personsColumn || outline.items.some((item) => [...item.lead, ...item.support].some((name) => DEPUTY_CHAIRMEN.test(key(name))));
  const unitOf = (written: string, given?: Unit['kind']): string => {
    const body = bodyOfHead(written);
    if (body && key(body) !== key(written)) {
      const id = unitOf(body, given);
      const unit = [...units.values()].find((u) => u.id === id)!;
      if (!unit.aliases.some((a) => key(a) === key(written))) unit.aliases.push(written.replace(/[.;:,\s]+$/, ''));
      return id;
    }
    // (A body the plan names its heads by, "Ban Giám hiệu", is one of its own, not the issuer.)
    if (!body && issuerUnit?.names.test(key(written))) {
      const { unit } = issuerUnit;
      // "Chủ tịch UBND phường" is the issuer, "UBND phường"; where the plan gives tasks to his deputies as well, the
      // chairman is a doer of his own, and the issuer is known by his post as well.
      const body = written.replace(/^chủ tịch\s+(?=\S)/iu, '');
      const spellings = (chairmanApart && body !== written ? [body, written] : [body]).map((s) => s.replace(/[.;:,\s]+$/, ''));
      for (const spelled of spellings) if (!unit.aliases.some((a) => key(a) === key(spelled))) unit.aliases.push(spelled);
      return unit.id;
    }
    // A defined short form ("phòng TCCB") is the body it stands for, and one of its spellings.
    // "Giám đốc Vườn" where the plan calls its issuer "Vườn" (sau đây gọi tắt là Vườn): the issuer, through its head.
    const headed = /^(?:ban\s+)?(?:giám đốc|lãnh đạo|thủ trưởng|người đứng đầu)\s+(.+)$/iu.exec(written.trim())?.[1];
    const headOf = headed ? shortForms.get(key(headed)) : undefined;
    if (issuerUnit && headOf && namesIssuer(headOf, issuerUnit.unit.name)) {
      if (!issuerUnit.unit.aliases.some((a) => key(a) === key(written))) issuerUnit.unit.aliases.push(written.replace(/[.;:,\s]+$/, ''));
      return issuerUnit.unit.id;
    }
    // ("các phòng, các Hạt, Đội thực hiện": a bare kind after a group's short form shares its "các"; "Hạt trưởng, Đội
    // trưởng": the heads of the group of that kind.)
    const kindAlone = /^(\p{Lu}\p{Ll}+)(?: trưởng)?$/u.exec(written.trim())?.[1];
    // ("Các phòng, PGD có liên quan": a short form in capitals after a group's "các" shares it too, where the plan calls
    // the group so: "…, gọi chung là các PGD".)
    const sharedCac = /^\p{Lu}[\p{Lu}\p{N}.&-]+$/u.test(written.trim()) ? collectives.find((c) => key(c) === `các ${key(written)}`) : undefined;
    // ("các Trạm KTTV" where the plan defines "các Trạm Khí tượng Thủy văn (Trạm KTTV)": the group's short form, one
    // member's name.)
    const ofMembers = /^các\s+(.+)$/u.exec(key(written))?.[1];
    const groupOfShort = ofMembers && /^các\s/u.test(key(shortForms.get(ofMembers) ?? '')) ? shortForms.get(ofMembers) : undefined;
    const full = shortForms.get(key(written)) ?? (kindAlone ? shortForms.get(`các ${key(kindAlone)}`) : undefined) ?? sharedCac ?? groupOfShort;
    if (full && key(full) !== key(written)) {
      const id = unitOf(full, given);
      const unit = [...units.values()].find((u) => u.id === id)!;
      if (!unit.aliases.some((a) => key(a) === key(written))) unit.aliases.push(written.replace(/[.;:,\s]+$/, ''));
      // (And the member's own short form, "Trạm KTTV", by which a member heads its report.)
      const member = written.trim().replace(/^các\s+/iu, '').replace(/[.;:,\s]+$/, '');
      if (full === groupOfShort && !unit.aliases.some((a) => key(a) === key(member))) unit.aliases.push(member);
      units.set(key(written), unit);
      return id;
    }
    const name = written;
    const k = key(name);
    // ("Đoàn cấp xã và Đoàn trực thuộc": the youth union's tier, every commune's Đoàn, is a group as well.)
    // ("Hội LHPN cấp xã", "Hội Nông dân cấp xã": an association's tier, every commune's Hội, written "Hội LHPN các xã,
    // phường" too.)
    const tier = ASSOCIATION_TIER.exec(name.replace(/[.;:,\s]+$/, ''));
    const kind = given ?? (seriesNames.has(k) || tier || /^các\s|(^|\s)các (xã|phường|khoa|sở)(?![\p{L}\p{N}])|^đoàn (cấp xã|cấp cơ sở|cơ sở)(?![\p{L}\p{N}])/u.test(k) ? 'group' : bodyKindOf(name) === 'affiliate' ? 'affiliate' : 'division');
    const found = units.get(k) ?? [...units.entries()].find(([other]) => sameBody(other, k))?.[1];
    if (found) {
      const spelled = name.replace(/[.;:,\s]+$/, '');
      if (key(found.name) !== k && !found.aliases.some((a) => key(a) === k)) found.aliases.push(spelled);
      units.set(k, found);
      return found.id;
    }
    const unit = { id: initialsId(name, taken), name: name.replace(/[.;:,\s]+$/, ''), kind, aliases: tier && kind === 'group' ? [`${tier[1]} các xã, phường`] : ([] as string[]) };
    // ("các Xí nghiệp, Chi nhánh thủy lợi": its members head their reports "Xí nghiệp Thủy lợi …", "Chi nhánh thủy lợi …".)
    if (kind === 'group') unit.aliases.push(...memberSpellings(unit.name));
    // "Văn phòng Sở" heads its reports "Văn phòng"; "Trung tâm Phục vụ hành chính công xã", "Trung tâm Phục vụ hành chính
    // công" (the level it serves goes without saying under its UBND's name).
    const own = name
      .replace(/[.;:,\s]+$/, '')
      .replace(/(?<![Cc]ơ)\s+(Sở|sở)$/u, '')
      .replace(/^((?:Trung tâm|Trạm|Đội|Ban|Văn phòng|Phòng)\s.+?)\s+(xã|phường|tỉnh|huyện|thành phố)$/u, '$1');
    if (own !== unit.name && !/^các\b/i.test(own)) unit.aliases.push(own);
    units.set(k, unit);
    if (kind === 'group' && !seriesNames.has(k)) doubt(`"${unit.name}" là một nhóm đơn vị; kế hoạch không kể tên các thành viên: mọi đơn vị cùng loại báo cáo như thành viên của nhóm.`, `"${unit.name}" names a group of bodies; the plan does not list its members: any body of that kind reports as a member.`);
    return unit.id;
  };
  return { units, unitOf, sameBody, setIssuer: (unit, names) => (issuerUnit = { unit, names }) };
}
