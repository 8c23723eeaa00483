/**
 * A plan's line of responsible bodies, split into the bodies that lead and those that support, as written:
 * "Thanh tra Sở (chủ trì); Văn phòng Sở (phối hợp)", "X chủ trì, phối hợp với Y", "Chủ trì: X; phối hợp: Y", or a
 * plain list (all lead). Names keep their own commas and "và" ("Phòng Công chức, viên chức", "Phòng Cải cách hành chính
 * và Công tác thanh niên"): a list splits only where the next words open a body's name ("Phòng", "các", "UBND", ...).
 */
import { readTiming } from './timing';
import { closingRoles } from './closing-roles';
import { isDirectingPost, withoutDirectors } from './directors';
import { foldForCompare } from '../../text';

export interface UnitsLine {
  lead: string[];
  support: string[];
}

/** Words a body's name opens with, folded; a list splits at ",", ";" or "và" only before one of them. */
const BODY_OPENERS = [
  'văn phòng', 'thanh tra', 'phòng', 'ban', 'chi cục', 'cục', 'sở', 'trung tâm', 'ubnd', 'ủy ban', 'uỷ ban', 'công an', 'các', 'viện', 'hội',
  'đoàn', 'liên đoàn', 'mặt trận', 'ủy ban mặt trận', 'kho bạc', 'kbnn', 'bảo hiểm', 'bhxh', 'tòa án', 'toà án', 'đảng ủy', 'đảng uỷ', 'thủ trưởng', 'bộ phận',
  'công chức', 'trường', 'bệnh viện', 'báo', 'đài', 'quỹ', 'ban quản lý', 'hđnd', 'hội đồng', 'công đoàn', 'khoa', 'tổ', 'chi bộ', 'đảng bộ',
  'giám đốc các', 'trưởng các', 'người đứng đầu', 'hiệu trưởng', 'chủ tịch ubnd', 'chủ tịch ủy ban', 'chủ tịch uỷ ban',
  // The heads of the issuing Sở and of its offices: "Giám đốc Sở trực tiếp lãnh đạo ...", "Chánh Văn phòng Sở, Trưởng ...".
  'giám đốc sở', 'ban giám đốc', 'lãnh đạo sở', 'chánh văn phòng', 'chánh thanh tra',
  // ... and of a Ban, a Trung tâm, a hospital: "Giám đốc Ban chỉ đạo ...", "Lãnh đạo đơn vị và Trưởng các phòng ...".
  'giám đốc ban', 'giám đốc trung tâm', 'giám đốc bệnh viện', 'lãnh đạo ban', 'lãnh đạo đơn vị', 'lãnh đạo trung tâm', 'lãnh đạo bệnh viện',
  'lãnh đạo văn phòng',
  // A school's doers: "Phó Hiệu trưởng phụ trách chuyên môn chủ trì ...", "Kế toán, thủ quỹ thực hiện công khai ...", "Tổ
  // trưởng chuyên môn chỉ đạo ...", "Toàn thể cán bộ, giáo viên, nhân viên thực hiện nghiêm ...".
  'phó hiệu trưởng', 'kế toán', 'tổ trưởng', 'toàn thể',
  // A health centre's: "Trạm trưởng các trạm y tế", "Trưởng trạm y tế".
  'trạm trưởng các', 'trưởng trạm',
  // A tax or market-control office's teams: "Đội Kiểm tra thuế", "các Đội thuế"; a Đoàn's branch: "Chi đoàn Thanh niên".
  'đội', 'chi đoàn',
  // A school's Young Pioneers: "Liên đội tổ chức hoạt động ngoại khóa ...".
  'liên đội',
  // A company's branches and the heads of its boards: "Chi nhánh Sóc Trăng", "Trưởng Ban KSNB", "Giám đốc các chi nhánh".
  'chi nhánh', 'trưởng ban', 'trưởng phòng', 'trưởng khoa',
  // A state-owned company's: "Xí nghiệp Thủy lợi Thạch Nham", its controller "Kiểm soát viên Công ty".
  'xí nghiệp', 'kiểm soát viên',
  // The leaders of a Chi cục, a Cục, a phòng, and a team's head: "Lãnh đạo Chi cục, Trưởng các phòng, Đội trưởng các Đội".
  'lãnh đạo chi cục', 'lãnh đạo cục', 'lãnh đạo phòng', 'đội trưởng',
  // A forest ranger office's stations and their heads: "Hạt Kiểm lâm khu vực 1", "Hạt trưởng", "Chi cục trưởng".
  'hạt', 'hạt trưởng', 'phó hạt trưởng', 'chi cục trưởng',
  // Culture's public service units: "Thư viện thành phố", "Nhà hát …", "Bảo tàng tỉnh".
  'thư viện', 'nhà hát', 'bảo tàng',
  // A court's judges and clerks: "Thẩm phán, Thư ký Tòa án thực hiện …".
  'thẩm phán', 'thư ký tòa án', 'thư ký toà án',
];

export const opensBody = (rest: string): boolean => {
  // Every Sở's name goes on in capitals ("Sở Nội vụ"); "sở hữu trí tuệ", "sở tại" are words, not bodies.
  if (/^\s*[Ss]ở\s+\p{Ll}/u.test(rest)) return false;
  // The head of a body named in capitals: "Giám đốc Vườn", "Thủ trưởng Cơ quan".
  if (/^\s*(?:Ban\s+)?(?:Giám đốc|Thủ trưởng)\s+\p{Lu}/u.test(rest)) return true;
  // "Cơ sở Bảo trợ xã hội", "Cơ sở cai nghiện ma túy số 1" are bodies; "cơ sở dữ liệu" is a word.
  if (/^\s*(?:các\s+)?Cơ sở\s+\p{Lu}/u.test(rest)) return true;
  // A court's chambers, named in capitals: "Tòa Hình sự", "Tòa Gia đình và người chưa thành niên" ("tòa nhà" is a word).
  if (/^\s*(?:các\s+)?T(?:òa|oà)\s+\p{Lu}/u.test(rest)) return true;
  // The leaders of a body named in capitals ("Lãnh đạo Thuế tỉnh"); a tax office ("Thuế tỉnh", "các Thuế cơ sở").
  if (/^\s*[Ll]ãnh đạo\s+\p{Lu}|^\s*(?:các\s+)?Thuế\s+(?:tỉnh|thành phố|cơ sở)(?![\p{L}\p{N}])/u.test(rest)) return true;
  // The youth union's committee of a tier: "Tỉnh Đoàn", "Thành đoàn" ("thành đoàn kết" is a phrase).
  if (/^\s*(?:Tỉnh|Thành|Huyện|Quận|Thị)\s+[Đđ]oàn(?![\p{L}\p{N}])(?!\s+kết)/u.test(rest)) return true;
  const key = foldForCompare(rest);
  // "Tổ chức 01 lớp tập huấn ...": an act; "Tổ công tác", "Tổ chuyên gia" are bodies.
  if (/^tổ chức(?![\p{L}\p{N}])/u.test(key)) return false;
  // "ban hành ...": an act, not a board ("Ban Giám đốc").
  if (/^ban hành(?![\p{L}\p{N}])/u.test(key)) return false;
  // "Phòng ngừa tham nhũng", "phòng, chống tham nhũng": an act, not a phòng.
  if (/^phòng(?:,)? (?:ngừa|chống)(?![\p{L}\p{N}])/u.test(key)) return false;
  return BODY_OPENERS.some((word) => key.startsWith(word) && /^(?:$|[\s,;])/u.test(key.slice(word.length)));
};

/** A heading that is only the name of a body ("1. Văn phòng Sở", "6. Các phòng, đơn vị thuộc Sở"): a plan organised by
 * unit, whose tasks under it are that body's. "5. Thanh tra, kiểm tra" is a topic: it goes on with an act. */
export function isBodyName(text: string): boolean {
  const t = text.trim();
  if (!opensBody(t) || /[.;:()]/u.test(t) || t.split(/\s+/u).length > 14) return false;
  // "6. Các phòng, đơn vị thuộc Sở" names bodies; "2. Các biện pháp phòng ngừa" a topic: "các" then a body's word.
  const afterCac = /^các\s+(.*)$/u.exec(foldForCompare(t))?.[1];
  if (afterCac !== undefined && !opensBody(afterCac) && !/^(?:đơn vị|cơ quan|xã|phường|địa phương|doanh nghiệp|cơ sở|ngành|chi nhánh|tổ chức (?:chính trị|đoàn thể))(?![\p{L}\p{N}])/u.test(afterCac)) return false;
  return !new RegExp(`\\s(?<![Cc]ác )(?:${ROLE_VERBS})(?![\\p{L}\\p{N}])`, 'u').test(t);
}

