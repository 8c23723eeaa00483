import { withoutListOpener } from './list-opener';
import type { DocumentModel } from '../../document/model';
import { foldForCompare } from '../../text';
import { opensBody } from './body-names';
import { splitBodies } from './split-bodies';
import { theseNamed } from './these-units';
import { namesWithGroupWords } from './whole-names';
import { definedShortForms } from './short-forms';
import { collectiveMembers, collectiveNamesIn, keepCollective, namedSeries, NUMBERED_SERIES } from './collective-names';

export interface ListedGroup {
  /** The group's name as written ("các đơn vị trực thuộc Sở"). */
  name: string;
  members: string[];
  /** A name the plan gives bodies of several kinds it has listed ("sau đây gọi chung là ..."). */
  collective: boolean;
  /** The paragraph that lists them, when read from one. */
  paragraph?: number;
}

export const wholeNamesOf = (model: DocumentModel, shortForms: Map<string, string>): string[] => namesWithGroupWords(model.paragraphs.map((p) => p.text), shortForms.values());

/**
 * Groups whose members the plan lists: "các đơn vị trực thuộc Sở (Chi cục X, Trung tâm Y)", "Các phòng chuyên môn thuộc
 * UBND phường gồm: A, B, C", and the bodies a collective name stands for ("Văn phòng Sở, các phòng chuyên môn và các
 * đơn vị trực thuộc Sở (sau đây gọi chung là các phòng, đơn vị thuộc Sở)").
 */
