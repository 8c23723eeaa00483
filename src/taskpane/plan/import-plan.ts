/**
 * The three sources of a plan: the open document (through the host), a .docx file (read, then imported) and a .json
 * plan file (validated). Each gives a draft to review, or a message in Vietnamese and English; nothing throws.
 */
import type { DocumentHost } from '../../document/host';
import type { DocumentModel } from '../../document/model';
import type { Bilingual } from '../../errors/app-error';
import { isAppError } from '../../errors/app-error';
import type { Plan } from '../../plan/schema';
import type { ImportDoubt } from '../../plan/import/outline';

export interface PlanDraft {
  plan: Plan;
  /** What the importer could not read with confidence; none for a .json plan. */
  doubts: readonly ImportDoubt[];
  /** The file's name, or "the open document". */
  name: string;
}

export type ImportOutcome = { ok: true; draft: PlanDraft } | { ok: false; error: Bilingual; details: readonly Bilingual[] };

const loadImporter = () => import(/* webpackChunkName: "plan-import" */ './plan-import-engine');

function failure(error: unknown): ImportOutcome {
  if (isAppError(error)) return { ok: false, error: { vi: error.vi, en: error.en }, details: error.details };
  const detail = error instanceof Error ? error.message : String(error);
  return { ok: false, error: { vi: `Lỗi không mong đợi khi đọc kế hoạch (${detail}).`, en: `Unexpected error while reading the plan (${detail}).` }, details: [] };
}

async function fromModel(model: DocumentModel, name: string): Promise<ImportOutcome> {
  const { importPlan } = await loadImporter();
  const { plan, doubts } = importPlan(model);
  if (plan.items.length === 0) {
    return {
      ok: false,
      error: { vi: 'Không thấy nhiệm vụ nào trong văn bản: đây có phải là một kế hoạch?', en: 'No task found in the document: is it a plan?' },
      details: [],
    };
  }
  return { ok: true, draft: { plan, doubts, name } };
}

/** The document open in Word (or in the playground) as the plan; `name` when the host does not know the file's. */
export async function importFromHost(host: DocumentHost, name: string): Promise<ImportOutcome> {
  try {
    const model = await host.read();
    if (model.paragraphs.every((p) => p.text.trim() === '')) {
      return { ok: false, error: { vi: 'Văn bản đang mở không có nội dung.', en: 'The open document is empty.' }, details: [] };
    }
    return await fromModel(model, model.source.name ?? name);
  } catch (error) {
    return failure(error);
  }
}

/** A file the user chose: .json is a plan file, anything else is read as a .docx plan document. */
export async function importFromFile(file: File): Promise<ImportOutcome> {
  try {
    const engine = await loadImporter();
    if (/\.json$/i.test(file.name) || file.type === 'application/json') {
      return { ok: true, draft: { plan: engine.parsePlanJson(await file.text()), doubts: [], name: file.name } };
    }
    if (file.size > engine.DEFAULT_DOCX_LIMITS.maxFileBytes) {
      const size = engine.describeBytes(engine.DEFAULT_DOCX_LIMITS.maxFileBytes);
      return { ok: false, error: { vi: `Tệp quá lớn để đọc (giới hạn: ${size.vi}).`, en: `The file is too large to read (limit: ${size.en}).` }, details: [] };
    }
    const model = engine.readDocx(new Uint8Array(await file.arrayBuffer()), { name: file.name });
    return await fromModel(model, file.name);
  } catch (error) {
    return failure(error);
  }
}