/** The bodies a task says it works with: "Chủ trì, phối hợp với các phòng, đơn vị thuộc Sở tổ chức …" → "các phòng, đơn vị
 * thuộc Sở"; none when what follows is not a list of names. */
export function partnersIn(text: string): string[] {
  const m = /(?:^|[\s,;])phối hợp với\s+([^;.]+)/iu.exec(text.split('\n')[0] ?? '');
  if (!m) return [];
  // ("… phối hợp với Phòng Quản lý giá - Công sản trong việc xác định giá …": the names end where what is done begins.)
  const names = splitBodies(beforeActs(m[1]!).replace(/\s+(?:trong việc|trong|để|khi|nhằm|về việc)\s.*$/u, '').replace(/[,\s]+$/u, ''));
  return names.length > 0 && names.every((name) => opensBody(name) && name.split(/\s+/u).length <= 12) ? names : [];
}

/** "Văn phòng HĐND" and "UBND phường" joined by "và" are one body: the office of both ("Chánh Văn phòng HĐND và UBND phường": its head). */
export const isJointOffice = (before: string, after: string): boolean =>
  /^(?:(?:phó\s+)?chánh\s+)?văn phòng\s+(hđnd|hội đồng nhân dân)$/iu.test(before.trim()) && /^(ubnd|ủy ban nhân dân|uỷ ban nhân dân)(\s|$)/iu.test(after.trim());

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
export function splitBodies(text: string): string[] {
  const names: string[] = [];
  let current = '';
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
      if (part === ';' || shortForm || capitalsLed || headOfBody || (opensBody(rest) && !continuesGroup) || ((part === ',' || part === ' và ') && anotherGroup && !bareKind && GROUP_OPENING.test(current.trim()))) {
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
const HEAD_TITLE = /^(người đứng đầu|thủ trưởng|lãnh đạo|chủ tịch|phó chủ tịch|giám đốc|phó giám đốc|hiệu trưởng|viện trưởng|phó viện trưởng|chánh án|trưởng)\s/iu;

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
  // "Đội trưởng khi phân công công chức thụ lý": the head, not when he acts.
  clean = clean.replace(/\s+khi\s.*$/u, '');
  // ("Phòng Văn hóa - Xã hội theo lĩnh vực được giao": which of its tasks, not another name.)
  clean = clean.replace(/\s+(theo (chức năng, nhiệm vụ|thẩm quyền|phân cấp|lĩnh vực(?: được giao| phụ trách| quản lý)?)|có liên quan|được giao|(tổ chức )?(triển khai )?thực hiện|phối hợp|chỉ đạo)$/iu, '').trim();
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

/** A body's name followed by what it does for the others ("theo dõi, tổng hợp", "hướng dẫn, đôn đốc"). */
const OVERSEEING = /(?<![Kk]ế hoạch)\s+(theo dõi|hướng dẫn|đôn đốc|(?<!(?:[Dd]ịch vụ|[Hh]ành chính)\s+)tổng hợp)(?:[\s,]+(theo dõi|hướng dẫn|đôn đốc|tổng hợp|kiểm tra|báo cáo))*\s*$/u;

/** "Phòng KTKSNB; các phòng, Phòng giao dịch có liên quan thực hiện kiến nghị": bodies that act on the findings of the
 * inspection another leads help it. */
const ACTS_ON_FINDINGS = /(?<=\S)\s+(?:có liên quan\s+)?thực hiện\s+(?:các\s+)?(?:kiến nghị|kết luận)(?:(?:\s*,\s*|\s+và\s+)(?:kiến nghị|kết luận))*\s*\.?\s*$/u;

/** "cán bộ, giảng viên, nhân viên" beside the bodies that do a task: the staff each of them holds to it, not a body. */
const STAFF_WORD = '(?:cán bộ|công chức|viên chức|giảng viên|giáo viên|nhân viên|người lao động|đảng viên|học viên)';
const STAFF = new RegExp(`^(?:toàn thể\\s+)?${STAFF_WORD}(?:\\s*(?:,|và)\\s*${STAFF_WORD})*$`, 'u');
export const isStaff = (name: string): boolean => STAFF.test(name.trim());

/** What a body does in its role: "(phối hợp) theo dõi, hướng dẫn". */
const ROLE_ACT = '(?:theo dõi|hướng dẫn|kiểm tra|giám sát|đôn đốc|thẩm định|tổng hợp|tham mưu)';
const ROLE_THEN_ACTS = new RegExp(`\\s+(chủ trì|phối hợp)\\s+${ROLE_ACT}(?:(?:\\s*,\\s*|\\s+và\\s+|\\s+)${ROLE_ACT})*\\s*(?=[;.,]|$)`, 'giu');
const ROLE_THEN_ACTS_BRACKETED = new RegExp(`\\(\\s*(chủ trì|phối hợp)\\s+${ROLE_ACT}[^()]*\\)`, 'giu');

/** "X phối hợp <what it does>" closing a ";" part: not "phối hợp với Y", "phối hợp các phòng", "phối hợp theo lĩnh vực". */
const HELPS_BY_DOING = /(^|;\s*)([^;()]{3,120}?)\s+phối hợp\s+(?!(?:với|cùng|các|theo|thực hiện)(?![\p{L}\p{N}]))(\p{Ll}[^;()]*?)(?=\s*(?:;|\.?\s*$))/gu;

/** "X tự <act>" in a ";" part: the body or staff, then what it does by itself ("tự rà soát, báo cáo", "tự kê khai"). */
const DOES_ITSELF = /(^|;\s*)([^;()]{3,80}?)(?<!trật)\s+tự\s+\p{Ll}[^;]*?(?=\s*(?:;|\.?\s*$))/gu;

/** "; X tham mưu Y <act>" after the first ";" part: the advisor, the head it advises, then what the head does. */
const ADVISES_HEAD_AFTER = /;\s*([^;,()]{3,80}?)\s+tham mưu\s+(\p{Lu}[^;,()]*?)(?=\s*(?:;|\.?\s*$))/gu;

/** "Hạt trưởng xử lý" → "Hạt trưởng": the longest name a body opens before a lower-case act of its own (not "tổ chức
 * thực hiện", which the advisor does itself). */
function headBeforeAct(words: string): string | null {
  const parts = words.split(/\s+/u);
  for (let end = parts.length - 1; end > 0; end -= 1) {
    const head = parts.slice(0, end).join(' ');
    const act = parts.slice(end).join(' ');
    if (/^\p{Ll}/u.test(act) && !/^(?:tổ chức|thực hiện)(?![\p{L}\p{N}])/u.test(act) && opensBody(head) && !/\s\p{Ll}/u.test(head.replace(/\s+trưởng(?=\s|$)/gu, ''))) return head;
  }
  return null;
}

/** "Các phòng: Quản lý văn hóa, Báo chí - Xuất bản, Quản lý du lịch": names of one kind listed after it, each of that kind. */
function sharedKind(text: string): string {
  return text.replace(/(^|[;:]\s*)[Cc]ác (phòng|ban|trung tâm|chi cục|đội|khoa)\s*:\s*([^;()]+)/gu, (whole, before: string, kind: string, list: string) => {
    const names = list.split(/\s*,\s*|\s+và\s+/u).map((name) => name.trim());
    // (A name that says its own kind, "Phòng Quản lý du lịch", is whole already: "Các phòng: Phòng A, Phòng B".)
    if (names.length < 2 || !names.every((name) => /^\p{Lu}/u.test(name) && !foldForCompare(name).startsWith(`${kind} `))) return whole;
    return before + names.map((name) => `${kind.charAt(0).toUpperCase()}${kind.slice(1)} ${name}`).join(', ');
  });
}

/**
 * "Chủ trì: X; Phối hợp: Y; Theo dõi, đôn đốc: Z; Thực hiện số hóa: W": a cell of lines, each labelled with its bodies'
 * part in the task. A body named under any label but "Chủ trì" works with the bodies that lead: it watches over their
 * work (Z) or does a part of it (W).
 */
function labelledLines(text: string): UnitsLine | null {
  const lines = text.split(/\s*;\s*(?=[^;:]{2,40}:)/u).map((line) => /^([^:]{2,40}?)\s*:\s*(.+)$/u.exec(line.trim()));
  if (lines.length < 2 || lines.some((line) => !line || !opensBody(line[2]!))) return null;
  const labels = lines.map((line) => foldForCompare(line![1]!));
  if (labels[0] !== 'chủ trì' || labels.slice(1).every((label) => label === 'phối hợp') || labels.slice(1).includes('chủ trì')) return null;
  return { lead: splitBodies(lines[0]![2]!), support: lines.slice(1).flatMap((line) => splitBodies(line![2]!)) };
}

/** `markedLeadOnly`: bodies with no mark after one marked "(chủ trì)" help it, as a single units column writes them;
 * a table's lead cell beside its own "Phối hợp" column keeps them leading. */
export function readUnitsLine(raw: string, options: { markedLeadOnly?: boolean } = {}): UnitsLine {
  // (The leader who directs the work is named beside the bodies doing it; where he alone is named, he stands for them.)
  const undirected = withoutDirectors(raw);
  if (undirected !== raw) {
    const line = readUnitsLine(undirected, options);
    if (line.lead.length > 0) return line;
  }
  // Notes in brackets that are not roles ("(lồng ghép vào kế hoạch ...)") say how, not who; "Giao X chủ trì, phối
  // hợp Y thực hiện" is "X chủ trì, phối hợp Y".
  const text = sharedKind(compiledFromReports(directedRoles(raw))
    // "Văn phòng Sở (CT)", "Phòng Chính sách dân tộc (PH)": the roles in short.
    .replace(/\(\s*CT\s*\)/gu, '(chủ trì)')
    .replace(/\(\s*PH\s*\)/gu, '(phối hợp)')
    // "CT: Văn phòng Sở; PH: Các phòng, đơn vị thuộc Sở": the labels in short.
    .replace(/\s*\n\s*(?=(?:CT|PH)\s*:)/gu, '; ')
    .replace(/(^|[;\n]\s*)CT\s*:\s*/gu, '$1Chủ trì: ')
    .replace(/(^|[;\n]\s*)PH\s*:\s*/gu, '$1phối hợp: ')
    // "Văn phòng HĐND và UBND phường (tham mưu)": it helps the body that leads.
    .replace(/\(\s*tham mưu\s*\)/giu, '(phối hợp)')
    // "Hiệu trưởng (chủ trì); Phòng Tổ chức - Hành chính giúp việc": it assists the body that leads ("Tổ giúp việc" is a name).
    // ("Thường trực Hội chủ trì; Văn phòng phục vụ": a body that serves the one leading assists it as well.)
    .replace(/(?<!(?:^|\s)(?:[Tt]ổ|[Nn]hóm|[Bb]ộ phận|[Cc]ơ quan|[Bb]an))\s+\(?(?:giúp việc|phục vụ)\)?(?=\s*(?:[;.]|$))/gu, ' (phối hợp)')
    .replace(ADVISES_LEADERS, '$1 (chủ trì)')
    // "…; công chức, người lao động tự rà soát, báo cáo": the doers, then what they do by themselves.
    .replace(DOES_ITSELF, (whole, before: string, name: string) => (opensBody(name) ? `${before}${name}` : whole))
    // "…; Tổ Tổng hợp tham mưu Hạt trưởng xử lý": after the doers, the body that advises and the head who decides both
    // help them.
    .replace(ADVISES_HEAD_AFTER, (whole, name: string, rest: string) => {
      const head = headBeforeAct(rest);
      return opensBody(name) && head ? `; ${name} (phối hợp), ${head} (phối hợp)` : whole;
    })
    // "Phòng Hành chính - Tổ chức tham mưu Ban Giám đốc; các phòng … thực hiện": the body that advises its leaders is a
    // doer as the others are, not a body named "… tham mưu Ban Giám đốc".
    .replace(/(^|;\s*)([^;,()]{3,80}?)\s+tham mưu\s+(\p{Lu}[^;,()]{2,60}?)(?=\s*(?:[;.]|$))/gu, (whole, before: string, name: string) => (opensBody(name) ? `${before}${name}` : whole))
    // "Khoa Dược, Phòng VT-TBYT chủ trì theo lĩnh vực được giao": the role, and which part each takes.
    .replace(/\s+(chủ trì|phối hợp)\s+theo (?:lĩnh vực|chức năng)[^;,)]*/giu, ' $1')
    // "Văn phòng Sở phối hợp theo dõi", "… phối hợp hướng dẫn": the role, then what the body does in it.
    .replace(ROLE_THEN_ACTS, ' $1')
    // "Phòng Tổng hợp phối hợp cung cấp thông tin": the role, then the help it gives, which names no body.
    .replace(HELPS_BY_DOING, (whole, before: string, name: string, act: string) => (opensBody(name) && !/chủ trì|phối hợp/iu.test(name) && !opensBody(act) ? `${before}${name} (phối hợp)` : whole))
    // "Kiểm soát viên (theo dõi, giám sát)": it watches over the work of those who do it.
    .replace(/\(\s*(?:theo dõi|giám sát)(?:\s*,\s*(?:theo dõi|giám sát|đôn đốc|kiểm tra))*\s*\)/giu, '(phối hợp)')
    // "(phối hợp theo dõi)": the same in brackets.
    .replace(ROLE_THEN_ACTS_BRACKETED, '($1)')
    // "Các chi bộ, Đảng ủy UBND xã; Ban Xây dựng Đảng theo dõi, tham mưu xem xét trách nhiệm": a body after the doers that
    // watches over their work helps them; so does one that gathers it ("…; Phòng TCCB tổng hợp, tham mưu Giám đốc xử lý",
    // not "Phòng Kế hoạch tổng hợp", a name).
    // ("…; Phó Hạt trưởng phụ trách công tác PCTN, TC chỉ đạo": the post that directs them, without which work it has.)
    .replace(/;\s*([^;()]{3,80}?)\s+(?:theo dõi|đôn đốc|giám sát|chỉ đạo|(?<!(?:[Kk]ế hoạch|[Dd]ịch vụ|[Hh]ành chính)\s)tổng hợp(?![^;]*(?:chủ trì|phối hợp|thực hiện)))(?![\p{L}\p{N}])[^;]*$/u, (whole, written: string) => {
      const name = written.replace(/\s+phụ trách\s.*$/u, '');
      return opensBody(name) && !/chủ trì|phối hợp/iu.test(name) ? `; ${name} (phối hợp)` : whole;
    })
    .replace(/\((?!\s*(chủ trì|phối hợp)\s*\))[^)]*\)/giu, '')
    .replace(/[*.]+\s*$/, '')
    // "(Giao: P.QLDN; phối hợp: P.QHXD, VP; thời gian: …)": the label of the body that leads.
    .replace(/^\+?\s*giao\s*:\s*/iu, 'Chủ trì: ')
    .replace(/^\+?\s*giao\s+/iu, '')
    // "Thời gian: Thường xuyên; đơn vị thực hiện: Văn phòng Sở chủ trì, …": the label, after the time, is not a name.
    .replace(/^(?:đơn vị|cơ quan|bộ phận) (?:thực hiện|phụ trách)\s*:\s*/iu, '')
    // "... phối hợp với Văn phòng Sở thực hiện, ít nhất 02 đợt trong năm": what follows the verb is not a name.
    // ("… các Chi cục, đơn vị sự nghiệp trực thuộc thực hiện đối với công chức, viên chức thuộc thẩm quyền quản lý": whom
    // the bodies do it for.)
    .replace(/\s+(tổ chức |triển khai )?thực hiện(?:[,\s]+(?:trong|trước|theo|từ|ít nhất|thường xuyên|hằng|hàng|định kỳ|khi|đối với)\b.*)?$/iu, '')
    .trim()
    // "X chủ trì, Y phối hợp với Z": after the body that leads, Y and Z both help it.
    .replace(/(\schủ trì\s*[,;]\s*)([^;,()]{3,80}?)\s+phối hợp với\s+([^;()]{3,120}?)$/u, (whole, role: string, one: string, other: string) => (opensBody(one) && opensBody(other) ? `${role}${one} (phối hợp), ${other} (phối hợp)` : whole)));
  const lines = labelledLines(text);
  if (lines) return lines;
  const above = DOES_THE_ABOVE.exec(text)?.[1];
  if (above && !/chủ trì|phối hợp/iu.test(above)) return { lead: splitBodies(above), support: [] };
  // "Thực hiện: Tổ Văn phòng; phối hợp: các tổ chuyên môn": the body that does it leads, as "Chủ trì:" says.
  const doer = /^thực hiện\s*:\s*/iu.exec(text);
  if (doer && opensBody(text.slice(doer[0].length)) && /[;,]\s*phối hợp\s*:/iu.test(text)) return readUnitsLine(`Chủ trì: ${text.slice(doer[0].length)}`);
  // "Phòng Tổ chức cán bộ; phối hợp: Phòng Tài chính kế toán, các khoa, phòng": the body named first, unlabelled, leads.
  const unlabelled = /^([^:;]{3,200}?)\s*[;.]\s*phối hợp\s*:\s*(.+)$/iu.exec(text);
  if (unlabelled && !/^(chủ trì|phối hợp|thực hiện|đơn vị|cơ quan)\b/iu.test(text) && opensBody(unlabelled[1]!)) return readUnitsLine(`Chủ trì: ${unlabelled[1]!}; phối hợp: ${unlabelled[2]!}`);
  // "Đơn vị chủ trì: X; đơn vị phối hợp: Y", "Bộ phận chủ trì: X; Bộ phận phối hợp: Y" are "Chủ trì: X; phối hợp: Y".
  const key = foldForCompare(text).replace(/(^|;\s*)(?:đơn vị|cơ quan|bộ phận)\s+(chủ trì|phối hợp)\s*:/gu, '$1$2:');
  if (key !== foldForCompare(text)) return readUnitsLine(text.replace(/(^|;\s*)(?:đơn vị|cơ quan|bộ phận)\s+(chủ trì|phối hợp)\s*:/giu, (_m, lead: string, role: string) => `${lead}${role.charAt(0).toUpperCase()}${role.slice(1)}:`));
  const lead: string[] = [];
  const support: string[] = [];
  // "Chủ trì: X; phối hợp: Y"
  const labelled = /^chủ trì\s*:\s*(.*?)(?:[;,.]\s*phối hợp\s*:\s*(.*))?$/u.exec(key);
  if (labelled) {
    const at = text.length - key.length;
    const leadText = text.slice(at + key.indexOf(labelled[1]!), at + key.indexOf(labelled[1]!) + labelled[1]!.length);
    const supportText = labelled[2] ? text.slice(at + key.lastIndexOf(labelled[2]), at + key.lastIndexOf(labelled[2]) + labelled[2].length) : '';
    return { lead: splitBodies(leadText), support: supportText ? splitBodies(supportText) : [] };
  }
  // "X chủ trì, phối hợp với Y", "X (chủ trì), phối hợp với Y"
  const inline = /^(.*?)\s*(?:\s|\()chủ trì\)?\s*[,;]?\s*phối hợp (?:với\s+)?(.*)$/u.exec(text);
  if (inline) {
    // ("Ban Kinh tế chủ trì, phối hợp Ngân hàng Chính sách xã hội tỉnh; Hội LHPN cấp xã thực hiện": the bodies a part of
    // their own says do it lead beside the one that leads.)
    const doers = /;\s*([^;()]{3,120}?)\s+(?:tổ chức\s+|triển khai\s+)?thực hiện\s*\.?\s*$/u.exec(raw)?.[1]?.trim();
    const [partners, ...rest] = inline[2]!.split(/\s*;\s*/u);
    if (doers && opensBody(doers) && rest.length > 0 && rest.join('; ').trim() === doers) {
      return { lead: [...splitBodies(inline[1]!), ...splitBodies(doers)], support: splitBodies(beforeActs(partners!)) };
    }
    return { lead: splitBodies(inline[1]!), support: splitBodies(beforeActs(inline[2]!)) };
  }
  // "Văn phòng HĐND và UBND phường phối hợp với Ủy ban MTTQ Việt Nam phường": the first leads, with the others' help.
  const helped = /^(.{3,120}?)\s+phối hợp với\s+(.+)$/u.exec(text);
  if (helped && !/[;(]|chủ trì/u.test(helped[1]!) && opensBody(helped[1]!) && opensBody(helped[2]!)) return { lead: splitBodies(helped[1]!), support: splitBodies(beforeActs(helped[2]!)) };
  // "X (chủ trì); Y, Z (phối hợp)", and a plain list: every name leads unless marked "(phối hợp)"; a mark at the end
  // of a ";" part is the role of every name in it.
  // "Văn phòng Sở chủ trì, Phòng KH-TC phối hợp": a role word closes its part at the comma as at a ";".
  // "Tổ Văn phòng (chủ trì), Ban Giám hiệu", "Văn phòng HĐND và UBND xã (chủ trì); Phòng Kinh tế; Công an xã": after a
  // body marked as leading, one with no mark helps it ("X, Y (chủ trì)" marks both).
  let afterLead = false;
  const selfActing = new Set([...raw.matchAll(DOES_ITSELF)].map((m) => m[2]!.trim()));
  // Bodies marked "tham mưu", which help the body that leads.
  const advisers: string[] = [];
  // Whether a person is named ("Đ/c Phó Chủ tịch Thường trực chỉ đạo"): not a unit, but the one an adviser works for.
  let person = false;
  // ("X chủ trì; các đơn vị trực thuộc thực hiện tại đơn vị mình": bodies said to do it lead beside X.)
  // ("X (chủ trì); Y (phối hợp); Z giải quyết theo thẩm quyền": where helpers are marked, a body with no mark leads.)
  const othersDo = options.markedLeadOnly === false || /chủ trì[^]*\s(?:thực hiện|triển khai)(?![\p{L}\p{N}])/u.test(raw) || /phối hợp/iu.test(text);
  // ("X (chủ trì), tham mưu": the lead that also advises the head; its act, not another role.)
  for (const part of text.replace(/\s+(chủ trì|phối hợp)\s*,\s*(?!phối hợp|chủ trì)/giu, ' $1; ').split(';')) {
    const written = part.replace(/(\(chủ trì\)|\schủ trì)\s*,?\s*tham mưu\s*$/u, '$1').replace(ACTS_ON_FINDINGS, ' (phối hợp)');
    // "Phòng KH-TC chủ trì; Văn phòng Sở phối hợp": the role after the names, without brackets; "Y tham mưu" next to the
    // body that leads helps it.
    const advises = /\s+\(?tham mưu\)?\s*$/u.test(written);
    const segment = written.replace(/\s+(chủ trì|phối hợp)\s*$/iu, ' ($1)').replace(/\s+\(?tham mưu\)?\s*$/u, ' (phối hợp)');
    const segmentRole = /\((chủ trì|phối hợp)\)\s*$/iu.exec(segment.trim());
    const names = splitBodies(segment);
    // "A, B (chủ trì), C (phối hợp)": a name with no mark takes the next mark after it, which closes its run.
    const nextMark = (at: number) => names.slice(at).map((later) => /\((chủ trì|phối hợp)\)\s*$/iu.exec(later)).find(Boolean) ?? null;
    for (const [at, name] of names.entries()) {
      const oneLeads = afterLead && !segmentRole && !othersDo;
      if (/\(chủ trì\)\s*$/iu.test(name)) afterLead = true;
      // "..., tham mưu Giám đốc Công ty": what the body before does; "người có nghĩa vụ kê khai": people, not a body.
      // (Staff in a part of their own doing an act by themselves, "công chức, người lao động tự rà soát", are doers.)
      if (/^(tham mưu|theo dõi|hướng dẫn|đôn đốc|tổng hợp)\s|^(người có nghĩa vụ|cá nhân)\s/u.test(name) || (isStaff(name) && !selfActing.has(name.trim()))) continue;
      const role = /\((chủ trì|phối hợp)\)\s*$/iu.exec(name) ?? (segmentRole ? (nextMark(at) ?? segmentRole) : null);
      // "Phòng Tổ chức cán bộ theo dõi, tổng hợp": a body that follows the work of those who do it.
      const follows = OVERSEEING.exec(name);
      if (follows) {
        support.push(name.slice(0, follows.index).trim());
        continue;
      }
      const clean = name.replace(/\s*\((chủ trì|phối hợp)\)\s*$/iu, '').trim();
      if (PERSON.test(clean)) {
        person = true;
        continue;
      }
      // ("Văn phòng Sở chủ trì, tham mưu; …": the act after the role names no body.)
      if (!/\p{L}/u.test(clean)) continue;
      // ("Văn phòng Sở thực hiện; theo thời hạn quy định": the time, not a body.)
      if (/^(theo|trong|trước|từ|hằng|hàng|định kỳ|thường xuyên|khi|hoàn thành)\s/u.test(clean)) continue;
      // ("…; việc kiểm tra hoàn thành trong quý III/2027": when a part of the work is due, not a body.)
      if (!opensBody(clean) && /(?:^|\s)(?:hoàn thành|ban hành|thực hiện)\s+(?:trong|trước|chậm nhất|xong)(?![\p{L}\p{N}])/u.test(clean)) continue;
      // (After the body that leads, only a body's name helps it.)
      if (!role && oneLeads && !opensBody(clean)) continue;
      if ((role && foldForCompare(role[1]!) === 'phối hợp') || (!role && oneLeads)) {
        support.push(clean);
        if (advises) advisers.push(clean);
      } else lead.push(clean);
    }
  }
  // "Lãnh đạo Văn phòng chỉ đạo; Phòng Hành chính - Tổ chức tham mưu", "Văn phòng Sở tham mưu; các phòng, đơn vị thuộc
  // Sở", "Đ/c Phó Chủ tịch chỉ đạo; Ban Tổ chức - Kiểm tra tham mưu": where no body is said to lead ("chủ trì"), the body
  // that advises does the work beside those named to do it, or alone under the person who directs it. ("Giám đốc Trung
  // tâm; Phòng Tổ chức - Hành chính tham mưu": a head named with no act of his own is the one it advises, who leads.)
  const headAdvised = text.split(';').some((part) => HEAD_TITLE.test(part.trim()) && !/\s(?:chỉ đạo|thực hiện)(?![\p{L}\p{N}])/u.test(part));
  if (advisers.length > 0 && !/chủ trì/iu.test(text) && !headAdvised && (lead.length > 0 || person)) {
    const at = (name: string) => (text.includes(name) ? text.indexOf(name) : text.length);
    const doers = [...advisers, ...lead.filter((name) => !advisers.includes(name))];
    return { lead: doers.sort((a, b) => at(a) - at(b)), support: support.filter((name) => !advisers.includes(name)) };
  }
  // "Phòng Văn hóa - Xã hội tham mưu; các phòng chuyên môn phối hợp": where no body leads and others are named to help,
  // the body that advises does the work. ("Tổ Văn phòng tham mưu" alone helps the head it advises.)
  if (lead.length === 0 && advisers.length > 0 && support.some((name) => !advisers.includes(name))) {
    return { lead: advisers, support: support.filter((name) => !advisers.includes(name)) };
  }
  return { lead, support };
}

