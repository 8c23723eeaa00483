/**
 * A plan's line of responsible bodies, split into the bodies that lead and those that support, as written:
 * "Thanh tra Sở (chủ trì); Văn phòng Sở (phối hợp)", "X chủ trì, phối hợp với Y", "Chủ trì: X; phối hợp: Y", or a
 * plain list (all lead).
 */
import { foldForCompare } from '../../text';
import { withoutDirectors } from './directors';
import { opensBody } from './body-names';
import { beforeActs } from './role-verbs';
import { HEAD_TITLE, splitBodies } from './split-bodies';
import { DOES_ITSELF, KIND_ALONE, OVERSEEING, withRoleMarks } from './role-wording';
import { postsRoles } from './posts-roles';

export interface UnitsLine {
  lead: string[];
  support: string[];
}

/** "Phòng KTKSNB; các phòng, Phòng giao dịch có liên quan thực hiện kiến nghị": bodies that act on the findings of the
 * inspection another leads help it. */
const ACTS_ON_FINDINGS = /(?<=\S)\s+(?:có liên quan\s+)?thực hiện\s+(?:các\s+)?(?:kiến nghị|kết luận)(?:(?:\s*,\s*|\s+và\s+)(?:kiến nghị|kết luận))*\s*\.?\s*$/u;

/** "cán bộ, giảng viên, nhân viên" beside the bodies that do a task: the staff each of them holds to it, not a body. */
const STAFF_WORD = '(?:cán bộ|công chức|viên chức|giảng viên|giáo viên|nhân viên|người lao động|đảng viên|học viên)';
const STAFF = new RegExp(`^(?:toàn thể\\s+)?${STAFF_WORD}(?:\\s*(?:,|và)\\s*${STAFF_WORD})*$`, 'u');
export const isStaff = (name: string): boolean => STAFF.test(name.trim());

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
/** "Đảng ủy UBND xã lãnh đạo, chỉ đạo UBND xã tổ chức thực hiện": a body's Party committee directing the body, which
 * carries it out; both lead, the one by its direction and the other by its work. */
const DIRECTS_DOER = /(^|[:;]\s*)([^:;,()]{3,80}?)\s+(?:lãnh đạo|chỉ đạo)(?:\s*(?:,|và)\s*chỉ đạo)?\s+([^:;,()]{3,80}?)\s+(?:tổ chức\s+)?(?:thực hiện|triển khai(?:\s+thực hiện)?)(?=\s*(?:[;.]|$))/u;

