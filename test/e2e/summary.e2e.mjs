// The Tổng hợp (Summary) view in the playground, keyboard only: choose several corpus reports through the file input,
// the submissions table lists them, a matrix cell's evidence opens with Enter, axe-core clean, the .xlsx and the .docx
// downloads arrive (the draft reads back), the draft is inserted at the end of the document; at 320 px nothing but the
// matrix's own scroll region runs past the pane.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { launchBrowser, openPage, saveScreenshot, seriousAxeViolations } from './support.mjs';
import { CORPUS_DIR, loadEngine } from './engine.mjs';

const TODAY = '2023-05-01';
// Three reports of the first quarter (Văn phòng Sở, Phòng CCHC, the department's own) and one of another period.
const FILES = ['w2-05', 'w2-08', 'w3-01', 'w1-04'];

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

const focused = (page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    return {
      text: (element?.innerText ?? '').trim(),
      role: element?.getAttribute('role') ?? element?.tagName.toLowerCase() ?? '',
      state: element?.closest('td[data-state]')?.getAttribute('data-state') ?? null,
      testid: element?.getAttribute('data-testid') ?? null,
    };
  });

/** Presses Tab until the focused element matches (keyboard only), failing after `max` presses. */
async function tabTo(page, matches, what, max = 400) {
  for (let presses = 0; presses < max; presses += 1) {
    await page.keyboard.press('Tab');
    if (matches(await focused(page))) return;
  }
  throw new Error(`Tab never reached ${what}`);
}

const readDownload = async (download) => readFileSync(await download.path());