/** "Đ/c Phó Chủ tịch Thường trực", "Đồng chí Chủ tịch Hội": a person, who directs the work but is not a unit. */
const PERSON = /^(?:đ\/c|đồng chí)\s/iu;

/**
 * "Ban Tổ chức - Kiểm tra tổng hợp; Văn phòng, các ban, Hội LHPN cấp xã báo cáo": the body that compiles the reports
 * leads; those that send it theirs help it.
 */
export function compiledFromReports(text: string): string {
  const parts = text.replace(/[.\s]+$/u, '').split(/\s*;\s*/u);
  const compiles = (part: string) => /\s+tổng hợp$/u.test(part) && OVERSEEING.test(part) && opensBody(part);
  const reports = (part: string) => /^[^()]{3,160}?\s+báo cáo$/u.test(part) && opensBody(part);
  if (!parts.some(compiles) || !parts.some(reports) || !parts.every((part) => compiles(part) || reports(part))) return text;
  return parts.map((part) => part.replace(/\s+(?:tổng hợp|báo cáo)$/u, compiles(part) ? ' (chủ trì)' : ' (phối hợp)')).join('; ');
}

/** The names before the act that follows them: "các phòng chuyên môn thuộc Sở tham mưu Giám đốc Sở ..." (an act in
 * lower case, not after "các": "các tổ chức chính trị - xã hội" is a name). */
