/** The steps that open a task or settle the heading read before it, on the reading's state. */
import type { ImportedItem } from './outline-types';
import { dutiesOpening, inlineBlock, namesOwnDoer, saysOwn, unitsSentenceIn } from './prose-lines';
import { partOf, section, type ProseState } from './prose-state';
import { unitsFromText } from './units-from-text';
import { readUnitsLine } from './units-line';
import { foldForCompare } from '../../text';

/**
 * A heading with no bullets is one item: its own text after the colon and the paragraphs under it, or, when a units
 * block follows it directly ("h) Tổ chức thực hiện tốt công tác theo dõi ..." then "+ Đơn vị thực hiện"), its title.
 */
export function closeHeading(s: ProseState, byBlock = false, byBullet = false): void {
  const text = s.headingText ? (s.headingText.text.join('\n').trim() || (byBlock ? s.headingText.title : '')) : '';
  // "3.1. Thực hiện công khai …, tập trung vào các nội dung sau. Đơn vị thực hiện: …. Thời gian: …." then bullets: the
  // numbered sentence heads the bullets, which are the tasks, and its units and time are theirs.
  // So does "2.1. Công khai, minh bạch … (Phòng TC-HC chủ trì; các phòng phối hợp; thời gian: thường xuyên)" over bullets:
  // its bracket is theirs.
  if (byBullet && s.headingText?.task && s.ordinal === 0) {
    const block = inlineBlock(s.headingText.task);
    if (block) s.headingBlocks.set(s.headingText.section, block);
    // ("1.3. Đẩy mạnh công tác tuyên truyền …:" over bullets, a bracket closing them: a sentence that opens them.)
    if (block || s.headingBrackets.has(s.headingText.section) || /:\s*$/u.test(s.headingText.task)) {
      s.headingText = null;
      return;
    }
  }
  // "1. Nhiệm vụ chung" / "Các phòng … (sau đây gọi chung là …) có trách nhiệm:" / bullets: the sentence says who does
  // the bullets; it is no task.
  const duties = byBullet && s.headingText && !s.headingText.task && s.ordinal === 0 && s.headingText.text.length === 1 ? dutiesOpening(s.headingText.text[0]!) : null;
  if (duties) {
    s.headingBlocks.set(s.headingText!.section, { units: duties, time: null });
    s.headingText = null;
    return;
  }
  // (Its own paragraphs after it, "Phấn đấu năm 2026: 100% hồ sơ …", go on with it.)
  if (s.headingText?.task && s.ordinal === 0 && !/\.[a-zđ]$/u.test(s.headingText.section)) {
    // "1.2. Tổ chức kê khai, công khai bản kê khai ..." then its units line: a task numbered by the plan, not a
    // heading; its id is its number (II.1.2), under the heading above it.
    const { section: id, paragraph, task } = s.headingText;
    const at = s.headings.findIndex((h) => h.id === id && h.paragraph === paragraph);
    if (at >= 0) s.headings.splice(at, 1);
    const item: ImportedItem = { id, section: id.split('.').slice(0, -1).join('.'), text: [task, ...s.headingText.text].join('\n'), unitsRaw: null, timingRaw: null, paragraph, lead: [], support: [] };
    s.items.push(item);
    s.pending.push(item);
    // (A sentence closing the part may assign it by its number: "… chủ trì thực hiện nội dung tại tiết 1.1, 1.2; …".)
    s.pointLeaves.push({ item, key: id.split('.').slice(1).join('.') });
  } else if (s.headingText && s.ordinal === 0 && text === '' && !s.headingText.task && !byBlock && !byBullet && /\.[a-zđ]$/u.test(s.headingText.section)) {
    // "a) Quán triệt …." then "b) …": a lettered point with nothing under it is a task itself; who does it may come in
    // a sentence closing the part ("Văn phòng Ban chủ trì thực hiện điểm a; …").
    const item: ImportedItem = { id: `${s.headingText.section}.1`, section: s.headingText.section, text: s.headingText.title, unitsRaw: null, timingRaw: null, paragraph: s.headingText.paragraph, lead: [], support: [] };
    s.items.push(item);
    s.pending.push(item);
    s.pointLeaves.push({ item, key: s.headingText.section.split('.').at(-1)! });
    s.ordinal = 1;
  } else if (s.headingText && s.ordinal === 0 && (text !== '' || s.headingText.task)) {
    const whole = [s.headingText.task, text].filter(Boolean).join('\n');
    const item: ImportedItem = { id: `${s.headingText.section}.1`, section: s.headingText.section, text: whole, unitsRaw: null, timingRaw: null, paragraph: s.headingText.paragraph, lead: [], support: [] };
    s.items.push(item);
    s.pending.push(item);
    s.ordinal = 1;
    // Only its title, because a units block follows it directly: the "+ " sub-points after the block, if any, are the tasks.
    s.titleItem = byBlock && !s.headingText.task && text === s.headingText.title ? item : null;
  }
  s.headingText = null;
}