export function readUnitsLine(raw: string, options: { markedLeadOnly?: boolean } = {}): UnitsLine {
  const directs = DIRECTS_DOER.exec(raw);
  if (directs && opensBody(directs[2]!) && opensBody(directs[3]!)) {
    return readUnitsLine(`${raw.slice(0, directs.index)}${directs[1]}${directs[2]}, ${directs[3]}${raw.slice(directs.index + directs[0].length)}`, options);
  }
  const byPosts = postsRoles(raw);
  if (byPosts) return byPosts;
  // (The leader who directs the work is named beside the bodies doing it; where he alone is named, he stands for them.)
  const undirected = withoutDirectors(raw);
  if (undirected !== raw) {
    const line = readUnitsLine(undirected, options);
    if (line.lead.length > 0) return line;
  }
  // (Spaced once, as folding spaces it, so that the folded line's offsets are the line's: "Phòng KT-NQ (…) đối với …".)
  // ("Phòng Kế toán - Ngân quỹ đối với nội dung công khai tài chính": the part of the work it leads is not its name.)
  const text = withRoleMarks(raw).replace(/ {2,}/gu, ' ').replace(/\s+đối với\s+(?:nội dung|việc|hoạt động|công tác|lĩnh vực|nhiệm vụ)[^;.]*?(?=\s*(?:[;.]|$))/gu, '');
  const lines = labelledLines(text);
  if (lines) return lines;
  const above = DOES_THE_ABOVE.exec(text);
  if (above && !/chủ trì|phối hợp/iu.test(above[1]!)) {
    // ("… thực hiện các nội dung trên; Công an xã, Ban Chỉ huy Quân sự xã phối hợp": the bodies marked after it help.)
    const helpers = /;\s*([^;]{3,160}?)\s+\(?phối hợp\)?\s*$/u.exec(above[0])?.[1];
    const support = helpers && opensBody(helpers) ? splitBodies(helpers) : [];
    return { lead: splitBodies(above[1]!), support };
  }
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
    // ("Đơn vị phối hợp: Không.": no one helps.)
    return { lead: splitBodies(leadText), support: supportText && !/^\s*không\s*[.;]?\s*$/iu.test(supportText) ? splitBodies(supportText) : [] };
  }
  // "X chủ trì, phối hợp với Y", "X (chủ trì), phối hợp với Y"
  const inline = /^(.*?)\s*(?:\s|\()chủ trì\)?\s*[,;]?\s*phối hợp (?:với\s+)?(.*)$/u.exec(text);
  if (inline) {
    // ("Ban Kinh tế chủ trì, phối hợp Ngân hàng Chính sách xã hội tỉnh; Hội LHPN cấp xã thực hiện": the bodies a part of
    // their own says do it lead beside the one that leads; so do those a part of their own says lead, "…; Ủy ban nhân dân
    // xã chủ trì".)
    const DOES = /\s+(?:(?:tổ chức\s+|triển khai\s+)?thực hiện|\(?chủ trì\)?)\s*\.?\s*$/u;
    const doers = new RegExp(`;\\s*([^;()]{3,120}?)${DOES.source}`, 'u').exec(raw)?.[1]?.trim();
    const [partners, ...rest] = inline[2]!.split(/\s*;\s*/u);
    if (doers && opensBody(doers) && rest.length > 0 && rest.join('; ').replace(DOES, '').trim() === doers) {
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
  const parts = text.replace(/\s+(chủ trì|phối hợp)\s*,\s*(?!phối hợp|chủ trì)/giu, ' $1; ').split(';');
  // ("Công chức tại các quầy; Phòng Kiểm soát TTHC (chủ trì)": before the body marked as leading, one with no mark helps
  // it as one after it does; one that says its own act, "Ban Giám đốc chỉ đạo; …", is read as written.)
  const leadsAt = parts.findIndex((part) => /(?:\(chủ trì\)|\schủ trì)\s*$/iu.test(part.trim()));
  const bare = (part: string) => {
    const names = beforeActs(part.trim());
    return names === part.trim() || KIND_ALONE.test(names);
  };
  for (const [partAt, part] of parts.entries()) {
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
      const oneLeads = (afterLead || (partAt < leadsAt && bare(part))) && !segmentRole && !othersDo;
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
      // (Beside the body that leads, only a body's name or the posts of its heads help it.)
      if (!role && oneLeads && !opensBody(clean) && !isPosts(clean)) continue;
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

/** "Giám đốc, Phó Giám đốc", "Chủ tịch và Phó Chủ tịch": the issuer's heads by their posts, who may help the body that
 * leads. */
const POST = /^(?:[Pp]hó\s+)?(?:[Tt]ổng\s+)?(?:[Gg]iám đốc|[Cc]hủ tịch|[Vv]iện trưởng|[Cc]hánh án|[Hh]iệu trưởng|[Cc]ục trưởng|[Cc]hi cục trưởng|[Hh]ạt trưởng|[Tt]hủ trưởng)(?![\p{L}\p{N}])/u;
const isPosts = (name: string): boolean => name.split(/\s*,\s*|\s+và\s+/u).every((piece) => POST.test(piece));

/** "Đ/c Phó Chủ tịch Thường trực", "Đồng chí Chủ tịch Hội": a person, who directs the work but is not a unit. */
const PERSON = /^(?:đ\/c|đồng chí)\s/iu;

/** "Văn phòng, Bộ phận Hành chính tư pháp và các Tòa chuyên trách thực hiện các nội dung tại điểm g …": the bodies, then
 * the tasks above them they are given ("các nội dung trên", "các nhiệm vụ tại mục 2 nêu trên"). The body may say its
 * role and act first ("Giao Phòng Kinh tế chủ trì tham mưu thực hiện các nội dung trên"). */
export const DOES_THE_ABOVE = /^([^;.]{3,160}?)(?:\s+chủ trì)?(?:\s*,?\s+tham mưu)?\s+(?:tổ chức\s+)?thực hiện\s+(?:các\s+)?(?:nội dung|nhiệm vụ)\s+(?:trên|nêu trên|tại\s+(?:điểm|mục)\s).*$/u;

// What callers outside the importer read from here before the reader was split into the modules below.
export { isBodyName, opensBody } from './body-names';
export { isJointOffice, splitBodies, withoutDoing } from './split-bodies';
export { compiledFromReports, directedRoles } from './role-wording';
export { assignsItself, isUnitsSentence, partnersIn } from './units-sentence';
export { advisedWork, unitsFromText, withoutInnerBrackets } from './units-from-text';
export { clauseForTask, unitsByPlace, unitsByTopic, wordPairs } from './units-by-clause';