function beforeActs(names: string): string {
  const act = new RegExp(`\\s+(?<!các )(?:${ROLE_VERBS})(?![\\p{L}\\p{N}])`, 'u').exec(names);
  return act ? names.slice(0, act.index) : names;
}

/** "Các cơ quan, đơn vị", "các cơ quan, tổ chức, đơn vị, địa phương": every body the plan addresses. */
const EVERYONE = /^các cơ quan(, (tổ chức|đơn vị|địa phương))*$/u;

// "lập" is an act ("lập danh sách"), but not in "đơn vị sự nghiệp công lập"; "xây dựng" not in "Ban Quản lý các dự án đầu
// tư xây dựng", nor "vận hành" in "Ban Quản lý vận hành".
const ROLE_VERBS =
  'trực tiếp|(?<!quản lý )vận hành|đưa|lồng ghép|tham gia|niêm yết|công khai|duy trì|bảo đảm|đảm bảo|áp dụng|ứng dụng|kê khai|cập nhật|tiếp nhận|chấp hành|chủ trì|tham mưu|có trách nhiệm|chịu trách nhiệm|thực hiện|tổ chức|(?<!đầu tư )xây dựng|ban hành|theo dõi|hướng dẫn|triển khai|rà soát|kiểm tra|phối hợp|chỉ đạo|quán triệt|tăng cường|tiếp tục|đẩy mạnh|chủ động|(?<!(?:G|g)iáo dục )thường xuyên|nghiêm túc|căn cứ|tuyên truyền|phổ biến|giám sát|(?<!công )lập|thẩm định|xác minh|giải quyết|đánh giá|vận động|nâng cao|sửa đổi|tự kiểm tra|tự rà soát|tự đánh giá|cải tiến|gương mẫu|quản lý chặt chẽ|phát huy|kiểm soát|kiểm kê|giám định|phát hiện|khảo sát|(?<![Bb]an |[Cc]ác )lãnh đạo';

