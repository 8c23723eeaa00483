// The Plan view in the playground: import a plan .docx, fix a unit, save, check reports against it (compared with the
// engine run in Node on the plan as stored), reload: still chosen; axe-core, a 320 px pane, back to the built-in plan.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, openPage, saveScreenshot, seriousAxeViolations } from './support.mjs';
import { CORPUS_DIR, loadEngine, missingIds } from './engine.mjs';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// Rendered from test/fixtures/plans/ke-hoach-pctn-2023-so-noi-vu-quang-ngai.md by test/fixtures/plans/render-plan.ts.
const PLAN_DOCX = path.join(projectRoot, 'test', 'fixtures', 'e2e', 'plan-2023', 'plan.docx');
const SAMPLE_REPORT = path.join(projectRoot, 'src', 'playground', 'samples', 'bao-cao-quy-1-2023.docx');
const OTHER_REPORT = 'w1-04';
const TODAY = '2023-03-01';
const STORAGE_KEY = 'pctn.chosenPlan';
const PLAN_NAME = 'ke-hoach-pctn-2023.docx';

let browser;
let engine;
before(async () => {
  [browser, engine] = await Promise.all([launchBrowser(), loadEngine()]);
});
after(async () => {
  await browser?.close();
});

async function waitForCheck(page) {
  await page.waitForFunction(
    () => document.querySelector('[data-testid="check-summary"]') && !document.querySelector('[data-testid="check-progress"]'),
    null,
    { timeout: 15_000 },
  );
}

const shownMissing = (page) => page.locator('li[data-item-id][data-status="missing"]').evaluateAll((rows) => rows.map((row) => row.dataset.itemId));
const shownItems = (page) => page.locator('li[data-item-id]').evaluateAll((rows) => rows.map((row) => row.dataset.itemId));
const storedPlan = async (page) => {
  const text = await page.evaluate((key) => window.localStorage.getItem(key), STORAGE_KEY);
  return text ? JSON.parse(text) : null;
};
const expectedMissing = (plan, bytes) => missingIds(engine.checkReport(plan, engine.readDocx(new Uint8Array(bytes)), { today: TODAY }));

/** Elements of the pane whose right edge passes the pane's, or a pane that scrolls sideways (as narrow.e2e.mjs). */
async function overflow(page) {
  return page.evaluate(() => {
    const pane = document.querySelector('[data-testid="pane"]');
    const edge = pane.getBoundingClientRect().right;
    const out = [];
    if (pane.scrollWidth > pane.clientWidth + 1) out.push(`pane scrolls sideways: ${pane.scrollWidth} > ${pane.clientWidth}`);
    for (const element of pane.querySelectorAll('*')) {
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0 || getComputedStyle(element).visibility === 'hidden') continue;
      if (rect.right > edge + 1) out.push(`${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 40)}" ends at ${Math.round(rect.right)} > ${Math.round(edge)}`);
    }
    return out.slice(0, 10);
  });
}

