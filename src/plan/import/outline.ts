/**
 * A plan written in prose (Roman parts, "1." sections, "a)" headings, "- " bullets, "+ Đơn vị thực hiện / + Thời gian
 * thực hiện" blocks) read into its task items, with ids as `../shared/spec/plan-items.md` fixes them: the heading path,
 * then the bullet's ordinal under its heading; a heading with no bullets is one item, ordinal 1. A block applies to
 * every bullet since the previous block; an unbulleted paragraph after a bullet belongs to it. Whatever the reader is
 * not sure of is listed as a doubt with the paragraph it came from: nothing is guessed silently.
 */
import type { DocumentModel } from '../../document/model';
import { foldForCompare } from '../../text';
import { placedAssignments, readTaskTables } from './table';
import { definedShortForms } from './short-forms';
import { codeNames, spellOutCodes } from './code-names';
import { readAssignmentTables, tasksNumberedByTable } from './assignment-table';
import { keepNumberedTasksWhole } from './numbered-whole';
import { advisedWork, unitsFromText, withoutInnerBrackets } from './units-from-text';
import { compiledFromReports } from './role-wording';
import { isStaff, readUnitsLine } from './units-line';
import { opensBody } from './body-names';
import { splitBodies, withoutDoing } from './split-bodies';
import { readTiming } from './timing';
import { gridRaw, gridTiming } from './month-grid';
import { readTimingPart, timeOf } from './timing-part';
import { headingTimes, withHeadingTime } from './heading-time';
import { openingUnits } from './opening-units';
import { parts, plain, strip, withPartLabels } from './parts';
import { withArabicParts, withPrintedParts } from './arabic-parts';
import { applyPlacedRows, applyUnitAssignments, readUnitAssignments } from './assignments';
import { applyContentAssignments, fillUnassigned } from './content-assignments';
import { readSchedule } from './schedule';
import { partnersInWords } from './partners-in-words';
import { timeAfterDash } from './dash-time';
import { nameKey } from './name-key';
import { closingRoles } from './closing-roles';
import { givenSentences } from './given-sentences';
import { organisationRuleTime } from './rule-time';
import { afterColon, ancestorsOf, DATED_INLINE_TIMING, INLINE_ROLES, INLINE_TIMING, namesOwnDoer, opensWithGroupHeads, OPENS_WITH_ASSIGN_LABEL, RULE_SET_TIME, saysOwn, timeWords, unitsSentenceIn } from './prose-lines';
import type { ImportedItem, ImportedOutline } from './outline-types';
import type { TimingPart } from '../schema';
import { applyExceptions } from './unit-exceptions';
import { readProse } from './prose';
import { cellLine } from './cell-lines';
import { firstNamedLeads } from './first-named-leads';
import { proseBesideTable } from './beside-table';

export type { ImportDoubt, ImportedHeading, ImportedItem, ImportedOutline } from './outline-types';

export function readPlanOutline(written: DocumentModel): ImportedOutline {
  const labelled = withPartLabels(written);
  const outline = readOutline(labelled);
  // (Only a plan that gives no task read as it stands: one whose "1.", "2." are tasks, or whose tasks are in a table,
  // keeps its reading.)
  if (outline.items.length > 0) return outline;
  const { model, parts } = withArabicParts(labelled);
  return parts.size > 0 ? withPrintedParts(readOutline(model), parts) : outline;
}