/** The text without brackets inside brackets: "(Phòng Tổ chức cán bộ (sau đây viết tắt là Phòng TCCB) chủ trì; ...)". */
export function withoutInnerBrackets(text: string): string {
  let depth = 0;
  let out = '';
  for (const ch of text) {
    if (ch === '(') depth += 1;
    if (depth <= 1) out += ch;
    if (ch === ')') depth = Math.max(0, depth - 1);
  }
  return out.replace(/\s+(?=[;,)])/g, '');
}

/**
 * The bodies a task names in its own words, when no line lists them: "(Thanh tra tỉnh chủ trì; các sở phối hợp)",
 * "Giao Văn phòng Sở chủ trì, phối hợp với ...", "Thủ trưởng các đơn vị trực thuộc Sở xây dựng ...".
 */
/** A part of a units bracket that is a time: "hoàn thành trong Quý I/2026", "Thường xuyên", "trước ngày 31/3/2026". */
function isTimePhrase(part: string): boolean {
  // "Thực hiện: Tổ Văn phòng" names who, not when.
  if (/^\s*thực hiện\s*:\s*/iu.test(part) && opensBody(part.replace(/^\s*thực hiện\s*:\s*/iu, ''))) return false;
  // "thực hiện trong Quý II/2026", "ít nhất 02 đợt trong năm": when, not who.
  // "ban hành trong Quý I/2025, hoàn thành ... trước ngày 31/12/2025": an act and its time.
  // ("tháng 4 và tháng 10/2026", "khi có đơn thư": a part naming no body that reads as a time.)
  // (Only whether it reads matters here, not the year it resolves to.)
  if (!/chủ trì|phối hợp|thực hiện/iu.test(part) && !opensBody(part.trim()) && readTiming(part.trim(), 2000).doubt === null) return true;
  return /^\s*((thực hiện|hoàn thành|ban hành|triển khai)\s*(:|trong|trước|thường xuyên|hằng|hàng|định kỳ|khi|theo từng)|hoàn thành|thời gian|thời hạn|tiến độ|thường xuyên|hằng năm|hàng năm|năm \d{4}|quý\s|trong (quý|tháng|năm)|trước ngày|chậm nhất|định kỳ|khi có yêu cầu|ít nhất \d+ (đợt|lần)|tháng \d{1,2}(\/\d{4})?\s*$|khi (có )?(phát sinh|cần thiết|có vụ việc))/iu.test(part);
}