describe('summary view', () => {
  test('keyboard only: choose reports, the table and the matrix, a cell\'s evidence with Enter, both downloads, insert', async () => {
    const session = await openPage(browser, `playground.html?today=${TODAY}`);
    const { page } = session;
    try {
      await waitForCheck(page);
      // To the tab list, then to Tổng hợp with the arrows.
      await tabTo(page, (f) => f.role === 'tab', 'the tab list', 20);
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      assert.equal((await focused(page)).text, 'Tổng hợp');
      await page.keyboard.press('Enter');
      const panel = page.locator('[data-view="summary"]');
      await panel.getByTestId('summary-view').waitFor();

      await tabTo(page, (f) => f.testid === 'summary-choose', 'the file button');
      // Space activates the button (headless Chromium opens no file picker from Enter's click on a button).
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
      assert.equal(chooser.isMultiple(), true);
      await chooser.setFiles(FILES.map((id) => path.join(CORPUS_DIR, `${id}.docx`)));

      const table = panel.getByTestId('summary-reports');
      await table.waitFor({ timeout: 30_000 });
      assert.equal(await panel.getByTestId('summary-title').innerText(), 'Tổng hợp báo cáo quý I năm 2023 (4 tệp)');
      const rows = table.locator('tbody tr');
      assert.deepEqual(await rows.evaluateAll((trs) => trs.map((tr) => tr.dataset.file)), FILES.map((id) => `${id}.docx`));
      const units = await rows.locator('[data-field="unit"]').allInnerTexts();
      assert.deepEqual(units.slice(0, 2), ['Văn phòng Sở', 'Phòng Cải cách hành chính và Công tác thanh niên']);
      assert.equal(await rows.nth(0).locator('[data-field="date"]').innerText(), 'Ngày: 02/03/2023');
      assert.equal(await rows.nth(3).locator('[data-field="verdict"]').innerText(), 'Kỳ khác, không tính vào tổng hợp');
      assert.ok((await panel.getByTestId('summary-absent').locator('li').count()) > 0, 'units not yet reported are listed');

      // A reported cell, reached with Tab, opens its evidence with Enter.
      await tabTo(page, (f) => f.state === 'reported', 'a reported cell');
      const label = await page.evaluate(() => document.activeElement.getAttribute('aria-label'));
      const [, task, unitName] = /^đã báo cáo: nhiệm vụ (\S+), (.+)$/.exec(label);
      await page.keyboard.press('Enter');
      const evidence = panel.getByTestId('summary-evidence');
      await evidence.waitFor();
      assert.equal(await evidence.getByRole('heading').innerText(), `Căn cứ: ${unitName}, nhiệm vụ ${task}`);
      assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-expanded')), 'true');
      const passages = evidence.getByTestId('summary-passage');
      assert.ok((await passages.count()) > 0, 'the cell has passages');
      // Each passage is its source paragraph's own words.
      for (const text of await passages.allInnerTexts()) {
        const [, file, paragraph, quoted] = /^(\S+\.docx), đoạn (\d+)\n([\s\S]+)$/.exec(text);
        const model = engine.readDocx(new Uint8Array(readFileSync(path.join(CORPUS_DIR, file))));
        assert.ok(model.paragraphs[Number(paragraph) - 1].text.includes(quoted.trim().slice(0, 40)), `${file} ¶${paragraph}`);
      }
      assert.deepEqual(await seriousAxeViolations(page), []);
      await saveScreenshot(page, 'summary-vi');

      // Back up to the buttons (Shift+Tab), then the spreadsheet and the draft, each with Enter.
      for (let presses = 0; presses < 400 && (await focused(page)).testid !== 'summary-xlsx'; presses += 1) await page.keyboard.press('Shift+Tab');
      assert.equal((await focused(page)).text, 'Tải bảng tính (.xlsx)');
      const [xlsx] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.keyboard.press('Enter')]);
      assert.equal(xlsx.suggestedFilename(), 'tong-hop-pctn-Q1-2023.xlsx');
      const book = unzipSync(new Uint8Array(await readDownload(xlsx)));
      assert.match(strFromU8(book['xl/workbook.xml']), /name="Tổng hợp".*name="Ma trận".*name="Căn cứ"/s);

      await page.keyboard.press('Tab');
      assert.equal((await focused(page)).text, 'Tải dự thảo tổng hợp (.docx)');
      // (The buttons stay focusable but disabled while the spreadsheet is still being saved; a user waits for that too.)
      await page.waitForFunction(() => document.activeElement?.getAttribute('aria-disabled') !== 'true');
      const [docx] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.keyboard.press('Enter')]);
      assert.equal(docx.suggestedFilename(), 'du-thao-tong-hop-pctn-Q1-2023.docx');
      const draft = engine.readDocx(new Uint8Array(await readDownload(docx)));
      assert.ok(draft.paragraphs.some((p) => p.text.startsWith('Văn phòng Sở: ')), 'the draft quotes Văn phòng Sở');
      assert.ok(draft.paragraphs.some((p) => /^\[Báo cáo này tổng hợp từ \d+\/\d+ báo cáo/.test(p.text)), 'the draft says what was received');

      // Insert: at the end of the document, the text already there unchanged.
      const documentRegion = page.getByRole('region', { name: 'Tài liệu' });
      const before = await documentRegion.innerText();
      await page.keyboard.press('Tab');
      assert.equal((await focused(page)).text, 'Chèn dự thảo tổng hợp');
      await page.keyboard.press('Enter');
      await panel.getByTestId('summary-message').filter({ hasText: 'Đã chèn dự thảo tổng hợp' }).waitFor();
      const afterText = await documentRegion.innerText();
      assert.ok(afterText.startsWith(before.trimEnd()), 'the existing text is unchanged, the draft follows it');
      assert.match(afterText, /Báo cáo này tổng hợp từ/);
      assert.deepEqual(session.pageErrors, []);
      assert.deepEqual(session.consoleErrors, []);
      assert.deepEqual(session.externalRequests(), []);
    } finally {
      await session.close();
    }
  });

  test('at 320 px, in English, with an unreadable file: it is listed with its message, the rest summarised, nothing past the edge', async () => {
    const session = await openPage(browser, `playground.html?today=${TODAY}&pane=320&lang=en`, { viewport: { width: 1000, height: 800 } });
    const { page } = session;
    try {
      await waitForCheck(page);
      await page.getByRole('tab', { name: 'Summary' }).click();
      const panel = page.locator('[data-view="summary"]');
      await panel.getByTestId('summary-files').setInputFiles([
        ...FILES.slice(0, 3).map((id) => ({ name: `${id}.docx`, mimeType: 'application/octet-stream', buffer: readFileSync(path.join(CORPUS_DIR, `${id}.docx`)) })),
        { name: 'broken.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('not a docx') },
      ]);
      const table = panel.getByTestId('summary-reports');
      await table.waitFor({ timeout: 30_000 });
      assert.match(await table.locator('tr[data-file="broken.docx"] [data-field="verdict"]').innerText(), /^Unreadable: /);
      assert.equal(await table.locator('tr[data-included="true"]').count(), 3);
      await panel.locator('td[data-state="missing"] button').first().click();
      await panel.getByTestId('summary-evidence').waitFor();
      const problems = await page.evaluate(() => {
        const pane = document.querySelector('[data-testid="pane"]');
        const edge = pane.getBoundingClientRect().right;
        const region = document.querySelector('[data-testid="summary-matrix-region"]');
        const out = [];
        if (pane.scrollWidth > pane.clientWidth + 1) out.push(`pane scrolls sideways: ${pane.scrollWidth} > ${pane.clientWidth}`);
        for (const element of pane.querySelectorAll('*')) {
          if (region.contains(element) && element !== region) continue;
          const rect = element.getBoundingClientRect();
          if (rect.width === 0 || rect.height === 0 || getComputedStyle(element).visibility === 'hidden') continue;
          if (rect.right > edge + 1) out.push(`${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 40)}" ends at ${Math.round(rect.right)} > ${Math.round(edge)}`);
        }
        return out.slice(0, 10);
      });
      assert.deepEqual(problems, []);
      assert.deepEqual(await seriousAxeViolations(page), []);
      await saveScreenshot(page, 'summary-320-en');
      assert.deepEqual(session.pageErrors, []);
    } finally {
      await session.close();
    }
  });
});