describe('plan view', () => {
  test('import a plan .docx, fix a unit, save, check reports against it, reload: the plan is still chosen', async () => {
    const session = await openPage(browser, `playground.html?today=${TODAY}`);
    const { page } = session;
    try {
      await waitForCheck(page);
      await page.getByRole('tab', { name: 'Kế hoạch' }).click();
      const panel = page.locator('[data-view="plan"]');
      await panel.getByTestId('plan-in-use').filter({ hasText: '(có sẵn)' }).waitFor();
      await panel.getByTestId('plan-import-file').setInputFiles({ name: PLAN_NAME, mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: readFileSync(PLAN_DOCX) });
      const table = panel.getByTestId('plan-items');
      await table.waitFor();
      const imported = engine.importPlan(engine.readDocx(new Uint8Array(readFileSync(PLAN_DOCX))));
      assert.deepEqual(await table.locator('tr[data-item-id]').evaluateAll((rows) => rows.map((r) => r.dataset.itemId)), imported.plan.items.map((i) => i.id));
      // Doubts about a task sit on its row; the others above the table.
      const rowDoubts = imported.plan.items.map((i) => i.id).filter((id) => imported.doubts.some((d) => d.item === id));
      assert.ok(rowDoubts.length > 0, 'the fixture has doubts about tasks');
      assert.deepEqual(await table.locator('tr[data-doubt="true"]').evaluateAll((rows) => rows.map((r) => r.dataset.itemId)), rowDoubts);
      assert.match(await panel.getByTestId('plan-doubts').innerText(), /\d+ điểm cần xem lại/);

      // The header gave no issuing body: the importer named it "Cơ quan ban hành". Fix it.
      await panel.getByRole('combobox', { name: 'Đơn vị cần sửa' }).click();
      await page.getByRole('option', { name: 'Cơ quan ban hành (CQBH)' }).click();
      await panel.getByTestId('unit-name').fill('Sở Nội vụ tỉnh Quảng Ngãi');
      await panel.getByTestId('unit-aliases').fill('Sở Nội vụ');
      // And a task's support unit, by the row's own editor.
      const itemId = imported.plan.items.find((i) => i.support.length === 0).id;
      await panel.getByRole('button', { name: `Sửa đơn vị của nhiệm vụ ${itemId}` }).click();
      await panel.getByRole('combobox', { name: 'Phối hợp' }).click();
      await page.getByRole('menuitemcheckbox', { name: 'Thanh tra Sở (TTS)' }).click();
      await page.keyboard.press('Escape');
      assert.equal(await table.locator(`tr[data-item-id="${itemId}"] [data-role="support"]`).innerText(), 'Phối hợp: Thanh tra Sở');
      // The reporting schedule as read, each day editable by its labelled field.
      const schedule = panel.getByTestId('schedule-editor');
      assert.deepEqual(await schedule.getByRole('group').evaluateAll((groups) => groups.map((g) => g.dataset.period)), imported.plan.reporting.periods.map((p) => p.code));
      const first = imported.plan.reporting.periods[0];
      await schedule.getByRole('textbox', { name: `Hạn gửi báo cáo ${first.names.join(', ')} (ngày/tháng)`, exact: true }).fill('08/3');
      assert.deepEqual(await seriousAxeViolations(page), []);
      await saveScreenshot(page, 'plan-review-vi');

      await panel.getByRole('button', { name: 'Lưu và dùng kế hoạch này' }).click();
      await panel.getByTestId('plan-view-message').filter({ hasText: `Đã lưu và đang dùng kế hoạch: ${PLAN_NAME}.` }).waitFor();
      assert.equal(await panel.getByTestId('plan-in-use').innerText(), `Kế hoạch đã lưu: ${PLAN_NAME}`);
      const stored = await storedPlan(page);
      assert.equal(stored.name, PLAN_NAME);
      const unit = stored.plan.units.find((u) => u.id === 'CQBH');
      assert.deepEqual({ name: unit.name, aliases: unit.aliases }, { name: 'Sở Nội vụ tỉnh Quảng Ngãi', aliases: ['Sở Nội vụ'] });
      assert.deepEqual(stored.plan.items.find((i) => i.id === itemId).support, ['TTS']);
      assert.deepEqual(stored.plan.reporting.periods[0].due, { day: 8, month: 3 });

      // Check uses it: the sample report's unit is now the fixed one, and what is missing is the engine's with this plan.
      await page.getByRole('tab', { name: 'Kiểm tra' }).click();
      await page.waitForFunction(() => /^Sở Nội vụ tỉnh Quảng Ngãi/.test(document.querySelector('[data-field="unit"]')?.textContent ?? ''), null, { timeout: 15_000 });
      await waitForCheck(page);
      assert.deepEqual(await shownItems(page).then((ids) => ids.filter((id) => !stored.plan.items.some((i) => i.id === id))), [], 'only the imported plan\'s tasks');
      assert.deepEqual(await shownMissing(page), expectedMissing(stored.plan, readFileSync(SAMPLE_REPORT)));

      // Another report, opened in the playground, is checked against the same plan.
      const otherBytes = readFileSync(path.join(CORPUS_DIR, `${OTHER_REPORT}.docx`));
      await page.getByTestId('open-docx').setInputFiles(path.join(CORPUS_DIR, `${OTHER_REPORT}.docx`));
      await page.getByTestId('document-name').filter({ hasText: `${OTHER_REPORT}.docx` }).waitFor();
      await waitForCheck(page);
      assert.deepEqual(await shownMissing(page), expectedMissing(stored.plan, otherBytes));

      await page.reload();
      await waitForCheck(page);
      assert.deepEqual(await shownMissing(page), expectedMissing(stored.plan, readFileSync(SAMPLE_REPORT)));
      await page.getByRole('tab', { name: 'Kế hoạch' }).click();
      assert.equal(await page.getByTestId('plan-in-use').innerText(), `Kế hoạch đã lưu: ${PLAN_NAME}`);
      await page.getByRole('tab', { name: 'Cài đặt' }).click();
      await page.getByTestId('plan-name').filter({ hasText: `Kế hoạch đã lưu: ${PLAN_NAME}` }).waitFor();
      assert.deepEqual(session.pageErrors, []);
      assert.deepEqual(session.consoleErrors, []);
    } finally {
      await session.close();
    }
  });

  test('at 320 px the review fits; a bad file says why in both languages; the built-in plan comes back and stays', async () => {
    const session = await openPage(browser, `playground.html?today=${TODAY}&pane=320`, { viewport: { width: 1000, height: 800 } });
    const { page } = session;
    try {
      await waitForCheck(page);
      await page.getByRole('tab', { name: 'Kế hoạch' }).click();
      const panel = page.locator('[data-view="plan"]');
      // A file that is not a plan: the reader's own message, nothing else changes.
      await panel.getByTestId('plan-import-file').setInputFiles({ name: 'hong.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('không phải docx') });
      const message = panel.getByTestId('plan-view-message');
      await message.filter({ hasText: 'Không đọc được kế hoạch từ hong.docx:' }).waitFor();
      assert.match(await panel.getByTestId('plan-in-use').innerText(), /^Kế hoạch .+ năm 2023 \(có sẵn\)$/);
      await page.getByRole('radio', { name: 'English' }).check();
      await message.filter({ hasText: 'The plan could not be read from hong.docx:' }).waitFor();
      assert.doesNotMatch(await message.innerText(), /Không/);
      await page.getByRole('radio', { name: 'Tiếng Việt' }).check();

      // The plan opened as the playground's document, then used as the plan.
      await page.getByTestId('open-docx').setInputFiles(PLAN_DOCX);
      await waitForCheck(page);
      await panel.getByRole('button', { name: 'Dùng văn bản này làm kế hoạch' }).click();
      await panel.getByTestId('plan-items').waitFor();
      assert.match(await message.innerText(), /^Đã đọc kế hoạch từ plan\.docx: \d+ nhiệm vụ/);
      await panel.getByRole('button', { name: /^Sửa đơn vị của nhiệm vụ / }).first().click();
      assert.deepEqual(await overflow(page), []);
      assert.deepEqual(await seriousAxeViolations(page), []);
      await saveScreenshot(page, 'plan-320-vi');

      await panel.getByRole('button', { name: 'Lưu và dùng kế hoạch này' }).click();
      await panel.getByTestId('plan-in-use').filter({ hasText: 'Kế hoạch đã lưu: plan.docx' }).waitFor();
      await panel.getByRole('button', { name: 'Dùng kế hoạch có sẵn (2023)' }).click();
      await panel.getByTestId('plan-in-use').filter({ hasText: '(có sẵn)' }).waitFor();
      assert.equal(await storedPlan(page), null);
      await page.reload();
      await waitForCheck(page);
      await page.getByRole('tab', { name: 'Kế hoạch' }).click();
      await page.getByTestId('plan-in-use').filter({ hasText: '(có sẵn)' }).waitFor();
      assert.deepEqual(session.pageErrors, []);
    } finally {
      await session.close();
    }
  });
});