/**
 * "(Phòng Tổ chức cán bộ tham mưu; khi phát sinh vụ việc)", the only body after a task: the body that advises does the
 * work, unless the task opens with the one it advises ("Hiệu trưởng rà soát … (Tổ Văn phòng tham mưu; …)"), who leads.
 */
export function advisedWork(advisers: string[], text: string): UnitsLine {
  const first = withoutInnerBrackets(text).split(/\n/)[0]!.replace(/\s*\([^()]*\)\s*[.:]?\s*$/u, '');
  const doer = /\stham mưu(?![\p{L}\p{N}])/u.test(first) ? [] : unitsFromText(first).lead;
  return doer.length > 0 ? { lead: doer, support: advisers } : { lead: advisers, support: [] };
}

/** "Hiệu trưởng chỉ đạo, Tổ Văn phòng thực hiện": the body that does the work leads it; the one that directs it supports
 * (a person's post that directs it, "Phó Giám đốc phụ trách tài chính chỉ đạo, …", neither leads nor supports). */
export function directedRoles(text: string): string {
  return text.replace(/^(\s*[^,;()]{3,60}?)\s+chỉ đạo\s*,\s*([^,;()]{3,80}?)\s+(?:thực hiện|chủ trì)(?=\s*[,;]|\s*$)/u, (_m, director: string, doer: string) =>
    isDirectingPost(`${director} chỉ đạo`) ? `${doer} chủ trì` : `${doer} chủ trì, ${director.trim()} phối hợp`,
  );
}

/** "Văn phòng, Bộ phận Hành chính tư pháp và các Tòa chuyên trách thực hiện các nội dung tại điểm g …": the bodies, then
 * the tasks above them they are given ("các nội dung trên", "các nhiệm vụ tại mục 2 nêu trên"). */
const DOES_THE_ABOVE = /^([^;.]{3,160}?)\s+(?:tổ chức\s+)?thực hiện\s+(?:các\s+)?(?:nội dung|nhiệm vụ)\s+(?:trên|nêu trên|tại\s+(?:điểm|mục)\s).*$/u;

/** A paragraph of its own that assigns the task before it: "Giao phòng KHTH chủ trì, phối hợp phòng TCCB thực hiện." */
export function isUnitsSentence(text: string): boolean {
  // ("Ban Dân chủ - Pháp luật tham mưu Ban Thường trực tổ chức thực hiện; Văn phòng cơ quan phối hợp.": the body that
  // advises the leaders leads, as one that "chủ trì" does.)
  return text.length < 300 && (assignsItself(text) || (opensBody(text) && (ADVISES_LEADERS.test(text) || DOES_THE_ABOVE.test(text))));
}

/** "X tham mưu Ban Thường trực (tổ chức) thực hiện": X leads the work its leaders are to carry out. */
const ADVISES_LEADERS = /^([^;,()]{3,80}?)\s+tham mưu\s+[^;,()]{3,60}?\s+(?:tổ chức\s+)?thực hiện(?=\s*[;,.]|\s*$)/u;