/** The lettered points of the current numbered part just before `base` that say no units of their own. */
export function sharedRun(s: ProseState, base: readonly ImportedItem[], line = ''): ImportedItem[] {
  // (A point whose sentence opens with the very doers the line gives the work to, "Thẩm phán, Thư ký, Thẩm tra viên không
  // gặp gỡ …" under "Các Thẩm phán, Thư ký, Thẩm tra viên, công chức và người lao động thực hiện; …", is theirs as the line
  // says, helpers too.)
  const lineDoers = readUnitsLine(line).lead.map((name) => foldForCompare(name).replace(/^các\s+/u, '')).filter((name) => name.length > 2);
  const opensWithLineDoer = (text: string) => lineDoers.some((name) => foldForCompare(text).replace(/^[+\-–•*]?\s*(?:các\s+)?/u, '').startsWith(`${name} `));
  const prefix = `${partOf(s)}.${s.path.arabic}.`;
  const run: ImportedItem[] = [];
  for (let at = s.items.length - 1; at >= 0; at -= 1) {
    const item = s.items[at]!;
    if (base.includes(item)) continue;
    if (!item.section.startsWith(prefix) || !/\.[a-zđ]$/u.test(item.section)) break;
    // (Nor one whose sentence names its doer: "Các Chi cục, đơn vị sự nghiệp trực thuộc tổ chức tự kiểm tra …", nor one
    // whose units run into its last sentence: "… theo quy định. Đơn vị chủ trì: X; đơn vị phối hợp: Y; thời gian: …".)
    if (item.unitsRaw !== null || saysOwn(item.text, 'units') || unitsSentenceIn(item.text) !== null) break;
    // (Nor one whose sentence names its doer, unless it opens with the line's own doers and gives no time of its own: "Văn
    // phòng hướng dẫn … kê khai …. Thời gian: hoàn thành trước ngày 15/12/2027." is its own assignment.)
    const ownTime = saysOwn(item.text, 'time') || /(?:^|[.;(]\s*)thời (?:gian|hạn)[^.:;()]{0,25}:/iu.test(item.text);
    if ((namesOwnDoer(item.text) || unitsFromText(item.text).lead.length > 0) && (!opensWithLineDoer(item.text) || ownTime)) break;
    run.unshift(item);
  }
  return run;
}

/** A bullet (or a "+ Nội dung:" line) opens the next task under the current heading. */
export function startTask(s: ProseState, text: string, paragraph: number): void {
  closeHeading(s, false, true);
  // A units line with no timing line after it closes its block all the same.
  if (s.unitsGiven) s.pending = [];
  s.unitsGiven = false;
  s.ordinal += 1;
  const item: ImportedItem = { id: `${section(s)}.${s.ordinal}`, section: section(s), text, unitsRaw: null, timingRaw: null, paragraph, lead: [], support: [] };
  s.items.push(item);
  s.pending.push(item);
  // (A bullet under a numbered heading, "2.1. Tuyên truyền …" over "- …": a sentence closing the part may give it out
  // with its heading, "… thực hiện các nội dung tại mục 2.1", or by its place, "mục 3.1 (gạch đầu dòng thứ nhất)".)
  if (/^[IVX]+\.\d+\.\d+$/u.test(item.section)) s.pointLeaves.push({ item, key: item.id.split('.').slice(1).join('.') });
}
