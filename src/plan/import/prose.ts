/**
 * The prose of a plan's task parts read into its headings and task items, paragraph by paragraph (see outline.ts).
 */
import type { DocumentModel } from '../../document/model';
import { isPointsSentence } from './points';
import { clauseForTask, unitsByActs, unitsByPlace, unitsByTopic } from './units-by-clause';
import { isUnitsSentence } from './units-sentence';
import { postsRoles } from './posts-roles';
import { opensBody } from './body-names';
import { NOT_TASK_PART, parts, plain, strip } from './parts';
import { partSupport } from './part-support';
import { TASKS_NAMED, unitsLinesLead } from './leading-units';
import { afterColon, closesWithDoers, opensWithDoer, CONTENT_LINE, helpersOnly, INLINE_TIMING, isCapitalTitle, namesOwnDoer, PRODUCT_LINE, keepsOwnTime, roleOfLine, saysOwn, THIRD, TIME_IN_UNITS_LINE, TIMING_LINE, UNITS_LINE } from './prose-lines';
import type { ImportedItem, ImportedOutline } from './outline-types';
import { numberByLabel } from './task-labels';
import { titledTasks } from './titled-tasks';
import { withPartNumbers } from './part-numbers';
import { withListForms } from './list-forms';
import { withRestartedNumbers } from './restarted-numbers';
import { TASK_LABEL } from './task-labels';
import { partOf, proseState, section, tasksOfPart } from './prose-state';
import { capitalGroup } from './capital-groups';
import { readHeadingLine } from './prose-heading';
import { applyBracketBlock } from './bracket-block';
import { readRuleTime } from './rule-time';
import { applyPointsBlock, applyPointsSentence } from './prose-points';
import { applyGivenSentence, readPrintedTask } from './printed-tasks';
import { closeHeading, sharedRun, startTask } from './prose-tasks';
import { numberedRun } from './numbered-run';
import { closesNumbered, closesPart, closesRoman, type TaskSpan } from './prose-lookahead';
import { applyHeadingBlocks, applyHeadingBodies, applyHeadingBrackets, applyOpenings, sharedRuns } from './heading-units';

/** The prose's outline, with what the later passes need: the tables' sections, the runs sharing their last task's units, the
 * plan's rule of time, the part helpers. */
export type ProseOutline = ImportedOutline & { tableSections?: Map<number, string>; sharing?: ImportedItem[][]; defaultTime?: string | null; partHelpers?: Map<string, string> };

