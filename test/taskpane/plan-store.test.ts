import { LocalPlanStore, PLAN_STORAGE_KEY } from '../../src/taskpane/plan/plan-store';
import { plan2023 } from '../../src/plan';
import { memoryStorage } from '../support/memory-storage';

const named = (name: string, message = name) => Object.assign(new Error(message), { name });

describe('LocalPlanStore', () => {
  test('round trip: what is saved loads back, validated, with its name', async () => {
    const storage = memoryStorage();
    const store = new LocalPlanStore(storage);
    expect(store.has()).toBe(false);
    expect(await store.load()).toEqual({ kind: 'none' });
    const edited = { ...plan2023, units: plan2023.units.map((u) => (u.id === 'VP' ? { ...u, aliases: [...u.aliases, 'VP Sở mới'] } : u)) };
    await store.save({ plan: edited, name: 'ke-hoach.docx', savedAt: '2026-01-02T03:04:05.000Z' });
    expect(store.has()).toBe(true);
    const loaded = await store.load();
    expect(loaded.kind).toBe('ok');
    if (loaded.kind !== 'ok') return;
    expect(loaded.stored.name).toBe('ke-hoach.docx');
    expect(loaded.stored.savedAt).toBe('2026-01-02T03:04:05.000Z');
    expect(loaded.stored.plan.units.find((u) => u.id === 'VP')?.aliases).toContain('VP Sở mới');
    expect(loaded.stored.plan.items).toHaveLength(plan2023.items.length);
    await store.clear();
    expect(storage.data.has(PLAN_STORAGE_KEY)).toBe(false);
    expect(await store.load()).toEqual({ kind: 'none' });
  });

  test.each([
    ['not JSON', '{oops', /không phải JSON/],
    ['another format', JSON.stringify({ hello: 1 }), /không đúng dạng/],
    ['a plan that fails the schema', JSON.stringify({ format: 'pctn-chosen-plan', version: 1, name: 'x', savedAt: '', plan: { meta: {} } }), /Tệp kế hoạch không hợp lệ/],
  ])('invalid stored data (%s) is dropped with a vi/en message', async (_what, text, vi) => {
    const storage = memoryStorage();
    storage.setItem(PLAN_STORAGE_KEY, text);
    const store = new LocalPlanStore(storage);
    const result = await store.load();
    expect(result.kind).toBe('invalid');
    if (result.kind !== 'invalid') return;
    expect(result.error.vi).toMatch(vi);
    expect(result.error.en.length).toBeGreaterThan(0);
    expect(storage.data.has(PLAN_STORAGE_KEY)).toBe(false);
  });

  test('a full storage: save throws an AppError that says so in both languages', async () => {
    const store = new LocalPlanStore(memoryStorage({ setItem: named('QuotaExceededError', 'The quota has been exceeded.') }));
    await expect(store.save({ plan: plan2023, name: 'p', savedAt: '' })).rejects.toMatchObject({ code: 'plan-store-full', vi: expect.stringMatching(/đã đầy/), en: expect.stringMatching(/is full/) });
  });

  test('a storage that refuses: reading gives a message, saving and clearing throw AppErrors, nothing else', async () => {
    const refused = named('SecurityError', 'The operation is insecure.');
    const store = new LocalPlanStore(memoryStorage({ getItem: refused, setItem: refused, removeItem: refused }));
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(store.has()).toBe(true);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
    const result = await store.load();
    expect(result).toMatchObject({ kind: 'invalid', error: { vi: expect.stringMatching(/Không đọc được/), en: expect.stringMatching(/could not be read/) } });
    await expect(store.save({ plan: plan2023, name: 'p', savedAt: '' })).rejects.toMatchObject({ code: 'plan-store-failed', vi: expect.stringMatching(/SecurityError/) });
    await expect(store.clear()).rejects.toMatchObject({ code: 'plan-store-failed' });
  });

  test('no storage at all (disabled): nothing stored, saving says why', async () => {
    const store = new LocalPlanStore(null);
    expect(store.has()).toBe(false);
    expect(await store.load()).toEqual({ kind: 'none' });
    await expect(store.save({ plan: plan2023, name: 'p', savedAt: '' })).rejects.toMatchObject({ code: 'plan-store-failed' });
    await expect(store.clear()).resolves.toBeUndefined();
  });
});
