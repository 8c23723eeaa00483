/**
 * A list of bodies split into their names: names keep their own commas and "và" ("Phòng Công chức, viên chức", "Phòng
 * Cải cách hành chính và Công tác thanh niên"); a list splits only where the next words open a body's name ("Phòng",
 * "các", "UBND", ...). Each name comes without its head's title and the notes that say how or which.
 */
import { opensBody } from './body-names';
import { sharesQualifier } from './capital-kinds';

/** "Văn phòng HĐND" and "UBND phường" joined by "và" are one body: the office of both ("Chánh Văn phòng HĐND và UBND phường": its head).
 * So is the province's office of its National Assembly delegation and its council, "Văn phòng Đoàn ĐBQH và HĐND tỉnh". */
export const isJointOffice = (before: string, after: string): boolean =>
  (/^(?:(?:phó\s+)?chánh\s+)?văn phòng\s+(hđnd|hội đồng nhân dân)$/iu.test(before.trim()) && /^(ubnd|ủy ban nhân dân|uỷ ban nhân dân)(\s|$)/iu.test(after.trim())) ||
  (/^(?:(?:phó\s+)?chánh\s+)?văn phòng\s+đoàn\s+(đbqh|đại biểu quốc hội)$/iu.test(before.trim()) && /^(hđnd|hội đồng nhân dân)(\s|$)/iu.test(after.trim()));

/** "Đoàn cấp xã và Đoàn trực thuộc", "Đoàn cơ sở, Đoàn trực thuộc": the youth union names the tier under its committee,
 * its grassroots Đoàn and those directly under it, as one. */
const YOUTH_TIER = String.raw`đoàn\s+(?:cấp xã|cấp cơ sở|cơ sở|trực thuộc)`;
const isYouthTier = (before: string, after: string): boolean =>
  new RegExp(String.raw`^(?:các\s+)?(?:(?:bí thư|ban chấp hành|bch)\s+)?${YOUTH_TIER}$`, 'iu').test(before.trim()) && new RegExp(String.raw`^(?:các\s+)?${YOUTH_TIER}(?![\p{L}\p{N}])`, 'iu').test(after.trim());

/** The heads of a group, standing for it: "Thủ trưởng các phòng", "trưởng các khoa, phòng, trung tâm", the committees of
 * a party's members, "Cấp ủy các đảng bộ, chi bộ trực thuộc"; or the whole group, "Tất cả các khoa, phòng". */
const GROUP_HEADS = '(?:(?:thủ trưởng|lãnh đạo|người đứng đầu|trưởng|cấp [uủ][yỷ]|tất cả)\\s+)?';
/** A group's name, or its heads': "các phòng chuyên môn", "Thủ trưởng các phòng chuyên môn". */
const GROUP_OPENING = new RegExp(`^${GROUP_HEADS}các\\s`, 'iu');
/** Bare kinds sharing the qualifier of the kind after them: "các cơ quan, đơn vị …", "các phòng, chi cục, đơn vị …". */
const BARE_KINDS = new RegExp(`^${GROUP_HEADS}các (cơ quan|đơn vị|tổ chức|phòng|chi cục|ban|khoa|trung tâm)(, (cơ quan|đơn vị|tổ chức|phòng|chi cục|ban|khoa|trung tâm))*$`, 'iu');
/** A group listing kinds before its qualifier: "các phòng, đơn vị thuộc và trực thuộc Sở" (one group as written). */
const LISTED_KINDS = new RegExp(`^${GROUP_HEADS}các\\s+[^,]+,(?!\\s*(trực\\s+)?thuộc)`, 'iu');

