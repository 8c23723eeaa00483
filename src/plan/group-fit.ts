/**
 * Groups a plan names without listing them ("các phòng chuyên môn", "các đơn vị trực thuộc", "UBND các xã, phường"):
 * which bodies belong, read from the group's words and the body's own name, since the plan says no more.
 */
import { foldForCompare } from '../text';
import type { Unit } from './schema';

/** What a body is by its name: "Phòng ...", "Chi cục ...", "UBND phường ...". */
export type BodyKind = 'division' | 'affiliate' | 'department' | 'commune' | 'ward' | 'youth' | 'other';

export function bodyKindOf(name: string): BodyKind {
  const k = foldForCompare(name);
  // "Văn phòng Đăng ký đất đai", "Văn phòng công chứng": public service units, not the office of a body.
  if (/^văn phòng (đăng ký|công chứng|điều phối)/u.test(k)) return 'affiliate';
  if (/^(phòng|văn phòng|thanh tra sở|thanh tra$)/u.test(k)) return 'division';
  // Public service units of every sector: a museum, a library, a theatre, an institute, a station.
  if (/^(chi cục|chi nhánh|trung tâm|ban (?!nội chính|tuyên giáo|dân vận|tổ chức)|bệnh viện|trường|đơn vị sự nghiệp|quỹ|bảo tàng|thư viện|nhà hát|nhà văn hóa|đoàn nghệ thuật|viện|trạm)(?![\p{L}\p{N}])/u.test(k)) return 'affiliate';
  if (/^khoa(?![\p{L}\p{N}])/u.test(k)) return 'ward';
  // "UBND phường Hải Châu", or the header's second line "PHƯỜNG PHỐ HIẾN" under "ỦY BAN NHÂN DÂN".
  if (/^((ubnd|ủy ban nhân dân|uỷ ban nhân dân) (các )?)?(xã|phường|thị trấn|đặc khu) /u.test(k)) return 'commune';
  if (/^(sở|ban quản lý|thanh tra (tỉnh|thành phố))/u.test(k)) return 'department';
  // "BCH Đoàn xã Di Linh", "Đoàn phường 2": the youth union of a commune, under the province's or district's Đoàn.
  if (/^((bch|ban chấp hành) )?đoàn (xã|phường|thị trấn|đặc khu) /u.test(k)) return 'youth';
  return 'other';
}

/** The kinds of body a group's words take in. */
export function kindsOfGroup(name: string): BodyKind[] {
  const k = foldForCompare(name);
  // "Các cơ quan, đơn vị, địa phương": every body the plan addresses.
  if (/^các cơ quan, (tổ chức, )?đơn vị/u.test(k)) return ['division', 'affiliate', 'department', 'commune', 'ward'];
  const kinds: BodyKind[] = [];
  if (/phòng chuyên môn|các phòng(?![\p{L}\p{N}])|phòng, ban|phòng ban|bộ phận|khoa, phòng|phòng, khoa/u.test(k)) kinds.push('division');
  if (/đơn vị (sự nghiệp|(thuộc\s*(?:và|,)\s*)?trực thuộc)|các đơn vị thuộc|phòng, đơn vị|các đơn vị$|các (chi cục|chi nhánh|trung tâm|bệnh viện|trường|quỹ)(?![\p{L}\p{N}])|trường học|cơ sở giáo dục/u.test(k)) kinds.push('affiliate');
  // "các đơn vị thuộc Trường" (not "trực thuộc"): every unit inside the body, its phòng and khoa as well.
  if (/các đơn vị thuộc(?!\s*(?:và|,)?\s*trực)/u.test(k)) kinds.push('division', 'ward');
  else if (/các khoa/u.test(k)) kinds.push('ward');
  if (/các (xã|phường)|xã, phường/u.test(k)) kinds.push('commune');
  if (/sở, ban, ngành|các sở(?![\p{L}\p{N}])|các cơ quan chuyên môn/u.test(k)) kinds.push('department');
  // "Đoàn cấp xã và Đoàn trực thuộc": the youth union's tier under its committee.
  if (/(^|\s)đoàn (cấp xã|cấp cơ sở|cơ sở)(?![\p{L}\p{N}])/u.test(k)) kinds.push('youth');
  for (const kind of listedKinds(k)) if (!kinds.includes(kind)) kinds.push(kind);
  return kinds;
}

/** The kind each noun of a listed group names: "các phòng, chi cục, đơn vị thuộc Sở" takes in phòng, chi cục and every
 * unit under the Sở; "các khoa, phòng, trạm y tế" wards, phòng and stations. */
const LISTED_KIND: ReadonlyArray<[RegExp, BodyKind]> = [
  [/^(phòng|bộ phận|văn phòng)$/u, 'division'],
  [/^(chi cục|chi nhánh|trung tâm|đơn vị|đơn vị sự nghiệp|bệnh viện|trường|quỹ|trạm|trạm y tế|ban)$/u, 'affiliate'],
  [/^khoa$/u, 'ward'],
  [/^(xã|phường|thị trấn)$/u, 'commune'],
];

