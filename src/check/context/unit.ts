/**
 * The unit that wrote the report: from the header's issuing-unit line, else the ký hiệu ("Số: 09/BC-VP"), else the
 * signer's title ("CHÁNH VĂN PHÒNG"). Names are compared through the unit's aliases.
 */
import { foldForCompare } from '../../text';
import type { Plan, Unit } from '../../plan/schema';
import type { ReportUnit } from '../types';
import type { PreparedDocument } from '../prepare';
import type { Zoning } from '../zones';
import { bodyKindOf, groupForBody } from '../../plan/group-fit';
import { isPartyBodyLine } from './party-document';

// (A cấp ủy's offices and committees, "Ủy ban Kiểm tra Đảng ủy", "Ban Tổ chức Tỉnh ủy", write only "ỦY BAN KIỂM TRA",
// "BAN TỔ CHỨC" under the Đảng bộ's line.)
const SUFFIXES = [' sở nội vụ tỉnh quảng ngãi', ' sở nội vụ', ' tỉnh quảng ngãi', ' quảng ngãi', ' sở', ' tỉnh', ' đảng ủy', ' tỉnh ủy', ' thành ủy', ' huyện ủy'];
/** In running text "Thanh tra" or "Văn phòng" without "Sở" is an activity or a common noun, not the unit. */
export const TEXT_SUFFIXES = [' tỉnh quảng ngãi', ' quảng ngãi', ' tỉnh'];

/** A name key and its shorter forms without "Sở" / "tỉnh" / "Quảng Ngãi" at the end. */
export function withoutSuffixes(key: string, suffixes: readonly string[] = SUFFIXES): string[] {
  const forms = [key];
  for (let changed = true; changed; ) {
    changed = false;
    for (const suffix of suffixes) {
      const last = forms[forms.length - 1]!;
      if (last.endsWith(suffix) && last.length > suffix.length + 3) {
        forms.push(last.slice(0, -suffix.length));
        changed = true;
      }
    }
  }
  return forms;
}

/** Every key a unit may be written as, with and without "Sở" / "tỉnh" at the end (TEXT_SUFFIXES for running text). */
export function unitKeys(unit: Unit, suffixes: readonly string[] = SUFFIXES, expandAbbreviations = false): Set<string> {
  const keys = new Set<string>();
  for (const name of [unit.name, unit.shortName, ...unit.aliases]) if (name) for (const k of withoutSuffixes(foldForCompare(name, { expandAbbreviations }), suffixes)) keys.add(k);
  return keys;
}

const accentFree = (s: string) => foldForCompare(s, { accents: false });

/** Each key a header line may name a unit by, and the first unit of the plan that has it: built once per plan (never
 * changed in place, as the plan index in analyze.ts assumes too). */
const headerKeys = new WeakMap<Plan, Map<string, Unit>>();

function unitsByHeaderKey(plan: Plan): Map<string, Unit> {
  let byKey = headerKeys.get(plan);
  if (!byKey) {
    byKey = new Map();
    for (const unit of plan.units) for (const key of unitKeys(unit)) if (!byKey.has(key)) byKey.set(key, unit);
    // Header lines are read with their abbreviations spelled out ("BCH" → "ban chấp hành"), so are the names.
    for (const unit of plan.units) for (const key of unitKeys(unit, SUFFIXES, true)) if (!byKey.has(key)) byKey.set(key, unit);
    headerKeys.set(plan, byKey);
  }
  return byKey;
}

/** The issuer's name and its tails of two words or more ("trường thpt nguyễn huệ", "thpt nguyễn huệ", "nguyễn huệ"):
 * a unit's header line may end with them ("BCH ĐOÀN TRƯỜNG THPT NGUYỄN HUỆ"), as a Sở's units end theirs with "Sở". */
const issuerTails = new WeakMap<Plan, string[]>();

function issuerTailsOf(plan: Plan): string[] {
  let tails = issuerTails.get(plan);
  if (!tails) {
    const name = plan.meta.issuerName;
    const forms = name ? [foldForCompare(name), foldForCompare(name, { expandAbbreviations: true })] : [];
    tails = [...new Set(forms.flatMap((form) => {
      const words = form.split(' ');
      return words.slice(0, -1).map((_, i) => ` ${words.slice(i).join(' ')}`);
    }))];
    issuerTails.set(plan, tails);
  }
  return tails;
}

