import type { Paragraph } from '../../document/model';
import type { ImportDoubt, ImportedHeading, ImportedItem } from './outline-types';
import { strip } from './parts';

/** A numbered heading read so far, not yet known to be a title over tasks or a task itself. */
export interface HeadingText {
  section: string;
  paragraph: number;
  title: string;
  text: string[];
  task: string | null;
}

/** A run of "+ " sub-points under a title, which may share the last one's assignment. */
export interface PlusRun {
  section: string;
  items: ImportedItem[];
}

/** What the reading of the prose tasks has found so far, and where it stands, paragraph by paragraph. */
export interface ProseState {
  roman: string;
  /** The capital-lettered group of the part the reading stands in ("b" under "B. THỰC HIỆN CÁC BIỆN PHÁP …"), or null. */
  group: string | null;
  /** The Roman numeral, in lower case, that restarts under the capital-lettered group ("i" under "A." in "II."), or null. */
  inner: string | null;
  // "2.1." between "2." and "a)": a numbered sub-section ("2.1. Công khai, minh bạch ...").
  path: { arabic: string | null; sub: string | null; letter: string | null };
  ordinal: number;
  /** The tasks since the last block, which the next units or time line is for. */
  pending: ImportedItem[];
  unitsGiven: boolean;
  // Whether the current Roman part has had a units line yet.
  blockInPart: boolean;
  headingText: HeadingText | null;
  headings: ImportedHeading[];
  items: ImportedItem[];
  doubts: ImportDoubt[];
  tableSections: Map<number, string>;
  // A heading's own closing bracket of units and time, by heading id.
  headingBrackets: Map<string, string>;
  // A numbered heading that is only a body's name ("1. Văn phòng Sở"), by heading id: the tasks under it are that body's.
  headingBodies: Map<string, string>;
  // A numbered sentence's own "Đơn vị thực hiện: …. Thời gian: …" over the bullets it heads, by heading id.
  headingBlocks: Map<string, { units: string; time: string | null }>;
  defaultTime: string | null;
  // The bodies a part's opening sentence has help with all its tasks, by heading id.
  partHelpers: Map<string, string>;
  titleItem: ImportedItem | null;
  // Whether the current numbered part has had a time line yet; the parts whose heading line says who does them.
  timeInPart: boolean;
  roledParts: Set<string>;
  /** The lettered points of the current numbered part just before `base` that say no units of their own. */
  sharedUnits: ImportedItem[];
  /** The points of the current numbered part that are tasks with nothing under them ("a", or "1.2"), by their label. */
  pointLeaves: { item: ImportedItem; key: string }[];
  plusRun: PlusRun | null;
  plusRuns: PlusRun[];
  plusTasks: string | null;
  // The last paragraph was a task's units or time line: a plain paragraph after it is the next task, not more of it.
  afterBlock: boolean;
  // The last task numbered in brackets, "(n)", so far.
  printedLast: number;
  // The tasks opened by a "Nội dung:" line, the last paragraph being one, and the tasks the last units or time line was for.
  contentItems: Set<ImportedItem>;
  afterContent: boolean;
  blockItems: ImportedItem[];
  // Lines of units that open the tasks under them: each is for the tasks after it in its part, up to the next.
  openings: { paragraph: number; roman: string; units: string; time: string | null }[];
}

/** The state at the task part's heading, before its first paragraph. */
export function proseState(tasks: Paragraph): ProseState {
  const roman = tasks.label!.replace(/\.$/, '');
  return {
    roman,
    group: null,
    inner: null,
    path: { arabic: null, sub: null, letter: null },
    ordinal: 0,
    pending: [],
    unitsGiven: false,
    blockInPart: false,
    headingText: null,
    headings: [{ id: roman, label: tasks.label!, level: 1, title: strip(tasks.body), paragraph: tasks.index }],
    items: [],
    doubts: [],
    tableSections: new Map(),
    headingBrackets: new Map(),
    headingBodies: new Map(),
    headingBlocks: new Map(),
    defaultTime: null,
    partHelpers: new Map(),
    titleItem: null,
    timeInPart: false,
    roledParts: new Set(),
    sharedUnits: [],
    pointLeaves: [],
    plusRun: null,
    plusRuns: [],
    plusTasks: null,
    afterBlock: false,
    printedLast: 0,
    contentItems: new Set(),
    afterContent: false,
    blockItems: [],
    openings: [],
  };
}

/** The Roman part the reading stands in, with its capital-lettered group and the numeral under it if any: "II", "II.b", "II.b.iii". */
export function partOf(s: ProseState): string {
  return [s.roman, s.group, s.inner].filter(Boolean).join('.');
}

/** The heading path the reading stands at: "II.3.đ". */
export function section(s: ProseState): string {
  return [partOf(s), s.path.arabic, s.path.sub, s.path.letter].filter(Boolean).join('.');
}

/** The tasks read so far under a heading. */
export function tasksOfPart(s: ProseState, part: string): ImportedItem[] {
  return s.items.filter((item) => item.section === part || item.section.startsWith(`${part}.`));
}
