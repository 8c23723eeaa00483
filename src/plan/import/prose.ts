/**
 * The prose of a plan's task parts read into its headings and task items, paragraph by paragraph (see outline.ts).
 */
import type { DocumentModel } from '../../document/model';
import { isPointsSentence, readPointsSentence } from './points';
import { clauseForTask, isBodyName, unitsByPlace, unitsByTopic, isUnitsSentence, opensBody, unitsFromText } from './units-line';
import { openingUnits } from './opening-units';
import { NOT_TASK_PART, parts, plain, strip } from './parts';
import { partSupport } from './part-support';
import { pointTimes, POINTS_BLOCK_LABEL, readPointsBlock } from './points-block';
import { readAssignSentence } from './assign-sentence';
import { headingRoles } from './heading-roles';
import { TASKS_NAMED, unitsLinesLead } from './leading-units';
import { afterColon, ARABIC, closesWithDoers, CONTENT_LINE, DETAILS_FOLLOW, dutiesOpening, INLINE_TIMING, inlineBlock, isCapitalTitle, LETTER, namesOwnDoer, PRODUCT_LINE, keepsOwnTime, roleOfLine, RULE_TIME, FOLLOWING_TIME, saysOwn, SECTION_TIME, SECTION_UNITS, SUB, THIRD, TIME_IN_UNITS_LINE, TIMING_LINE, titleColon, UNITS_LINE, unitsAndTime, unitsOpeningPoints, unitsSentenceIn } from './prose-lines';
import type { ImportDoubt, ImportedHeading, ImportedItem, ImportedOutline } from './outline-types';
import { withoutMembers } from './without-members';
import { numberByLabel } from './task-labels';
import { titledTasks } from './titled-tasks';
import { applyHeadingBlocks, applyHeadingBodies, applyHeadingBrackets, applyOpenings, sharedRuns } from './heading-units';

const PRINTED_NUMBER = /^\((\d{1,3})\)\s+(?=\p{Lu})/u;