/** The names of a list, split where the next name opens. */
export function splitBodies(written: string): string[] {
  const names: string[] = [];
  let current = '';
  // "Trưởng khoa, phòng", "Thủ trưởng phòng, ban": the head of each unit of those kinds, standing for them all, as
  // "Trưởng các khoa, phòng" does.
  const text = written.replace(/(^\s*|[;,]\s*|\svà\s+)(?:[Tt]rưởng|[Tt]hủ trưởng|[Nn]gười đứng đầu|[Ll]ãnh đạo)\s+((?:khoa|phòng|ban|tổ|đơn vị|bộ phận)(?:\s*,\s*(?:khoa|phòng|ban|tổ|đơn vị|bộ phận))+)(?=\s*(?:[;,.]|\svà\s|$))/gu, '$1các $2');
  const parts = text.split(/(,|;| và )/);
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i]!;
    if (part === ',' || part === ';' || part === ' và ') {
      const rest = (parts[i + 1] ?? '').trim();
      // "Các sở, ban, ngành tỉnh", "các khoa, phòng": kinds of body after "các" go on in lower case; a new name opens
      // with a capital ("các sở, Ban Quản lý ...").
      // "các phòng chuyên môn, đơn vị trực thuộc Sở" are two groups: a kind with its own qualifier opens another.
      const anotherGroup = /^(đơn vị|cơ quan|phòng|trung tâm|chi cục|bệnh viện|trường)\s+(sự nghiệp|trực thuộc|thuộc|chuyên môn)/u.test(rest);
      // "các cơ quan, đơn vị thuộc UBND xã", "các phòng, chi cục, đơn vị thuộc Sở": bare kinds share the qualifier of
      // the kind after them.
      const bareKind = BARE_KINDS.test(current.trim());
      // "..., người đứng đầu các cơ quan": a head opens another body, it does not go on with the group.
      const continuesGroup = part === ',' && GROUP_OPENING.test(current.trim()) && /^\p{Ll}/u.test(rest) && !/^các\s/u.test(rest) && !HEAD_TITLE.test(rest) && (!anotherGroup || bareKind);
      // "các Xí nghiệp, Chi nhánh thủy lợi": kinds written alike in capitals share the qualifier of the last (one group).
      if (part === ',' && sharesQualifier(current, parts.slice(i + 1).join(''))) {
        current += part;
        continue;
      }
      if (part === ' và ' && isJointOffice(current, rest)) {
        current += part;
        continue;
      }
      // (Written with a comma or with "và", the tier is one name: "Đoàn cấp xã, Đoàn trực thuộc" is "… và …".)
      if ((part === ' và ' || part === ',') && isYouthTier(current, rest)) {
        current += ' và ';
        continue;
      }
      // "Phòng Quản lý đất đai, VPĐKĐĐ": a short form in capitals after a comma is another body.
      // (Not inside a short form's own commas: "Phòng KT, HT&ĐT".)
      const shortForm = part === ',' && /^[A-ZĐ][A-ZĐ0-9&-]+$/u.test(rest) && /[A-ZĐ].*[A-ZĐ]/u.test(rest) && !/(^|\s)[A-ZĐ][A-ZĐ0-9&-]+(\s|$)/u.test(current.trim());
      // "các phòng nghiệp vụ, BHXH cơ sở": a name opening with a short form in capitals is another body; so is a
      // head of one ("…, Giám đốc BHXH cơ sở", HEADED_BODY).
      const capitalsLed = part === ',' && /^[A-ZĐ][A-ZĐ0-9&-]*[A-ZĐ][A-ZĐ0-9&-]*\s+\p{Ll}/u.test(rest);
      const headOfBody = part === ',' && HEADED_BODY.test(rest);
      // "P.TCCB, K.Dược, Toàn viện": a short form after its head's initial ("P." phòng, "K." khoa), or the whole body
      // ("Toàn viện", "Toàn Sở"), after a comma is another body.
      const initialled = part === ',' && (/^[A-ZĐ]{1,3}\.\s?\p{Lu}[\p{L}\p{N}&-]*$/u.test(rest) || /^Toàn\s+\p{L}+$/u.test(rest));
      if (part === ';' || shortForm || capitalsLed || headOfBody || initialled || (opensBody(rest) && !continuesGroup) || ((part === ',' || part === ' và ') && anotherGroup && !bareKind && GROUP_OPENING.test(current.trim()))) {
        if (current.trim()) names.push(current.trim());
        // The second group of "các X, Y" is "các Y" as well.
        current = anotherGroup && GROUP_OPENING.test(names.at(-1) ?? '') && !/^các\s/iu.test(rest) ? 'các ' : '';
      } else current += part;
      continue;
    }
    current += part;
  }
  if (current.trim()) names.push(current.trim());
  // "Chủ tịch, các Phó Chủ tịch UBND xã": a bare title before its deputies names the same body as they do.
  const bodies = names.filter((name, i) => !(/^(chủ tịch|giám đốc|hiệu trưởng|trưởng ban|viện trưởng)$/iu.test(name) && /^(các\s+)?phó\s/iu.test(names[i + 1] ?? '')));
  return bodies.flatMap((name) => bothKinds(cleanName(name.replace(/\s+/g, ' ')))).filter(Boolean);
}

