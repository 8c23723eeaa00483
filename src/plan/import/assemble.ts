/**
 * An imported outline made into a plan the checker can use: units named by the plan become units (ids from their
 * initials), items get their ids, roles, timing and scope, the schedule becomes the reporting periods. What the
 * document does not say (a data window, the members of "các phòng chuyên môn", a signer) is filled with the common
 * default and listed as a doubt.
 */
import type { DocumentModel } from '../../document/model';
import { foldForCompare, stripAccents } from '../../text';
import type { LegalReference, Plan } from '../schema';
import { readPlanOutline, type ImportDoubt, type ImportedOutline } from './outline';
import type { ImportedPeriod } from './schedule';
import { bodyKindOf, kindsOfGroup, takesInKinds } from '../group-fit';
import { PERIOD_CODES, PERIOD_NAMES, PERIOD_QUARTER, lastMonthOf, regimeDataWindow } from '../periods';
import { implementedIn, referencesIn } from './references';
import { isJointOffice, splitBodies } from './split-bodies';
import { opensBody } from './body-names';
import { tablesOf } from './table';
import { headsOfBodies } from './heads';
import { headGroups } from './head-groups';
import { bodiesOfHeads, headsListed } from './head-list';
import { gatherSpread, kindsListed } from './collective-spread';
import { theseNamed } from './these-units';
import { issuerKind, namesOfIssuer, withoutIssuer } from './issuer-suffix';
import { nameKey } from './name-key';
import { bodyOfCommittee, casedCommittee, casedName, spelledOut, withoutPlace } from './committee-issuer';
import { readSignature } from './signature';
import { addGroupHeadTitles } from './group-head-titles';
import { wholeBodyGroups } from './whole-body';
import { unassignedRule } from './unassigned-tasks';
import { namesWithGroupWords, wholesByInitials } from './whole-names';