/** A sentence that opens with a body leading the work: "Trung tâm X chủ trì, phối hợp với ... tiếp nhận ...". */
export function assignsItself(text: string): boolean {
  const rest = text.replace(/^\+?\s*giao\s+/iu, '');
  return opensBody(rest) && /(^|[\s(])chủ trì(?![\p{L}\p{N}])/iu.test(rest.slice(0, 160));
}

export function unitsFromText(written: string): UnitsLine {
  const text = withoutInnerBrackets(written);
  for (const bracket of text.matchAll(/\(([^()]*(?:chủ trì|phối hợp|thực hiện|giao\s*:)[^()]*)\)/giu)) {
    // "(Văn phòng Sở chủ trì; các phòng phối hợp; hoàn thành trong Quý I/2026)": the time is not a body.
    // "(Đơn vị thực hiện: Phòng X chủ trì, phối hợp với Y; thời gian: Quý I/2026)": the label says what follows.
    // ("(Thư viện thành phố thực hiện, hoàn thành trước ngày 09/11/2026)": a time after a comma is a part of its own.)
    const units = directedRoles(bracket[1]!)
      .split(/;|,(?=\s*(?:hoàn thành|thời gian|trước ngày|thường xuyên)(?![\p{L}\p{N}]))/u)
      .filter((part) => !isTimePhrase(part))
      .join(';')
      .replace(/^\s*(?:đơn vị|cơ quan) (?:thực hiện|chủ trì|phụ trách)\s*:\s*/iu, '')
      .replace(/[,;]\s*(thường xuyên|hằng năm|hàng năm)\s*$/iu, '');
    // ("(các Đội thực hiện, Phòng Nghiệp vụ - Thanh tra phối hợp; …)": the body that does it leads.)
    const line = readUnitsLine(units.replace(/\s+(chủ trì|phối hợp)\s*(?=[;,]|$)/giu, ' ($1)').replace(/\s+thực hiện\s*(?=[;,]|$)/giu, ' (chủ trì)'));
    // ("(Giao: P.QLDN; phối hợp: VP; …)": short forms the plan defines stand for bodies.)
    if (line.lead.length > 0 && line.lead.every((name) => opensBody(name) || /^(?:[A-ZĐ]\.)?[A-ZĐ][A-ZĐ0-9&.-]*$/u.test(name))) return line;
  }
  // "(Văn phòng Sở tham mưu Giám đốc Sở; khi phát hiện vi phạm)": the body that advises the head does the work.
  const advising = /\(\s*([^()]{3,80}?)\s+tham mưu\s+[^();]*(?:;[^()]*)?\)\s*[.:]?\s*$/u.exec(text.split(/\n/)[0]!)?.[1];
  if (advising && opensBody(advising) && /^\p{Lu}/u.test(advising)) return { lead: splitBodies(advising), support: [] };
  const adviser = /\(\s*([^();]{3,80}?)\s+tham mưu\s*(?:;[^()]*)?\)\s*[.:]?\s*$/u.exec(text.split(/\n/)[0]!)?.[1];
  if (adviser && opensBody(adviser) && /^\p{Lu}/u.test(adviser) && !/chủ trì|phối hợp|thực hiện/iu.test(adviser)) return advisedWork(splitBodies(adviser), text);
  // "(Khoa Dược - TTB - VTYT, Phòng Kế hoạch - Nghiệp vụ; thời gian: hằng quý)": bodies and a time, no role word.
  const closing = /\(([^()]*)\)\s*\.?\s*$/u.exec(text.split(/\n/)[0]!)?.[1];
  if (closing && closing.split(';').some((part) => isTimePhrase(part))) {
    const line = readUnitsLine(closing.split(';').filter((part) => !isTimePhrase(part)).join(';'));
    // ("(phòng Thời sự, các phòng chuyên môn; Thường xuyên)"; "(BBT; Thường xuyên)": a short form the plan defined.)
    const named = (name: string) => (opensBody(name) && /^(\p{Lu}|các\s|\p{Ll}+\s+\p{Lu})/u.test(name)) || /^[A-ZĐ][A-ZĐ0-9&-]*[A-ZĐ]$/u.test(name);
    if (line.lead.length > 0 && [...line.lead, ...line.support].every(named)) return line;
  }
  // "… (Phòng Tổ chức cán bộ và Kiểm tra).", "… (các phòng, các Phòng Giao dịch).": a closing bracket holding bodies' names
  // and nothing else names the body that leads the task (the plan's note says so: "đơn vị ghi trong ngoặc đơn … là đơn vị
  // chủ trì"); those who help are said elsewhere.
  if (closing && !closing.includes(';')) {
    const names = splitBodies(closing);
    const named = (name: string) => isBodyName(name) && /^(\p{Lu}|các\s)/u.test(name);
    if (names.length > 0 && names.every(named)) return { lead: names, support: [] };
  }
  // "Các tổ chức chính trị - xã hội thành viên: tổ chức thực hiện kế hoạch …": the bodies named before the colon do it.
  const subject = /^\s*([^:;()]{3,80}?)\s*:\s+\p{Ll}/u.exec(text.split(/\n/)[0]!)?.[1];
  // ("các tổ chức chính trị - xã hội", "các tổ chức đoàn thể" are bodies, where "Tổ chức 01 lớp …" is an act.)
  if (subject && (isBodyName(subject) || /^các tổ chức\s+\p{L}+/iu.test(subject)) && /^(\p{Lu}|các\s)/u.test(subject)) return { lead: splitBodies(subject), support: [] };
  // "Đề nghị Kiểm soát viên Công ty thực hiện giám sát …": the body the plan asks to do it does it.
  const asked = /^đề nghị\s+(\p{Lu}[^;,.()]{2,80}?)\s+(?:thực hiện|chủ trì)(?![\p{L}\p{N}])/iu.exec(text.split(/\n/)[0]!)?.[1];
  if (asked && opensBody(asked)) return { lead: splitBodies(asked), support: [] };
  // ("… . Giao Văn phòng tham mưu, các bộ phận nghiệp vụ phối hợp thực hiện; hoàn thành trong quý II/2027.")
  const byRoles = closingRoles(text);
  if (byRoles) return { lead: byRoles.lead, support: byRoles.support };
  // "... . Phòng Nghiệp vụ Dược chủ trì, phối hợp với Phòng Kế hoạch – Tài chính tổ chức thực hiện." at the task's end.
  const parts = text.split(/\n/)[0]!.split(/(?<=[.;])\s+(?=\p{Lu})/u);
  for (const [k, written] of parts.entries()) {
    if (k === 0) continue;
    // ("... . Giao Phòng Hành chính - Tổng hợp thực hiện, hoàn thành trong quý II/2026.": assigned, then when.)
    // ("... . Giao Phòng Tổ chức - Hành chính chủ trì; thời gian: ban hành Kế hoạch trong quý I/2027.": the time is not a body.)
    const part = written.replace(/^[Gg]iao\s+(?=\p{Lu}|các\s)/u, '').replace(/\s*[;,.]\s*(?:thời (?:gian|hạn)|tiến độ)[^:;]{0,20}:.*$/iu, '');
    // "... . Các đơn vị trực thuộc thực hiện; Phòng Nghiệp vụ Y theo dõi, đôn đốc." as well, with the bodies after it.
    // ("Thanh tra Sở thực hiện thường xuyên.", "... thực hiện theo Kế hoạch thanh tra năm 2025.", "Văn phòng Sở thực hiện, ban
    // hành kế hoạch trong Quý I/2025.": the doer, then when.)
    // ("Phòng Hành chính tư pháp, Phòng Bổ trợ tư pháp và Trung tâm Dịch vụ đấu giá tài sản thực hiện thường xuyên.": a
    // list of doers, each of its names a body's.)
    const doerList = /^([^;.]{3,160}?)\s+thực hiện\s*(?:[;.,]|$|(?:thường xuyên|theo|trong|trước|ít nhất|hằng|hàng|định kỳ|khi)(?![\p{L}\p{N}]))/u.exec(part)?.[1];
    const doers = part.length < 200 && opensBody(part) && doerList !== undefined && (doerList.includes(',') ? doerList.split(/\s*,\s*|\s+và\s+/u).every((name) => opensBody(name)) : doerList.length <= 120);
    const subject = (sentence: string) => sentence.replace(/\s+thực hiện(?:[\s,][^;]*)?(?=;|$)/u, ' thực hiện');
    const later = doers ? [subject(part), ...parts.slice(k + 1).filter((next) => opensBody(next) && next.length < 120)].join(' ') : part;
    if (isUnitsSentence(later) || doers) {
      const line = readUnitsLine(later);
      if (line.lead.length > 0 && line.lead.every((name) => opensBody(name))) return line;
    }
  }
  // "Kiểm tra ... tại Trung tâm X: Phòng KH-TC (chủ trì), Văn phòng Sở (phối hợp); thời gian: Quý III/2026."
  const afterColon = /:\s*([^:;]*\((?:chủ trì|phối hợp)\)[^:;]*?)\s*(?:;\s*thời (?:gian|hạn)\b|\.?\s*$)/iu.exec(text.split(/\n/)[0]!);
  if (afterColon) {
    const line = readUnitsLine(afterColon[1]!);
    if (line.lead.length > 0 && [...line.lead, ...line.support].every((name) => opensBody(name))) return line;
  }
  const sentence = text
    .split(/\n/)[0]!
    .replace(/\s*\((?:sau đây|gọi tắt|viết tắt)[^()]*\)/giu, '')
    // "Thủ trưởng các đơn vị trực thuộc Sở (Chi cục X, Trung tâm Y) xây dựng ...": the members say which, not who else.
    .replace(/\s*\((?!\s*(chủ trì|phối hợp)\s*\))[^()]*\)/giu, '').replace(/\s*\((chủ trì|phối hợp)\)/giu, ' $1').replace(/^(giao|đề nghị|yêu cầu)\s+/iu, '').replace(/^(thủ trưởng|lãnh đạo|người đứng đầu|trưởng)\s+(?=các\b)/iu, '');
  if (!opensBody(sentence)) return { lead: [], support: [] };
  // "Lãnh đạo Văn phòng chỉ đạo Phòng Hành chính - Tổ chức kiểm tra ...": the body directed to do the work does it.
  const directed = /^(?:(?:lãnh đạo|ban giám đốc|giám đốc|thủ trưởng)\s[^,;]{0,60}?|hiệu trưởng|ban giám hiệu)\s+chỉ đạo\s+(\p{Lu}.*)$/u.exec(sentence.charAt(0).toLowerCase() + sentence.slice(1))?.[1];
  if (directed && opensBody(directed)) {
    const line = unitsFromText(directed);
    if (line.lead.length > 0) return line;
  }
  // "Đảng ủy UBND xã lãnh đạo UBND xã thực hiện …": the Party body leads the body that does the work, both lead it.
  const led = /^(.{3,80}?)\s+(?<![Bb]an |[Cc]ác )lãnh đạo\s+(\p{Lu}.*)$/u.exec(sentence);
  if (led && opensBody(led[1]!) && opensBody(led[2]!)) {
    const line = unitsFromText(led[2]!);
    if (line.lead.length > 0) return { lead: [...splitBodies(led[1]!), ...line.lead], support: line.support };
  }
  // A verb is in lower case: "Phòng Tổ chức công chức" is a name, "tổ chức kiểm tra" an act.
  const inline = new RegExp(`^(.{3,120}?)\\s+chủ trì\\s*,?\\s*phối hợp (?:với\\s+)?(.{3,160}?)\\s+(?<!các )(?:${ROLE_VERBS}|để|trong việc)(?![\\p{L}\\p{N}])`, 'u').exec(sentence);
  if (inline) return { lead: splitBodies(inline[1]!), support: splitBodies(inline[2]!) };
  // "Phòng Kinh tế phối hợp Phòng Văn hóa - Xã hội tham mưu UBND xã rà soát …": the subject leads, the body it works with
  // (named in capitals, before the act) supports; "X phối hợp Y thực hiện …" says they do the task together: both lead.
  const helped = new RegExp(`^([^,;:]{3,120}?)\\s+phối hợp (?:với\\s+)?(\\p{Lu}[^;:]{2,120}?)\\s+(?<!các )(${ROLE_VERBS}|để|trong việc|tạo điều kiện)(?![\\p{L}\\p{N}])`, 'u').exec(sentence);
  if (helped && opensBody(helped[1]!) && opensBody(helped[2]!) && !/chủ trì|phối hợp/u.test(helped[1]!) && splitBodies(helped[2]!).every((name) => opensBody(name) && name.split(/\s+/u).length <= 12)) {
    const partners = splitBodies(helped[2]!);
    return helped[3] === 'thực hiện' ? { lead: [...splitBodies(helped[1]!), ...partners], support: [] } : { lead: splitBodies(helped[1]!), support: partners };
  }
  const plain = new RegExp(`^(.{3,160}?)\\s+(?<!các )(?:${ROLE_VERBS})(?![\\p{L}\\p{N}])`, 'u').exec(sentence);
  // A name is short and stops at the sentence's first stop; "các cơ quan, tổ chức, đơn vị, địa phương" is everyone.
  // A long subject is a list of names, each of them short: "Các bệnh viện ..., các trung tâm ... và Trung tâm ...".
  const shortNames = (subject: string) => subject.split(/\s+/).length <= 10 || splitBodies(subject).every((name) => opensBody(name) && name.split(/\s+/).length <= 16);
  if (!plain || /[.:;]/.test(plain[1]!) || plain[1]!.split(/\s+/).length > 40 || !shortNames(plain[1]!)) return { lead: [], support: [] };
  // "Các cơ quan, đơn vị, địa phương" as the plan writes it: a group that stands for every body.
  if (EVERYONE.test(foldForCompare(plain[1]!).replace(/,$/, ''))) return /,\s*$/.test(plain[1]!) ? { lead: [], support: [] } : { lead: [plain[1]!.trim()], support: [] };
  // "...; Văn phòng Sở theo dõi, đôn đốc việc thực hiện ...": a body that follows the others' work supports it.
  const followers = sentence
    .split(';')
    .slice(1)
    .flatMap((part) => {
      const m = /^\s*(.{3,60}?)\s+(?:theo dõi|hướng dẫn|đôn đốc)(?![\p{L}\p{N}])/u.exec(part);
      return m && opensBody(m[1]!) && /^\p{Lu}/u.test(m[1]!) ? splitBodies(m[1]!) : [];
    });
  // "Giám đốc Ban chịu trách nhiệm ...; Trưởng các phòng chuyên môn chịu trách nhiệm ...": each clause's own subject
  // leads its part of the task, or supports it when it "phối hợp".
  const lead = splitBodies(plain[1]!);
  const support = [...followers];
  for (const part of sentence.split(';').slice(1)) {
    // "...; phối hợp (với) Thanh tra tỉnh thẩm tra dự thảo ...": the subject works with that body, which supports.
    const along = new RegExp(`^\\s*phối hợp (?:với\\s+)?(\\p{Lu}.{2,60}?)\\s+(?:${ROLE_VERBS}|thẩm tra|đăng tải|tổ chức|để)(?![\\p{L}\\p{N}])`, 'u').exec(part);
    if (along && opensBody(along[1]!) && !/[.:]/.test(along[1]!)) {
      for (const name of splitBodies(along[1]!)) if (!lead.includes(name) && !support.includes(name)) support.push(name);
      continue;
    }
    // ("...; các phòng, chi nhánh tổ chức thực hiện": a group named in lower case after "các" as well.)
    const m = new RegExp(`^\\s*(\\p{Lu}.{2,60}?|các\\s.{2,60}?)\\s+(${ROLE_VERBS})(?![\\p{L}\\p{N}])`, 'u').exec(part);
    if (!m || !opensBody(m[1]!) || /[.:]/.test(m[1]!) || /^\s*(.{3,60}?)\s+(?:theo dõi|hướng dẫn|đôn đốc)(?![\p{L}\p{N}])/u.test(part)) continue;
    const names = splitBodies(m[1]!.replace(/^(thủ trưởng|lãnh đạo|người đứng đầu|trưởng)\s+(?=các\b)/iu, ''));
    // "...; Văn phòng Sở phối hợp với Công đoàn Giáo dục tỉnh tổ chức ...": the clause's subject does its part with
    // the help of the body it names.
    const partner = m[2] === 'phối hợp' ? new RegExp(`^\\s*với\\s+(\\p{Lu}.{2,60}?)\\s+(?:${ROLE_VERBS}|để)(?![\\p{L}\\p{N}])`, 'u').exec(part.slice(m.index + m[0].length)) : null;
    if (partner && opensBody(partner[1]!) && !/[.:]/.test(partner[1]!)) {
      for (const name of names) if (!lead.includes(name) && !support.includes(name)) lead.push(name);
      for (const name of splitBodies(partner[1]!)) if (!lead.includes(name) && !support.includes(name)) support.push(name);
      continue;
    }
    const role = m[2] === 'phối hợp' ? support : lead;
    for (const name of names) if (!lead.includes(name) && !support.includes(name)) role.push(name);
  }
  return { lead, support };
}