/** A director before the body directed: "Giám đốc BHXH cơ sở", "Giám đốc Trung tâm Y tế" (not "Giám đốc Sở", the issuer). */
const HEADED_BODY = /^(?:Phó\s+)?Giám đốc\s+(?=[A-ZĐ][A-ZĐ0-9&-]*[A-ZĐ](?:\s|$)|(?:Trung tâm|Ban Quản lý|Chi cục|Cơ sở)\s+\p{Lu})/u;

/** The title of a body's head, opening a name: the head stands for the body. */
export const HEAD_TITLE = /^(người đứng đầu|thủ trưởng|lãnh đạo|chủ tịch|phó chủ tịch|giám đốc|phó giám đốc|hiệu trưởng|viện trưởng|phó viện trưởng|chánh án|trưởng)\s/iu;

/** "các đơn vị thuộc, trực thuộc Sở" names two groups: the units within the Sở ("các phòng thuộc Sở") and those
 * under it ("các đơn vị trực thuộc Sở"). */
function bothKinds(name: string): string[] {
  // ("các phòng, đơn vị thuộc và trực thuộc Sở": the phòng within, the đơn vị under it; one group as written.)
  if (LISTED_KINDS.test(name)) return [name];
  const m = /^(.*?\S)\s+thuộc\s*(?:,|và|\/)\s*trực thuộc\s+(.+)$/u.exec(name);
  return m ? [`${m[1]} thuộc ${m[2]}`, `${m[1]} trực thuộc ${m[2]}`] : [name];
}

const OWN_UBND_HEAD = /^[Cc]hủ tịch\s+(?:UBND|[ỦUủu]y ban nhân dân)\s+(?:xã|phường|đặc khu)$/u;