function unitOfHeaderLine(plan: Plan, line: string): Unit | null {
  const key = line.replace(/[.:;]+$/, '');
  const byKey = unitsByHeaderKey(plan);
  const unit = byKey.get(key);
  if (unit) return unit;
  // ("đoàn trường" + "thpt nguyễn huệ": the name's own last word may be the issuer's first.)
  for (const tail of issuerTailsOf(plan)) {
    const named = key.endsWith(tail) && key.length > tail.length + 3 ? byKey.get(key.slice(0, -tail.length)) : undefined;
    if (named) return named;
  }
  return null;
}

function unitOfSymbol(plan: Plan, key: string): Unit | null {
  // "Số: 09/BC-VP"; a Party or mass organisation's "Số: 12-BC/ĐTN" names its body after the slash.
  const party = /^số:?\s*[\d.]+\s*-\s*\p{L}+\s*\/\s*([\p{L}\p{N}-]+)/u.exec(key)?.[1];
  const state = /^số:?\s*[\d.]*\s*\/\s*([\p{L}\p{N}-]+)/u.exec(key)?.[1];
  // (The state form's first part is the document's kind, "BC"; the Party form names the kind before the slash.)
  const bodies = party ? party.split('-') : state ? state.split('-').slice(1) : null;
  if (!bodies) return null;
  const parts = bodies.map(accentFree);
  for (const part of parts.reverse()) {
    const unit = plan.units.find((u) => [u.id, u.code].some((c) => c && accentFree(c) === part));
    if (unit) return unit;
  }
  return null;
}

function unitOfSigner(plan: Plan, key: string): Unit | null {
  const title = key.replace(/^(kt|tm|tl|tuq|q)\.\s*/, '');
  return plan.units.find((unit) => unit.signers?.some((s) => foldForCompare(s) === title)) ?? null;
}

/**
 * Party bodies a group names by their kind alone: "Các chi bộ, đảng bộ trực thuộc", "các chi bộ trực thuộc Đảng ủy",
 * "Chi bộ, đảng bộ cơ sở" → "chi bộ", "đảng bộ". The group's words are only those kinds (then perhaps "trực thuộc ...",
 * "thuộc ...", "cơ sở ..."), so that "Đảng bộ xã" (one body) or "các chi bộ thôn" (a narrower kind) are not read so.
 */
const PARTY_KIND_GROUP = /^(các\s+)?((?:chi bộ|đảng bộ)(?:(?:\s*,\s*|\s+và\s+)(?:chi bộ|đảng bộ))*)(\s+(?:trực thuộc|thuộc|cơ sở)(?:\s.*)?)?$/u;

function partyKinds(key: string): string[] {
  const m = PARTY_KIND_GROUP.exec(key);
  // "các ...", a qualifier, or two kinds: a group, not one body's name.
  if (!m || !(m[1] || m[3] || /,|\svà\s/u.test(m[2]!))) return [];
  return m[2]!.split(/\s*,\s*|\s+và\s+/u);
}

/** The names one member of a group goes by: "Công an các xã, phường" → "công an xã", "công an phường"; "Các chi bộ,
 * đảng bộ trực thuộc" → "chi bộ", "đảng bộ"; and the group's aliases ("Công an phường"). */
function memberForms(group: Pick<Unit, 'name' | 'aliases'>): string[] {
  const forms = new Set<string>();
  const listedKinds = new Set<string>();
  for (const name of [group.name, ...(group.aliases ?? [])]) {
    const key = foldForCompare(name);
    const m = /^(.+?)\s+các\s+(.+)$/u.exec(key);
    const party = partyKinds(key);
    if (party.length > 0) for (const kind of party) forms.add(kind);
    else if (m) {
      for (const kind of m[2]!.split(/\s*,\s*|\s+và\s+/u)) if (kind.trim()) forms.add(`${m[1]} ${kind.trim()}`);
    } else if (!/^các\s/u.test(key)) forms.add(key);
    else {
      const kind = classKind(key);
      if (kind) {
        forms.add(kind);
        const head = qualifiedHead(kind);
        if (head) listedKinds.add(head);
      } else for (const listed of listKinds(key)) listedKinds.add(listed);
    }
  }
  return [...[...forms].filter((form) => form.split(' ').length >= 2), ...listedKinds];
}

/** A commune's residential communities, each named by its kind and its own name ("THÔN NƯỚC LĂNG", "TỔ DÂN PHỐ 3"). */
const COMMUNITY_KIND = /^(?:thôn|tổ dân phố|khu phố|ấp|bản|buôn|làng|xóm|khóm|plei|tdp)$/u;

