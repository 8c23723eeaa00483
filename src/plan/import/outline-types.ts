import type { Bilingual } from '../../errors/app-error';
import type { TimingPart } from '../schema';
import type { GridMarks } from './month-grid';
import type { ImportedSchedule } from './schedule';

export interface ImportedItem {
  id: string;
  /** The heading path: "II.3.đ". */
  section: string;
  text: string;
  /** The "+ Đơn vị thực hiện" line as written, or null when the item has none (the units are in its text). */
  unitsRaw: string | null;
  /** The "+ Thời gian thực hiện" line as written, or null. */
  timingRaw: string | null;
  /** A time cell saying "Như trên", "nt": the time it repeats, as the row above wrote it, which its parts are read from. */
  timingAsAbove?: string;
  /** A task table's "Cơ quan phối hợp" and "Sản phẩm" cells, as written. */
  supportRaw?: string | null;
  /** The row's table has a column of its own for the bodies that help ("Đơn vị phối hợp"). */
  supportColumn?: boolean;
  /** The helpers its part's opening sentence gives every task of the part ("Văn phòng … phối hợp thực hiện các nội dung tại mục 1"). */
  partHelpers?: string[];
  productRaw?: string | null;
  /** The bodies that lead and that support, as the plan names them (not yet matched to units). */
  lead: string[];
  support: string[];
  /** The timing read into the schema's parts (null without a timing line). */
  timing?: TimingPart[] | null;
  /** The plan's own title for the task, when it gives one over the task's content ("1. Kiểm soát xung đột lợi ích"). */
  title?: string;
  /** The paragraph the item starts at (model index). */
  paragraph: number;
  /** A table row of a table standing among the prose tasks (a mixed plan). */
  withinProse?: boolean;
  /** The row's marks in a table's month or quarter columns, which give its time. */
  grid?: GridMarks;
}

export interface ImportedHeading {
  id: string;
  label: string;
  level: number;
  title: string;
  paragraph: number;
}

export interface ImportDoubt extends Bilingual {
  paragraph: number | null;
  /** The task item the doubt is about, when it is about one. */
  item?: string;
}

/** How the assembler's stages add a doubt to the plan's list. */
export type AddDoubt = (vi: string, en: string, paragraph?: number | null, item?: string) => void;

export interface ImportedOutline {
  /** The year the plan is for, from its title ("... năm 2023"), or null. */
  year: number | null;
  headings: ImportedHeading[];
  items: ImportedItem[];
  /** The paragraphs of the part that organises the work (III. Tổ chức thực hiện): reporting schedule, unit plans. */
  organisation: { paragraph: number; text: string }[];
  /** The reporting schedule read from the organisation part (or, when the plan has none, from the whole text). */
  schedule?: ImportedSchedule;
  doubts: ImportDoubt[];
}