export function readProse(
  model: DocumentModel,
  { romans, tasks, organisation, organisationText, partEnd }: ReturnType<typeof parts>,
): ImportedOutline & { tableSections?: Map<number, string>; sharing?: ImportedItem[][]; defaultTime?: string | null; partHelpers?: Map<string, string> } {
  const ps = model.paragraphs;
  const doubts: ImportDoubt[] = [];
  if (!tasks) {
    return { year: null, headings: [], items: [], organisation: [], doubts: [{ paragraph: null, vi: 'Không thấy phần nhiệm vụ (mục La Mã "Nhiệm vụ, giải pháp").', en: 'No task part found (a Roman heading "Nhiệm vụ, giải pháp").' }] };
  }
  // "II. CÁC GIẢI PHÁP PHÒNG NGỪA", "III. PHÁT HIỆN, XỬ LÝ …", "IV. CÔNG TÁC TUYÊN TRUYỀN" before "V. TỔ CHỨC THỰC HIỆN":
  // the Roman parts after the task part, up to the organisation of the work, give tasks too, each under its own numeral
  // (not a part about money, reports or aims, nor one holding a table, which the table reader takes).
  const laterParts = new Set<number>();
  for (const part of romans.filter((p) => p.index > tasks.index)) {
    const holdsTable = ps.slice(part.index + 1, partEnd(part.index)).some((p) => p.table !== null);
    if (part === organisation || (organisation && part.index > organisation.index) || NOT_TASK_PART.test(plain(part)) || holdsTable) break;
    laterParts.add(part.index);
  }
  const lastPart = Math.max(tasks.index, ...laterParts);
  const tasksEnd = partEnd(lastPart);
  let roman = tasks.label!.replace(/\.$/, '');
  const headings: ImportedHeading[] = [{ id: roman, label: tasks.label!, level: 1, title: strip(tasks.body), paragraph: tasks.index }];
  const items: ImportedItem[] = [];
  // "2.1." between "2." and "a)": a numbered sub-section ("2.1. Công khai, minh bạch ...").
  let path: { arabic: string | null; sub: string | null; letter: string | null } = { arabic: null, sub: null, letter: null };
  let ordinal = 0;
  let pending: ImportedItem[] = [];
  let unitsGiven = false;
  // Whether the current Roman part has had a units line yet.
  let blockInPart = false;
  let headingText: { section: string; paragraph: number; title: string; text: string[]; task: string | null } | null = null;
  const tableSections = new Map<number, string>();
  // A heading's own closing bracket of units and time, by heading id.
  const headingBrackets = new Map<string, string>();
  // A numbered heading that is only a body's name ("1. Văn phòng Sở"), by heading id: the tasks under it are that body's.
  const headingBodies = new Map<string, string>();
  // A numbered sentence's own "Đơn vị thực hiện: …. Thời gian: …" over the bullets it heads, by heading id.
  const headingBlocks = new Map<string, { units: string; time: string | null }>();
  let defaultTime: string | null = null;
  // The bodies a part's opening sentence has help with all its tasks, by heading id.
  const partHelpers = new Map<string, string>();
  const section = () => [roman, path.arabic, path.sub, path.letter].filter(Boolean).join('.');
  /**
   * A heading with no bullets is one item: its own text after the colon and the paragraphs under it, or, when a units
   * block follows it directly ("h) Tổ chức thực hiện tốt công tác theo dõi ..." then "+ Đơn vị thực hiện"), its title.
   */
  const closeHeading = (byBlock = false, byBullet = false) => {
    const text = headingText ? (headingText.text.join('\n').trim() || (byBlock ? headingText.title : '')) : '';
    // "3.1. Thực hiện công khai …, tập trung vào các nội dung sau. Đơn vị thực hiện: …. Thời gian: …." then bullets: the
    // numbered sentence heads the bullets, which are the tasks, and its units and time are theirs.
    // So does "2.1. Công khai, minh bạch … (Phòng TC-HC chủ trì; các phòng phối hợp; thời gian: thường xuyên)" over bullets:
    // its bracket is theirs.
    if (byBullet && headingText?.task && ordinal === 0) {
      const block = inlineBlock(headingText.task);
      if (block) headingBlocks.set(headingText.section, block);
      // ("1.3. Đẩy mạnh công tác tuyên truyền …:" over bullets, a bracket closing them: a sentence that opens them.)
      if (block || headingBrackets.has(headingText.section) || /:\s*$/u.test(headingText.task)) {
        headingText = null;
        return;
      }
    }
    // "1. Nhiệm vụ chung" / "Các phòng … (sau đây gọi chung là …) có trách nhiệm:" / bullets: the sentence says who does
    // the bullets; it is no task.
    const duties = byBullet && headingText && !headingText.task && ordinal === 0 && headingText.text.length === 1 ? dutiesOpening(headingText.text[0]!) : null;
    if (duties) {
      headingBlocks.set(headingText!.section, { units: duties, time: null });
      headingText = null;
      return;
    }
    // (Its own paragraphs after it, "Phấn đấu năm 2026: 100% hồ sơ …", go on with it.)
    if (headingText?.task && ordinal === 0 && !/\.[a-zđ]$/u.test(headingText.section)) {
      // "1.2. Tổ chức kê khai, công khai bản kê khai ..." then its units line: a task numbered by the plan, not a
      // heading; its id is its number (II.1.2), under the heading above it.
      const { section: id, paragraph, task } = headingText;
      const at = headings.findIndex((h) => h.id === id && h.paragraph === paragraph);
      if (at >= 0) headings.splice(at, 1);
      const item: ImportedItem = { id, section: id.split('.').slice(0, -1).join('.'), text: [task, ...headingText.text].join('\n'), unitsRaw: null, timingRaw: null, paragraph, lead: [], support: [] };
      items.push(item);
      pending.push(item);
      // (A sentence closing the part may assign it by its number: "… chủ trì thực hiện nội dung tại tiết 1.1, 1.2; …".)
      pointLeaves.push({ item, key: id.split('.').slice(1).join('.') });
    } else if (headingText && ordinal === 0 && text === '' && !headingText.task && !byBlock && !byBullet && /\.[a-zđ]$/u.test(headingText.section)) {
      // "a) Quán triệt …." then "b) …": a lettered point with nothing under it is a task itself; who does it may come in
      // a sentence closing the part ("Văn phòng Ban chủ trì thực hiện điểm a; …").
      const item: ImportedItem = { id: `${headingText.section}.1`, section: headingText.section, text: headingText.title, unitsRaw: null, timingRaw: null, paragraph: headingText.paragraph, lead: [], support: [] };
      items.push(item);
      pending.push(item);
      pointLeaves.push({ item, key: headingText.section.split('.').at(-1)! });
      ordinal = 1;
    } else if (headingText && ordinal === 0 && (text !== '' || headingText.task)) {
      const whole = [headingText.task, text].filter(Boolean).join('\n');
      const item: ImportedItem = { id: `${headingText.section}.1`, section: headingText.section, text: whole, unitsRaw: null, timingRaw: null, paragraph: headingText.paragraph, lead: [], support: [] };
      items.push(item);
      pending.push(item);
      ordinal = 1;
      // Only its title, because a units block follows it directly: the "+ " sub-points after the block, if any, are the tasks.
      titleItem = byBlock && !headingText.task && text === headingText.title ? item : null;
    }
    headingText = null;
  };
  let titleItem = null as ImportedItem | null;
  /** Whether the next paragraph after `at` is a bullet that is a task (not a units or time line). */
  const headsBullets = (at: number): boolean => {
    for (let j = at + 1; j < tasksEnd; j += 1) {
      const next = ps[j]!;
      if (next.text.trim() === '') continue;
      const k = strip(plain(next));
      return (next.label === '-' || next.label === '–' || next.label === '•') && !UNITS_LINE.test(k) && !TIMING_LINE.test(k) && roleOfLine(strip(next.text)) === undefined;
    }
    return false;
  };
  /** Whether the paragraphs after `at` that are more units or time lines end the numbered part: the next is a number. */
  const closesPart = (at: number): boolean => {
    for (let j = at + 1; j < tasksEnd; j += 1) {
      const next = ps[j]!;
      if (next.text.trim() === '') continue;
      const k = strip(plain(next));
      if (UNITS_LINE.test(k) || TIMING_LINE.test(k) || roleOfLine(strip(next.text)) !== undefined) continue;
      return next.label !== null && (ARABIC.test(next.label) || SUB.test(next.label));
    }
    return true;
  };
  /** Whether the paragraph after `at` opens the next numbered part ("3."), the next Roman part, or ends the tasks. */
  const closesNumbered = (at: number): boolean => {
    for (let j = at + 1; j < tasksEnd; j += 1) if (ps[j]!.text.trim() !== '') return laterParts.has(j) || (ps[j]!.label !== null && ARABIC.test(ps[j]!.label!));
    return true;
  };
  const tasksOfPart = (part: string): ImportedItem[] => items.filter((item) => item.section === part || item.section.startsWith(`${part}.`));
  // Whether the current numbered part has had a time line yet; the parts whose heading line says who does them.
  let timeInPart = false;
  const roledParts = new Set<string>();
  /** Whether the paragraph after `at` opens the next Roman part or ends the tasks. */
  const closesRoman = (at: number): boolean => {
    for (let j = at + 1; j < tasksEnd; j += 1) if (ps[j]!.text.trim() !== '') return laterParts.has(j);
    return true;
  };
  /** The lettered points of the current numbered part just before `base` that say no units of their own. */
  let sharedUnits: ImportedItem[] = [];
  const sharedRun = (base: readonly ImportedItem[]): ImportedItem[] => {
    const prefix = `${roman}.${path.arabic}.`;
    const run: ImportedItem[] = [];
    for (let at = items.length - 1; at >= 0; at -= 1) {
      const item = items[at]!;
      if (base.includes(item)) continue;
      if (!item.section.startsWith(prefix) || !/\.[a-zđ]$/u.test(item.section)) break;
      // (Nor one whose sentence names its doer: "Các Chi cục, đơn vị sự nghiệp trực thuộc tổ chức tự kiểm tra …".)
      if (item.unitsRaw !== null || saysOwn(item.text, 'units') || namesOwnDoer(item.text) || unitsFromText(item.text).lead.length > 0) break;
      run.unshift(item);
    }
    return run;
  };
  /** The points of the current numbered part that are tasks with nothing under them ("a", or "1.2"), by their label. */
  let pointLeaves: { item: ImportedItem; key: string }[] = [];
  let plusRun = null as { section: string; items: ImportedItem[] } | null;
  const plusRuns: { section: string; items: ImportedItem[] }[] = [];
  let plusTasks: string | null = null;
  /** A bullet (or a "+ Nội dung:" line) opens the next task under the current heading. */
  const startTask = (text: string, paragraph: number) => {
    closeHeading(false, true);
    // A units line with no timing line after it closes its block all the same.
    if (unitsGiven) pending = [];
    unitsGiven = false;
    ordinal += 1;
    const item: ImportedItem = { id: `${section()}.${ordinal}`, section: section(), text, unitsRaw: null, timingRaw: null, paragraph, lead: [], support: [] };
    items.push(item);
    pending.push(item);
    // (A bullet under a numbered heading, "2.1. Tuyên truyền …" over "- …": a sentence closing the part may give it out
    // with its heading, "… thực hiện các nội dung tại mục 2.1", or by its place, "mục 3.1 (gạch đầu dòng thứ nhất)".)
    if (/^[IVX]+\.\d+\.\d+$/u.test(item.section)) pointLeaves.push({ item, key: item.id.split('.').slice(1).join('.') });
  };
  // The last paragraph was a task's units or time line: a plain paragraph after it is the next task, not more of it.
  let afterBlock = false;
  // The last task numbered in brackets, "(n)", so far.
  let printedLast = 0;
  // The tasks opened by a "Nội dung:" line, the last paragraph being one, and the tasks the last units or time line was for.
  const contentItems = new Set<ImportedItem>();
  let afterContent = false;
  let blockItems: ImportedItem[] = [];
  const isUnitsLine = (p: (typeof ps)[number]) => p.label === null && p.table === null && (UNITS_LINE.test(strip(plain(p))) || roleOfLine(strip(p.text)) !== undefined);
  // Lines of units that open the tasks under them, by paragraph: each is for the tasks after it in its part, up to the next.
  const leading = unitsLinesLead(ps, [tasks.index, ...laterParts], tasksEnd, isUnitsLine);
  const openings: { paragraph: number; roman: string; units: string; time: string | null }[] = [];
  for (let i = tasks.index + 1; i < tasksEnd; i += 1) {
    const p = ps[i]!;
    const key = plain(p);
    if (p.text.trim() === '') continue;
    const blockBefore = afterBlock;
    afterBlock = false;
    const contentBefore = afterContent;
    afterContent = false;
    // A table among the prose (a mixed plan) holds its own tasks, numbered under the heading it stands in; the words
    // that introduce it ("theo bảng sau:") are not a task.
    if (p.table !== null) {
      if (!tableSections.has(p.table.table)) tableSections.set(p.table.table, section());
      if (headingText && ordinal === 0) headingText = null;
      pending = [];
      continue;
    }
    const label = p.label;
    if (laterParts.has(i)) {
      closeHeading();
      pending = [];
      unitsGiven = false;
      blockItems = [];
      blockInPart = false;
      roman = label!.replace(/\.$/, '');
      path = { arabic: null, sub: null, letter: null };
      ordinal = 0;
      pointLeaves = [];
      headings.push({ id: roman, label: label!, level: 1, title: strip(p.body), paragraph: i });
      continue;
    }
    // "CÔNG TÁC TUYÊN TRUYỀN, PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT" in capitals with no number, between numbered tasks that run on
    // across it (1.–20.): a title over them, not a task nor more of the last one.
    if (label === null && isCapitalTitle(strip(p.text))) {
      closeHeading();
      pending = [];
      continue;
    }
    // "Giao nhiệm vụ:" over "- Phòng TC-HC chủ trì các nội dung tại điểm a, c; phối hợp thực hiện điểm b.", "- …", then
    // "Thời gian: Thường xuyên." closing a part of lettered points: who does each point, and the time of every point that
    // says none of its own; the lines are no tasks.
    const pointsBlock = label === null && path.letter !== null && POINTS_BLOCK_LABEL.test(strip(p.text)) ? readPointsBlock(ps, i, tasksEnd) : null;
    if (pointsBlock) {
      closeHeading();
      const part = [roman, path.arabic, path.sub].filter(Boolean).join('.');
      const points = items.filter((item) => item.section.startsWith(`${part}.`) && /^[a-zđ]$/u.test(item.section.slice(part.length + 1)));
      const letters = [...new Set(points.map((item) => item.section.slice(part.length + 1)))];
      const assigned = readPointsSentence(pointsBlock.sentence, letters);
      const times = pointsBlock.time ? pointTimes(pointsBlock.time, letters) : new Map<string, string>();
      for (const item of points) {
        const letter = item.section.slice(part.length + 1);
        const units = assigned?.get(letter)?.units;
        if (units && item.unitsRaw === null) item.unitsRaw = units;
        const time = times.get(letter);
        if (time && item.timingRaw === null && !keepsOwnTime(item.text) && !INLINE_TIMING.test(item.text.split('\n')[0] ?? '')) item.timingRaw = time;
      }
      pointLeaves = [];
      pending = [];
      blockItems = [];
      unitsGiven = false;
      afterBlock = true;
      i = pointsBlock.last;
      continue;
    }
    // "1.1.1. Quán triệt …" under "1.1.": a task numbered by the plan on a third level, its ordinal the last number.
    const third = label ? THIRD.exec(label) : null;
    if (third && path.arabic === third[1] && path.sub === third[2] && path.letter === null) {
      closeHeading();
      ordinal = Number(third[3]) - 1;
      startTask(strip(p.body), i);
      continue;
    }
    // "(1) Tổ chức quán triệt …", "(2) …" on to "(18)" across the parts: tasks the plan numbers itself in brackets, each
    // its own (a sentence after one gives out that one only); the id keeps the printed number (II.2.5).
    const printed = label === null ? PRINTED_NUMBER.exec(strip(p.text)) : null;
    if (printed && Number(printed[1]) === printedLast + 1) {
      printedLast += 1;
      // (The words between the heading and its first such task open them: "… tập trung vào các nội dung sau:".)
      if (headingText && ordinal === 0 && !headingText.task) headingText = null;
      else closeHeading();
      pending = [];
      unitsGiven = false;
      ordinal = printedLast - 1;
      // ("(5) Công khai … . Giao Phòng Hành chính - Tổng hợp thực hiện thường xuyên.": the task gives itself out.)
      const sentences = strip(p.text).slice(printed[0].length).split(/(?<=\.)\s+(?=(?:Giao|Phân công)\s)/u);
      const own = sentences.length > 1 ? readAssignSentence(sentences.at(-1)!) : null;
      startTask(own ? sentences.slice(0, -1).join(' ') : sentences.join(' '), i);
      if (own) {
        Object.assign(items.at(-1)!, { unitsRaw: own.units, timingRaw: own.time });
        pending = [];
        afterBlock = true;
      }
      continue;
    }
    // "Giao Phòng X chủ trì, phối hợp Phòng Y thực hiện; hoàn thành trong quý I/2027." after such a task: its doers and time.
    const given = label === null && printedLast > 0 && pending.length > 0 ? readAssignSentence(strip(p.text)) : null;
    if (given) {
      for (const item of pending) {
        item.unitsRaw ??= given.units;
        item.timingRaw ??= given.time;
      }
      pending = [];
      afterBlock = true;
      continue;
    }
    if (label && (ARABIC.test(label) || SUB.test(label) || LETTER.test(label)) && p.table === null) {
      closeHeading();
      // A block applies to the bullets since the previous block under the same heading, never across headings.
      pending = [];
      blockItems = [];
      unitsGiven = false;
      plusRun = null;
      const sub = SUB.exec(label);
      if (ARABIC.test(label)) {
        pointLeaves = [];
        timeInPart = false;
      }
      else if (SUB.test(label)) pointLeaves = pointLeaves.filter((leaf) => leaf.key.includes('.'));
      if (ARABIC.test(label)) path = { arabic: label.replace(/\.$/, ''), sub: null, letter: null };
      else if (sub) path = { arabic: sub[1]!, sub: sub[2]!, letter: null };
      else path = { ...path, letter: label.replace(/\)$/, '') };
      ordinal = 0;
      const body = p.body;
      // The colon that ends the title, not one inside its bracket: "c) Tuyên truyền … (Văn phòng Sở chủ trì; thời gian:
      // thường xuyên):".
      // ("b) (Phòng Đào tạo chủ trì) Kiểm soát … tuyển sinh: viên chức có người thân … – Thời gian: …": a task that opens
      // with its units is one sentence, its colon inside it.)
      const colonAt = titleColon(body);
      const colon = colonAt >= 0 && openingUnits(body) !== null && strip(body.slice(colonAt + 1)) !== '' ? -1 : colonAt;
      // "2. Công khai, minh bạch — Văn phòng Sở chủ trì; các phòng thực hiện": who does its tasks, after its title.
      const roles = ARABIC.test(label) || sub ? headingRoles(strip(body)) : null;
      const title = roles ? roles.title : strip(colon >= 0 ? body.slice(0, colon) : body);
      const inline = colon >= 0 && !roles ? strip(body.slice(colon + 1)) : '';
      const level = 2 + (path.sub ? 1 : 0) + (path.letter ? 1 : 0);
      headings.push({ id: section(), label, level, title, paragraph: i });
      // "1. Công tác lãnh đạo, chỉ đạo. Các nhiệm vụ tại mục này giao Văn phòng Sở chủ trì.": the units of its bullets.
      // ("1. Giao Văn phòng chủ trì, phối hợp Phòng X thực hiện các nội dung sau:", "2. Phòng Văn hóa - Xã hội chủ trì thực
      // hiện:" over its points: the same, said before them.)
      const sectionUnits = SECTION_UNITS.exec(body)?.[1] ?? unitsOpeningPoints(colon >= 0 && strip(body.slice(colon + 1)) === '' ? strip(body.slice(0, colon)) : '');
      if (sectionUnits ?? roles) headingBlocks.set(section(), { units: sectionUnits ?? roles!.units, time: null });
      if (roles) roledParts.add(section());
      // ("a) Văn phòng Sở:" over its bullets as well: a title colon with nothing after it.)
      if ((colon < 0 || inline === '') && isBodyName(title)) headingBodies.set(section(), title);
      // "4. Các tổ chức chính trị - xã hội trực thuộc (Hội Liên hiệp Phụ nữ tỉnh, Tỉnh Đoàn, …)": a group, its members
      // listed in its bracket.
      else if ((colon < 0 || inline === '') && isBodyName(withoutMembers(title))) headingBodies.set(section(), withoutMembers(title));
      // "c) Title (X chủ trì, Y phối hợp; thời gian: …):" over bullets: the bracket is for each bullet that does not say
      // its own.
      const own = /\(([^()]{3,240})\)\s*[:.]?\s*$/u.exec(strip(colon >= 0 ? body.slice(0, colon) : body))?.[1];
      // ("(các phòng, đơn vị thuộc Sở; thường xuyên)": bodies and a time, without a role word, as well.)
      const [bodies, time] = own ? unitsAndTime(own) : [null, null];
      const bodiesAndTime = bodies !== null && time !== null && opensBody(bodies);
      if (own && (saysOwn(`(${own})`, 'units') || saysOwn(`(${own})`, 'time') || bodiesAndTime || SECTION_TIME.test(own.trim()))) headingBrackets.set(section(), own);
      // A decimal-numbered paragraph that is a sentence, not a title ("1.1. Quán triệt, phổ biến Kế hoạch ... ."), in
      // plain type under a heading, may be a task itself: decided when the next line shows what it heads.
      const sentence = !roles && (
        (sub !== null && !p.bold && (/[.;]\s*$/u.test(body) || body.length > 90) && headings.some((h) => h.id === section().split('.').slice(0, -1).join('.'))) ||
        // "1. Tham mưu Thường trực Hội lãnh đạo, … vào các cuộc họp giao ban định kỳ của cơ quan." straight under "II.", in
        // plain type: a task numbered by the plan as well (II.1), not a title over one ("2. Công tác tuyên truyền").
        // ("6. Thực hiện công khai … trong công tác tổ chức, cán bộ: tuyển dụng, quy hoạch, … ." is one as well.)
        (ARABIC.test(label) && !p.bold && /[.;]\s*$/u.test(body) && body.length > 90 && !headsBullets(i) && SECTION_UNITS.exec(body) === null) ||
        // "7. Quản lý chặt chẽ nguồn vốn vay ủy thác …, bảo đảm cho vay đúng đối tượng …; trong đó:" over "+ " points, then
        // its "- Đơn vị thực hiện" line: one task, the points its details (a title over tasks is "e) Về quy tắc ứng xử:").
        ((ARABIC.test(label) || sub !== null) && !p.bold && body.length > 90 && DETAILS_FOLLOW.test(body) && ps[i + 1]?.label === '+') ||
        // "a) Quán triệt … (Văn phòng Sở chủ trì; thời gian: Quý I/2026)." with no colon: a lettered task with its own units.
        (LETTER.test(label) && colon < 0 && headingBrackets.has(section()) && /\)\s*\.?\s*$/u.test(body)) ||
        // "a) Quán triệt … . Giao: Văn phòng Sở (chủ trì), …; thời gian: thường xuyên.": a lettered task that assigns itself.
        (LETTER.test(label) && colon < 0 && unitsSentenceIn(strip(body)) !== null));
      headingText = { section: section(), paragraph: i, title, text: sentence ? [] : inline ? [inline] : [], task: sentence ? strip(body) : null };
      continue;
    }
    // "(Phòng Tổng hợp chủ trì, các Đội phối hợp; thời gian: thường xuyên)" as a paragraph of its own after a run of
    // bullets: their block, in brackets; a bullet that says its own units or time, or opens with its doer, keeps them.
    const block = /^\(([^()]{3,240})\)\s*\.?$/u.exec(strip(p.text))?.[1];
    if (block && label === null && pending.length > 0 && (saysOwn(`(${block})`, 'units') || saysOwn(`(${block})`, 'time'))) {
      const [units, time] = unitsAndTime(block);
      for (const item of pending) {
        const namesDoer = namesOwnDoer(item.text);
        if (units && item.unitsRaw === null && !saysOwn(item.text, 'units') && !namesDoer) item.unitsRaw = units;
        // ("- Đội QLTT số 3 thực hiện thí điểm …, báo cáo kết quả trước ngày 30/11/2026": its own doer, its own time.)
        if (time && item.timingRaw === null && !saysOwn(item.text, 'time') && !(namesDoer && INLINE_TIMING.test(item.text))) item.timingRaw = time;
      }
      pending = [];
      unitsGiven = false;
      afterBlock = true;
      continue;
    }
    // "… Những nội dung không ghi thời gian cụ thể thì thực hiện thường xuyên trong năm 2027.": the time of every task
    // that says none (kept; the paragraph is no task's text).
    const ruleTime = label === null && pending.length === 0 ? RULE_TIME.exec(strip(p.text)) : null;
    if (ruleTime) {
      defaultTime = ruleTime[0].trim();
      continue;
    }
    const followingTime = label === null && pending.length === 0 ? FOLLOWING_TIME.exec(strip(p.text)) : null;
    if (followingTime) {
      defaultTime = followingTime[1]!.trim();
      continue;
    }
    // "Văn phòng và các Phòng Giao dịch phối hợp thực hiện các nội dung tại mục 1." right under "1. …": who helps with
    // every task of the part, not a task.
    const helpers = label === null && headingText !== null && ordinal === 0 && headingText.text.length === 0 && !headingText.task ? partSupport(strip(p.text)) : null;
    if (helpers && opensBody(helpers.bodies)) {
      partHelpers.set(helpers.place ? `${roman}.${helpers.place}` : section(), helpers.bodies);
      continue;
    }
    // "+ Nội dung: ..." over its own "+ Đơn vị thực hiện" and "+ Thời gian" lines: a task, as a bullet is.
    // ("- Nội dung: …" again before the block's other lines: more of the same task's content, not a task of its own.)
    if (CONTENT_LINE.test(strip(key))) {
      const last = items.at(-1);
      if (contentBefore && last && contentItems.has(last)) last.text = `${last.text}\n${afterColon(p.text)}`;
      else startTask(afterColon(p.text), i);
      contentItems.add(items.at(-1)!);
      afterContent = true;
      continue;
    }
    // "- Sản phẩm: …" among a task's lines: what it delivers, not a task.
    if (PRODUCT_LINE.test(strip(key)) && (pending.length > 0 || blockItems.length > 0)) {
      for (const item of pending.length > 0 ? pending : blockItems) item.productRaw ??= afterColon(p.text);
      afterBlock = true;
      continue;
    }
    const role = roleOfLine(strip(p.text));
    const labelledUnits = UNITS_LINE.test(strip(key)) || UNITS_LINE.test(key);
    // "Giao Phòng X chủ trì, phối hợp với Y thực hiện các nội dung trên …": a sentence assigning the bullets above.
    // (So is one straight after a numbered task sentence, "1.1. Quán triệt …" then "Giao Phòng X chủ trì, phối hợp Y …".)
    // (Not one that gives the numbered tasks out by number, "X chủ trì thực hiện nội dung tại tiết 1.1, 1.2; …": read below.)
    const taskAbove = pending.length > 0 || (headingText?.task != null && ordinal === 0 && !isPointsSentence(strip(p.text)));
    const assigning = role === undefined && !labelledUnits && (label === null || label === '+') && taskAbove && isUnitsSentence(strip(p.text));
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
    const partTasks = timingLine && !unitsLine && !timeInPart && path.arabic !== null && roledParts.has(`${roman}.${path.arabic}`) && closesNumbered(i) ? tasksOfPart(`${roman}.${path.arabic}`) : [];
    if (leading && (role !== undefined || labelledUnits) && label === null) {
      closeHeading();
      const text = strip(unitsText).replace(TASKS_NAMED, '').replace(/^[+\-–•*]?\s*/u, '');
      const last = openings.at(-1);
      // ("Chủ trì: X" then "Phối hợp: Y" over the same tasks: one line of roles.)
      if (role === 'phối hợp' && last && !items.some((item) => item.paragraph > last.paragraph)) last.units = `${last.units.replace(/[.;\s]+$/u, '')}; phối hợp: ${afterColon(text)}`;
      else openings.push({ paragraph: i, roman, units: role === 'chủ trì' ? `Chủ trì: ${afterColon(text)}` : text, time: timeText === null ? null : strip(timeText) });
      pending = [];
      blockItems = [];
      unitsGiven = false;
      continue;
    }
    if (partTasks.some((item) => !pending.includes(item) && !(headingText?.task != null && item.paragraph === headingText.paragraph))) {
      closeHeading(true);
      for (const item of tasksOfPart(`${roman}.${path.arabic}`)) {
        if (item.timingRaw === null && !keepsOwnTime(item.text) && !INLINE_TIMING.test(item.text.split('\n')[0] ?? '')) item.timingRaw = afterColon(p.text);
      }
      timeInPart = true;
      pending = [];
      blockItems = [];
      afterBlock = true;
      continue;
    }
    if (unitsLine || timingLine) {
      timeInPart ||= timingLine;
      closeHeading(true);
      // A block after several bullets is for those that do not say it themselves: a bullet whose closing bracket names
      // its units ("(Phòng TC-HC chủ trì; ...)") or its time ("...; thực hiện: Quý I/2026)") keeps them.
      const own = pending.length > 1 ? pending.filter((item) => !saysOwn(item.text, timingLine && !unitsLine ? 'time' : 'units') && !(unitsLine && closesWithDoers(item.text))) : pending;
      const base = own.length > 0 ? own : pending.length > 0 ? pending : items.slice(-1);
      // "a) …", "b) …", "c) …", then one "Trách nhiệm thực hiện: Văn phòng Sở chủ trì; …" after the last: the points of the
      // numbered part before it that say none of their own share it (and a time line, the time).
      // (The time line after such a units line is theirs too; a time line alone is only its own point's.)
      const shared = path.letter !== null && path.arabic !== null && closesPart(i) ? (unitsLine ? sharedRun(base) : sharedUnits.filter((item) => item.timingRaw === null && !saysOwn(item.text, 'time') && !/\)\s*\.?\s*$/u.test(item.text.split('\n')[0] ?? ''))) : [];
      sharedUnits = unitsLine ? shared : [];
      const target = [...shared, ...base];
      // "Đơn vị thực hiện: Phòng TC-HC chủ trì; …. Thời gian: thường xuyên." closing a Roman part that gave no units
      // before it, after its last section: every task of the part that does not say its own units or time shares it.
      const lineUnits = UNITS_LINE.test(strip(key)) && !/^[+\-–•*]?\s*(đơn vị|cơ quan) chủ trì/u.test(strip(key)) ? afterColon(unitsText) : strip(unitsText).replace(/^[+\-–•*]?\s*/, '');
      const partWide = role === undefined && unitsLine && timeText !== null && !blockInPart && closesRoman(i) ? items.filter((item) => item.section.split('.')[0] === roman && !target.includes(item)) : [];
      // (A task naming its own units but no time of its own takes the line's time: "(Văn phòng chủ trì)".)
      const timeOnly = [...pending, ...partWide].filter((item) => !target.includes(item));
      for (const item of partWide) if (item.unitsRaw === null && !saysOwn(item.text, 'units') && !namesOwnDoer(item.text) && !closesWithDoers(item.text)) item.unitsRaw = lineUnits;
      if (timeText !== null) for (const item of timeOnly) if (item.timingRaw === null && !keepsOwnTime(item.text)) item.timingRaw = strip(timeText);
      blockInPart ||= unitsLine;
      if (target.length === 0) doubts.push({ paragraph: i, vi: `Dòng "${strip(p.text).slice(0, 60)}" không đứng sau nhiệm vụ nào.`, en: `The line "${strip(p.text).slice(0, 60)}" follows no task.` });
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
          const own = byPlace ?? (byTopic ? clauseForTask(byTopic, item.text) : null);
          if (own) item.unitsRaw = own;
        }
        else item.timingRaw = afterColon(p.text);
        // (A bullet among several whose closing bracket is its own time keeps it: "… (khi có yêu cầu).")
        if (timeText !== null && !(pending.length > 1 && keepsOwnTime(item.text))) item.timingRaw = strip(timeText);
        else if (sentenceTime && item.timingRaw === null && !saysOwn(item.text, 'time') && !INLINE_TIMING.test(item.text.split('\n')[0] ?? '')) item.timingRaw = sentenceTime;
      }
      blockItems = target;
      if (timingLine) pending = [];
      unitsGiven = unitsLine;
      afterBlock = true;
      continue;
    }
    // "2. Công tác tuyên truyền …", its "- Đơn vị chủ trì: …" and "- Thời gian thực hiện: …" lines, then "+ " sub-points:
    // the sub-points are the tasks, sharing the heading's block.
    if (label === '+' && (titleItem !== null || plusTasks === section()) && p.table === null) {
      if (titleItem && items.at(-1) === titleItem) {
        items.pop();
        headingBlocks.set(titleItem.section, { units: titleItem.unitsRaw ?? '', time: titleItem.timingRaw });
        plusTasks = titleItem.section;
        ordinal = 0;
        pending = [];
      }
      titleItem = null;
      if (plusTasks === section()) {
        startTask(strip(p.body), i);
        pending = [];
        continue;
      }
    }
    if (label !== '+') titleItem = null;
    // "e) Về quy tắc ứng xử, kỷ luật, kỷ cương hành chính:" then "+ " sub-points, the last ending "Giao: X (chủ trì), Y (phối
    // hợp); thời gian: …": the sub-points under the title are its tasks, and share the last one's assignment.
    const underTitle = headingText !== null && ordinal === 0 && headingText.text.length === 0 && !headingText.task;
    if (label === '+' && (underTitle || (plusRun !== null && plusRun.section === section() && ordinal > 0))) {
      startTask(strip(p.body), i);
      if (underTitle || plusRun === null) {
        plusRun = { section: section(), items: [] };
        plusRuns.push(plusRun);
      }
      plusRun.items.push(items.at(-1)!);
      continue;
    }
    if (label === '-' || label === '–' || label === '•') {
      startTask(strip(p.body), i);
      continue;
    }
    // "Văn phòng Ban chủ trì thực hiện điểm a; Phòng Quản lý đầu tư chủ trì thực hiện điểm b; thời gian: thường xuyên."
    // after the lettered points of a part: who does each point, and when.
    // (So does "Phòng Tổ chức cán bộ chủ trì thực hiện nội dung tại tiết 1.1, 1.2; …" after numbered tasks "1.1.", "1.2.".)
    const leafPoint = headingText !== null && ((!headingText.task && /\.[a-zđ]$/u.test(headingText.section)) || (headingText.task !== null && /\.\d+\.\d+$/u.test(headingText.section)));
    if (label === null && headingText && ordinal === 0 && headingText.text.length === 0 && leafPoint && isPointsSentence(strip(p.text))) {
      closeHeading();
      const points = readPointsSentence(strip(p.text), pointLeaves.map((leaf) => leaf.key));
      if (points) {
        for (const { item, key } of pointLeaves) {
          const assigned = points.get(key);
          if (assigned?.units && item.unitsRaw === null) item.unitsRaw = assigned.units;
          if (assigned?.time && item.timingRaw === null) item.timingRaw = assigned.time;
        }
        pointLeaves = [];
        pending = [];
        afterBlock = true;
        continue;
      }
    }
    if (headingText && ordinal === 0) {
      headingText.text.push(strip(p.text));
      continue;
    }
    // "Tổ chức quán triệt …" / "+ Đơn vị chủ trì: …" / "+ Thời gian …", then "Người đứng đầu các phòng …" with its own
    // lines: several unnumbered tasks under one heading, each closed by its block.
    if (blockBefore && ordinal > 0 && label === null) {
      startTask(strip(p.text), i);
      continue;
    }
    const last = items.at(-1);
    if (last && ordinal > 0) last.text = `${last.text}\n${strip(p.text)}`;
    else doubts.push({ paragraph: i, vi: `Đoạn "${strip(p.text).slice(0, 60)}" không thuộc nhiệm vụ nào.`, en: `The paragraph "${strip(p.text).slice(0, 60)}" belongs to no task.` });
  }
  closeHeading();
  applyOpenings(items, openings);
  applyHeadingBrackets(items, headingBrackets);
  applyHeadingBodies(items, headingBodies);
  applyHeadingBlocks(items, headingBlocks);
  titledTasks(headings, items, contentItems);
  if (!organisation) doubts.push({ paragraph: null, vi: 'Không thấy phần "Tổ chức thực hiện" (lịch báo cáo).', en: 'No "Tổ chức thực hiện" part (the reporting schedule).' });
  numberByLabel(items);
  const sharing = sharedRuns(plusRuns);
  return { year: null, headings, items, organisation: organisationText, doubts, tableSections, sharing, defaultTime, partHelpers };
}
