/** The issuing body as a unit of the plan: named as its own sentences spell it, by its committee where a committee
 * issues the plan, and known by its heads' titles ("Giám đốc Sở"). */
import { directorPosts } from './director-posts';
import type { DocumentModel } from '../../document/model';
import type { Plan } from '../schema';
import { bodyOfCommittee, casedCommittee, casedName, spelledOut, withoutPlace } from './committee-issuer';
import { issuerKind, namesOfIssuer, withoutIssuer } from './issuer-suffix';
import type { PlanHeader } from './plan-header';
import type { UnitRegistry } from './unit-registry';
import { nameKey as key } from './name-key';
import type { AddDoubt } from './outline-types';

/** The issuer's name as the plan's own sentences spell it ("Ban Quản lý Vườn quốc gia Phong Nha - Kẻ Bàng"), not the
 * header's capitals; none when no sentence names it. */
function writtenInText(model: DocumentModel, capitals: string): string | null {
  const wanted = capitals.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/gu, ' ').trim();
  if (wanted.split(' ').length < 2) return null;
  for (const p of model.paragraphs) {
    const text = p.text.normalize('NFC').replace(/\s+/gu, ' ');
    const at = text.toLocaleLowerCase('vi').indexOf(wanted);
    if (at < 0) continue;
    const found = text.slice(at, at + wanted.length);
    // (The header's own line in capitals is not a spelling; a sentence's is, when it opens in a capital.)
    if (found !== found.toLocaleUpperCase('vi') && /^\p{Lu}/u.test(found)) return found;
  }
  return null;
}

const HEAD_OF_SO = /^((ban )?(giám đốc|lãnh đạo) )?sở$/u;
const UBND = '(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)';

/** How the issuing body is named through itself or its heads: "Giám đốc Sở", "Lãnh đạo Sở" for a Sở; "UBND phường",
 * "Chủ tịch UBND phường", "Các Phó Chủ tịch UBND xã" for the UBND of that phường or xã (not the UBND of another level). */
function issuerNamesPattern(issuerName: string): RegExp | null {
  if (/^sở\s/u.test(issuerName)) return HEAD_OF_SO;
  // A school's head and its board: "Hiệu trưởng", "Ban Giám hiệu", "Hiệu trưởng nhà trường".
  if (/^trường\s/u.test(issuerName)) return /^(hiệu trưởng|ban giám hiệu|lãnh đạo trường|nhà trường)( nhà trường| trường)?$/u;
  // A centre's, a hospital's, a board's own board of directors: "Ban Giám đốc", "Ban Lãnh đạo".
  // ... and the body named by its kind alone, or its leaders: "Lãnh đạo Chi cục" in the Chi cục's own plan.
  const kind = /^(thuế tỉnh|thuế thành phố|trung tâm|bệnh viện|chi cục|ban quản lý|báo|đài|kho bạc|bảo hiểm|công ty)\s/u.exec(issuerName)?.[1];
  // An office, "Văn phòng Đoàn ĐBQH và HĐND tỉnh": its Chánh Văn phòng and his deputies, "các Phó Chánh Văn phòng".
  if (/^văn phòng(?:\s|$)/u.test(issuerName)) return /^((lãnh đạo |ban lãnh đạo )?văn phòng|(các )?(phó )?chánh văn phòng)$/u;
  // ("Chi cục trưởng", "Cục trưởng": the head named by the body's kind.)
  if (kind) return new RegExp(`^(ban (giám đốc|lãnh đạo)|(lãnh đạo |ban lãnh đạo )?${kind}|${kind} trưởng${directorPosts(kind) ? `|${directorPosts(kind)}` : ''})$`, 'u');
  const level = new RegExp(`^${UBND} (xã|phường|đặc khu|thị xã|huyện|quận|tỉnh|thành phố)(?:\\s|$)`, 'u').exec(issuerName)?.[1];
  return level ? new RegExp(`^(?:(?:các )?(?:phó )?chủ tịch(?: ${UBND})?,? )*${UBND} ${level}$`, 'u') : null;
}

export interface PlanIssuer {
  id: string;
  name: string;
  /** The body whose committee ("BAN THƯỜNG VỤ …") issues the plan, when one does. */
  committeeBody: string | null;
}

export function issuerOf(h: PlanHeader, model: DocumentModel, { units, unitOf, setIssuer }: UnitRegistry, doubt: AddDoubt): PlanIssuer {
  const committeeBody = bodyOfCommittee(h.issuerName);
  const issuerName = committeeBody ? spelledOut(casedName(committeeBody), model.paragraphs.map((p) => p.text)) : h.issuerName || 'Cơ quan ban hành';
  if (!h.issuerName) doubt('Không thấy tên cơ quan ban hành ở đầu văn bản.', 'No issuing body found in the header.');
  const issuer = unitOf(committeeBody ? issuerName : writtenInText(model, issuerName) ?? issuerName.charAt(0) + issuerName.slice(1).toLowerCase(), 'department');
  if (committeeBody) {
    const unit = [...units.values()].find((u) => u.id === issuer)!;
    const committee = h.issuerName.slice(0, h.issuerName.length - committeeBody.length).trim();
    const place = withoutPlace(casedName(committeeBody));
    if (place) unit.shortName ??= place;
    const spelledPlace = withoutPlace(issuerName);
    for (const name of [casedName(committeeBody), `${casedCommittee(committee)} ${casedName(committeeBody)}`, ...(place ? [place] : []), ...(spelledPlace ? [spelledPlace] : [])]) if (![unit.name, ...unit.aliases].some((n) => key(n) === key(name))) unit.aliases.push(name);
  }
  const issuerNames = issuerNamesPattern(key(issuerName));
  if (issuerNames) setIssuer([...units.values()].find((u) => u.id === issuer)!, issuerNames);
  return { id: issuer, name: issuerName, committeeBody };
}

/** Each unit's name without the issuer's ("Văn phòng" for "Văn phòng Sở") is one of its spellings, unless another unit
 * has it. */
export function addNamesWithoutIssuer(units: Map<string, Plan['units'][number]>, { id: issuer, name: issuerName, committeeBody }: PlanIssuer, h: PlanHeader, shortForms: Map<string, string>): void {
  // (The issuer's kind from its name as the text writes it, "Vườn quốc gia Bạch Mã", not the header's capitals.)
  const writtenIssuer = [...units.values()].find((u) => u.id === issuer)?.name ?? issuerName;
  const ofIssuer = [...namesOfIssuer(issuerName, shortForms), ...(committeeBody ? [key(h.issuerName)] : []), ...issuerKind(writtenIssuer)];
  for (const unit of new Set(units.values())) {
    const own = unit.kind === 'group' || unit.id === issuer ? null : withoutIssuer(unit.name, ofIssuer);
    const taken = [...units.values()].some((u) => [u.name, ...u.aliases].some((n) => key(n) === key(own ?? '')));
    if (own && !taken) unit.aliases.push(own);
  }
}
