/** What a check produces: the report's context, every plan item's status, the sections, and findings. */
import type { Bilingual } from '../errors/app-error';
import type { Locator } from '../document/model';
import type { FormatFix } from '../document/format';
import type { TextFix } from '../document/text-fix';
import type { PeriodCode } from '../plan/schema';
import type { Act } from './data/clause-markers';

export type Severity = 'error' | 'warning' | 'info';

export const SECTION_KINDS = ['leadership', 'prevention', 'detection', 'assessment', 'direction', 'proposals'] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

/** The parts of an administrative document under Nghị định 30/2020/NĐ-CP, Điều 8. */
export const DOCUMENT_PARTS = ['issuingAgency', 'numberAndSymbol', 'nationalTitle', 'placeAndDate', 'typeAndSubject', 'signature', 'recipients'] as const;
export type DocumentPart = (typeof DOCUMENT_PARTS)[number];

/** Where a finding takes the user. */
export type FindingTarget =
  | { kind: 'item'; itemId: string }
  | { kind: 'section'; section: SectionKind }
  | { kind: 'part'; part: DocumentPart }
  | { kind: 'paragraph' }
  | { kind: 'document' };

export type { FormatFix, ParagraphFormatChange } from '../document/format';
export type { TextFix } from '../document/text-fix';

/** What the pane can offer to do about a finding. */
export type SuggestedAction =
  | { kind: 'insertItemHeading'; itemId: string }
  | { kind: 'insertSection'; section: SectionKind }
  | { kind: 'insertPart'; part: DocumentPart }
  | { kind: 'review' }
  | { kind: 'fixFormat'; fix: FormatFix }
  /** A citation corrected in place: "fullCitation" writes a short first mention in full, "citation" corrects a part. */
  | { kind: 'fixText'; fix: TextFix; label: 'fullCitation' | 'citation' };

export interface Finding {
  /** Stable across runs for the same document: rule id and what it is about ("item-missing:II.3.c.1"). */
  id: string;
  rule: string;
  severity: Severity;
  message: Bilingual;
  target: FindingTarget;
  /** The paragraph to select: the evidence, or where something missing belongs. */
  locator: Locator | null;
  action: SuggestedAction | null;
  /** The characters of the paragraph's text the finding is about, when it is about a part of it. */
  span?: { start: number; end: number };
  /** The corrected text for that span, when there is one. */
  suggestion?: string;
}

export interface Evidence {
  paragraph: number;
  locator: Locator;
  text: string;
  /** A table row's cells (its non-empty paragraphs), when the evidence is a row: `text` joins them with " | ". */
  cells?: { paragraph: number; text: string }[];
  score: number;
  /** The words and references that matched, as the user can read them. */
  matched: string[];
  /** It says something only this task has (a cue phrase or a document no other task names). */
  unique: boolean;
  /** How many of the task's cue phrases it says. */
  cueCount: number;
  /** This task is the paragraph's subject by far. */
  dominant: boolean;
  /** The clause of a longer paragraph that reports the task, when the paragraph reports several. */
  clause: string | null;
  /** What the unit did that tells this task from its neighbours (issuing, advising, guiding, inspecting...). */
  act: Act | null;
  /** A short sentence whose topic is the heading or lead-in above it. */
  fromHeading: boolean;
  /** Under the heading the add-in wrote for this task (a template or an inserted heading): it reports the task. */
  tagged?: boolean;
}

export type RequiredReason = 'consolidated' | 'lead' | 'support' | 'notResponsible' | 'notYetDue' | 'notInThisPeriod' | 'onRequest' | 'unknownUnit';

export interface ItemStatus {
  id: string;
  title: string;
  required: boolean;
  requiredReason: RequiredReason;
  addressed: boolean;
  score: number;
  evidence: Evidence[];
  /** Not reported clearly, but this passage speaks of the task in part: worth a look before calling it missing. */
  nearest: Evidence | null;
  /** Not reported, but not clearly missing either: a passage speaks of it in part (`nearest`), or reports of this kind
   * by such a unit nearly always cover it. Shown as "to review", not as a missing task. */
  unsure: boolean;
  /** Where the item's results would go: the paragraph after which its heading belongs. */
  insertAfter: Locator | null;
  /** Whether the item's lead unit is named in its evidence or its section (consolidated report only). */
  leadNamed: boolean | null;
}

export interface SectionStatus {
  present: boolean;
  /** The heading or first paragraph that shows it. */
  locator: Locator | null;
}

export interface ReportUnit {
  id: string;
  name: string;
  source: 'option' | 'header' | 'symbol' | 'signer';
  locator: Locator | null;
}

export interface ReportPeriodInfo {
  code: PeriodCode;
  year: number;
  /** The data window, ISO dates (Thông tư 02/2021/TT-TTCP Điều 7). */
  from: string;
  to: string;
  /**
   * Due at the body that collects the reports (Thanh tra Sở), ISO; null when the plan sets no deadline for this
   * author's report: the issuing body's own consolidated report goes to a higher body on that body's terms, unless
   * the plan gives its date (ReportPeriod.issuerDue).
   */
  due: string | null;
  /** The plan's own words for that deadline ("trước ngày 05/3"). */
  dueRaw: string | null;
  source: 'option' | 'title' | 'text';
  locator: Locator | null;
}

export interface CheckResult {
  unit: ReportUnit | null;
  period: ReportPeriodInfo | null;
  /** The report's own date ("Quảng Ngãi, ngày 02 tháng 3 năm 2023"), ISO, when it has one. */
  reportDate: string | null;
  items: ItemStatus[];
  sections: Record<SectionKind, SectionStatus>;
  parts: Record<DocumentPart, SectionStatus>;
  /** Units named anywhere in the report, resolved through their aliases. */
  unitsNamed: { id: string; paragraphs: number[] }[];
  findings: Finding[];
}

export interface CheckOptions {
  /** The author unit's id, overriding what the header says. */
  unit?: string;
  /** The period, overriding what the title says. */
  period?: PeriodCode;
  year?: number;
  /** Finding ids the user chose to ignore. */
  ignored?: readonly string[];
  /** Today, ISO, for days left until the due date; defaults to none. */
  today?: string;
  /**
   * A reviewer's option: warn when a consolidated report gives a task's results without naming its lead unit. No
   * norm asks for it, so it is off unless asked for.
   */
  leadUnits?: boolean;
}