function listedKinds(k: string): BodyKind[] {
  const list = /^(?:(?:thủ trưởng|lãnh đạo|người đứng đầu)\s+)?các\s+(.+)$/u.exec(k)?.[1];
  if (!list || !/,/u.test(list)) return [];
  const nouns = list.split(/\s*,\s*/u);
  // The last noun runs on into the group's qualifier ("đơn vị thuộc Sở", "trạm y tế"): only its head word counts.
  nouns[nouns.length - 1] = nouns.at(-1)!.replace(/\s+((trực\s+)?thuộc|chuyên môn|nghiệp vụ|chức năng|của)(\s.*)?$/u, '');
  const kinds: BodyKind[] = [];
  for (const noun of nouns) {
    const kind = LISTED_KIND.find(([pattern]) => pattern.test(noun.trim()))?.[1];
    // A list naming something this reading does not know is not read at all (its kinds stay those of the patterns above).
    if (!kind) return [];
    kinds.push(kind);
  }
  return kinds;
}

/** Whether a named body is one of the bodies a group stands for (never the group itself, never the issuing body). */
export function fitsGroup(group: Pick<Unit, 'name'>, body: Pick<Unit, 'name' | 'kind'>): boolean {
  if (body.kind === 'department') return false;
  const kinds = kindsOfGroup(group.name);
  const named = namedKind(group.name);
  // A narrower group is part of a wider one: "các bệnh viện trực thuộc Sở" of "các đơn vị sự nghiệp trực thuộc Sở".
  if (body.kind === 'group') {
    const bodyKinds = kindsOfGroup(body.name);
    // ... and so is a group of fewer kinds: "các khoa" of "các khoa, phòng, trung tâm".
    return !named && (takesInKinds(group.name, body.name) || (namedKind(body.name) !== null && bodyKinds.length > 0 && bodyKinds.every((k) => kinds.includes(k))));
  }
  if (!kinds.includes(bodyKindOf(body.name))) return false;
  // "các bệnh viện trực thuộc Sở" takes in hospitals only, not every affiliate; "các bệnh viện, trung tâm y tế trực
  // thuộc" hospitals and Trung tâm.
  return !named || namedKinds(group.name).some((kind) => foldForCompare(body.name).startsWith(kind));
}

/** Whether a group's kinds take in every kind of another group and more: "các khoa, phòng, trung tâm" takes in "các khoa". */
export function takesInKinds(wide: string, narrow: string): boolean {
  const [inner, outer] = [kindsOfGroup(narrow), kindsOfGroup(wide)];
  return inner.length > 0 && outer.length > inner.length && inner.every((kind) => outer.includes(kind));
}

const NAMED_KIND = String.raw`(chi cục|chi nhánh|trung tâm|bệnh viện|trường|quỹ)(?![\p{L}\p{N}])`;

/** The kind of body a group names by its own noun ("các bệnh viện ..." → "bệnh viện"), or null. */
function namedKind(name: string): string | null {
  const k = foldForCompare(name);
  // "các đơn vị trường học", "các cơ sở giáo dục trực thuộc Sở": schools, whose names open with "Trường".
  if (/(?:đơn vị |các )trường học|cơ sở giáo dục/u.test(k)) return 'trường';
  return new RegExp(`các ${NAMED_KIND}`, 'u').exec(k)?.[1] ?? null;
}

/** The kinds a group names, the first and those listed after it: "các bệnh viện, trung tâm y tế trực thuộc" → "bệnh
 * viện", "trung tâm". */
function namedKinds(name: string): string[] {
  const first = namedKind(name);
  if (first === null) return [];
  const after = new RegExp(`các ${first}[^,]*((?:,\\s*${NAMED_KIND}[^,]*)+)$`, 'u').exec(foldForCompare(name))?.[1] ?? '';
  return [first, ...[...after.matchAll(new RegExp(`,\\s*${NAMED_KIND}`, 'gu'))].map((m) => m[1]!)];
}

/**
 * The group a body the plan does not name belongs to: of the groups that take in its kind, the one that names what
 * it is ("các bệnh viện trực thuộc Sở" for a Bệnh viện, before "các đơn vị trực thuộc"), else the narrowest (a Khoa Nội
 * is one of "các khoa lâm sàng" before "các khoa, phòng"), else the first.
 */
export function groupForBody<G extends Pick<Unit, 'name'>>(groups: readonly G[], body: Pick<Unit, 'name' | 'kind'>): G | undefined {
  const fitting = groups.filter((group) => fitsGroup(group, body));
  const head = foldForCompare(body.name).split(' ').slice(0, 2).join(' ');
  const named = fitting.find((group) => foldForCompare(group.name).includes(head));
  if (named) return named;
  const width = (group: G) => kindsOfGroup(group.name).length;
  return fitting.reduce<G | undefined>((best, group) => (best === undefined || width(group) < width(best) ? group : best), undefined);
}