/** A name without the notes that say how or which ("(thực hiện)", "theo thẩm quyền", "có liên quan"). */
function cleanName(name: string): string {
  // "Chủ tịch UBND xã", "Chủ tịch UBND phường": the head of the plan's own UBND, as the plan calls him; the assembler
  // takes him for the issuer and keeps this spelling ("Chủ tịch UBND các xã" stands for the bodies, below).
  if (OWN_UBND_HEAD.test(name.trim())) return name.trim();
  // "Thủ trưởng các phòng chức năng": the bodies, not their heads.
  // "Chủ tịch UBND cấp xã", "Đề nghị Ủy ban MTTQ": the body, not its head or the plan's courtesy.
  // (No "i" flag: under it \p{Lu} would match any letter, and "Lãnh đạo đơn vị" would lose its head word.)
  let clean = name.replace(/^([Đđ]ề nghị\s+)?(([Tt]hủ trưởng|[Ll]ãnh đạo|[Nn]gười đứng đầu|[Cc]hủ tịch|[Hh]iệu trưởng|[Cc]hánh|[Tt]ổ trưởng|[Bb]í thư)\s+)?(?=[Cc]ác\s|\p{Lu})/u, '').replace(/^(giám đốc|trưởng|chi cục trưởng|cục trưởng|trưởng ban|hiệu trưởng|trạm trưởng|viện trưởng|hạt trưởng|đội trưởng|cấp [uủ][yỷ])\s+(?=các\s)/iu, '');
  clean = clean.replace(HEADED_BODY, '');
  // "Hạt trưởng Hạt Kiểm lâm số 1", "Chi cục trưởng Chi cục Văn thư - Lưu trữ": the body its head is named after.
  clean = clean.replace(/^(\p{L}+(?:\s\p{L}+)?)\s+trưởng\s+(?=\1\s)/iu, '');
  // "Trưởng Ban KSNB", "Trưởng phòng Kế toán": the body, not its head.
  clean = clean.replace(/^[Tt]rưởng\s+(?=(?:[Bb]an|[Pp]hòng|[Kk]hoa)\s+\p{Lu})/u, '').replace(/^[Đđ]ội trưởng\s+(?=các\s)/u, '');
  // ("Trưởng phòng Tổ chức - Hành chính" → "Phòng Tổ chức - Hành chính": a name opens in a capital.)
  clean = clean.replace(/^(ban|phòng|khoa)(?=\s+\p{Lu})/u, (kind) => kind.charAt(0).toUpperCase() + kind.slice(1));
  clean = clean.replace(/\s*\((?!\s*(chủ trì|phối hợp)\s*\))[^)]*\)/giu, '').replace(/[.*\s]+$/, '').trim();
  // "Phòng Thanh tra - Pháp chế là đơn vị thường trực": the body, not what it is.
  clean = clean.replace(/\s+là\s+(?:đơn vị|cơ quan|bộ phận|đầu mối)(?![\p{L}\p{N}]).*$/u, '').trim();
  // "VKSND khu vực lựa chọn vụ án …", "TAND khu vực 2 qua xét xử …": a regional body named by its short form and its
  // region (a number or a name in capitals, or none where all of them are meant) ends there; the words after are its act.
  clean = clean.replace(/^((?:các\s+)?\p{Lu}[\p{Lu}\p{N}]+\s+khu vực(?:\s+(?:\d+|[IVX]+|\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*)*))?)\s+\p{Ll}.*$/u, '$1');
  // ("VKSND khu vực" without a region: every one of them, "các VKSND khu vực".)
  clean = clean.replace(/^(?=\p{Lu}[\p{Lu}\p{N}]+\s+khu vực$)/u, 'các ');
  // "Đội trưởng khi phân công công chức thụ lý": the head, not when he acts.
  clean = clean.replace(/\s+khi\s.*$/u, '');
  // ("Phòng Văn hóa - Xã hội theo lĩnh vực được giao": which of its tasks, not another name.)
  // ("các Chi cục thực hiện tại đơn vị mình": where, not who.)
  clean = clean.replace(/\s+(theo (chức năng, nhiệm vụ|thẩm quyền|phân cấp|lĩnh vực(?: được giao| phụ trách| quản lý)?)|có liên quan|được giao|(tổ chức )?(triển khai )?thực hiện(?: tại (?:đơn vị|cơ quan|địa phương)(?: mình)?)?|phối hợp|chỉ đạo)$/iu, '').trim();
  // "các khoa, phòng có vị trí phải định kỳ chuyển đổi": which of the group, not another body.
  if (/^các\s/iu.test(clean)) clean = clean.replace(/\s+(có|thuộc diện|đủ điều kiện)\s.*$/u, '').trim();
  return clean;
}

/** A table cell's body without what it does there: "Văn phòng Sở tổng hợp" (lower case: "Phòng Tổng hợp" is a name). */
export function withoutDoing(name: string): string {
  // ("Phòng Kế hoạch tổng hợp" is a hospital's phòng: its name, not what it does.)
  // ("Trung tâm Dịch vụ tổng hợp", "Phòng Hành chính tổng hợp" are names.)
  const body = name.replace(/(?<![Kk]ế hoạch)\s+(theo dõi|(?<!(?:[Dd]ịch vụ|[Hh]ành chính)\s+)tổng hợp|hướng dẫn|đôn đốc)(?:,?\s+(theo dõi|tổng hợp|hướng dẫn|đôn đốc|báo cáo))*$/u, '');
  return body.split(/\s+/).length >= 2 ? body : name;
}