/**
 * A units line that splits the work of the tasks above it by what each body does: "Văn phòng chủ trì việc kê khai, công
 * khai bản kê khai; Thanh tra chủ trì việc xác minh tài sản, thu nhập; các đơn vị phối hợp thực hiện" → the clauses with
 * their topics, and the clauses for every task ("các đơn vị phối hợp thực hiện"); null unless two clauses have a topic.
 */
export function unitsByTopic(line: string): { topics: { units: string; topic: string }[]; common: string[] } | null {
  const { own: topics, common } = clausesOfLine(line, (clause) => {
    // ("Văn phòng cơ quan chủ trì thực hiện nội dung công khai tài chính, tài sản; Ban Phong trào chủ trì công khai các
    // nguồn vận động, các quỹ": the topic after the role, with or without "việc".)
    const m = /^(.{3,80}?)\s+(chủ trì|thực hiện)\s+(?:việc\s+|(?:thực hiện\s+)?(?:nội dung\s+)?(?=\p{Ll}))(.{3,})$/u.exec(clause);
    const topic = m?.[3];
    if (!m || !topic || !opensBody(m[1]!) || /^(phối hợp|tham mưu|theo dõi|hướng dẫn|đôn đốc|tổng hợp|thường xuyên|trong|trước|từ|hằng|hàng|khi)(?![\p{L}\p{N}])/u.test(topic) || topic.split(/\s+/u).length < 3) return null;
    return { units: `${m[1]} ${m[2]}`, topic };
  });
  return topics.length >= 2 ? { topics, common } : null;
}

/** A units line's clauses (at ";"): those `read` gives a task of their own to, and the others, for every task. */
function clausesOfLine<T>(line: string, read: (clause: string) => T | null): { own: T[]; common: string[] } {
  const own: T[] = [];
  const common: string[] = [];
  for (const written of line.replace(/[.\s]+$/u, '').split(/\s*;\s*/u)) {
    const clause = written.trim();
    const reading = read(clause);
    if (reading) own.push(reading);
    else common.push(clause);
  }
  return { own, common };
}

const ORDINALS: Record<string, number> = { nhất: 1, hai: 2, ba: 3, tư: 4, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10 };

/**
 * A units line that gives the tasks above it out by their place: "Giao Phòng Kế toán - Tài vụ chủ trì nội dung thứ nhất;
 * Phòng Tổ chức - Hành chính chủ trì nội dung thứ hai; …; các Chi nhánh phối hợp" → the line for the task at `place`
 * (1 for the first): its clause with the clauses for every task; null unless two clauses name a place, or none names this.
 */
export function unitsByPlace(line: string, place: number): string | null {
  const { own: placed, common } = clausesOfLine(line.replace(/^giao\s+/iu, ''), (clause) => {
    const m = /^(.{3,80}?)\s+(chủ trì|thực hiện)\s+(?:nội dung|ý|gạch đầu dòng|nhiệm vụ)\s+thứ\s+(\p{L}+|\d+)(?![\p{L}\p{N}])(.*)$/u.exec(clause);
    const n = m ? Number(m[3]) || ORDINALS[m[3]!.toLowerCase()] : undefined;
    // ("… chủ trì nội dung thứ hai, các Phòng giao dịch phối hợp": the bodies that help with it, after the comma.)
    return m && n && opensBody(m[1]!) ? { units: `${m[1]} ${m[2]}${/^\s*,/u.test(m[4]!) ? m[4] : ''}`, place: n } : null;
  });
  if (placed.length < 2) return null;
  const own = placed.filter((c) => c.place === place).map((c) => c.units);
  return own.length > 0 ? [...own, ...common].join('; ') : null;
}

/** The pairs of neighbouring words of a text, folded: what two wordings of one task share ("kê khai", "khai tài"). */
export function wordPairs(text: string): Set<string> {
  const words = foldForCompare(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return new Set(words.slice(1).map((w, i) => `${words[i]} ${w}`));
}

/** The units line for one task: the clause whose topic shares the most word pairs with its text, with the common
 * clauses; null when no topic is the task's more than the others'. */
export function clauseForTask(split: { topics: readonly { units: string; topic: string }[]; common: readonly string[] }, task: string): string | null {
  const own = wordPairs(task);
  const scored = split.topics.map((c) => ({ c, n: [...wordPairs(c.topic)].filter((p) => own.has(p)).length })).sort((a, b) => b.n - a.n);
  if (!(scored[0]!.n > 0 && scored[0]!.n > (scored[1]?.n ?? 0))) return null;
  return [scored[0]!.c.units, ...split.common].join('; ');
}