/** `wholes`: the names with "và các …" the plan writes whole (namesWithGroupWords), when the caller has them. */
export function listedGroups(model: DocumentModel, wholes = wholeNamesOf(model, definedShortForms(model))): ListedGroup[] {
  const lists: ListedGroup[] = [];
  // ("Các tổ chức chính trị - xã hội trực thuộc (Hội Liên hiệp Phụ nữ tỉnh, Tỉnh Đoàn, …)": a Front committee's members.)
  const group = /(?:^|[^\p{L}])(các\s+(?:đơn vị|phòng|trung tâm|chi cục|cơ quan|bệnh viện|trường|tổ chức chính trị - xã hội)(?:[\p{L}\s,]{0,50}?))\s*(?:\(([^()]*(?:\([^()]*\)[^()]*)*)\)|,?\s*(?:bao gồm|gồm)\s*:?\s*([^.;()]+))/giu;
  const bodies = (text: string) => keepCollective(splitBodies(withoutListOpener(text).replace(/\s*\([^()]*\)/gu, '')), text, wholes);
  for (const p of model.paragraphs) {
    for (const m of p.text.matchAll(group)) {
      const parts = bodies(m[2] ?? m[3] ?? '');
      // A list of bodies, not a note ("(nếu có)", "(sau đây gọi là ...)"): every part is a body's name. A member may be a
      // group of its own beside named ones: "các đơn vị trực thuộc Sở (Chi cục Dân số, các bệnh viện, trung tâm y tế trực thuộc)".
      const named = (name: string) => /^\p{Lu}/u.test(name);
      // ("… tại trụ sở và các Phòng Giao dịch (Văn phòng).": one body in the bracket that closes a task is who leads it.)
      const closesTask = m[2] !== undefined && /^[\s.;:]*$/u.test(p.text.slice(m.index + m[0].length));
      if (closesTask && parts.length < 2) continue;
      if (parts.some(named) && parts.every((name) => opensBody(name) && (named(name) || /^các\s/u.test(name)) && name.split(/\s+/).length <= 14)) {
        // (The group the bracket follows: "các phòng chuyên môn và các đơn vị trực thuộc Sở (A, B)" lists B's members.)
        const written = m[1]!.replace(/[\s,]+$/u, '').trim();
        lists.push({ name: written.slice(Math.max(0, written.toLowerCase().lastIndexOf('các '))), members: parts, collective: false, paragraph: p.index });
      }
    }
    // "các Tổ (Tổ Tổng hợp - Hành chính, Tổ Thu thập thông tin)", "các Thống kê cơ sở (Thống kê cơ sở 1, Thống kê cơ sở 2)":
    // members named by the kind the group names, whatever the kind.
    for (const m of p.text.matchAll(/(?:^|[^\p{L}])các\s+(\p{Lu}[\p{L}\s]{0,40}?)\s*\(([^()]+)\)/gu)) {
      const kind = foldForCompare(m[1]!.trim());
      // (Split only where the kind opens the next name: "Tổ Xử lý và Phổ biến thông tin" is one.)
      const parts = m[2]!.split(new RegExp(`\\s*(?:[,;]|\\svà\\s)\\s*(?=${m[1]!.trim()}\\s)`, 'iu')).map((name) => name.trim());
      if (parts.length > 1 && parts.every((name) => /^\p{Lu}/u.test(name) && foldForCompare(name).startsWith(`${kind} `)) && !lists.some((l) => foldForCompare(l.name) === `các ${kind}`)) {
        lists.push({ name: `các ${m[1]!.trim()}`, members: parts, collective: false, paragraph: p.index });
      }
    }
    // "Các Tòa chuyên trách gồm: Tòa Hình sự, Tòa Dân sự, Tòa Gia đình và người chưa thành niên.": members named by the
    // kind's head word. ("các Thống kê cơ sở (viết tắt là TKCS) gồm: Thống kê khu vực Quảng Ngãi – Tư Nghĩa, …": the
    // group's short form between, and a member's place name a few words after the head.)
    for (const m of p.text.matchAll(/(?:^|[^\p{L}])[Cc]ác\s+((\p{Lu}\p{Ll}*)(?:\s+\p{Ll}+){0,4})(?:\s*\([^()]*\))?\s+(?:bao gồm|gồm)\s*:?\s*([^.;()]+)/gu)) {
      const head = m[2]!;
      const parts = m[3]!.split(new RegExp(`\\s*(?:,|\\svà\\s)\\s*(?=${head}\\s)`, 'u')).map((name) => name.trim());
      const placeAfterHead = (name: string) => /^(?:\p{Ll}+\s+){0,3}\p{Lu}/u.test(name.slice(head.length + 1));
      if (parts.length > 1 && parts.every((name) => name.startsWith(`${head} `) && placeAfterHead(name) && name.split(/\s+/u).length <= 10) && !lists.some((l) => foldForCompare(l.name) === foldForCompare(`các ${m[1]!}`))) {
        lists.push({ name: `các ${m[1]!}`, members: parts, collective: false, paragraph: p.index });
      }
    }
    for (const m of p.text.matchAll(new RegExp(NUMBERED_SERIES.source.replace(/\$$/, ''), 'gu'))) {
      const numbers = [...m[0].matchAll(/\d+/gu)].map((n) => n[0]);
      lists.push({ name: `các ${m[1]}`, members: numbers.map((n) => `${m[1]} số ${n}`), collective: false, paragraph: p.index });
    }
    for (const { name, members } of namedSeries(p.text)) lists.push({ name, members, collective: true });
    for (const name of new Set(collectiveNamesIn(p.text))) {
      const at = foldForCompare(p.text).indexOf(`gọi chung là ${foldForCompare(name)}`);
      const before = p.text.slice(0, Math.max(0, at)).replace(/[(,\s]*(sau đây\s*)?$/iu, '');
      const members = keepCollective(collectiveMembers(before), p.text, wholes).map((member) => theseNamed(member, before));
      if (members.length > 1) lists.push({ name, members, collective: true });
    }
  }
  return lists;
}

/** The members a plan lists after a group's name, in brackets or after "gồm": each list's names. */
export function groupMembers(model: DocumentModel): string[][] {
  return listedGroups(model).filter((g) => !g.collective).map((g) => g.members);
}
