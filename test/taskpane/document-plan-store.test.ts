import { WordHost } from '../../src/word/host';
import { DocumentPlanStore, LayeredPlanStore } from '../../src/taskpane/plan/document-plan-store';
import { LocalPlanStore, PLAN_STORAGE_KEY } from '../../src/taskpane/plan/plan-store';
import { plan2023 } from '../../src/plan';
import type { Plan } from '../../src/plan/schema';
import { FakeOfficeSettings, FakeWordDocument } from '../support/fake-word';
import { memoryStorage } from '../support/memory-storage';

/** The 2023 plan with one unit renamed, as an official would fix it in the Kế hoạch view. */
function editedPlan(alias: string): Plan {
  return { ...plan2023, units: plan2023.units.map((u) => (u.id === 'VP' ? { ...u, aliases: [...u.aliases, alias] } : u)) };
}

function wordHost(settings: FakeOfficeSettings) {
  const fake = new FakeWordDocument([{ text: 'BÁO CÁO' }]);
  return new WordHost(fake.run, { isSetSupported: fake.isSetSupported, settings });
}

describe('DocumentPlanStore: the chosen plan travels with the document (Word document settings)', () => {
  test('a saved plan is in the document after saveAsync and loads back when the document is reopened', async () => {
    const settings = new FakeOfficeSettings();
    const store = new DocumentPlanStore(wordHost(settings));
    expect(await store.load()).toEqual({ kind: 'none' });
    await store.save({ plan: editedPlan('Văn phòng Sở Nội vụ (mới)'), name: 'ke-hoach-2026.docx', savedAt: '2026-02-01T08:00:00.000Z' });
    expect(settings.saveCalls).toBe(1);
    expect(settings.saved.has(PLAN_STORAGE_KEY)).toBe(true);

    const reopened = new DocumentPlanStore(wordHost(settings.reopen()));
    const loaded = await reopened.load();
    expect(loaded.kind).toBe('ok');
    if (loaded.kind !== 'ok') return;
    expect(loaded.stored.name).toBe('ke-hoach-2026.docx');
    expect(loaded.stored.plan.units.find((u) => u.id === 'VP')?.aliases).toContain('Văn phòng Sở Nội vụ (mới)');
  });

  test('a plan in the document that fails the schema is reported in Vietnamese and English, not used', async () => {
    const settings = new FakeOfficeSettings();
    settings.set(PLAN_STORAGE_KEY, JSON.stringify(JSON.stringify({ format: 'pctn-chosen-plan', version: 1, name: 'x', savedAt: '', plan: { meta: {} } })));
    const result = await new DocumentPlanStore(wordHost(settings)).load();
    expect(result.kind).toBe('invalid');
    if (result.kind !== 'invalid') return;
    expect(result.error.vi).toMatch(/Tệp kế hoạch không hợp lệ/);
    expect(result.error.en).toMatch(/plan/i);
  });

  test('clearing removes the plan from the document', async () => {
    const settings = new FakeOfficeSettings();
    const store = new DocumentPlanStore(wordHost(settings));
    await store.save({ plan: plan2023, name: 'a.json', savedAt: '' });
    await store.clear();
    expect(settings.saved.has(PLAN_STORAGE_KEY)).toBe(false);
    expect(await store.load()).toEqual({ kind: 'none' });
  });
});

describe('LayeredPlanStore: the document’s plan first, else the last choice on this computer', () => {
  test('a document that carries its plan wins over the plan kept on the computer', async () => {
    const settings = new FakeOfficeSettings();
    const inDocument = new DocumentPlanStore(wordHost(settings));
    await inDocument.save({ plan: editedPlan('VP theo tài liệu'), name: 'theo-tai-lieu.json', savedAt: '' });
    const onComputer = new LocalPlanStore(memoryStorage());
    await onComputer.save({ plan: editedPlan('VP theo máy'), name: 'theo-may.json', savedAt: '' });
    const loaded = await new LayeredPlanStore(inDocument, onComputer).load();
    expect(loaded.kind === 'ok' && loaded.stored.name).toBe('theo-tai-lieu.json');
  });

  test('a new document with no plan of its own uses the plan kept on the computer', async () => {
    const onComputer = new LocalPlanStore(memoryStorage());
    await onComputer.save({ plan: plan2023, name: 'theo-may.json', savedAt: '' });
    const loaded = await new LayeredPlanStore(new DocumentPlanStore(wordHost(new FakeOfficeSettings())), onComputer).load();
    expect(loaded.kind === 'ok' && loaded.stored.name).toBe('theo-may.json');
  });

  test('saving writes both copies; a read-only document keeps the plan on the computer and says so', async () => {
    const settings = new FakeOfficeSettings();
    const storage = memoryStorage();
    const store = new LayeredPlanStore(new DocumentPlanStore(wordHost(settings)), new LocalPlanStore(storage));
    await store.save({ plan: plan2023, name: 'a.json', savedAt: '' });
    expect(settings.saved.has(PLAN_STORAGE_KEY)).toBe(true);
    expect(storage.data.has(PLAN_STORAGE_KEY)).toBe(true);

    settings.failSaves = true;
    storage.data.clear();
    const failure = await store.save({ plan: plan2023, name: 'b.json', savedAt: '' }).then(
      () => null,
      (error: unknown) => error as { vi: string; en: string },
    );
    expect(failure?.vi).toMatch(/đã được lưu trên máy này nhưng không lưu được vào tài liệu/);
    expect(failure?.en).toMatch(/kept on this computer but could not be saved into the document/);
    expect(storage.data.has(PLAN_STORAGE_KEY)).toBe(true);
  });

  test('going back to the built-in plan clears both copies', async () => {
    const settings = new FakeOfficeSettings();
    const storage = memoryStorage();
    const store = new LayeredPlanStore(new DocumentPlanStore(wordHost(settings)), new LocalPlanStore(storage));
    await store.save({ plan: plan2023, name: 'a.json', savedAt: '' });
    await store.clear();
    expect(settings.saved.has(PLAN_STORAGE_KEY)).toBe(false);
    expect(storage.data.has(PLAN_STORAGE_KEY)).toBe(false);
    expect(await store.load()).toEqual({ kind: 'none' });
  });
});
