/**
 * The Summary view's logic without React: reading and checking the chosen files one by one (an unreadable file becomes
 * a row with its message, the rest are still summarised), what a matrix cell shows, and the names of the saved files.
 */
import type { Block } from '../../compose/blocks';
import type { Bilingual } from '../../errors/app-error';
import { isAppError } from '../../errors/app-error';
import type { PeriodCode, Plan } from '../../plan/schema';
import type { CellState, EvidenceRow, Summary, SummaryInput } from '../../summary/summarize';

export type SummaryEngine = typeof import('./summary-engine');

/** A file the user chose or dropped: a browser File has all of these. */
export interface ChosenFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export const isDocxName = (name: string): boolean => /\.docx$/i.test(name);

/** Adds newly chosen files to the list: a file of the same name replaces the earlier one (chosen again after a fix). */
export function mergeFiles<T extends { name: string }>(current: readonly T[], added: readonly T[]): T[] {
  const names = new Set(added.map((f) => f.name));
  return [...current.filter((f) => !names.has(f.name)), ...added];
}

function toBilingual(error: unknown): Bilingual {
  if (isAppError(error)) return { vi: error.vi, en: error.en };
  const detail = error instanceof Error ? error.message : String(error);
  return { vi: `Lỗi không mong đợi: ${detail}`, en: `Unexpected error: ${detail}` };
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export interface CheckFilesOptions {
  today?: string;
  /** Called after each file, so that the view can show how far it is. */
  onProgress?: (done: number, total: number) => void;
  /** Stops early (another set of files or another plan came in the meantime). */
  cancelled?: () => boolean;
}

/** Reads and checks each file in the browser, yielding to the page between files. Never throws for one bad file. */
export async function checkFiles(engine: SummaryEngine, plan: Plan, files: readonly ChosenFile[], options: CheckFilesOptions = {}): Promise<SummaryInput[]> {
  const inputs: SummaryInput[] = [];
  for (const [index, file] of files.entries()) {
    if (options.cancelled?.()) break;
    try {
      if (file.size > engine.DEFAULT_DOCX_LIMITS.maxFileBytes) {
        const size = engine.describeBytes(engine.DEFAULT_DOCX_LIMITS.maxFileBytes);
        inputs.push({ file: file.name, result: { error: { vi: `Tệp quá lớn để đọc (giới hạn: ${size.vi}).`, en: `The file is too large to read (limit: ${size.en}).` } } });
      } else {
        const model = engine.readDocx(new Uint8Array(await file.arrayBuffer()), { name: file.name });
        inputs.push({ file: file.name, result: engine.checkReport(plan, model, options.today ? { today: options.today } : {}) });
      }
    } catch (error) {
      inputs.push({ file: file.name, result: { error: toBilingual(error) } });
    }
    options.onProgress?.(index + 1, files.length);
    await nextTask();
  }
  return inputs;
}

export type PeriodChoice = 'auto' | PeriodCode;

export function summaryOf(engine: SummaryEngine, plan: Plan, inputs: readonly SummaryInput[], period: PeriodChoice, today?: string): Summary {
  return engine.summarize(plan, inputs, { ...(period === 'auto' ? {} : { period: { code: period } }), ...(today ? { today } : {}) });
}

export const absentUnits = (summary: Summary) => summary.units.filter((u) => u.mustReport && !u.received);

/** The passages a unit's counted report gives for a task: what a matrix cell opens. */
export const evidenceFor = (summary: Summary, task: string, unit: string): EvidenceRow[] => summary.evidence.filter((e) => e.task === task && e.unit === unit);

/** Cells that open something: a report was counted for the unit, or the task was required of it. */
export const cellOpens = (state: CellState): boolean => state !== 'none';

export const baseName = (path: string): string => path.split(/[\\/]/).pop() ?? path;

/** Paragraphs a block list inserts (a table counts its cells), for the message after inserting. */
export const paragraphCount = (blocks: readonly Block[]): number =>
  blocks.reduce((n, b) => n + (b.kind === 'table' ? b.rows.flat().length : b.kind === 'pageSetup' ? 0 : 1), 0);

/** The saved files' names: tong-hop-pctn-Q1-2023.xlsx, du-thao-tong-hop-pctn-Q1-2023.docx. */
export function outputNames(summary: Summary): { xlsx: string; docx: string } {
  const suffix = summary.period ? `-${summary.period.code}-${summary.period.year}` : '';
  return { xlsx: `tong-hop-pctn${suffix}.xlsx`, docx: `du-thao-tong-hop-pctn${suffix}.docx` };
}