/** The communities a group lists after "các": "Các thôn, tổ dân phố" → "thôn", "tổ dân phố". (A kind of one word counts
 * here: "THÔN NƯỚC LĂNG" is one of them; "KHOA NỘI" is not taken for "các khoa, phòng", whose members the plan may name.) */
function listKinds(key: string): string[] {
  const noun = /^các\s+(.+)$/u.exec(key)?.[1];
  if (!noun || !/,|\svà\s/u.test(noun)) return [];
  return noun.split(/\s*,\s*|\s+và\s+/u).map((kind) => kind.trim()).filter((kind) => COMMUNITY_KIND.test(kind));
}

/** Generic nouns that name no kind of body of their own ("các đơn vị trực thuộc", "các cơ quan có liên quan"). */
const GENERIC_HEAD = /^(?:đơn vị|cơ quan|tổ chức|cá nhân|bộ phận|phòng|ban|sở|ngành|địa phương|cấp|thành viên)(?![\p{L}\p{N}])/u;

/** A class of bodies named by what each is, the plan naming none of them: "các công đoàn cơ sở trực thuộc" → "công
 * đoàn cơ sở", "các hợp tác xã trên địa bàn" → "hợp tác xã". Not a list ("các khoa, phòng"), nor a kind another reading
 * knows (a Trung tâm, a Chi cục: their groups take them in by kind), nor a generic noun. */
function classKind(key: string): string | null {
  const noun = /^các\s+(.+?)(?:\s+(?:trực thuộc|thuộc|của|trên địa bàn|có liên quan)(?:\s.*)?)?$/u.exec(key)?.[1];
  if (!noun || /,|\svà\s/u.test(noun) || GENERIC_HEAD.test(noun) || bodyKindOf(`${noun} x`) !== 'other') return null;
  return noun;
}

/** What each member of a class is called when the class is its kind and a quality ("các Tòa chuyên trách", "các tổ
 * chuyên môn"): the kind alone, which each member's own name opens ("Tòa Gia đình và người chưa thành niên", "Tổ Toán
 * - Tin"). */
const QUALITIES = /^(\p{L}+) (?:chuyên trách|chuyên môn|nghiệp vụ|chức năng)$/u;
function qualifiedHead(kind: string): string | null {
  return QUALITIES.exec(kind)?.[1] ?? null;
}

/** "CÔNG AN PHƯỜNG BẠC LIÊU": a body the plan does not name, a member of one of its groups by the group's own words
 * followed by the member's proper name. */
/** A body's standing committee named alone: "BAN THƯỜNG TRỰC", "BAN THƯỜNG VỤ", "BAN CHẤP HÀNH". */
const COMMITTEE_LINE = /^(?:ban thường trực|thường trực|ban thường vụ|ban chấp hành)$/u;

function groupOfMember(plan: Plan, line: string): Unit | null {
  // ("BCH HỘI NÔNG DÂN XÃ SƠN HÀ": the committee of a member, named for the member.)
  const key = foldForCompare(line).replace(/[.:;]+$/, '').replace(/^(?:ban chấp hành|bch|ban thường vụ|btv)\s+/u, '');
  for (const group of plan.units.filter((u) => u.kind === 'group')) {
    if (memberForms(group).some((form) => key.startsWith(`${form} `) && key.length > form.length + 2)) return group;
  }
  return null;
}