export function readProse(
  model: DocumentModel,
  { romans, inner, tasks, organisation, organisationText, partEnd }: ReturnType<typeof parts>,
): ProseOutline {
  const numbered = withPartNumbers(model.paragraphs);
  if (!tasks) {
    return { year: null, headings: [], items: [], organisation: [], doubts: [{ paragraph: null, vi: 'Không thấy phần nhiệm vụ (mục La Mã "Nhiệm vụ, giải pháp").', en: 'No task part found (a Roman heading "Nhiệm vụ, giải pháp").' }] };
  }
  // "II. CÁC GIẢI PHÁP PHÒNG NGỪA", "III. PHÁT HIỆN, XỬ LÝ …", "IV. CÔNG TÁC TUYÊN TRUYỀN" before "V. TỔ CHỨC THỰC HIỆN":
  // the Roman parts after the task part, up to the organisation of the work, give tasks too, each under its own numeral
  // (not a part about money, reports or aims, nor one holding a table, which the table reader takes).
  const laterParts = new Set<number>();
  for (const part of romans.filter((p) => p.index > tasks.index)) {
    const holdsTable = numbered.slice(part.index + 1, partEnd(part.index)).some((p) => p.table !== null);
    if (part === organisation || (organisation && part.index > organisation.index) || NOT_TASK_PART.test(plain(part)) || holdsTable) break;
    laterParts.add(part.index);
  }
  const lastPart = Math.max(tasks.index, ...laterParts);
  const tasksEnd = partEnd(lastPart);
  // ("1)" and "a." in a Party hand: the "1." and "a)" of the usual one.)
  const listed = withListForms(numbered, tasks.index, tasksEnd);
  // (Plain "1.", "2." restarting under each bold "1.", "2.": a level below them.)
  const restarted = withRestartedNumbers(listed.ps, tasks.index, tasksEnd);
  const ps = restarted.ps;
  // (A label as first printed: the list forms' reading of it, when it had one.)
  const printed = new Map([...restarted.printed, ...listed.printed]);
  const s = proseState(tasks);
  const span: TaskSpan = { ps, tasksEnd, laterParts };
  const isUnitsLine = (p: (typeof ps)[number]) => p.label === null && p.table === null && (UNITS_LINE.test(strip(plain(p))) || roleOfLine(strip(p.text)) !== undefined);
  // A task's labelled lines: "- Nội dung: …", "- Đơn vị chủ trì: …", "- Thời gian thực hiện: …".
  const fieldLine = (p: (typeof ps)[number] | undefined) => p !== undefined && p.table === null && (CONTENT_LINE.test(strip(plain(p))) || isUnitsLine(p) || TIMING_LINE.test(strip(plain(p))));
  // The tasks opened by a title "Nhiệm vụ n: …" over such lines.
  const titled = new Set<ImportedItem>();
  // Lines of units that open the tasks under them, by paragraph: each is for the tasks after it in its part, up to the next.
  const leading = unitsLinesLead(ps, [tasks.index, ...laterParts], tasksEnd, isUnitsLine);
  for (let i = tasks.index + 1; i < tasksEnd; i += 1) {
    const p = ps[i]!;
    const key = plain(p);
    if (p.text.trim() === '') continue;
    const blockBefore = s.afterBlock;
    s.afterBlock = false;
    const contentBefore = s.afterContent;
    s.afterContent = false;
    // A table among the prose (a mixed plan) holds its own tasks, numbered under the heading it stands in; the words
    // that introduce it ("theo bảng sau:") are not a task.
    if (p.table !== null) {
      if (!s.tableSections.has(p.table.table)) s.tableSections.set(p.table.table, section(s));
      if (s.headingText && s.ordinal === 0) s.headingText = null;
      s.pending = [];
      continue;
    }
    const label = p.label;
    if (laterParts.has(i)) {
      closeHeading(s);
      s.pending = [];
      s.unitsGiven = false;
      s.blockItems = [];
      s.blockInPart = false;
      s.roman = label!.replace(/\.$/, '');
      s.group = null;
      s.inner = null;
      s.path = { arabic: null, sub: null, letter: null };
      s.ordinal = 0;
      s.pointLeaves = [];
      s.headings.push({ id: s.roman, label: label!, level: 1, title: strip(p.body), paragraph: i });
      continue;
    }
    // ("C. KIỂM TRA, GIÁM SÁT …" may come labelled as a numeral would: its letter, then.)
    const group = label === null || /^[A-ZĐ]\.$/u.test(label) ? capitalGroup(strip(p.text), s.group) : null;
    if (group) {
      closeHeading(s);
      s.pending = [];
      s.unitsGiven = false;
      s.blockItems = [];
      s.group = group.letter;
      s.inner = null;
      s.path = { arabic: null, sub: null, letter: null };
      s.ordinal = 0;
      s.pointLeaves = [];
      s.headings.push({ id: partOf(s), label: `${group.letter.toUpperCase()}.`, level: 2, title: group.title, paragraph: i });
      continue;
    }
    // "I. Công tác lãnh đạo, chỉ đạo" restarting under "A. CÁC NHIỆM VỤ CHUNG" inside the part: a heading of the group.
    const numeral = s.group !== null ? inner.get(i) : undefined;
    if (numeral) {
      closeHeading(s);
      s.pending = [];
      s.unitsGiven = false;
      s.blockItems = [];
      s.inner = numeral;
      s.path = { arabic: null, sub: null, letter: null };
      s.ordinal = 0;
      s.pointLeaves = [];
      s.headings.push({ id: partOf(s), label: label!, level: 3, title: strip(p.body), paragraph: i });
      continue;
    }
    // "CÔNG TÁC TUYÊN TRUYỀN, PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT" in capitals with no number, between numbered tasks that run on
    // across it (1.–20.): a title over them, not a task nor more of the last one.
    if (label === null && isCapitalTitle(strip(p.text))) {
      closeHeading(s);
      s.pending = [];
      continue;
    }
    const pointsEnd = applyPointsBlock(s, span, p, i);
    if (pointsEnd !== null) {
      i = pointsEnd;
      continue;
    }
    // "1.1.1. Quán triệt …" under "1.1.": a task numbered by the plan on a third level, its ordinal the last number.
    const third = label ? THIRD.exec(label) : null;
    if (third && s.path.arabic === third[1] && s.path.sub === third[2] && s.path.letter === null) {
      closeHeading(s);
      s.ordinal = Number(third[3]) - 1;
      startTask(s, strip(p.body), i);
      continue;
    }
    if (readPrintedTask(s, p, i)) continue;
    if (applyGivenSentence(s, p)) continue;
    if (readHeadingLine(s, span, p, i)) continue;
    if (applyBracketBlock(s, p)) continue;
    if (readRuleTime(s, p)) continue;
    // "Văn phòng và các Phòng Giao dịch phối hợp thực hiện các nội dung tại mục 1." right under "1. …": who helps with
    // every task of the part, not a task.
    const helpers = label === null && s.headingText !== null && s.ordinal === 0 && s.headingText.text.length === 0 && !s.headingText.task ? partSupport(strip(p.text)) : null;
    if (helpers && opensBody(helpers.bodies)) {
      s.partHelpers.set(helpers.place ? `${s.roman}.${helpers.place}` : section(s), helpers.bodies);
      continue;
    }
    // "Nhiệm vụ 4: Công khai, minh bạch …" over its "- Nội dung: …", "- Đơn vị chủ trì: …" lines: the block's title opens
    // the task (numbered by its printed number, see task-labels.ts), and its Nội dung line goes on with it.
    if (label === null && TASK_LABEL.test(strip(p.text)) && fieldLine(ps[i + 1])) {
      startTask(s, strip(p.text), i);
      s.afterContent = true;
      titled.add(s.items.at(-1)!);
      continue;
    }
    // "+ Nội dung: ..." over its own "+ Đơn vị thực hiện" and "+ Thời gian" lines: a task, as a bullet is.
    // ("- Nội dung: …" again before the block's other lines: more of the same task's content, not a task of its own.)
    if (CONTENT_LINE.test(strip(key))) {
      const last = s.items.at(-1);
      if (contentBefore && last && (s.contentItems.has(last) || titled.has(last))) last.text = `${last.text}\n${afterColon(p.text)}`;
      else startTask(s, afterColon(p.text), i);
      if (!titled.has(s.items.at(-1)!)) s.contentItems.add(s.items.at(-1)!);
      s.afterContent = true;
      continue;
    }
    // "- Sản phẩm: …" among a task's lines: what it delivers, not a task.
    if (PRODUCT_LINE.test(strip(key)) && (s.pending.length > 0 || s.blockItems.length > 0)) {
      for (const item of s.pending.length > 0 ? s.pending : s.blockItems) item.productRaw ??= afterColon(p.text);
      s.afterBlock = true;
      continue;
    }
    const role = roleOfLine(strip(p.text));
    const labelledUnits = UNITS_LINE.test(strip(key)) || UNITS_LINE.test(key);
    // "Giao Phòng X chủ trì, phối hợp với Y thực hiện các nội dung trên …": a sentence assigning the bullets above.
    // (So is one straight after a numbered task sentence, "1.1. Quán triệt …" then "Giao Phòng X chủ trì, phối hợp Y …".)
    // (Not one that gives the numbered tasks out by number, "X chủ trì thực hiện nội dung tại tiết 1.1, 1.2; …": read below.)
    // ("7. Kiểm soát tài sản, thu nhập" over one paragraph, then "Tổ Hành chính - Tư pháp hướng dẫn, tổng hợp; Chánh án …
    // thực hiện.": the paragraph is the part's task, the sentence after it assigns it.)
    const assigns = isUnitsSentence(strip(p.text)) || (label === null && postsRoles(strip(p.text)) !== null);
    const taskAbove = s.pending.length > 0 || (s.headingText?.task != null && s.ordinal === 0 && !isPointsSentence(strip(p.text))) || (label === null && s.headingText !== null && s.headingText.text.length > 0 && s.ordinal === 0);
    const assigning = role === undefined && !labelledUnits && (label === null || label === '+') && taskAbove && assigns;
    const unitsLine = role !== undefined || labelledUnits || assigning;
    // "Cơ quan chủ trì: X; Cơ quan phối hợp: Y; Thời gian: Thường xuyên.": the time in the line of the units.
    const timeAt = unitsLine ? TIME_IN_UNITS_LINE.exec(p.text) : null;
    // "Giao Phòng Văn hóa - Xã hội chủ trì, … tổ chức thực hiện các nội dung trên, thường xuyên trong năm 2026.": a sentence
    // assigning the bullets above gives them its time too, where they say none of their own.
    const sentenceTime = assigning && timeAt === null ? (INLINE_TIMING.exec(strip(p.text))?.[0]?.trim() ?? null) : null;
    const unitsText = timeAt ? p.text.slice(0, timeAt.index) : p.text;
    const timeText = timeAt ? p.text.slice(timeAt.index + timeAt[0].length) : null;
    const timingLine = timeAt !== null || TIMING_LINE.test(strip(key)) || TIMING_LINE.test(key);
    // "3. … — Phòng Kế hoạch - Tài chính chủ trì; …", its "3.1.", "3.2." or its bullets and sub-parts, then "Thời gian thực
    // hiện: cả năm 2027; …" closing it, its only time line: a part its heading assigns as a whole is timed as a whole, every
    // task of it that says no time of its own, not the last run only. (Under a plain title, "3. Thực hiện các giải pháp
    // phòng ngừa" over "a)", "b)", "c)", the line closing "c)" is c)'s.)
    const partTasks = timingLine && !unitsLine && !s.timeInPart && s.path.arabic !== null && s.roledParts.has(`${partOf(s)}.${s.path.arabic}`) && closesNumbered(span, i) ? tasksOfPart(s, `${partOf(s)}.${s.path.arabic}`) : [];
    if (leading && (role !== undefined || labelledUnits) && label === null) {
      closeHeading(s);
      const text = strip(unitsText).replace(TASKS_NAMED, '').replace(/^[+\-–•*]?\s*/u, '');
      const last = s.openings.at(-1);
      // ("Chủ trì: X" then "Phối hợp: Y" over the same tasks: one line of roles.)
      if (role === 'phối hợp' && last && !s.items.some((item) => item.paragraph > last.paragraph)) last.units = `${last.units.replace(/[.;\s]+$/u, '')}; phối hợp: ${afterColon(text)}`;
      else s.openings.push({ paragraph: i, roman: s.roman, units: role === 'chủ trì' ? `Chủ trì: ${afterColon(text)}` : text, time: timeText === null ? null : strip(timeText) });
      s.pending = [];
      s.blockItems = [];
      s.unitsGiven = false;
      continue;
    }
    if (partTasks.some((item) => !s.pending.includes(item) && !(s.headingText?.task != null && item.paragraph === s.headingText.paragraph))) {
      closeHeading(s, true);
      for (const item of tasksOfPart(s, `${partOf(s)}.${s.path.arabic}`)) {
        if (item.timingRaw === null && !keepsOwnTime(item.text) && !INLINE_TIMING.test(item.text.split('\n')[0] ?? '')) item.timingRaw = afterColon(p.text);
      }
      s.timeInPart = true;
      s.pending = [];
      s.blockItems = [];
      s.afterBlock = true;
      continue;
    }
    if (unitsLine || timingLine) {
      s.timeInPart ||= timingLine;
      closeHeading(s, true);
      // A block after several bullets is for those that do not say it themselves: a bullet whose closing bracket names
      // its units ("(Phòng TC-HC chủ trì; ...)") or its time ("...; thực hiện: Quý I/2026)") keeps them.
      // ("(Công an xã phối hợp; hoàn thành trước 30/6/2027)" names only helpers: the line's bodies lead it.)
      const helped = (item: ImportedItem) => unitsLine && role === undefined && helpersOnly(item.text) !== null;
      // ("Hội đồng nhân dân xã tăng cường giám sát …" among bullets closed by "Cơ quan tham mưu: …": a bullet whose sentence
      // opens with the body doing it keeps that body, not the one advising.)
      // (Only under the body that advises the committee on the group: a line that gives the work to a body, "Đơn vị chủ trì:
      // …", is every bullet's.)
      const advisers = /^[+\-–•*]?\s*(?:(?:cơ quan|bộ phận|đơn vị)\s+)?tham mưu\s*:/iu.test(strip(p.text));
      const doesItself = (item: ImportedItem) => advisers && opensWithDoer(item.text);
      const own = s.pending.length > 1 ? s.pending.filter((item) => helped(item) || (!saysOwn(item.text, timingLine && !unitsLine ? 'time' : 'units') && !(unitsLine && closesWithDoers(item.text)) && !doesItself(item))) : s.pending;
      const base = own.length > 0 ? own : s.pending.length > 0 ? s.pending : s.items.slice(-1);
      // "a) …", "b) …", "c) …", then one "Trách nhiệm thực hiện: Văn phòng Sở chủ trì; …" after the last: the points of the
      // numbered part before it that say none of their own share it (and a time line, the time).
      // (The time line after such a units line is theirs too; a time line alone is only its own point's.)
      const lineUnits = UNITS_LINE.test(strip(key)) && !/^[+\-–•*]?\s*(đơn vị|cơ quan) chủ trì/u.test(strip(key)) ? afterColon(unitsText) : strip(unitsText).replace(/^[+\-–•*]?\s*/, '');
      const shared = s.path.letter !== null && s.path.arabic !== null && closesPart(span, i) ? (unitsLine ? sharedRun(s, base, role === undefined ? lineUnits : '') : s.sharedUnits.filter((item) => item.timingRaw === null && !saysOwn(item.text, 'time') && !/\)\s*\.?\s*$/u.test(item.text.split('\n')[0] ?? ''))) : [];
      s.sharedUnits = unitsLine ? shared : [];
      const target = [...shared, ...numberedRun(s, base, unitsLine).filter((item) => !(s.pending.includes(item) && doesItself(item))), ...base];
      // "Đơn vị thực hiện: Phòng TC-HC chủ trì; …. Thời gian: thường xuyên." closing a Roman part that gave no units
      // before it, after its last section: every task of the part that does not say its own units or time shares it.
      const partWide = role === undefined && unitsLine && timeText !== null && !s.blockInPart && closesRoman(span, i) ? s.items.filter((item) => item.section.split('.')[0] === s.roman && !target.includes(item)) : [];
      // (A task naming its own units but no time of its own takes the line's time: "(Văn phòng chủ trì)".)
      const timeOnly = [...s.pending, ...partWide].filter((item) => !target.includes(item));
      for (const item of partWide) if (item.unitsRaw === null && !saysOwn(item.text, 'units') && !namesOwnDoer(item.text) && !closesWithDoers(item.text)) item.unitsRaw = lineUnits;
      if (timeText !== null) for (const item of timeOnly) if (item.timingRaw === null && !keepsOwnTime(item.text)) item.timingRaw = strip(timeText);
      s.blockInPart ||= unitsLine;
      if (target.length === 0) s.doubts.push({ paragraph: i, vi: `Dòng "${strip(p.text).slice(0, 60)}" không đứng sau nhiệm vụ nào.`, en: `The line "${strip(p.text).slice(0, 60)}" follows no task.` });
      for (const item of target) {
        // "Đơn vị chủ trì: X; đơn vị phối hợp: Y" keeps its roles; "Đơn vị thực hiện: ..." is the list itself.
        // "+ Phối hợp: Y" after "+ Chủ trì: X" adds the supporting bodies to the same line of roles.
        if (role === 'phối hợp') item.unitsRaw = `${item.unitsRaw ? item.unitsRaw.replace(/[.;\s]+$/, '') : 'Chủ trì:'}; phối hợp: ${afterColon(unitsText)}`;
        else if (role === 'chủ trì') item.unitsRaw = `Chủ trì: ${afterColon(unitsText)}`;
        else if (unitsLine) {
          item.unitsRaw = lineUnits;
          // "Văn phòng chủ trì việc kê khai …; Thanh tra chủ trì việc xác minh …" over two bullets: each bullet its clause.
          // "X chủ trì nội dung thứ nhất; Y chủ trì nội dung thứ hai" over two bullets: each bullet its place's.
          const byPlace = base.length > 1 && base.includes(item) ? unitsByPlace(item.unitsRaw, base.indexOf(item) + 1) : null;
          const byTopic = target.length > 1 && byPlace === null ? unitsByTopic(item.unitsRaw) : null;
          // "Các phòng; Phòng HC-TC-QT theo dõi, kiểm tra" over two bullets, one opening "Theo dõi, …, kiểm tra": that one its.
          const byActs = byPlace === null && byTopic === null && base.length > 1 && base.includes(item) ? unitsByActs(item.unitsRaw, base.map((b) => b.text), item.text) : null;
          const own = byPlace ?? (byTopic ? clauseForTask(byTopic, item.text) : null) ?? byActs;
          if (own) item.unitsRaw = own;
          if (helped(item)) item.unitsRaw = `${item.unitsRaw.replace(/[.;\s]+$/u, '')}; ${helpersOnly(item.text)!}`;
        }
        else item.timingRaw = afterColon(p.text);
        // (A bullet among several whose closing bracket is its own time keeps it: "… (khi có yêu cầu).")
        if (timeText !== null && !(s.pending.length > 1 && keepsOwnTime(item.text))) item.timingRaw = strip(timeText);
        else if (sentenceTime && item.timingRaw === null && !saysOwn(item.text, 'time') && !INLINE_TIMING.test(item.text.split('\n')[0] ?? '')) item.timingRaw = sentenceTime;
      }
      s.blockItems = target;
      if (timingLine) s.pending = [];
      s.unitsGiven = unitsLine;
      s.afterBlock = true;
      continue;
    }
    // "2. Công tác tuyên truyền …", its "- Đơn vị chủ trì: …" and "- Thời gian thực hiện: …" lines, then "+ " sub-points:
    // the sub-points are the tasks, sharing the heading's block.
    if (label === '+' && (s.titleItem !== null || s.plusTasks === section(s)) && p.table === null) {
      if (s.titleItem && s.items.at(-1) === s.titleItem) {
        s.items.pop();
        s.headingBlocks.set(s.titleItem.section, { units: s.titleItem.unitsRaw ?? '', time: s.titleItem.timingRaw });
        s.plusTasks = s.titleItem.section;
        s.ordinal = 0;
        s.pending = [];
      }
      s.titleItem = null;
      if (s.plusTasks === section(s)) {
        startTask(s, strip(p.body), i);
        s.pending = [];
        continue;
      }
    }
    if (label !== '+') s.titleItem = null;
    // "e) Về quy tắc ứng xử, kỷ luật, kỷ cương hành chính:" then "+ " sub-points, the last ending "Giao: X (chủ trì), Y (phối
    // hợp); thời gian: …": the sub-points under the title are its tasks, and share the last one's assignment.
    const underTitle = s.headingText !== null && s.ordinal === 0 && s.headingText.text.length === 0 && !s.headingText.task;
    if (label === '+' && (underTitle || (s.plusRun !== null && s.plusRun.section === section(s) && s.ordinal > 0))) {
      startTask(s, strip(p.body), i);
      if (underTitle || s.plusRun === null) {
        s.plusRun = { section: section(s), items: [] };
        s.plusRuns.push(s.plusRun);
      }
      s.plusRun.items.push(s.items.at(-1)!);
      continue;
    }
    if (label === '-' || label === '–' || label === '•') {
      startTask(s, strip(p.body), i);
      continue;
    }
    if (applyPointsSentence(s, p)) continue;
    if (s.headingText && s.ordinal === 0) {
      s.headingText.text.push(strip(p.text));
      continue;
    }
    // "Tổ chức quán triệt …" / "+ Đơn vị chủ trì: …" / "+ Thời gian …", then "Người đứng đầu các phòng …" with its own
    // lines: several unnumbered tasks under one heading, each closed by its block.
    if (blockBefore && s.ordinal > 0 && label === null) {
      startTask(s, strip(p.text), i);
      continue;
    }
    const last = s.items.at(-1);
    if (last && s.ordinal > 0) last.text = `${last.text}\n${strip(p.text)}`;
    else s.doubts.push({ paragraph: i, vi: `Đoạn "${strip(p.text).slice(0, 60)}" không thuộc nhiệm vụ nào.`, en: `The paragraph "${strip(p.text).slice(0, 60)}" belongs to no task.` });
  }
  closeHeading(s);
  for (const heading of s.headings) heading.label = printed.get(heading.paragraph) ?? heading.label;
  applyOpenings(s.items, s.openings);
  applyHeadingBrackets(s.items, s.headingBrackets);
  applyHeadingBodies(s.items, s.headingBodies);
  applyHeadingBlocks(s.items, s.headingBlocks);
  titledTasks(s.headings, s.items, s.contentItems);
  if (!organisation) s.doubts.push({ paragraph: null, vi: 'Không thấy phần "Tổ chức thực hiện" (lịch báo cáo).', en: 'No "Tổ chức thực hiện" part (the reporting schedule).' });
  numberByLabel(s.items);
  const sharing = sharedRuns(s.plusRuns);
  return { year: null, headings: s.headings, items: s.items, organisation: organisationText, doubts: s.doubts, tableSections: s.tableSections, sharing, defaultTime: s.defaultTime, partHelpers: s.partHelpers };
}