function readOutline(model: DocumentModel): ImportedOutline {
  const layout = parts(model.paragraphs);
  const prose = readProse(model, layout);
  const sections = new Map(prose.tableSections ?? []);
  // A task table under a Roman part of its own that gives tasks too ("III. MỘT SỐ NHIỆM VỤ TRỌNG TÂM"), after the prose
  // tasks and before the organisation of the work: its rows are that part's tasks, next to the prose ones (III.1, …).
  if (layout.tasks && prose.items.length > 0) {
    const starts = new Map<number, number>();
    for (const p of model.paragraphs) if (p.table && p.table.depth === 1 && !starts.has(p.table.table)) starts.set(p.table.table, p.index);
    for (const [tableNumber, start] of starts) {
      const part = layout.romans.filter((p) => p.index < start).at(-1);
      if (!part || sections.has(tableNumber) || part.index <= layout.tasks.index || part === layout.organisation) continue;
      if (layout.organisation && part.index > layout.organisation.index) continue;
      if (/nhiệm vụ|giải pháp/u.test(plain(part)) && !/tổ chức thực hiện|phụ lục/u.test(plain(part))) sections.set(tableNumber, part.label!.replace(/\.$/, ''));
    }
  }
  const tasksPart = layout.tasks ? { id: layout.tasks.label!.replace(/\.$/, ''), title: strip(layout.tasks.body), paragraph: layout.tasks.index } : null;
  const table = readTaskTables(model, (tableNumber) => sections.get(tableNumber) ?? null, tasksPart);
  // Tables among the prose tasks add to them (a mixed plan); a table of its own (an appendix) is the plan's task list.
  const mixed = table !== null && table.items.some((item) => item.withinProse);
  // ("… được phân công tại Phụ lục kèm theo Kế hoạch này. Ngoài ra, Trung tâm tập trung thực hiện các nội dung sau:": the
  // prose tasks the part adds to its appendix stand next to the table's rows.)
  const beside = table && !mixed && layout.tasks ? proseBesideTable(model.paragraphs, prose.items, layout.tasks.index, layout.partEnd(layout.tasks.index)) : [];
  const besideIds = new Set(beside.flatMap((item) => ancestorsOf(item.id)));
  const outline: ImportedOutline = beside.length
    ? {
        year: null,
        headings: [...prose.headings.filter((h) => besideIds.has(h.id)), ...table!.headings].sort((a, b) => a.paragraph - b.paragraph),
        items: [...beside, ...table!.items].sort((a, b) => a.paragraph - b.paragraph),
        organisation: layout.organisationText,
        doubts: [...prose.doubts.filter((d) => d.item === undefined || beside.some((item) => item.id === d.item)), ...table!.doubts],
      }
    : mixed
    ? {
        year: null,
        headings: [...prose.headings, ...table.headings].sort((a, b) => a.paragraph - b.paragraph),
        items: [...prose.items, ...table.items].sort((a, b) => a.paragraph - b.paragraph),
        organisation: prose.organisation,
        doubts: [...prose.doubts, ...table.doubts],
      }
    : table
      ? { year: null, headings: table.headings, items: table.items, organisation: layout.organisationText, doubts: table.doubts }
      : prose;
  // The title's year, not the date line's ("Huế, ngày 22 tháng 9 năm 2025" over "... năm học 2025 - 2026 và năm 2026"):
  // the latest year the first paragraph naming one gives, a school year counting as the year it ends.
  // ("... đến năm 2030" is a horizon, not the plan's year: the date line's year then.)
  const yearsIn = (text: string) => [...text.matchAll(/(?<!đến )năm (20\d\d)\b|năm học 20\d\d\s*[-–]\s*(20\d\d)\b/gu)].map((m) => Number(m[1] ?? m[2]));
  const opening = model.paragraphs.slice(0, 20).map((p) => foldForCompare(p.text));
  const titleYears = opening
    .filter((text) => !/ngày\s+\d{1,2}\s+tháng|^căn cứ\s/u.test(text))
    .map(yearsIn)
    .find((years) => years.length > 0);
  const dated = opening.map((text) => /năm (20\d\d)\b/u.exec(text)?.[1]).find(Boolean);
  outline.year = titleYears ? Math.max(...titleYears) : dated ? Number(dated) : null;
  const scheduleSource = outline.organisation.length ? outline.organisation.map((p) => p.text) : model.paragraphs.filter((p) => p.table === null).map((p) => p.text);
  const shortForms = definedShortForms(model);
  outline.schedule = readSchedule(scheduleSource, [...shortForms.keys()], outline.items.flatMap((item) => item.unitsRaw ?? []));
  const codes = codeNames(shortForms);
  // "1. Phòng Tổ chức cán bộ: chủ trì thực hiện các nhiệm vụ tại mục 1.1.3, 1.3 Phần II; phối hợp …": the tasks that name
  // no units of their own get them from the organisation part, by their numbers.
  const taskPart = outline.items[0]?.id.split('.')[0];
  const namesItsOwn = (item: ImportedItem) => saysOwn(item.text, 'units') || namesOwnDoer(item.text) || opensWithGroupHeads(item.text);
  // (Or in a table of its own: "STT | Đơn vị | Chủ trì thực hiện nhiệm vụ tại mục | Phối hợp thực hiện nhiệm vụ tại mục".)
  const assigning = [...readUnitAssignments(outline.organisation.map((p) => p.text)), ...readAssignmentTables(model)];
  // ("Chủ trì nhiệm vụ số | Phối hợp nhiệm vụ số": a task given out by its number is one task, its "- " lines its content.)
  if (taskPart) keepNumberedTasksWhole(outline, model.paragraphs, tasksNumberedByTable(model), taskPart, assigning.flatMap((a) => [...a.lead.map(({ number }) => number), ...a.support]));
  for (const item of outline.items) {
    const opening = item.unitsRaw === null && item.supportRaw === undefined ? openingUnits(item.text) : null;
    if (opening) Object.assign(item, { unitsRaw: opening.units, text: opening.rest });
  }
  // ("Điểm 5 (các gạch đầu dòng 1–3) | Thẩm phán | Văn phòng | Thường xuyên": a table naming the tasks by their place.)
  if (taskPart) applyPlacedRows(outline.items, placedAssignments(model), taskPart);
  // (The tasks that say no units in their own words, before the numbers give some theirs.)
  const sayNone = outline.items.filter((item) => item.unitsRaw === null && !namesItsOwn(item));
  const given = taskPart ? applyUnitAssignments(outline.items, assigning, taskPart, namesItsOwn) : undefined;
  // ("1. Phòng Tổ chức - Hành chính: chủ trì tổ chức quán triệt Kế hoạch; công khai kế hoạch tuyển dụng; …": by content.)
  outline.doubts.push(...applyContentAssignments(outline.items, outline.headings, outline.organisation, sayNone, given));
  if (outline.schedule.periods.length === 0) outline.doubts.push({ paragraph: null, vi: 'Không đọc được lịch gửi báo cáo (kỳ và hạn).', en: 'Could not read the reporting schedule (periods and deadlines).' });
  else if (!outline.schedule.receiver) outline.doubts.push({ paragraph: null, vi: 'Không rõ báo cáo gửi về đâu.', en: 'Where reports go is not clear.' });
  if (outline.year === null) outline.doubts.push({ paragraph: null, vi: 'Không thấy năm của kế hoạch trong trích yếu.', en: 'No plan year found in the title.' });
  // (A plan without its year is taken for this year's.)
  const year = outline.year ?? new Date().getFullYear();
  const timedByPlace = taskPart ? readTimingPart(model.paragraphs, layout.romans, layout.partEnd, year) : [];
  const timeOverSection = headingTimes(outline.headings, year);
  const firstLeadRule = firstNamedLeads(model.paragraphs.map((p) => p.text));
  const defaultTime = prose.defaultTime ?? organisationRuleTime(outline.organisation.map((p) => p.text));
  for (const item of outline.items) {
    // (A table row with no time in a cell of its own: a group row over it that is a period may time it.)
    const untimedRow = item.supportRaw !== undefined && !item.timingRaw && item.timingAsAbove === undefined && !item.grid;
    // ("31/01" under "Quý I": a day in the plan's year, which the table did not know.)
    if (item.grid?.dates) item.timingRaw = gridRaw(item.grid, year);
    // "- Theo dõi, đôn đốc …; chủ trì: Văn phòng HĐND và UBND; phối hợp: các phòng chuyên môn; thời gian: Quý II/2026.":
    // the bullet's own roles and time, run on after its text on the same line.
    if (item.unitsRaw === null && item.supportRaw === undefined) {
      const run = INLINE_ROLES.exec(item.text.split('\n')[0] ?? '');
      if (run && opensBody(run[2]!.trim())) {
        item.unitsRaw = `Chủ trì: ${run[2]!.trim()}${run[3] ? `; phối hợp: ${run[3].trim()}` : ''}`;
        if (run[4] && !item.timingRaw) item.timingRaw = run[4].trim();
      }
    }
    // ("… ; thời gian: Quý I/2027. Giao các cơ quan, … ; thời gian: thường xuyên.": the times of the parts given out.)
    if (!item.timingRaw) {
      const given = givenSentences(item.text, unitsFromText);
      if (given && given.count > 1) item.timingRaw = given.time;
    }
    // "... . Thời gian thực hiện: ban hành trong tháng 01/2026; theo dõi, đôn đốc thường xuyên." as the task's last
    // sentence: the whole sentence, its parts after ";" too (not a units part after it).
    if (!item.timingRaw) {
      // (A note in brackets inside it stays: "Tháng 9/2025 (ban hành kế hoạch); kiểm tra trong năm học".)
      const last = /(?:^|\.\s+|\s[–-]\s+)thời (?:gian|hạn)(?: thực hiện| hoàn thành)?\s*:\s*((?:[^()\n]|\([^()\n]*\))+?)\s*\.?\s*$/iu.exec(item.text.split('\n')[0] ?? '')?.[1];
      if (last && !/;\s*(đơn vị|cơ quan|chủ trì|phối hợp|sản phẩm)/iu.test(last)) item.timingRaw = last.trim();
    }
    if (!item.timingRaw) item.timingRaw = timeAfterDash(item.text, year);
    // "(Thời gian: thường xuyên)" or "Thời gian thực hiện: Quý II/2026." inside the task's own text.
    if (!item.timingRaw) {
      const labelled = /thời (?:gian|hạn)(?: thực hiện| hoàn thành)?\s*:\s*([^;)\n]+?)\s*(\)|;|\.?\s*$|\.\s*\n)/iu.exec(item.text);
      item.timingRaw = labelled?.[1]?.trim() ?? null;
      // "(…; thời gian: ban hành kế hoạch trong tháng 02/2026; kiểm tra trong quý III/2026)": the parts after it that are
      // times too, to the bracket's end.
      // ("…; thời gian: thường xuyên; sinh hoạt chuyên đề trong quý II/2027." closing the task's paragraph: to its end.)
      if (labelled && labelled[2] === ';') {
        const after = item.text.slice(labelled.index + labelled[0].length);
        const bracket = /^([^()\n]*)\)/u.exec(after)?.[1];
        const rest = bracket ?? /^([^()\n]*?)\s*\.?\s*(?:\n|$)/u.exec(after)?.[1];
        const more = (rest ?? '').split(';').map((part) => part.trim());
        if (rest && more.every((part) => part !== '' && !/chủ trì|phối hợp|đơn vị|cơ quan/iu.test(part) && (bracket !== undefined || !opensBody(part)) && readTiming(timeWords(part), year).doubt === null)) item.timingRaw = [item.timingRaw, ...more].join('; ');
      }
    }
    // "(Phòng TC-HC chủ trì; các đơn vị phối hợp; thực hiện: Quý I/2026 và thường xuyên)": the time in a units bracket.
    if (!item.timingRaw) item.timingRaw = /[(;]\s*thực hiện\s*:\s*([^;()\n]+?)\s*\)/iu.exec(item.text)?.[1]?.trim() ?? null;
    // "... (Quý III/2026)." or "... (Thường xuyên)." at the end of the task: a bracket that is a time and nothing else.
    if (!item.timingRaw) {
      const last = /\(([^()]{3,160})\)\s*[.:]?\s*$/u.exec(withoutInnerBrackets(item.text.split('\n')[0] ?? ''))?.[1]?.trim();
      // "(... Quý III/2026)", or the last part of a units bracket: "(Văn phòng Sở chủ trì; ...; hoàn thành trong Quý I/2026)",
      // "(Phòng KH-TC, các Chi cục ...; thường xuyên)", "(Phòng Kế hoạch - Tài chính thực hiện, thường xuyên)".
      // ("(qua Phòng Giáo dục Trung học - Giáo dục thường xuyên)" says through whom, not when.)
      const isTime = (part: string) => !/chủ trì|phối hợp|thực hiện/iu.test(timeWords(part)) && !opensBody(part) && !/^qua\s/iu.test(part) && readTiming(timeWords(part), year).doubt === null;
      // The bracket's last parts that are times, together: "(...; kế hoạch xác minh: Quý I/2026; kê khai: trước ngày ...)".
      const parts = (last ?? '').split(';').map((part) => part.trim());
      let from = parts.length;
      while (from > 0 && isTime(parts[from - 1]!)) from -= 1;
      let time: string | undefined = from < parts.length ? parts.slice(from).join('; ') : parts.at(-1);
      if (time && /chủ trì|phối hợp|thực hiện/iu.test(timeWords(time))) time = time.split(',').at(-1)?.trim();
      if (time && isTime(time)) item.timingRaw = time;
    }
    // "... . Văn phòng chủ trì, các bộ phận phối hợp; hoàn thành trong quý I/2027.": the time its closing roles give.
    if (!item.timingRaw) item.timingRaw = closingRoles(item.text)?.time ?? null;
    // "... . Thực hiện thường xuyên." as the task's last sentence, or a last sentence that is a time and nothing else:
    // "... . Năm 2026.", "... . Quý II/2026."
    if (!item.timingRaw) {
      const first = item.text.split('\n')[0] ?? '';
      // (", thực hiện thường xuyên trong năm 2026." after a comma as well.)
      // ("… . Ban hành trong quý I/2026 và tổ chức thực hiện trong năm 2026.": an act, then when, as well.)
      const closing = /(?:^|[.;,]\s+)((?:thực hiện|hoàn thành|ban hành|triển khai)\s+([^.;()]{3,90}?))\.?\s*$/iu.exec(first);
      const bare = /(?:^|\.\s+)((?:năm \d{4}|quý\s|tháng\s|trước ngày|chậm nhất|thường xuyên|hằng |hàng |định kỳ|trong (?:năm|quý|tháng)|khi có yêu cầu)[^.;()]{0,50}?)\.?\s*$/iu.exec(first);
      // ("… . Thực hiện thường xuyên; riêng danh sách hộ nghèo công khai trong tháng 12/2027.": the time, then its exception.)
      const except = /(?:^|\.\s+)((?:thực hiện|hoàn thành)\s+([^.;()]{3,90}?);\s*riêng\s+[^.;()]{3,160}?)\.?\s*$/iu.exec(first);
      if (except && readTiming(except[2]!, year).doubt === null && INLINE_TIMING.test(except[1]!.split(';').at(-1)!)) item.timingRaw = `${except[1]!.trim()}.`;
      else if (closing && readTiming(closing[2]!, year).doubt === null && !/chủ trì|phối hợp/iu.test(closing[2]!)) item.timingRaw = closing[1]!.trim();
      else if (bare && /^\p{Lu}/u.test(bare[1]!) && readTiming(bare[1]!, year).doubt === null) item.timingRaw = bare[1]!.trim();
      // ("…; công khai số liệu …; cả năm.": the whole year as the sentence's last part.)
      else item.timingRaw = /;\s*((?:thực hiện\s+)?cả năm)\.?\s*$/iu.exec(first)?.[1] ?? null;
    }
    // (A part of its own, "IV. TIẾN ĐỘ THỰC HIỆN", that times the tasks by their places: before any guess from the words.)
    const placed = !item.timingRaw && taskPart ? timeOf(timedByPlace, item.id, taskPart) : null;
    if (placed) item.timingRaw = placed.raw;
    // "... gửi về Sở trước ngày 15/02/2026", "... trong quý IV/2026", "khi có yêu cầu" inside the sentence.
    let inSentence = false;
    if (!item.timingRaw) {
      const first = item.text.split('\n')[0] ?? '';
      // ("Thường xuyên kiểm tra, đôn đốc …; tổ chức tự kiểm tra … trong tháng 11/2027": how the work goes on, then when
      // the task is due.)
      const found = INLINE_TIMING.exec(first)?.[0]?.trim() ?? null;
      item.timingRaw = found && /^thường xuyên$/iu.test(found) ? (DATED_INLINE_TIMING.exec(first)?.[0]?.trim() ?? found) : found;
      // ("…, đúng thời hạn quy định; …": the time the rules set, when the task gives no other.)
      item.timingRaw ??= RULE_SET_TIME.exec(first)?.[0] ?? null;
      inSentence = item.timingRaw !== null;
    }
    // "1. Quý I/2027" over its tasks: the heading's time, beside a date of the task's own; other time words in the
    // task's sentence ("định kỳ hằng tháng") say how the work goes, not when.
    const underTime = placed ? null : timeOverSection(item.section);
    if (underTime && inSentence && !readTiming(item.timingRaw!, year).parts.every((p) => p.kind === 'deadline')) {
      item.timingRaw = null;
      inSentence = false;
    }
    // ("I | QUÝ I/2027" over "3 | Trước ngày 15/3/2027, xây dựng, ban hành Kế hoạch … | Văn phòng …": in a task table the
    // group row that is a period is the row's time, as a time column would be; the row's own day is kept beside it.)
    let ownDays: TimingPart[] = [];
    if (underTime && untimedRow && item.timingRaw && !placed) {
      const own = readTiming(item.timingRaw, year).parts;
      if (own.length > 0 && own.every((p) => p.kind === 'deadline')) {
        ownDays = own;
        item.timingRaw = underTime.raw;
        inSentence = false;
      }
    }
    if (!item.timingRaw && underTime) item.timingRaw = underTime.raw;
    // (The plan's rule for the tasks that give no time of their own, over them or in the organisation part: "Những nội
    // dung không ghi thời gian … thường xuyên".)
    if (!item.timingRaw && defaultTime) item.timingRaw = defaultTime;
    if (placed) item.timing = placed.parts;
    else if (item.timingRaw) {
      if (inSentence)
        outline.doubts.push({
          paragraph: item.paragraph,
          item: item.id,
          vi: `${item.id}: không có dòng "Thời gian thực hiện"; thời gian đọc từ câu nhiệm vụ: "${item.timingRaw}".`,
          en: `${item.id}: no "Thời gian thực hiện" line; timing read from the task's words: "${item.timingRaw}".`,
        });
      const { parts, doubt } = item.grid ? gridTiming(item.grid, year, item.text) : readTiming(item.timingAsAbove ?? item.timingRaw, year, item.text);
      item.timing = underTime ? withHeadingTime(underTime.parts, [...parts, ...ownDays]) : parts;
      if (doubt) outline.doubts.push({ ...doubt, vi: `${item.id}: ${doubt.vi}`, en: `${item.id}: ${doubt.en}`, paragraph: item.paragraph, item: item.id });
    } else item.timing = null;
    // "... . Đơn vị thực hiện: Văn phòng Sở. Thời hạn: Quý I/2026." inside the task's own paragraph: its units line.
    const sentence = item.supportRaw === undefined && !item.unitsRaw ? unitsSentenceIn(item.text) : null;
    if (item.supportRaw !== undefined) {
      // a table: one column for each role
      // A lead cell may say the roles itself: "VPS chủ trì, phối hợp với Phòng PBGDPL", "Văn phòng (chủ trì)".
      // A cell's paragraphs are a list: "Văn phòng" over "Trung tâm PTHT" is two bodies.
      const leadCell = item.unitsRaw ? cellLine(item.unitsRaw) : null;
      const supportCell = item.supportRaw ? cellLine(item.supportRaw) : null;
      // (Also "Kiểm soát viên (theo dõi, giám sát)": a bracket that says the body watches over the others' work.)
      // ("Phòng Tham mưu" is a name: the role is "tham mưu" in lower case.)
      const cell = leadCell && (/(^|[\s(])(chủ trì|phối hợp)(?![\p{L}\p{N}])|\(\s*(theo dõi|giám sát)/iu.test(leadCell) || /(^|[\s(])tham mưu(?![\p{L}\p{N}])|\(\s*(?:CT|PH)\s*\)|(?:^|;\s*)(?:CT|PH)\s*:/u.test(leadCell) || compiledFromReports(leadCell) !== leadCell) ? readUnitsLine(leadCell, { markedLeadOnly: !item.supportColumn }) : null;
      // ("Các khoa, phòng; cán bộ, giảng viên, nhân viên": the bodies, and the staff they hold to it.)
      const listed = leadCell ? splitBodies(leadCell) : [];
      // ("P.TCCB, P.HCQT, Toàn viện" in a plan that says the body written first leads: P.TCCB leads, the others help.)
      const firstLeads = !cell && !item.supportColumn && !supportCell && listed.length > 1 && firstLeadRule;
      item.lead = cell ? cell.lead.map(withoutDoing) : firstLeads ? [withoutDoing(listed[0]!)] : listed.filter((name) => !isStaff(name) || listed.every(isStaff)).map(withoutDoing);
      item.support = [...(cell?.support ?? []), ...(firstLeads ? listed.slice(1) : []), ...(supportCell ? splitBodies(supportCell) : [])].map(withoutDoing);
      // (No column for partners: the task's words name them.)
      if (!item.supportColumn && item.lead.length > 0 && item.support.length === 0) item.support = partnersInWords(item.text).filter((name) => !item.lead.some((lead) => nameKey(lead) === nameKey(name)));
    } else if (item.unitsRaw) {
      // "Phối hợp: Phòng Chính trị" alone (the organisation part gives a unit only a hand in it): the task's own words say
      // who leads it.
      const helpers = /^phối hợp\s*:\s*(.+)$/iu.exec(item.unitsRaw)?.[1];
      const own = helpers ? unitsFromText(item.text) : null;
      // ("Phòng Nghiệp vụ tham mưu" alone: the body that advises does the work.)
      const adviser = /^([^;()]{3,80}?)\s+tham mưu\s*$/u.exec(item.unitsRaw)?.[1];
      if (own) Object.assign(item, { lead: own.lead, support: [...own.support, ...splitBodies(helpers!)] });
      else if (adviser && opensBody(adviser) && !/chủ trì|phối hợp|thực hiện/iu.test(adviser)) Object.assign(item, advisedWork(splitBodies(adviser), item.text));
      else Object.assign(item, readUnitsLine(item.unitsRaw));
    } else if (sentence) {
      item.unitsRaw = sentence;
      Object.assign(item, readUnitsLine(OPENS_WITH_ASSIGN_LABEL.test(sentence) ? afterColon(sentence) : sentence));
    } else {
      Object.assign(item, unitsFromText(spellOutCodes(item.text, codes)));
      // ("… (Văn phòng chủ trì, phối hợp với các phòng chuyên môn; thời gian: Quý I năm 2027).": the task's closing
      // bracket assigns it as a units line would, nothing to doubt.)
      if (item.lead.length > 0 && !saysOwn(item.text, 'units'))
        outline.doubts.push({
          paragraph: item.paragraph,
          item: item.id,
          vi: `${item.id}: không có dòng "Đơn vị thực hiện"; đơn vị đọc từ câu nhiệm vụ: ${item.lead.join('; ')}${item.support.length ? ` (phối hợp: ${item.support.join('; ')})` : ''}.`,
          en: `${item.id}: no "Đơn vị thực hiện" line; units read from the task's words: ${item.lead.join('; ')}${item.support.length ? ` (support: ${item.support.join('; ')})` : ''}.`,
        });
    }
  }
  // ("- Xử lý nghiêm minh tổ chức đảng, đảng viên vi phạm …" among tasks that name their doers: the duties part says whose.)
  outline.doubts.push(...fillUnassigned(outline.items, outline.headings, outline.organisation));
  for (const run of prose.sharing ?? []) {
    const owner = run.at(-1)!;
    if (!outline.items.includes(owner)) continue;
    for (const item of run.slice(0, -1)) {
      Object.assign(item, { unitsRaw: owner.unitsRaw, lead: [...owner.lead], support: [...owner.support], timingRaw: owner.timingRaw, timing: owner.timing });
      outline.doubts = outline.doubts.filter((doubt) => doubt.item !== item.id);
    }
  }
  applyExceptions(outline.items);
  for (const item of outline.items) {
    const helpers = [item.section, ...ancestorsOf(item.section)].map((id) => prose.partHelpers?.get(id)).find((bodies) => bodies !== undefined);
    if (!helpers) continue;
    const named = new Set([...item.lead, ...item.support].map(nameKey));
    item.partHelpers = splitBodies(helpers).filter((name) => !named.has(nameKey(name)));
    item.support = [...item.support, ...item.partHelpers];
  }
  return outline;
}