export function detectAuthorUnit(plan: Plan, doc: PreparedDocument, zoning: Zoning, override?: string): ReportUnit | null {
  const ps = doc.paragraphs;
  const found = (unit: Pick<Unit, 'id' | 'name'>, source: ReportUnit['source'], index: number | null): ReportUnit => ({
    id: unit.id,
    name: unit.name,
    source,
    locator: index === null ? null : ps[index]!.paragraph.locator,
  });
  if (override) {
    const unit = plan.units.find((u) => u.id === override);
    return unit ? found(unit, 'option', null) : null;
  }
  const headerEnd = zoning.typeLine >= 0 ? zoning.typeLine : Math.min(ps.length, 12);
  // The issuing unit is the last unit named in the header before "Số:" (the governing body stands above it).
  let header: ReportUnit | null = null;
  // A body the plan does not name (a Chi cục, a Trung tâm), which a group of the plan may stand for.
  let unnamed: { index: number; name: string } | null = null;
  let headerIndex = -1;
  // A member of a group the plan names by kind ("Công an các xã, phường" for "CÔNG AN PHƯỜNG BẠC LIÊU").
  let member: { index: number; group: Unit } | null = null;
  // The line that member was found on (-1: none).
  let memberIndex = -1;
  for (let i = 0; i < headerEnd; i += 1) {
    const key = ps[i]!.key;
    if (/^số(?!\p{L})/u.test(key)) break;
    // "ỦY BAN NHÂN DÂN" over "XÃ PHÙ ĐỔNG": one name on two lines; a company's long name on three.
    const unit =
      unitOfHeaderLine(plan, key) ??
      (i > 0 ? unitOfHeaderLine(plan, `${ps[i - 1]!.key} ${key}`) : null) ??
      (i > 1 ? unitOfHeaderLine(plan, `${ps[i - 2]!.key} ${ps[i - 1]!.key} ${key}`) : null);
    // "BAN THƯỜNG VỤ" straight under "HỘI NÔNG DÂN TỈNH": that body's own standing committee, not another body whose
    // name ends the same way ("Ban Thường vụ Tỉnh ủy").
    const committeeOfAbove = unit !== null && header !== null && headerIndex === i - 1 && COMMITTEE_LINE.test(key.replace(/[.:;]+$/, ''));
    if (unit && committeeOfAbove) continue;
    if (unit) {
      header = found(unit, 'header', i);
      headerIndex = i;
    } else {
      // ("ỦY BAN MTTQ VIỆT NAM" over "PHƯỜNG ĐỒNG HỚI": a member's name on two lines; "CĐCS CÔNG TY …" read with its
      // short form spelled out.)
      const group = groupOfMember(plan, ps[i]!.paragraph.text) ?? groupOfMember(plan, key) ?? (i > 0 && memberIndex !== i - 1 && !/^(?:cộng hòa|cộng hoà|độc lập)/u.test(ps[i]!.key) ? groupOfMember(plan, `${ps[i - 1]!.paragraph.text} ${ps[i]!.paragraph.text}`) : null);
      if (group) {
        member = { index: i, group };
        memberIndex = i;
      }
      else if (bodyKindOf(key) !== 'other') unnamed = { index: i, name: ps[i]!.paragraph.text.trim() };
      // A Party body the plan does not name, under a member's name ("ĐẢNG ỦY XÃ ..." under "ĐẢNG BỘ HUYỆN ..."): that
      // name was the governing body's, not the author's.
      else if (member && isPartyBodyLine(ps[i]!.paragraph.text)) {
        member = null;
        memberIndex = -1;
      }
    }
  }
  let symbol: ReportUnit | null = null;
  for (let i = 0; i < headerEnd && !symbol; i += 1) {
    const unit = unitOfSymbol(plan, ps[i]!.key);
    if (unit) symbol = found(unit, 'symbol', i);
  }
  let signer: ReportUnit | null = null;
  for (let i = ps.length - 1; i >= Math.max(0, ps.length - 25) && !signer; i -= 1) {
    // the plain text: the match key expands "KT." into "ký thay"
    const unit = unitOfSigner(plan, foldForCompare(ps[i]!.paragraph.text.slice(0, 80)));
    if (unit) signer = found(unit, 'signer', i);
  }
  // A header that names only the department (the governing line of a division's report, when the division's own
  // line is missing) gives way to a symbol or signer that names a division or unit.
  const isDepartment = (u: ReportUnit | null) => u !== null && plan.units.find((x) => x.id === u.id)?.kind === 'department';
  if (header && !isDepartment(header)) return header;
  // "BAN THƯỜNG TRỰC" straight under a member's name ("ỦY BAN MTTQ VIỆT NAM / PHƯỜNG ĐỒNG HỚI"): the member's own
  // standing committee, not the issuer's, whose short name it shares.
  if (header && member !== null && member.index === headerIndex - 1 && COMMITTEE_LINE.test(ps[headerIndex]!.key)) return found(member.group, 'header', member.index);
  // (Its issuing line, under the governing body's: the member's own report, whatever title its signer has.)
  if (member !== null && member.index > headerIndex) return found(member.group, 'header', member.index);
  // The header's own issuing line names a body the plan does not list ("CHI CỤC THỦY LỢI" under the Sở): a group of the
  // plan stands for it, ahead of a signer's title, which every body of its kind shares ("CHI CỤC TRƯỞNG").
  const unnamedGroup =
    unnamed !== null && unnamed.index > headerIndex ? groupForBody([...plan.units.filter((u) => u.kind === 'group'), ...plan.groups], { name: unnamed.name, kind: 'division' }) : undefined;
  const specific = [symbol, unnamedGroup ? null : signer].find((u) => u !== null && !isDepartment(u));
  if (!specific && unnamedGroup && unnamed) return found(unnamedGroup, 'header', unnamed.index);
  return specific ?? header ?? symbol ?? signer;
}
