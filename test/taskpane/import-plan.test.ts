import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importFromFile, importFromHost } from '../../src/taskpane/plan/import-plan';
import { PlaygroundStore } from '../../src/playground/document/store';
import { PlaygroundHost } from '../../src/playground/host';
import { readDocx } from '../../src/docx';
import { plan2023, PlanSchema } from '../../src/plan';

const PLAN_DOCX = join(__dirname, '..', 'fixtures', 'e2e', 'plan-2023', 'plan.docx');
const planBytes = () => new Uint8Array(readFileSync(PLAN_DOCX));

describe('importing a plan in the pane', () => {
  test('the open document (through the host) becomes a plan with its doubts, named after the document', async () => {
    const store = new PlaygroundStore();
    store.open('ke-hoach-2023.docx', readDocx(planBytes()).paragraphs);
    const outcome = await importFromHost(new PlaygroundHost(store), 'văn bản đang mở');
    if (!outcome.ok) throw new Error(outcome.error.en);
    expect(outcome.draft.name).toBe('ke-hoach-2023.docx');
    expect(outcome.draft.plan.items.length).toBeGreaterThanOrEqual(20);
    expect(PlanSchema.safeParse(outcome.draft.plan).success).toBe(true);
    expect(outcome.draft.doubts.some((d) => d.item && outcome.draft.plan.items.some((i) => i.id === d.item))).toBe(true);
    expect(outcome.draft.doubts.every((d) => d.vi && d.en)).toBe(true);
  });

  test('an empty document: a clear message, no exception', async () => {
    const outcome = await importFromHost(new PlaygroundHost(new PlaygroundStore()), 'văn bản đang mở');
    expect(outcome).toMatchObject({ ok: false, error: { vi: 'Văn bản đang mở không có nội dung.', en: 'The open document is empty.' } });
  });

  test('a host that fails: its error, in both languages', async () => {
    const host = new PlaygroundHost(new PlaygroundStore());
    host.read = () => Promise.reject(new Error('Word went away'));
    const outcome = await importFromHost(host, 'x');
    expect(outcome).toMatchObject({ ok: false, error: { vi: expect.stringMatching(/Word went away/), en: expect.stringMatching(/Word went away/) } });
  });

  test('a .docx file is read and imported', async () => {
    const outcome = await importFromFile(new File([planBytes()], 'ke-hoach.docx'));
    if (!outcome.ok) throw new Error(outcome.error.en);
    expect(outcome.draft.name).toBe('ke-hoach.docx');
    expect(outcome.draft.plan.units.length).toBeGreaterThan(2);
  });

  test('a .json plan file is validated; no doubts', async () => {
    const outcome = await importFromFile(new File([JSON.stringify(plan2023)], 'ke-hoach.json', { type: 'application/json' }));
    if (!outcome.ok) throw new Error(outcome.error.en);
    expect(outcome.draft.plan.items).toHaveLength(plan2023.items.length);
    expect(outcome.draft.doubts).toEqual([]);
  });

  test.each([
    ['a file that is not a .docx', new File(['not a zip'], 'ke-hoach.docx'), /.+/],
    ['a .json that is not JSON', new File(['{'], 'ke-hoach.json'), /không phải JSON hợp lệ/],
    ['a .json that is not a plan', new File(['{"meta":{}}'], 'ke-hoach.json'), /Tệp kế hoạch không hợp lệ/],
  ])('%s: a vi/en error, with details where the loader gives them', async (_what, file, vi) => {
    const outcome = await importFromFile(file);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.vi).toMatch(vi);
    expect(outcome.error.en).not.toBe('');
    expect(outcome.error.en).not.toBe(outcome.error.vi);
  });
});
