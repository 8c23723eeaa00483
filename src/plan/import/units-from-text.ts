import { foldForCompare } from '../../text';
import { readTiming } from './timing';
import { closingRoles } from './closing-roles';
import { isBodyName, opensBody } from './body-names';
import { ROLE_VERBS } from './role-verbs';
import { splitBodies } from './split-bodies';
import { sharesAsLeads } from './body-shares';
import { directedRoles } from './role-wording';
import { readUnitsLine, type UnitsLine } from './units-line';
import { isUnitsSentence, partnersIn } from './units-sentence';
import { givenSentences } from './given-sentences';
import { personsNamed } from './posts-roles';
import { directedByPost } from './directors';

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

/** "Các cơ quan, đơn vị", "các cơ quan, tổ chức, đơn vị, địa phương": every body the plan addresses. */
const EVERYONE = /^các cơ quan(, (tổ chức|đơn vị|địa phương))*$/u;

/**
 * The bodies a task names in its own words, when no line lists them: "(Thanh tra tỉnh chủ trì; các sở phối hợp)",
 * "Giao Văn phòng Sở chủ trì, phối hợp với ...", "Thủ trưởng các đơn vị trực thuộc Sở xây dựng ...".
 */
/** The units of the work a leader directs a body to do ("… chỉ đạo Tòa Hình sự phối hợp với …"), when that body leads it. */
function doneByDirected(directed: string | null | undefined): UnitsLine | null {
  if (!directed || !opensBody(directed)) return null;
  const line = unitsFromText(directed);
  return line.lead.length > 0 ? line : null;
}

export function unitsFromText(written: string): UnitsLine {
  const text = withoutInnerBrackets(written).replace(/\(([^()]*\sđối với\s[^()]*)\)/gu, (_whole, bracket: string) => `(${sharesAsLeads(bracket)})`);
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
  // ("Đề nghị X chủ trì, phối hợp với Y thực hiện": the sentence below reads its partners too.)
  const asked = /^đề nghị\s+(\p{Lu}[^;,.()]{2,80}?)\s+(?:thực hiện|chủ trì(?!\s*,?\s*phối hợp))(?![\p{L}\p{N}])/iu.exec(text.split(/\n/)[0]!)?.[1];
  if (asked && opensBody(asked)) return { lead: splitBodies(asked), support: [] };
  // ("… . Giao Sở X chủ trì …; thời gian: Quý I/2027. Giao các cơ quan, đơn vị … ; thời gian: thường xuyên.": each
  // sentence gives its part to bodies of its own.)
  const given = givenSentences(text, unitsFromText);
  if (given && given.count > 1) return { lead: given.lead, support: given.support };
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
    .replace(/\s*\((?!\s*(chủ trì|phối hợp)\s*\))[^()]*\)/giu, '').replace(/\s*\((chủ trì|phối hợp)\)/giu, ' $1').replace(/^(giao|đề nghị|yêu cầu)\s+/iu, '').replace(/^(thủ trưởng|lãnh đạo|người đứng đầu|trưởng)\s+(?=các\b)/iu, '')
    // "Phó Giám đốc theo lĩnh vực được phân công chỉ đạo …": the post does it; the field it is given says which of them.
    .replace(/^((?:[Cc]ác\s+)?(?:[Pp]hó\s+)?(?:Giám đốc|Hiệu trưởng|Chủ tịch|Trưởng phòng|Viện trưởng|Chánh án)(?:\s+\p{Lu}\S*)*)\s+theo\s+(?:lĩnh vực|mảng công tác|ngành)(?:\s+(?:được\s+)?(?:phân công|giao))?(?:\s+phụ trách)?(?=\s)/u, '$1');
  // ("Đánh giá …: Giao Thanh tra tỉnh chủ trì, …", "… . Đề nghị Báo … chủ trì, …": one sentence the others do not read.)
  // (A post as the subject, "Phó Giám đốc chỉ đạo các phòng, tổ thực hiện …", is the doer as a body would be.)
  // (The post directs, the body it names does the work, with the partners it names: the leader is no doer, see directors.ts.)
  const byPost = doneByDirected(directedByPost(sentence));
  if (byPost) return byPost;
  if (!opensBody(sentence) && !/^Phó\s+(?:Giám đốc|Hiệu trưởng|Chủ tịch)\s+(?!phụ trách)\p{Ll}/u.test(sentence)) return given ? { lead: given.lead, support: given.support } : { lead: [], support: [] };
  // "Lãnh đạo Văn phòng chỉ đạo Phòng Hành chính - Tổ chức kiểm tra ...": the body directed to do the work does it.
  const directedByLeaders = /^(?:(?:lãnh đạo|ban giám đốc|giám đốc|thủ trưởng)\s[^,;]{0,60}?|hiệu trưởng|ban giám hiệu)\s+chỉ đạo\s+(\p{Lu}.*)$/u.exec(sentence.charAt(0).toLowerCase() + sentence.slice(1))?.[1];
  const byLeaders = doneByDirected(directedByLeaders);
  if (byLeaders) return byLeaders;
  // "Đảng ủy UBND xã lãnh đạo UBND xã thực hiện …": the Party body leads the body that does the work, both lead it.
  const led = /^(.{3,80}?)\s+(?<![Bb]an |[Cc]ác )lãnh đạo\s+(\p{Lu}.*)$/u.exec(sentence);
  if (led && opensBody(led[1]!) && opensBody(led[2]!)) {
    const line = unitsFromText(led[2]!);
    if (line.lead.length > 0) return { lead: [...splitBodies(led[1]!), ...line.lead], support: line.support };
  }
  // A verb is in lower case: "Phòng Tổ chức công chức" is a name, "tổ chức kiểm tra" an act.
  const inline = new RegExp(`^(.{3,120}?)\\s+chủ trì\\s*,?\\s*phối hợp (?:với\\s+)?(.{3,160}?)\\s+(?<!các )(?:${ROLE_VERBS}|để|trong việc)(?![\\p{L}\\p{N}])`, 'u').exec(sentence);
  if (inline) return { lead: splitBodies(inline[1]!), support: splitBodies(inline[2]!) };
  // ("Phòng 7 chủ trì, phối hợp với VKSND khu vực kiểm sát việc thi hành …": an act no verb of the list opens; the
  // partners' names end as their own forms say.)
  const ledWith = /^(.{3,120}?)\s+chủ trì\s*,?\s*phối hợp với\s/u.exec(sentence);
  const partners = ledWith && opensBody(ledWith[1]!) && !/[.:;]/u.test(ledWith[1]!) ? partnersIn(sentence) : [];
  if (partners.length > 0 && partners.every((name) => name.split(/\s+/u).length <= 6)) return { lead: splitBodies(ledWith![1]!), support: partners };
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
  // ("Các Thẩm phán, Thư ký Tòa án, Thẩm tra viên chủ động …": the court's judicial staff, one group of persons.)
  const lead = personsNamed(plain[1]!) ?? splitBodies(plain[1]!);
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
