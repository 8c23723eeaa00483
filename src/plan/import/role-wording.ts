/**
 * A units line's wording brought to marks the reader knows: each body's role said by "(chủ trì)" / "(phối hợp)" or a
 * "Chủ trì: …" label, whatever words the plan uses for it ("(CT)", "tham mưu", "giúp việc", "theo dõi, đôn đốc", …),
 * and the notes that name no body left out.
 */
import { foldForCompare } from '../../text';
import { opensBody } from './body-names';
import { isDirectingPost } from './directors';
import { beforeActs } from './role-verbs';

/** A body's name followed by what it does for the others ("theo dõi, tổng hợp", "hướng dẫn, đôn đốc"). */
export const OVERSEEING = /(?<![Kk]ế hoạch)\s+(theo dõi|hướng dẫn|đôn đốc|(?<!(?:[Dd]ịch vụ|[Hh]ành chính)\s+)tổng hợp)(?:[\s,]+(theo dõi|hướng dẫn|đôn đốc|tổng hợp|kiểm tra|báo cáo))*\s*$/u;

/** A body's kind with no name after it: "Tổ", "Ban", "Đội". */
export const KIND_ALONE = /^\s*(?:tổ|ban|phòng|đội|nhóm|khoa|hội|đoàn|bộ phận|hội đồng)\s*$/iu;

/** What a body does in its role: "(phối hợp) theo dõi, hướng dẫn". */
const ROLE_ACT = '(?:theo dõi|hướng dẫn|kiểm tra|giám sát|đôn đốc|thẩm định|tổng hợp|tham mưu)';
const ROLE_THEN_ACTS = new RegExp(`\\s+(chủ trì|phối hợp)\\s+${ROLE_ACT}(?:(?:\\s*,\\s*|\\s+và\\s+|\\s+)${ROLE_ACT})*\\s*(?=[;.,]|$)`, 'giu');
const ROLE_THEN_ACTS_BRACKETED = new RegExp(`\\(\\s*(chủ trì|phối hợp)\\s+${ROLE_ACT}[^()]*\\)`, 'giu');

/** "X phối hợp <what it does>" closing a ";" part: not "phối hợp với Y", "phối hợp các phòng", "phối hợp theo lĩnh vực". */
const HELPS_BY_DOING = /(^|;\s*)([^;()]{3,120}?)\s+phối hợp\s+(?!(?:với|cùng|các|theo|thực hiện)(?![\p{L}\p{N}]))(\p{Ll}[^;()]*?)(?=\s*(?:;|\.?\s*$))/gu;

/** "X tự <act>" in a ";" part: the body or staff, then what it does by itself ("tự rà soát, báo cáo", "tự kê khai"). */
export const DOES_ITSELF = /(^|;\s*)([^;()]{3,80}?)(?<!trật)\s+tự\s+\p{Ll}[^;]*?(?=\s*(?:;|\.?\s*$))/gu;

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

/** "X tham mưu Ban Thường trực (tổ chức) thực hiện": X leads the work its leaders are to carry out. */
export const ADVISES_LEADERS = /^([^;,()]{3,80}?)\s+tham mưu\s+[^;,()]{3,60}?\s+(?:tổ chức\s+)?thực hiện(?=\s*[;,.]|\s*$)/u;

/** The units line `raw` with each body's role marked. */
export function withRoleMarks(raw: string): string {
  // Notes in brackets that are not roles ("(lồng ghép vào kế hoạch ...)") say how, not who; "Giao X chủ trì, phối
  // hợp Y thực hiện" is "X chủ trì, phối hợp Y".
  return sharedKind(compiledFromReports(directedRoles(raw))
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
    // "Kế toán chủ trì thực hiện; …": the role, then the doing it leads, which names no body.
    .replace(/\s+chủ trì\s+(?:tổ chức\s+)?thực hiện(?=\s*(?:[;.]|$))/gu, ' chủ trì')
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
      // ("…; Phòng Tổ chức cán bộ kiểm tra, đôn đốc", "…; Phòng Quản lý chất lượng tổ chức khảo sát, tổng hợp": what else
      // it does is no part of its name. "…; Tổ giám sát", "…; Ban chỉ đạo": a kind alone names no body; the act is the
      // rest of its name.)
      const name = beforeActs(written.replace(/\s+phụ trách\s.*$/u, '')).replace(/[\s,]+$/u, '');
      return opensBody(name) && !KIND_ALONE.test(name) && !/chủ trì|phối hợp/iu.test(name) ? `; ${name} (phối hợp)` : whole;
    })
    // ("Tổ Văn phòng chủ trì; Phó Hiệu trưởng phụ trách chuyên môn cung cấp số liệu": the body that supplies what the
    // work needs helps in it.)
    .replace(/;\s*([^;()]{3,80}?)\s+cung cấp\s+\p{Ll}[^;]*$/u, (whole, written: string) => {
      const name = beforeActs(written).replace(/[\s,]+$/u, '');
      return opensBody(name) && !KIND_ALONE.test(name) && !/chủ trì|phối hợp/iu.test(name) ? `; ${name} (phối hợp)` : whole;
    })
    .replace(/\((?!\s*(chủ trì|phối hợp)\s*\))[^)]*\)/giu, '')
    .replace(/[*.]+\s*$/, '')
    // "(Giao: Phòng X chủ trì, phối hợp Văn phòng HĐND và UBND xã; …)": a label over bodies that say their roles themselves.
    .replace(/^\+?\s*giao\s*:\s*(?=[^;:]*?(?:\s|\()chủ trì(?![\p{L}\p{N}]))/iu, '')
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
}

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

/** "Hiệu trưởng chỉ đạo, Tổ Văn phòng thực hiện": the body that does the work leads it; the one that directs it supports
 * (a person's post that directs it, "Phó Giám đốc phụ trách tài chính chỉ đạo, …", neither leads nor supports). */
export function directedRoles(text: string): string {
  return text.replace(/^(\s*[^,;()]{3,60}?)\s+chỉ đạo\s*,\s*([^,;()]{3,80}?)\s+(?:thực hiện|chủ trì)(?=\s*[,;]|\s*$)/u, (_m, director: string, doer: string) =>
    isDirectingPost(`${director} chỉ đạo`) ? `${doer} chủ trì` : `${doer} chủ trì, ${director.trim()} phối hợp`,
  );
}
