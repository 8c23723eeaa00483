/**
 * Groups a plan names without listing them ("các phòng chuyên môn", "các đơn vị trực thuộc", "UBND các xã, phường"):
 * which bodies belong, read from the group's words and the body's own name, since the plan says no more.
 */
import { foldForCompare } from '../text';
import type { Unit } from './schema';

/** What a body is by its name: "Phòng ...", "Chi cục ...", "UBND phường ...". */
export type BodyKind = 'division' | 'affiliate' | 'department' | 'commune' | 'ward' | 'other';

export function bodyKindOf(name: string): BodyKind {
  const k = foldForCompare(name);
  if (/^(phòng|văn phòng|thanh tra sở|thanh tra$)/u.test(k)) return 'division';
  if (/^(chi cục|trung tâm|ban (?!nội chính|tuyên giáo|dân vận|tổ chức)|bệnh viện|trường|đơn vị sự nghiệp|quỹ)/u.test(k)) return 'affiliate';
  if (/^khoa(?![\p{L}\p{N}])/u.test(k)) return 'ward';
  // "UBND phường Hải Châu", or the header's second line "PHƯỜNG PHỐ HIẾN" under "ỦY BAN NHÂN DÂN".
  if (/^((ubnd|ủy ban nhân dân|uỷ ban nhân dân) (các )?)?(xã|phường|thị trấn|đặc khu) /u.test(k)) return 'commune';
  if (/^(sở|ban quản lý|thanh tra (tỉnh|thành phố))/u.test(k)) return 'department';
  return 'other';
}

/** The kinds of body a group's words take in. */
export function kindsOfGroup(name: string): BodyKind[] {
  const k = foldForCompare(name);
  // "Các cơ quan, đơn vị, địa phương": every body the plan addresses.
  if (/^các cơ quan, (tổ chức, )?đơn vị/u.test(k)) return ['division', 'affiliate', 'department', 'commune', 'ward'];
  const kinds: BodyKind[] = [];
  if (/phòng chuyên môn|các phòng(?![\p{L}\p{N}])|phòng, ban|phòng ban|bộ phận|khoa, phòng|phòng, khoa/u.test(k)) kinds.push('division');
  if (/đơn vị (sự nghiệp|trực thuộc)|các đơn vị thuộc|các đơn vị$/u.test(k)) kinds.push('affiliate');
  if (/các khoa/u.test(k)) kinds.push('ward');
  if (/các (xã|phường)|xã, phường/u.test(k)) kinds.push('commune');
  if (/sở, ban, ngành|các sở(?![\p{L}\p{N}])|các cơ quan chuyên môn/u.test(k)) kinds.push('department');
  return kinds;
}

/** Whether a named body is one of the bodies a group stands for (never the group itself, never the issuing body). */
export function fitsGroup(group: Pick<Unit, 'name'>, body: Pick<Unit, 'name' | 'kind'>): boolean {
  if (body.kind === 'department' || body.kind === 'group') return false;
  const kinds = kindsOfGroup(group.name);
  return kinds.includes(bodyKindOf(body.name));
}