function initialsId(name: string, taken: Set<string>): string {
  const ascii = name.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
  const words = ascii.split(/[^A-Za-z0-9]+/).filter(Boolean);
  let base = words.map((w) => w[0]!.toUpperCase()).join('').slice(0, 10);
  if (!/^[A-Z]/.test(base) || base.length < 2) base = `U${base}X`.slice(0, 10);
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}${n}`;
  taken.add(id);
  return id;
}

const key = nameKey;

/** Where a task reaches: across a territory ("trên địa bàn tỉnh / huyện / xã") or inside the issuing body. */
function scopeOf(text: string): Plan['items'][number]['scope'] {
  const territory = /trên địa bàn (tỉnh|thành phố|huyện|quận|thị xã|xã|phường|đặc khu)/u.exec(foldForCompare(text))?.[1];
  if (!territory) return 'internal';
  if (territory === 'huyện' || territory === 'quận' || territory === 'thị xã') return 'district';
  if (territory === 'xã' || territory === 'phường' || territory === 'đặc khu') return 'commune';
  return 'province';
}

function header(model: DocumentModel) {
  const ps = model.paragraphs.slice(0, 30);
  // "CHƯƠNG TRÌNH CÔNG TÁC" over its subject: a Party or mass-organisation body's yearly plan is often a programme.
  const typeLine = ps.findIndex((p) => /^(?:kế hoạch|chương trình(?: công tác| hành động)?)$/u.test(key(p.text)));
  const type: 'Kế hoạch' | 'Chương trình' = typeLine >= 0 && key(ps[typeLine]!.text).startsWith('chương trình') ? 'Chương trình' : 'Kế hoạch';
  // ("Số 09-KH/ĐU": a Party body's number, Hướng dẫn 36-HD/VPTW, has no colon.)
  const numberLine = ps.find((p) => /^số\s*:|^số\s+\d+\s*-\s*\p{L}+\s*\//u.test(key(p.text)));
  const number = numberLine ? numberLine.text.replace(/^\s*Số\s*:?\s*/iu, '').trim() : '';
  const symbol = /^\d+\s*-\s*(\p{L}+\s*\/\s*[\p{L}\p{N}-]+)\s*$/u.exec(number)?.[1]?.replace(/\s+/gu, '') ?? /\/\s*([\p{L}\p{N}-]+)\s*$/u.exec(number)?.[1] ?? 'KH';
  const dateLine = ps.find((p) => /,\s*ngày/.test(key(p.text)) && /năm\s*\d{4}/.test(key(p.text)));
  // ("ĐẢNG CỘNG SẢN VIỆT NAM", "ĐOÀN TNCS HỒ CHÍ MINH": the whole organisation's name, set against the issuer's as the
  // state's motto is, names no issuer.)
  const capitals = ps.slice(0, Math.max(0, typeLine)).filter((p) => p.text.trim() && p.text === p.text.toUpperCase() && /\p{L}/u.test(p.text) && !/cộng hòa|độc lập|^số|^đảng cộng sản việt nam$|^đoàn (?:tncs|thanh niên cộng sản) hồ chí minh$/.test(key(p.text)));
  // "HỘI NÔNG DÂN TỈNH QUẢNG NGÃI" / "BAN THƯỜNG VỤ" / "HỘI NÔNG DÂN VIỆT NAM": under its committee's line, the whole
  // association's name stands in the motto's place.
  const committeeAlone = (p: (typeof ps)[number] | undefined) => p !== undefined && COMMITTEE_LINE.test(key(p.text));
  const upper = committeeAlone(capitals.at(-2)) && /^hội\s.+\sviệt nam$/u.test(key(capitals.at(-1)!.text)) ? capitals.slice(0, -1) : capitals;
  // "ỦY BAN NHÂN DÂN / TỈNH HƯNG YÊN": one name over two lines.
  const last = upper.at(-1)?.text.trim() ?? '';
  const before = upper.at(-2)?.text.trim() ?? '';
  const split = /^(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|đặc khu)\s/u.test(key(last)) && /^(ủy ban nhân dân|uỷ ban nhân dân|hội đồng nhân dân)$/u.test(key(before));
  // Nghị định 30: the governing body upright, the issuing body in bold under it, its name over as many lines as it needs
  // ("UBND TỈNH ĐẮK LẮK" / "BAN QUẢN LÝ DỰ ÁN" / "ĐẦU TƯ XÂY DỰNG TỈNH").
  let run = 0;
  while (run < upper.length && upper[upper.length - 1 - run]!.bold) run += 1;
  // ("BAN THƯỜNG VỤ" alone under the body's name: the committee of that body, "BAN THƯỜNG VỤ HỘI NÔNG DÂN TỈNH …".)
  const underBody = committeeAlone(upper.at(-1)) && upper.length >= 2;
  const issuerLines = underBody ? 2 : run >= 2 && run < upper.length ? run : split ? 2 : 1;
  const issuerName = underBody ? `${upper.at(-1)!.text.trim()} ${upper.at(-2)!.text.trim()}` : upper.slice(-issuerLines).map((p) => p.text.trim()).join(' ');
  // The governing body above it, over one or two lines ("ỦY BAN NHÂN DÂN" / "THÀNH PHỐ ĐÀ NẴNG").
  const above = upper.slice(0, -issuerLines).map((p) => p.text.trim());
  const twoLines = above.length >= 2 && /^(ủy ban nhân dân|uỷ ban nhân dân)$/u.test(key(above.at(-2)!)) && /^(tỉnh|thành phố)\s/u.test(key(above.at(-1)!));
  const governingBody = twoLines ? above.slice(-2).join(' ') : above.at(-1);
  const opening = model.paragraphs.find((p) => /^(thực hiện|căn cứ)\b/.test(key(p.text)))?.text.trim() ?? '';
  // The title: the bold lines right under "KẾ HOẠCH", up to the first heading or the opening ("Thực hiện Kế hoạch số
  // ..." / "Căn cứ ..."); a title may itself begin "Thực hiện công tác phòng, chống tham nhũng ...".
  const titleLines: typeof ps = [];
  for (const p of typeLine >= 0 ? ps.slice(typeLine + 1).filter((p) => p.text.trim()) : []) {
    const k = key(p.text);
    if (!p.bold || titleLines.length === 3 || /^[ivx]+\.\s|^\d+\.\s|^căn cứ\b/u.test(k) || (/^thực hiện\b/u.test(k) && /\bsố\s*\d|\/[\p{L}-]+/u.test(k))) break;
    titleLines.push(p);
  }
  // "Trường Vinh, ngày 09 tháng 01 năm 2026": the place is its own field, the date is the rest.
  const dateText = dateLine?.text.trim() ?? '';
  return { type, number, symbol, dateLine: dateText, dateRaw: dateText.includes(',') ? dateText.slice(dateText.indexOf(',') + 1).trim() : dateText, issuerName, governingBody, opening, title: titleLines.map((p) => p.text.trim()).join(' ') };
}

/**
 * Section III's duty for each unit to issue its own plan: its month, where it is sent. A plan that asks for none has
 * none; one that asks without a month is listed as a doubt and left without a date.
 */
function unitPlanOf(outline: ImportedOutline, year: number, channel: string, doubt: (vi: string, en: string, paragraph: number | null) => void): Plan['reporting']['unitPlan'] {
  const duty = outline.organisation.find((p) => /(xây dựng|ban hành)[^.;]{0,40}kế hoạch/.test(foldForCompare(p.text)));
  if (!duty) return undefined;
  const key = foldForCompare(duty.text);
  const month = /(?:hoàn thành )?trong tháng\s+(\d{1,2})(?:\s*(?:\/|năm)\s*\d{4})?/u.exec(key);
  const date = /(?:trước|chậm nhất)(?: ngày)?\s+(\d{1,2})\s*\/\s*(\d{1,2})(?:\s*\/\s*(\d{4}))?/u.exec(key);
  const pad = (n: number) => String(n).padStart(2, '0');
  const dueBy = date
    ? `${date[3] ?? year}-${pad(Number(date[2]))}-${pad(Number(date[1]))}`
    : month
      ? `${year}-${pad(Number(month[1]))}-${pad(new Date(Date.UTC(year, Number(month[1]), 0)).getUTCDate())}`
      : null;
  if (!dueBy) {
    doubt('Kế hoạch giao các đơn vị ban hành kế hoạch của mình nhưng không ghi hạn.', 'The plan asks the units for their own plans but gives no deadline.', duty.paragraph);
    return undefined;
  }
  const raw = (date ?? month)!;
  const at = raw.index;
  return { dueBy, dueRaw: duty.text.normalize('NFC').slice(at, at + raw[0].length), sendTo: [channel], text: duty.text };
}

export interface AssembledPlan {
  plan: Plan;
  outline: ImportedOutline;
  doubts: ImportDoubt[];
}

/**
 * Short forms the plan defines for its bodies: "Phòng Tổ chức cán bộ (sau đây viết tắt là phòng TCCB)", "Thanh tra
 * tỉnh (sau đây gọi tắt là TTT)": short form → the name it stands for.
 */
export function definedShortForms(model: DocumentModel): Map<string, string> {
  const forms = new Map<string, string>();
  const definition = /([^;:,()]{3,90}?)\s*\(\s*(?:sau đây\s+)?(?:được\s+)?(?:viết tắt|gọi tắt|gọi chung|gọi)(?:\s+là)?\s*:?\s*["“]?([^)"”]{1,40}?)["”]?\s*\)/giu;
  // "Phòng Kế hoạch - Tài chính (Phòng KH-TC)", "Trung tâm Kiểm soát bệnh tật tỉnh (CDC)": a bracket right after a body's
  // name holding its initials, alone or after the name's own head word, or its head's initial ("Phòng Kế hoạch - Tài
  // chính (P.KHTC)").
  const bracketed = /([^;:,()]{3,90}?)\s*\(\s*((?:(?:Văn phòng|Phòng|Trung tâm|Chi cục|Ban|Thanh tra|Trạm|Đội|Hạt)\s+|[A-ZĐ]\.)?[A-ZĐ][A-ZĐ0-9&]*(?:-[A-ZĐ0-9&]+)*)\s*\)/gu;
  // "(qua Phòng Kiểm tra, kiểm soát nội bộ, sau đây gọi là Phòng KTKSNB)": the name inside the bracket, its short form
  // after a comma (the name may hold commas of its own).
  const inside = /\(\s*(?:qua\s+)?([^();]{3,90}?)\s*,\s*sau đây\s+(?:được\s+)?(?:viết tắt|gọi tắt|gọi)(?:\s+là)?\s*:?\s*["“]?([^)"”]{1,40}?)["”]?\s*\)/giu;
  for (const p of model.paragraphs) {
    for (const m of p.text.matchAll(inside)) {
      const name = bodyName(m[1]!);
      if (opensBody(name) && !forms.has(key(m[2]!))) forms.set(key(m[2]!), name);
    }
    for (const m of p.text.matchAll(bracketed)) {
      const name = bodyName(m[1]!);
      const head = /^(Văn phòng|Phòng|Trung tâm|Chi cục|Ban|Thanh tra|Trạm|Đội|Hạt)\s/u.exec(m[2]!)?.[1];
      // ("các Trạm Khí tượng Thủy văn (Trạm KTTV)": a member's short form after the group's name.)
      const initial = /^([A-ZĐ])\./u.exec(m[2]!)?.[1];
      if (!opensBody(name) || m[2]!.replace(/^\S+\s+/, '').length < 2 || (head && !name.replace(/^các\s+/u, '').startsWith(head)) || (initial && !name.startsWith(initial))) continue;
      if (!forms.has(key(m[2]!))) forms.set(key(m[2]!), name);
    }
    for (const m of p.text.matchAll(definition)) {
      // "A, B và C (sau đây gọi chung là các phòng, đơn vị thuộc Sở)": a name for all of them, not for C (collectiveNames).
      if (/gọi chung/iu.test(m[0]) && /^các\s/iu.test(m[2]!.trim()) && listedBodies(p.text.slice(0, m.index + m[1]!.length)).length > 1) continue;
      if (namedSeries(p.text).some((series) => key(series.name) === key(m[2]!))) continue;
      // A group's name may list kinds with commas: "các sở, ban, ngành tỉnh", "Ủy ban nhân dân các xã, phường".
      const before = p.text.slice(0, m.index + m[1]!.length);
      const group = /(?:(?:ủy|uỷ) ban nhân dân\s+|ubnd\s+)?các\s+[\p{L}\s]{1,30}(?:,\s*[\p{L}\s]{1,30}){1,5}$/iu.exec(before.trimEnd())?.[0];
      // "Các Đội Quản lý thị trường số 1, số 2, số 3 (sau đây gọi chung là các Đội)": the group of the numbered series.
      const series = NUMBERED_SERIES.exec(before.trimEnd());
      // "Đội trưởng các Đội Kiểm lâm cơ động và Phòng cháy, chữa cháy rừng (sau đây gọi là các Đội)": a group's short form
      // ("các Đội") names the words from its own "các Đội" on, whatever commas and heads' titles they hold.
      const ownGroup = groupNamedBy(m[2]!, before);
      const written = series ? `các ${series[1]}` : group && group.length > m[1]!.trim().length ? group : m[1]!;
      // ("1. Giao Phòng Tổ chức - Hành chính (…)", "; phối hợp với Phòng Quản lý đào tạo (…)": the body, not its part.)
      let name = ownGroup ?? bodyName(written.replace(/^\s*(?:\d+(?:\.\d+)*\.\s*)?(\+\s*)?(giao|đơn vị chủ trì|đơn vị phối hợp|cơ quan chủ trì|cơ quan phối hợp|phối hợp với)\s+/iu, ''));
      // A name with its own comma: "Phòng Chuyển đổi số và Bưu chính, Viễn thông (sau đây gọi là Phòng CĐS-BCVT)".
      if (!opensBody(name)) {
        const listed = splitBodies(before.split(/[;:(]/).at(-1) ?? '').at(-1);
        if (listed && opensBody(listed)) name = listed;
      }
      // "Nâng cao trách nhiệm của Ban Biên tập (sau đây gọi tắt là BBT)": the body after "của", not the sentence's act.
      if (!opensBody(name)) {
        const owner = /(?:^|\s)(?:của|cho|đối với|tại)\s+(\S.*)$/iu.exec(name)?.[1];
        if (owner && opensBody(owner)) name = owner;
      }
      if (name && m[2]) forms.set(key(m[2]), name);
    }
    for (const [short, full] of legendEntries(p.text)) if (!forms.has(key(short))) forms.set(key(short), full);
    for (const [title, body] of titlesOfBody(p.text)) if (!forms.has(key(title))) forms.set(key(title), body);
  }
  for (const [short, full] of legendTableEntries(model)) if (!forms.has(key(short))) forms.set(key(short), full);
  return forms;
}

/**
 * A table of short forms ("BẢNG CHỮ VIẾT TẮT" over "Chữ viết tắt | Nội dung", "VP | Văn phòng Ban", …), wherever it
 * stands, even after the signature: each short form and the body it stands for (rows that name no body are skipped).
 */
function legendTableEntries(model: DocumentModel): [string, string][] {
  const out: [string, string][] = [];
  for (const { rows } of tablesOf(model)) {
    const body = rows.map((row) => row.cells.map((cell) => cell.replace(/\s+/gu, ' ').trim()));
    const first = rows[0]?.paragraph ?? 0;
    const before = model.paragraphs.slice(Math.max(0, first - 3), first).map((q) => q.text).join(' ');
    const header = foldForCompare(body[0]?.join(' ') ?? '');
    const titled = /chữ viết tắt|ký hiệu viết tắt/u.test(header) || /chữ viết tắt/u.test(foldForCompare(before));
    if (!titled || body.some((cells) => cells.length > 2)) continue;
    for (const [short, full] of body.slice(1)) {
      if (!short || !full || short.length > 20) continue;
      const name = full.replace(/\s*\([^()]*\)\s*$/u, '').trim();
      if (opensBody(name)) out.push([short, name]);
    }
  }
  return out;
}

/** "Phòng Kế hoạch - Tài chính (Trưởng phòng, Kế toán trưởng)": the one-person titles in the bracket stand for the body
 * before it ("Kế toán trưởng chủ trì …" is that phòng's task); "Trưởng phòng", every phòng has one, does not. */
function titlesOfBody(text: string): [string, string][] {
  const out: [string, string][] = [];
  for (const m of text.matchAll(/([^;:,()]{3,90}?)\s*\(([^()]{3,80})\)/gu)) {
    const titles = m[2]!.split(/\s*,\s*/u).map((t) => t.trim());
    if (!titles.every((t) => /^(?:(?:phó\s+)?trưởng\s+(?:phòng|ban|khoa)|kế toán trưởng|thủ quỹ|chánh văn phòng|(?:phó\s+)?giám đốc)$/iu.test(t))) continue;
    const body = bodyName(m[1]!);
    if (!opensBody(body)) continue;
    for (const title of titles) if (!/^(?:phó\s+)?(?:trưởng|giám đốc)/iu.test(title)) out.push([title, body]);
  }
  return out;
}

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

/** The group a short form "các X" stands for, written just before it from its own "các X" on ("Hạt trưởng các Hạt Kiểm lâm
 * khu vực" → "các Hạt Kiểm lâm khu vực"); none when the words before do not hold it. */
function groupNamedBy(short: string, before: string): string | null {
  const head = /^các\s+(\p{L}+)$/iu.exec(short.trim())?.[1];
  if (!head) return null;
  const text = before.trimEnd();
  const at = text.toLocaleLowerCase('vi').lastIndexOf(`các ${head.toLocaleLowerCase('vi')} `);
  if (at < 0) return null;
  const name = text.slice(at);
  return opensBody(name) && name.split(/\s+/u).length <= 14 && !/[;:]/u.test(name) ? name : null;
}

/**
 * A legend of short forms under a task table: "Ghi chú: BGĐ: Ban Giám đốc; P.TCHC: Phòng Tổ chức - Hành chính; P.ĐHDA1,
 * P.ĐHDA2: Phòng Điều hành dự án 1, Phòng Điều hành dự án 2 (gọi chung là các P.ĐH DA)." → each short form and its body.
 */
export function legendEntries(text: string): [string, string][] {
  // ("Ghi chú viết tắt: BBT: Ban Biên tập; …", "Chú thích chữ viết tắt: …" as well.)
  const body = /^\s*\*?\s*(?:(?:ghi chú|chú thích)(?:\s+(?:các\s+)?(?:chữ\s+)?viết tắt)?|chữ viết tắt|viết tắt|các chữ viết tắt)\s*:\s*(.+)$/iu.exec(text.trim())?.[1];
  if (!body) return [];
  const out: [string, string][] = [];
  for (const entry of body.replace(/[.*\s]+$/u, '').split(/\s*;\s*/u)) {
    // "(gọi chung là các P.ĐH DA)": the name of them all is a short form the cells use too (a group, named as written).
    const collective = /\((?:sau đây\s+)?gọi chung(?:\s+là)?\s+([^()]{2,40})\)/iu.exec(entry)?.[1]?.trim();
    if (collective) out.push([collective, collective]);
    const bare = entry.replace(/\s*\((?:sau đây\s+)?(?:gọi chung|gọi tắt|viết tắt)[^()]*\)/giu, '').trim();
    // ("VP - Văn phòng HĐND và UBND phường; PVHXH - Phòng Văn hóa - Xã hội": a short form in capitals, then a dash.)
    const m = /^([^:]{1,60}?)\s*:\s*(.+)$/u.exec(bare) ?? /^(\p{Lu}[\p{Lu}\p{N}.&]*(?:\s*,\s*\p{Lu}[\p{Lu}\p{N}.&]*)*)\s+[-–—]\s+(.+)$/u.exec(bare);
    if (!m) continue;
    const shorts = m[1]!.split(/\s*,\s*/u);
    // ("TTr: Thanh tra Sở — nay là bộ phận thanh tra thuộc Văn phòng": the body's name, without what it is now.)
    const named = m[2]!.replace(NOW_CALLED, '');
    const fulls = shorts.length > 1 ? splitBodies(named) : [named.trim()];
    if (shorts.length !== fulls.length || !fulls.every((full) => opensBody(full))) continue;
    shorts.forEach((short, at) => out.push([short, fulls[at]!]));
  }
  // A legend names two bodies at least; one "Ghi chú: …" sentence is a note, not a legend.
  return out.length >= 2 ? out : [];
}

/** "— nay là …", "(nay là …)" after a body's name: what the body is now. */
const NOW_CALLED = /\s*(?:[—–]|\(|-\s)\s*nay là\s+([^();.—–]{3,80}?)\s*(?:\)|(?=[.;])|$).*$/u;

/**
 * Bodies the plan names by a former name, then by what they are now: "Thanh tra Sở — nay là bộ phận thanh tra thuộc
 * Văn phòng", "Thanh tra Sở (nay là …)": [former, now]. A body that is now part of another heads its reports with its
 * own name under its parent's ("VĂN PHÒNG SỞ" / "BỘ PHẬN THANH TRA"): that name as well.
 */
export function renamedBodies(model: DocumentModel): [string, string[]][] {
  const out: [string, string[]][] = [];
  for (const p of model.paragraphs) {
    for (const entry of p.text.split(/\s*[;:]\s*/u)) {
      const now = NOW_CALLED.exec(entry);
      if (!now) continue;
      const former = bodyName(entry.slice(0, now.index));
      const name = now[1]!.trim();
      if (!opensBody(former) || !opensBody(name)) continue;
      const own = name.replace(/\s+(?:trực\s+)?thuộc\s+\S.*$/u, '');
      out.push([former, own !== name ? [name, own] : [name]]);
    }
  }
  return out;
}

/**
 * The names a plan gives a whole it lists ("Văn phòng Sở, Thanh tra Sở, các phòng chuyên môn và các đơn vị trực thuộc
 * Sở, sau đây gọi chung là các phòng, đơn vị thuộc và trực thuộc Sở, ..."): one group each, however many kinds of body
 * its words name.
 */
export function collectiveNames(model: DocumentModel): string[] {
  return [...new Set(model.paragraphs.flatMap((p) => collectiveNamesIn(p.text)))];
}

const COLLECTIVE_KINDS = '(?:các\\s+)?(?:đơn vị|phòng|ban|cơ quan|trung tâm|chi cục|khoa|trường|sở|ngành|tổ chức|chi nhánh|xí nghiệp)';
const COLLECTIVE = new RegExp(`gọi chung là\\s+["“]?(các\\s[^.;:()"”]{3,80}?)["”]?(?=\\s*,(?!\\s*${COLLECTIVE_KINDS}(?![\\p{L}]))|\\s*[.;:)"”]|\\s*$)`, 'giu');

/** The collective names one paragraph defines. */
function collectiveNamesIn(text: string): string[] {
  return [...text.matchAll(COLLECTIVE)].map((m) => m[1]!.trim());
}

/** A collective name's parts as a units line splits them, put back together where the line wrote the name whole. */
export function keepCollective(names: readonly string[], raw: string, collectives: readonly string[]): string[] {
  let out = [...names];
  // ("phối hợp các phòng, Chi nhánh, Xí nghiệp" has "các Chi nhánh, Xí nghiệp" with its "các" shared: compared without it.)
  const bare = (name: string) => key(name).replace(/^các\s+/u, '');
  for (const whole of collectives) {
    if (!key(raw).includes(key(whole)) && !(/^các\s/iu.test(whole) && /(?:^|\s)các\s/iu.test(raw) && key(raw).includes(bare(whole)))) continue;
    const parts = splitBodies(whole).map(bare);
    if (parts.length < 2) continue;
    const at = out.findIndex((n) => parts.includes(bare(n)));
    if (at < 0 || !parts.every((part) => out.some((n) => bare(n) === part))) continue;
    const rest = out.filter((n) => !parts.includes(bare(n)));
    const written = raw.toLowerCase().indexOf(whole.toLowerCase());
    out = [...rest.slice(0, at), written >= 0 ? raw.slice(written, written + whole.length) : whole, ...rest.slice(at)];
  }
  return out;
}

/** The members a plan lists after a group's name, in brackets or after "gồm": each list's names. */
export function groupMembers(model: DocumentModel): string[][] {
  return listedGroups(model).filter((g) => !g.collective).map((g) => g.members);
}

/** A numbered series of bodies of one kind: "Các Đội Quản lý thị trường số 1, số 2, số 3" (the kind, then the numbers). */
const NUMBERED_SERIES = /(?<![\p{L}])[Cc]ác\s+(\p{Lu}[\p{L}\s-]{2,60}?)\s+số\s+\d+(?:\s*(?:,|và)\s*(?:số\s+)?\d+)+$/u;

/**
 * "Thuế cơ sở 1, Thuế cơ sở 2, Thuế cơ sở 3 (sau đây gọi chung là Thuế cơ sở)": bodies numbered in one kind, then the kind
 * as the name of them all → that name and its members; none when the words before the bracket are no such series.
 */
function namedSeries(text: string): { name: string; members: string[] }[] {
  const found: { name: string; members: string[] }[] = [];
  // ("Phòng Giao dịch số 1, …, Phòng Giao dịch số 3 (sau đây gọi chung là các Phòng Giao dịch)": the kind after "các".)
  for (const m of text.matchAll(/\(\s*(?:sau đây\s+)?(?:được\s+)?gọi chung(?:\s+là)?\s+((?:các\s+)?\p{Lu}[\p{L}\s]{1,40}?)\s*\)/gu)) {
    const name = m[1]!.trim();
    const kind = name.replace(/^các\s+/u, '');
    const kindWords = kind.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const series = new RegExp(`(?:${kindWords}\\s+(?:số\\s+)?\\d+\\s*(?:,|và)\\s*)+${kindWords}\\s+(?:số\\s+)?\\d+\\s*$`, 'u').exec(text.slice(0, m.index));
    if (series) found.push({ name, members: [...series[0].matchAll(new RegExp(`${kindWords}\\s+(?:số\\s+)?\\d+`, 'gu'))].map((x) => x[0]) });
  }
  return found;
}

/** The bodies listed in the clause that ends the text: "- Văn phòng Sở, các phòng chuyên môn (A, B) và các đơn vị trực thuộc". */
function listedBodies(before: string): string[] {
  const sentence = (before.split(/[;:]|\.\s/u).at(-1) ?? '').replace(/^\s*(?:[-+•]|\d+\.|[a-zđ]\))\s*/u, '');
  // "… giao nhiệm vụ cho … và các đơn vị trực thuộc gồm Xí nghiệp A, Chi nhánh B, Chi nhánh C": the list after "gồm".
  const clause = /(?:^|\s)gồm(?:\s+có)?\s+(?!.*\sgồm\s)(.+)$/iu.exec(sentence)?.[1] ?? sentence;
  const parts = splitBodies(clause.replace(/\s*\([^()]*\)/gu, ''));
  return parts.every((name) => opensBody(name)) ? parts : [];
}

/** The bodies a collective name stands for: the lists of the clauses before it, back to the first that lists none ("Các
 * phòng nghiệp vụ gồm A, B, C; Ban Kiểm soát nội bộ (…); Chi nhánh X và Chi nhánh Y (sau đây gọi chung là …)"). */
function collectiveMembers(before: string): string[] {
  // "… và 04 phòng chuyên môn (A; B; C; D, sau đây gọi chung là các phòng)": the name is given inside the bracket that
  // lists them, and the list opens with it.
  const sentence = /\(([^()]*)$/u.exec(before)?.[1] ?? before.split(/:|\.\s/u).at(-1) ?? '';
  const members: string[] = [];
  // ("(gồm: A, B, C; sau đây gọi chung là các phòng)": the bodies, then their name after a semicolon; not a list of groups.)
  const listing = /^\s*(?:bao\s+)?gồm\s*:?\s/iu.test(sentence) && !/(?:^|\s)các\s/iu.test(sentence) ? sentence.replace(/;\s*$/u, '') : sentence;
  for (const clause of listing.split(';').reverse()) {
    const listed = listedBodies(clause);
    if (listed.length === 0) break;
    members.unshift(...listed);
  }
  return members;
}

export interface ListedGroup {
  /** The group's name as written ("các đơn vị trực thuộc Sở"). */
  name: string;
  members: string[];
  /** A name the plan gives bodies of several kinds it has listed ("sau đây gọi chung là ..."). */
  collective: boolean;
  /** The paragraph that lists them, when read from one. */
  paragraph?: number;
}

const wholeNamesOf = (model: DocumentModel, shortForms: Map<string, string>): string[] => namesWithGroupWords(model.paragraphs.map((p) => p.text), shortForms.values());

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
  const bodies = (text: string) => keepCollective(splitBodies(text.replace(/\s*\([^()]*\)/gu, '')), text, wholes);
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
    // kind's head word.
    for (const m of p.text.matchAll(/(?:^|[^\p{L}])[Cc]ác\s+((\p{Lu}\p{Ll}*)(?:\s+\p{Ll}+){0,4})\s+(?:bao gồm|gồm)\s*:?\s*([^.;()]+)/gu)) {
      const head = m[2]!;
      const parts = m[3]!.split(new RegExp(`\\s*(?:,|\\svà\\s)\\s*(?=${head}\\s)`, 'u')).map((name) => name.trim());
      if (parts.length > 1 && parts.every((name) => name.startsWith(`${head} `) && /^\p{Lu}/u.test(name.slice(head.length + 1)) && name.split(/\s+/u).length <= 10) && !lists.some((l) => foldForCompare(l.name) === foldForCompare(`các ${m[1]!}`))) {
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

/**
 * The body's name at the end of the words before a definition: without the list's number ("1. Văn phòng Sở"), and
 * after "gồm", "là" or "và" when a body's name opens there ("các đơn vị trực thuộc gồm Chi cục ...", "... và Trung tâm
 * Khuyến công"); a "và" inside a name ("Trung tâm Khuyến công và Tư vấn ...") stays.
 */
function bodyName(words: string): string {
  const text = words.replace(/^\s*(?:\d+(?:\.\d+)*\.|[a-zđ]\)|[-+•])\s*/u, '').trim();
  let best = text;
  for (const m of text.matchAll(/(?:^|\s)(?:bao gồm|gồm|là|và)\s+/gu)) {
    const rest = text.slice(m.index + m[0].length);
    if (m[0].trim() === 'và' && isJointOffice(text.slice(0, m.index), rest)) continue;
    if (opensBody(rest) && /^\p{Lu}|^các\s/u.test(rest)) {
      best = rest;
      break;
    }
  }
  return best.trim();
}

/** "Các Phó Chủ tịch UBND phường", "Phó Chủ tịch UBND xã phụ trách khối kinh tế": a UBND's deputies named as doers. */
const DEPUTY_CHAIRMEN = /^(?:các\s+)?phó chủ tịch\s+(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)(?:\s|$)/u;
const COMMITTEE_LINE = /^(?:ban thường vụ|ban chấp hành|bch|btv)$/u;
const ASSOCIATION_TIER = /^(Hội\s.+?)\s+cấp xã$/u;
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
  // ("Chi cục trưởng", "Cục trưởng": the head named by the body's kind.)
  if (kind) return new RegExp(`^(ban (giám đốc|lãnh đạo)|(lãnh đạo |ban lãnh đạo )?${kind}|${kind} trưởng)$`, 'u');
  const level = new RegExp(`^${UBND} (xã|phường|đặc khu|thị xã|huyện|quận|tỉnh|thành phố)(?:\\s|$)`, 'u').exec(issuerName)?.[1];
  return level ? new RegExp(`^(?:(?:các )?(?:phó )?chủ tịch(?: ${UBND})?,? )*${UBND} ${level}$`, 'u') : null;
}

/** The remaining words' initials, without the place they serve: "Trợ giúp pháp lý nhà nước tỉnh" → "tgpl". */
function initialsOf(words: string): string {
  const core = words.replace(/(\s+(tỉnh|thành phố|sở|nhà nước|huyện|xã|phường)(?=\s|$).*)$/u, '');
  return stripAccents(core).toLowerCase().split(/[^a-z0-9]+/).filter(Boolean).map((w) => w[0]).join('');
}

/** "Phòng Tổng hợp" for "Phòng Tổng hợp - Hành chính": the first part of a joined name stands for it. */
const firstPartOf = (short: string, full: string): boolean => /^(phòng|ban|đội|khoa|trung tâm)\s\S+\s\S+/u.test(short) && full.startsWith(`${short} - `);

/** A bare "các đơn vị" ("Thủ trưởng các đơn vị") is the plan's group that lists đơn vị with other kinds ("các phòng, đơn
 * vị sự nghiệp trực thuộc Sở", "các phòng, chi cục, đơn vị …"). */
const unitsOfList = (short: string, full: string): boolean => short === 'các đơn vị' && /^các [^,]+(?:, [^,]+)*, đơn vị(?:\s|$)/u.test(full);

/** "các phòng chuyên môn, đơn vị thuộc Sở": a name that goes on with another kind of body after a comma. */
const listsKinds = (k: string): boolean => /,\s*(các\s+)?(đơn vị|phòng|ban|khoa|cơ quan|trung tâm|chi cục|trường|ngành|sở)(\s|,|$)/u.test(k);

/** "phòng pbgdpl" is "phòng phổ biến, giáo dục pháp luật": a body's head word and the initials of the rest. */
function abbreviates(written: string, full: string): boolean {
  // "đội qltt số 3" and "đội quản lý thị trường số 3": the same number after both.
  const numbered = /\s+số\s+\d+$/u.exec(written)?.[0];
  const short = numbered && full.endsWith(numbered) ? written.slice(0, -numbered.length) : written;
  const long = numbered && full.endsWith(numbered) ? full.slice(0, -numbered.length) : full;
  const m = /^(văn phòng|phòng|trung tâm|chi cục|ban|thanh tra|bộ phận|đội)\s+(\S{2,10})$/u.exec(short);
  if (!m || !long.startsWith(`${m[1]} `) || long.split(/\s+/).length < m[1]!.split(' ').length + 2) return false;
  const letters = stripAccents(m[2]!).toLowerCase().replace(/[^a-z0-9]/g, '');
  return letters.length >= 2 && initialsOf(long.slice(m[1]!.length + 1)) === letters;
}

/**
 * "Các phòng, đơn vị" (or "các phòng chuyên môn, đơn vị") where the plan also names "các phòng chuyên môn" and "các đơn
 * vị sự nghiệp" as groups of their own is both of them: a group, as the plan writes it, whose members are those two.
 * A plan without both, or one that defines the joint name as a short form, keeps it as one group of its kinds.
 */
function jointGroups(units: Map<string, Plan['units'][number]>, defined: ReadonlySet<string>): ListedGroup[] {
  const joints: ListedGroup[] = [];
  const all = [...new Set(units.values())];
  for (const joint of all) {
    // A joint group the plan names as one ("... (sau đây gọi chung là các phòng, đơn vị)") stays one.
    if ([joint.name, ...joint.aliases].some((n) => defined.has(key(n)))) continue;
    const m = /^các (phòng|ban|khoa)(?: chuyên môn(?:, nghiệp vụ)?)?, (đơn vị|phòng|ban|khoa)(?:\s|$)/u.exec(key(joint.name));
    if (joint.kind !== 'group' || !m) continue;
    // Of several such groups, the one the plan addresses as a whole: "các đơn vị trực thuộc", not "các đơn vị được
    // thanh tra".
    const part = (kind: string) => {
      const named = all.filter((u) => u !== joint && u.kind === 'group' && key(u.name).startsWith(`các ${kind} `));
      const whole = named.filter((u) => new RegExp(`^các ${kind} ((trực )?thuộc|sự nghiệp|chuyên môn)(\\s|$)`, 'u').test(key(u.name)));
      return named.length > 1 ? whole : named;
    };
    const first = part(m[1]!);
    const second = part(m[2]!);
    if (first.length !== 1 || second.length !== 1) continue;
    joints.push({ name: joint.name, members: [first[0]!.name, second[0]!.name], collective: false });
  }
  return joints;
}

export function importPlan(model: DocumentModel): AssembledPlan {
  const outline = readPlanOutline(model);
  const doubts: ImportDoubt[] = [...outline.doubts];
  const doubt = (vi: string, en: string, paragraph: number | null = null, item?: string) => doubts.push(item ? { vi, en, paragraph, item } : { vi, en, paragraph });
  // Said first, in words the user can act on: the schema's own complaint ("items: at least one") says less.
  if (outline.items.length === 0) {
    doubts.unshift({
      paragraph: null,
      vi: 'Không đọc được nhiệm vụ nào: bộ đọc chưa nhận ra cách văn bản này ghi nhiệm vụ (bảng hay đoạn đánh số). Kế hoạch chưa dùng được; có thể soạn kế hoạch dạng .json (xem `pctn plan show --plan`).',
      en: 'No task could be read: the importer does not yet recognise how this document sets out its tasks (table or numbered paragraphs). The plan is not usable yet; a plan can be written as .json (see `pctn plan show --plan`).',
    });
  }
  const h = header(model);
  const year = outline.year ?? new Date().getFullYear();
  const taken = new Set<string>();
  const units = new Map<string, Plan['units'][number]>();
  // One body, several spellings: "các đơn vị trực thuộc" and "các đơn vị trực thuộc Sở", "các phòng chuyên môn" and
  // "các phòng chuyên môn và tương đương thuộc Sở" are one group; a name's own body ("Văn phòng" for "Văn phòng Sở")
  // is how its own reports head themselves.
  // A plan that never sets "thuộc" against "trực thuộc" ("các đơn vị thuộc, trực thuộc Sở") means one group by both:
  // "các đơn vị thuộc Sở" and "các đơn vị trực thuộc Sở".
  const contrasts = model.paragraphs.some((p) => /(?<![\p{L}])thuộc\s*(?:,|và|\/)\s*trực thuộc\s/iu.test(p.text));
  // ("Tất cả các khoa, phòng" is "các khoa, phòng", every one of them.)
  const bare = (k: string) => k.replace(/^tất cả\s+(?=các\s)/u, '').replace(contrasts ? /\s+(thuộc\s+)?(sở|tỉnh|thành phố|huyện)$/u : /\s+((trực\s+)?thuộc\s+)?(sở|tỉnh|thành phố|huyện)$/u, '');
  // "các đơn vị thuộc Sở" (as against "trực thuộc") are the Sở's own phòng: one group with "các phòng thuộc Sở" (not
  // with a bare "các phòng", which a line such as "Các phòng, đơn vị thuộc Sở" names beside it).
  const within = (k: string) => k.replace(/^các (?:cơ quan, đơn vị|cơ quan|đơn vị) thuộc\s/u, 'các phòng thuộc ');
  const sameBody = (a: string, b: string) =>
    bare(a) === bare(b) ||
    (/\sthuộc\s/u.test(a) && /\sthuộc\s/u.test(b) && within(a) === within(b)) ||
    // ("các phòng chuyên môn" is "các phòng"; "các phòng chuyên môn, đơn vị" lists two kinds, it is not one of them.)
    (a.startsWith('các ') && b.startsWith('các ') && ((b.startsWith(`${a} `) && listsKinds(b) === listsKinds(a)) || (a.startsWith(`${b} `) && listsKinds(a) === listsKinds(b))) && !listedApart(a, b)) ||
    [[a, b], [b, a]].some(([short, full]) => abbreviates(short!, full!) || firstPartOf(short!, full!) || unitsOfList(short!, full!));
  const shortForms = definedShortForms(model);
  const bodyOfHead = headsOfBodies(model);
  const collectives = collectiveNames(model);
  // ("Phòng Công tác Mặt trận và các đoàn thể": one body, where the plan writes it whole.)
  const groupWordNames = wholeNamesOf(model, shortForms);
  const wholes = [...collectives, ...groupWordNames];
  // Bodies a plan lists as a group's members, once: "các đơn vị trực thuộc Sở (Chi cục X, Trung tâm Y, Trung tâm Z)",
  // "các đơn vị trực thuộc gồm: ...". Each is a unit of the plan, so that its report is known as its own.
  const listed = listedGroups(model, groupWordNames);
  const collectiveAt = new Map<string, Set<number>>();
  for (const p of model.paragraphs) for (const name of collectiveNamesIn(p.text)) collectiveAt.set(key(name), new Set([...(collectiveAt.get(key(name)) ?? []), p.index]));
  // Two groups the plan sets apart, though one name opens the other: "các Phòng Giao dịch", the name of a numbered
  // series, beside "các phòng"; two lists of other members; "Các phòng nghiệp vụ (Phòng Kế toán nhà nước, Phòng Kiểm
  // soát chi)" listed in a paragraph other than the one that calls a whole "các phòng" (not "Các phòng chuyên môn (gồm A,
  // B; sau đây gọi chung là các phòng)", one group).
  const listedApart = (a: string, b: string) => {
    if (seriesNames.has(a) || seriesNames.has(b)) return true;
    const [la, lb] = [a, b].map((k) => listed.filter((g) => !g.collective && key(g.name) === k));
    const members = (lists: ListedGroup[]) => new Set(lists.flatMap((g) => g.members.map(key)));
    if (la!.length > 0 && lb!.length > 0) {
      const [ma, mb] = [members(la!), members(lb!)];
      return ma.size !== mb.size || [...ma].some((m) => !mb.has(m));
    }
    const elsewhere = (lists: ListedGroup[], other: string) => lists.length > 0 && collectiveAt.has(other) && lists.every((g) => g.paragraph !== undefined && !collectiveAt.get(other)!.has(g.paragraph));
    return elsewhere(la!, b) || elsewhere(lb!, a);
  };
  // "Thuế cơ sở 1, …, Thuế cơ sở 6 (sau đây gọi chung là Thuế cơ sở)": the name of a numbered series is a group, though
  // it opens with no "các".
  const seriesNames = new Set(model.paragraphs.flatMap((p) => namedSeries(p.text)).map((s) => key(s.name)));
  // Set once the issuer is a unit: "Giám đốc Sở", "Chủ tịch UBND phường" are then the issuer itself.
  let issuerUnit: { unit: Plan['units'][number]; names: RegExp } | null = null;
  const chairmanApart = outline.items.some((item) => [...item.lead, ...item.support].some((name) => DEPUTY_CHAIRMEN.test(key(name))));
  const unitOf = (written: string, given?: Plan['units'][number]['kind']): string => {
    const body = bodyOfHead(written);
    if (body && key(body) !== key(written)) {
      const id = unitOf(body, given);
      const unit = [...units.values()].find((u) => u.id === id)!;
      if (!unit.aliases.some((a) => key(a) === key(written))) unit.aliases.push(written.replace(/[.;:,\s]+$/, ''));
      return id;
    }
    // (A body the plan names its heads by, "Ban Giám hiệu", is one of its own, not the issuer.)
    if (!body && issuerUnit?.names.test(key(written))) {
      const { unit } = issuerUnit;
      // "Chủ tịch UBND phường" is the issuer, "UBND phường"; where the plan gives tasks to his deputies as well, the
      // chairman is a doer of his own, and the issuer is known by his post as well.
      const body = written.replace(/^chủ tịch\s+(?=\S)/iu, '');
      const spellings = (chairmanApart && body !== written ? [body, written] : [body]).map((s) => s.replace(/[.;:,\s]+$/, ''));
      for (const spelled of spellings) if (!unit.aliases.some((a) => key(a) === key(spelled))) unit.aliases.push(spelled);
      return unit.id;
    }
    // A defined short form ("phòng TCCB") is the body it stands for, and one of its spellings.
    // "Giám đốc Vườn" where the plan calls its issuer "Vườn" (sau đây gọi tắt là Vườn): the issuer, through its head.
    const headed = /^(?:ban\s+)?(?:giám đốc|lãnh đạo|thủ trưởng|người đứng đầu)\s+(.+)$/iu.exec(written.trim())?.[1];
    const headOf = headed ? shortForms.get(key(headed)) : undefined;
    if (issuerUnit && headOf && key(headOf) === key(issuerUnit.unit.name)) {
      if (!issuerUnit.unit.aliases.some((a) => key(a) === key(written))) issuerUnit.unit.aliases.push(written.replace(/[.;:,\s]+$/, ''));
      return issuerUnit.unit.id;
    }
    // ("các phòng, các Hạt, Đội thực hiện": a bare kind after a group's short form shares its "các"; "Hạt trưởng, Đội
    // trưởng": the heads of the group of that kind.)
    const kindAlone = /^(\p{Lu}\p{Ll}+)(?: trưởng)?$/u.exec(written.trim())?.[1];
    // ("Các phòng, PGD có liên quan": a short form in capitals after a group's "các" shares it too, where the plan calls
    // the group so: "…, gọi chung là các PGD".)
    const sharedCac = /^\p{Lu}[\p{Lu}\p{N}.&-]+$/u.test(written.trim()) ? collectives.find((c) => key(c) === `các ${key(written)}`) : undefined;
    // ("các Trạm KTTV" where the plan defines "các Trạm Khí tượng Thủy văn (Trạm KTTV)": the group's short form, one
    // member's name.)
    const ofMembers = /^các\s+(.+)$/u.exec(key(written))?.[1];
    const groupOfShort = ofMembers && /^các\s/u.test(key(shortForms.get(ofMembers) ?? '')) ? shortForms.get(ofMembers) : undefined;
    const full = shortForms.get(key(written)) ?? (kindAlone ? shortForms.get(`các ${key(kindAlone)}`) : undefined) ?? sharedCac ?? groupOfShort;
    if (full && key(full) !== key(written)) {
      const id = unitOf(full, given);
      const unit = [...units.values()].find((u) => u.id === id)!;
      if (!unit.aliases.some((a) => key(a) === key(written))) unit.aliases.push(written.replace(/[.;:,\s]+$/, ''));
      // (And the member's own short form, "Trạm KTTV", by which a member heads its report.)
      const member = written.trim().replace(/^các\s+/iu, '').replace(/[.;:,\s]+$/, '');
      if (full === groupOfShort && !unit.aliases.some((a) => key(a) === key(member))) unit.aliases.push(member);
      units.set(key(written), unit);
      return id;
    }
    const name = written;
    const k = key(name);
    // ("Đoàn cấp xã và Đoàn trực thuộc": the youth union's tier, every commune's Đoàn, is a group as well.)
    // ("Hội LHPN cấp xã", "Hội Nông dân cấp xã": an association's tier, every commune's Hội, written "Hội LHPN các xã,
    // phường" too.)
    const tier = ASSOCIATION_TIER.exec(name.replace(/[.;:,\s]+$/, ''));
    const kind = given ?? (seriesNames.has(k) || tier || /^các\s|(^|\s)các (xã|phường|khoa|sở)(?![\p{L}\p{N}])|^đoàn (cấp xã|cấp cơ sở|cơ sở)(?![\p{L}\p{N}])/u.test(k) ? 'group' : bodyKindOf(name) === 'affiliate' ? 'affiliate' : 'division');
    const found = units.get(k) ?? [...units.entries()].find(([other]) => sameBody(other, k))?.[1];
    if (found) {
      const spelled = name.replace(/[.;:,\s]+$/, '');
      if (key(found.name) !== k && !found.aliases.some((a) => key(a) === k)) found.aliases.push(spelled);
      units.set(k, found);
      return found.id;
    }
    const unit = { id: initialsId(name, taken), name: name.replace(/[.;:,\s]+$/, ''), kind, aliases: tier && kind === 'group' ? [`${tier[1]} các xã, phường`] : ([] as string[]) };
    // "Văn phòng Sở" heads its reports "Văn phòng"; "Trung tâm Phục vụ hành chính công xã", "Trung tâm Phục vụ hành chính
    // công" (the level it serves goes without saying under its UBND's name).
    const own = name
      .replace(/[.;:,\s]+$/, '')
      .replace(/(?<![Cc]ơ)\s+(Sở|sở)$/u, '')
      .replace(/^((?:Trung tâm|Trạm|Đội|Ban|Văn phòng|Phòng)\s.+?)\s+(xã|phường|tỉnh|huyện|thành phố)$/u, '$1');
    if (own !== unit.name && !/^các\b/i.test(own)) unit.aliases.push(own);
    units.set(k, unit);
    if (kind === 'group' && !seriesNames.has(k)) doubt(`"${unit.name}" là một nhóm đơn vị; kế hoạch không kể tên các thành viên: mọi đơn vị cùng loại báo cáo như thành viên của nhóm.`, `"${unit.name}" names a group of bodies; the plan does not list its members: any body of that kind reports as a member.`);
    return unit.id;
  };
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
  if (issuerNames) issuerUnit = { unit: [...units.values()].find((u) => u.id === issuer)!, names: issuerNames };
  const headings = outline.headings.map((x) => ({ id: x.id, label: x.label, level: x.level, title: x.title || x.id, paragraphs: [] as string[] }));
  // "P.TCHC, P.KTTĐ" in a cell: a list of the plan's short forms, each a body (a name of its own would not be split).
  const names = (list: readonly string[]) => list.flatMap((name) => {
    // "Phòng Nghiệp vụ 1, 2, 3", "Viện kiểm sát khu vực 1, 2 và 3": one body each, numbered in a series.
    const series = /^(\p{Lu}.*?\s)(\d{1,2})((?:\s*,\s*\d{1,2})*)(?:\s*(?:,|và)\s*(\d{1,2}))$/u.exec(name.trim());
    if (series && opensBody(series[1]!.trim())) {
      const numbers = [series[2]!, ...series[3]!.split(',').map((n) => n.trim()).filter(Boolean), series[4]!];
      return numbers.map((n) => `${series[1]}${n}`);
    }
    const parts = name.split(/\s*,\s*/u);
    const known = (part: string) => shortForms.has(key(part)) || collectives.some((c) => key(c) === key(part));
    // ("PA04, PC03" beside "Phòng Cảnh sát kinh tế (PC03)": a code the plan does not spell out is a body's code as well.)
    const code = (part: string) => /^[A-ZĐ]{1,4}\d{1,3}$/u.test(part);
    return parts.length > 1 && parts.every((part) => known(part) || code(part)) && parts.some(known) ? parts : [name];
  });
  // ("Văn phòng Sở, các phòng chuyên môn và các đơn vị sự nghiệp (gọi chung là các phòng, đơn vị thuộc Sở)": "các phòng
  // chuyên môn, các đơn vị sự nghiệp" leave the Văn phòng out; only a whole the plan made of one group per kind is spread.)
  // (So is a group the plan lists by name whose name lists kinds, "các phòng, Ban thuộc Bảo tàng (Phòng A, …, Ban B)".)
  const namedByKinds = (g: ListedGroup) => !g.collective && kindsListed(g.name).length > 1 && kindsListed(g.name).every((kind) => g.members.some((m) => key(m).startsWith(`${kind} `)));
  const spreadable = listed.filter((g) => (g.collective && g.members.length === kindsListed(g.name).length && g.members.every((m) => /^các\s/iu.test(m))) || namedByKinds(g));
  const items: Plan['items'] = outline.items.map((item) => {
    const raw = item.unitsRaw ?? item.text;
    const lead = [...new Set(gatherSpread(keepCollective(wholesByInitials(names(item.lead), raw, wholes), raw, wholes), spreadable).map((n) => unitOf(n)))];
    const title = item.title ?? (item.text.split(/[.;\n]/)[0]!.trim().slice(0, 110) || item.id);
    const ordinal = Number(item.id.split('.').at(-1));
    return {
      id: item.id,
      section: item.section,
      ordinal: Number.isFinite(ordinal) && ordinal > 0 ? ordinal : 1,
      title,
      text: item.text || title,
      lead,
      support: [...new Set(gatherSpread(keepCollective(wholesByInitials(names(item.support), raw, wholes), raw, wholes), spreadable).map((n) => unitOf(n)))].filter((id) => !lead.includes(id)),
      unitsRaw: item.unitsRaw ?? item.text.slice(0, 200) ?? title,
      scope: scopeOf(item.text),
      ...(item.productRaw ? { product: item.productRaw } : {}),
      timing: { raw: item.timingRaw ?? 'Không ghi thời gian', parts: item.timing ?? [{ kind: 'unstated' }] },
      references: referencesIn(item.text),
    };
  });
  for (const { members, collective } of listed) if (!collective) for (const name of members) unitOf(name);
  expandHeadLists(items, units);
  // A task that names no body is everyone's: every group the plan addresses ("các phòng", "các đơn vị trực thuộc"),
  // or, in a plan that names no group, the issuing body.
  // Groups of bodies that report (not "các cơ quan báo chí", not "các sở, ngành liên quan").
  const addressed = [...new Set(units.values())].filter((u) => u.kind === 'group' && kindsOfGroup(u.name).length > 0 && !/liên quan/u.test(u.name));
  // ("các khoa" beside "các khoa, phòng, trung tâm": the wider group takes it in.)
  const everyone = addressed.filter((group) => !addressed.some((other) => other !== group && takesInKinds(other.name, group.name))).map((u) => u.id);
  const unassigned = unassignedRule(outline.organisation.map((p) => p.text));
  for (const item of items) {
    if (item.lead.length > 0) continue;
    if (unassigned) {
      const bodies = splitBodies(unassigned.bodies).map((name) => unitOf(name));
      if (unassigned.advises) item.support.push(...bodies.filter((id) => id !== issuer));
      item.lead.push(...(unassigned.advises ? [issuer] : bodies));
      const helpers = unassigned.helpers ? splitBodies(unassigned.helpers).map((name) => unitOf(name)) : [];
      item.support.push(...helpers.filter((id) => !item.lead.includes(id) && !item.support.includes(id)));
      continue;
    }
    item.lead.push(...(everyone.length ? everyone : [issuer]));
    const source = outline.items.find((i) => i.id === item.id);
    const names = item.lead.map((id) => [...units.values()].find((u) => u.id === id)?.name ?? id).join('; ');
    doubt(`${item.id}: nhiệm vụ không nêu đơn vị; tạm giao cho tất cả (${names}).`, `${item.id}: the task names no body; it is given to all (${names}).`, source?.paragraph ?? null, item.id);
  }
  const joints = jointGroups(units, new Set([...[...shortForms].flatMap(([short, full]) => [short, key(full)]), ...collectives.map(key)]));
  // (The issuer's kind from its name as the text writes it, "Vườn quốc gia Bạch Mã", not the header's capitals.)
  const writtenIssuer = [...units.values()].find((u) => u.id === issuer)?.name ?? issuerName;
  const ofIssuer = [...namesOfIssuer(issuerName, shortForms), ...(committeeBody ? [key(h.issuerName)] : []), ...issuerKind(writtenIssuer)];
  for (const unit of new Set(units.values())) {
    const own = unit.kind === 'group' || unit.id === issuer ? null : withoutIssuer(unit.name, ofIssuer);
    const taken = [...units.values()].some((u) => [u.name, ...u.aliases].some((n) => key(n) === key(own ?? '')));
    if (own && !taken) unit.aliases.push(own);
  }
  for (const [former, names] of renamedBodies(model)) {
    const unit = [...units.values()].find((u) => key(u.name) === key(former));
    for (const name of unit ? names : []) if (!unit!.aliases.some((a) => key(a) === key(name))) unit!.aliases.push(name);
  }
  // "các Đội", "các Hải quan cửa khẩu", where the plan does not list them: its bodies named with those words.
  const all = [...new Set(units.values())];
  const unlisted = all.filter((u) => u.kind === 'group' && ![...listed, ...joints].some((g) => sameBody(key(g.name), key(u.name)))).map((u) => u.name);
  const bodies = all.filter((u) => u.kind !== 'group' && u.id !== issuer).map((u) => u.name);
  const byHead = headGroups(unlisted, bodies, model.paragraphs.map((p) => p.text)).map((g) => ({ ...g, collective: false }));
  // (Read before the groups leave the units.)
  const partHelperIds = new Map(outline.items.map((i) => [i.id, new Set((i.partHelpers ?? []).map((name) => unitOf(name)))]));
  const wholeBody = wholeBodyGroups(all, all.find((u) => u.id === issuer)!);
  const groups = groupsWithMembers([...listed, ...joints, ...byHead, ...wholeBody], units, sameBody, unitOf, issuer);
  // ("(các phòng, các Phòng Giao dịch)" leading a task of a part that "Văn phòng … phối hợp thực hiện": the lead's own
  // members do not help it as well. A task's own helpers stay: "Các phòng chủ trì; Văn phòng phối hợp".)
  const membersOf = new Map(groups.map((g) => [g.id, g.members]));
  for (const item of items) {
    const within = new Set(item.lead.flatMap((id) => membersOf.get(id) ?? []));
    const fromPart = partHelperIds.get(item.id) ?? new Set<string>();
    const inLead = (id: string) => within.has(id) || (membersOf.get(id)?.every((m) => within.has(m)) ?? false);
    if (within.size > 0) item.support = item.support.filter((id) => !fromPart.has(id) || !inLead(id));
  }
  const schedule = outline.schedule ?? { periods: [], receiver: null };
  const channel = schedule.receiver ? unitOf(schedule.receiver) : issuer;
  const periods: ImportedPeriod[] = schedule.periods.length
    ? schedule.periods
    : PERIOD_CODES.map((code) => ({ code, names: [...PERIOD_NAMES[code]], due: { day: 5, month: lastMonthOf(code) }, dueRaw: 'không ghi' }));
  if (schedule.periods.length === 0) doubt('Lịch báo cáo lấy theo mặc định (ngày 05 tháng cuối kỳ).', 'The reporting schedule is the default (the 5th of the last month).');
  doubt('Khoảng số liệu lấy theo Thông tư 02/2021/TT-TTCP (15/12 năm trước đến ngày 14 tháng cuối kỳ).', 'Data windows follow Thông tư 02/2021/TT-TTCP (15/12 of the previous year to the 14th of the last month).');
  const implemented = implementedIn(h.opening);
  const signature = readSignature(model);
  addGroupHeadTitles([...new Set(units.values())], model.paragraphs.map((p) => p.text), signature.signer?.position ?? null);
  const plan: Plan = {
    meta: {
      type: h.type,
      number: h.number || `/${h.symbol}`,
      symbol: h.symbol,
      place: h.dateLine.split(',')[0]?.trim() || 'Không rõ',
      dateRaw: h.dateRaw || 'Không rõ',
      year,
      issuer,
      issuerName,
      ...(h.governingBody ? { governingBody: h.governingBody } : {}),
      title: h.title || `Kế hoạch năm ${year}`,
      ...(implemented[0] ? { implements: implemented[0] } : {}),
      ...(implemented.length > 1 ? { alsoImplements: implemented.slice(1) } : {}),
      opening: h.opening || 'Không rõ',
      signer: signature.signer ?? { position: 'Không rõ', name: 'Không rõ' },
      recipients: signature.recipients,
    },
    headings: headings.length ? headings : [{ id: 'I', label: 'I.', level: 1, title: 'Nhiệm vụ', paragraphs: [] }],
    units: [...new Set(units.values())],
    groups,
    items,
    reporting: {
      channel,
      regime: regimeOf(outline.organisation.map((p) => p.text)) ?? { type: 'Thông tư', number: '02/2021/TT-TTCP', cited: 'Thông tư số 02/2021/TT-TTCP' },
      periods: periods.map((p) => ({
        code: p.code,
        names: p.names,
        quarter: PERIOD_QUARTER[p.code],
        due: p.due,
        dueRaw: p.dueRaw,
        ...(p.issuerDue ? { issuerDue: p.issuerDue } : {}),
        dataWindow: regimeDataWindow(p.code),
      })),
      unitPlan: unitPlanOf(outline, year, channel, doubt),
      text: outline.organisation.map((p) => p.text),
    },
  };
  completeOutline(plan, doubt);
  repairDuplicateIds(plan, doubt);
  if (!h.title) doubt('Không thấy trích yếu của kế hoạch.', 'No title found.');
  if (!signature.signer) doubt('Không thấy người ký của kế hoạch.', 'The plan\'s signer was not found.');
  return { plan, outline, doubts };
}

/**
 * A group the tasks name whose members the plan lists is a group of those bodies (plan.groups), not every body of its
 * kind: "các phòng chuyên môn" of a phường are its three phòng, "các phòng, đơn vị thuộc Sở" what the plan listed.
 * Taken out of the units.
 */
function groupsWithMembers(
  listed: readonly ListedGroup[],
  units: Map<string, Plan['units'][number]>,
  sameBody: (a: string, b: string) => boolean,
  unitOf: (written: string) => string,
  issuer: string,
): Plan['groups'] {
  const groups = new Map<Plan['units'][number], Set<string>>();
  for (const { name, members } of listed) {
    const k = key(name);
    const unit = units.get(k) ?? [...units.entries()].find(([other]) => sameBody(other, k))?.[1];
    if (!unit || unit.kind !== 'group') continue;
    const ids = members.map((m) => unitOf(m)).filter((id) => id !== unit.id && id !== issuer);
    if (ids.length === 0) continue;
    groups.set(unit, new Set([...(groups.get(unit) ?? []), ...ids]));
  }
  for (const [k, unit] of [...units.entries()]) if (groups.has(unit)) units.delete(k);
  return [...groups].map(([unit, members]) => ({ id: unit.id, name: unit.name, aliases: unit.aliases, members: [...members] }));
}

/** The report regime the plan names ("Chế độ báo cáo thực hiện theo Thông tư số 06/2025/TT-TTCP ..."), when it does;
 * else Thông tư 02/2021/TT-TTCP, whose data windows the periods use either way. */
function regimeOf(paragraphs: readonly string[]): LegalReference | null {
  for (const text of paragraphs) {
    const at = foldForCompare(text).search(/chế độ báo cáo|báo cáo theo/u);
    if (at < 0) continue;
    const regime = referencesIn(text.slice(at)).find((r) => r.type === 'Thông tư' || r.type === 'Nghị định');
    if (regime) return regime;
  }
  return null;
}

/**
 * A plan the importer returns always loads: a task whose heading the outline did not find ("1.2" in an appendix table
 * with no row "1") gets that heading, named by its number and listed as a doubt, rather than the whole import failing.
 */
function completeOutline(plan: Plan, doubt: (vi: string, en: string, paragraph?: number | null, item?: string) => void): void {
  const known = new Set(plan.headings.map((x) => x.id));
  for (const item of plan.items) {
    const section = item.id.includes('.') ? item.id.slice(0, item.id.lastIndexOf('.')) : item.section;
    if (section && item.section !== section && `${section}.${item.ordinal}` === item.id) item.section = section;
    if (!item.section || known.has(item.section)) continue;
    const parts = item.section.split('.');
    plan.headings.push({ id: item.section, label: `${parts.at(-1)}.`, level: parts.length, title: item.section, paragraphs: [] });
    known.add(item.section);
    doubt(`${item.id}: không thấy đề mục "${item.section}"; đã đặt tạm một đề mục mang số của nó.`, `${item.id}: no heading "${item.section}" found; a heading named by its number stands in.`, null, item.id);
  }
}

/**
 * Ids the reading gave twice (a layout it does not know yet numbers two groups alike): the plan must still load, so a
 * repeated heading is kept once and a repeated task is numbered after the last of its section, each listed as a doubt
 * for the user to look at; nothing is dropped.
 */
export function repairDuplicateIds(plan: Plan, doubt: (vi: string, en: string, paragraph?: number | null, item?: string) => void): void {
  const headingIds = new Set<string>();
  plan.headings = plan.headings.filter((heading) => {
    if (!headingIds.has(heading.id)) return headingIds.add(heading.id);
    doubt(`Đề mục "${heading.id}" có hai lần; giữ lần đầu — xem lại cách đánh số của kế hoạch.`, `Heading "${heading.id}" appears twice; the first is kept — check how the plan is numbered.`);
    return false;
  });
  const itemIds = new Set<string>();
  for (const item of plan.items) {
    if (!itemIds.has(item.id)) {
      itemIds.add(item.id);
      continue;
    }
    const taken = plan.items.filter((other) => other.section === item.section).map((other) => other.ordinal);
    let ordinal = Math.max(...taken) + 1;
    while (itemIds.has(`${item.section}.${ordinal}`)) ordinal += 1;
    const was = item.id;
    item.ordinal = ordinal;
    item.id = `${item.section}.${ordinal}`;
    itemIds.add(item.id);
    doubt(`Mã nhiệm vụ "${was}" có hai lần; nhiệm vụ sau được đánh số lại thành "${item.id}" — xem lại.`, `Task id "${was}" appears twice; the later task is renumbered "${item.id}" — check it.`, null, item.id);
  }
}

/** "các Tổ, Trạm có liên quan phối hợp": the bodies the heads stand for help, not the task's lead; the group so written
 * leaves the units where no task names it any more. */
function expandHeadLists(items: Plan['items'], units: Map<string, Plan['units'][number]>): void {
  const all = [...new Set(units.values())];
  const expanded = new Set<string>();
  for (const item of items) {
    for (const role of ['lead', 'support'] as const) {
      item[role] = item[role].flatMap((id) => {
        const unit = all.find((u) => u.id === id);
        const heads = unit?.kind === 'group' ? headsListed(unit.name) : null;
        const ids = heads ? bodiesOfHeads(heads, all, id) : null;
        if (!ids) return [id];
        expanded.add(id);
        return ids.filter((other) => role === 'lead' || !item.lead.includes(other));
      });
      item[role] = [...new Set(item[role])];
    }
  }
  for (const id of expanded) {
    if (items.some((item) => item.lead.includes(id) || item.support.includes(id))) continue;
    for (const [k, unit] of [...units]) if (unit.id === id) units.delete(k);
  }
}
