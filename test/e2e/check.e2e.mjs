// The Check view in the playground: the sample report, the engine's result as the page shows it, selecting, inserting,
// ignoring, other files, both languages, the keyboard alone, axe-core and the screenshots.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { launchBrowser, openPage, saveScreenshot, seriousAxeViolations } from './support.mjs';
import { checkFile, CORPUS_DIR, loadEngine, missingIds, reviewIds } from './engine.mjs';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TODAY = '2023-03-01';
const SAMPLE = 'w3-01';
const OPTIONS = { today: TODAY };

let browser;
let engine;
before(async () => {
  [browser, engine] = await Promise.all([launchBrowser(), loadEngine()]);
});
after(async () => {
  await browser?.close();
});

async function openPlayground(query = '', viewport) {
  const session = await openPage(browser, `playground.html?today=${TODAY}${query}`, viewport ? { viewport } : {});
  await waitForCheck(session.page);
  return session;
}

/** The check has a result and is not running. */
async function waitForCheck(page) {
  await page.waitForFunction(
    () => document.querySelector('[data-testid="check-summary"]') && !document.querySelector('[data-testid="check-progress"]'),
    null,
    { timeout: 15_000 },
  );
}

const shownMissing = (page) => page.locator('li[data-item-id][data-status="missing"]').evaluateAll((rows) => rows.map((row) => row.dataset.itemId));
const selectedParagraph = (page) => page.locator('[data-selected="true"]');
const rowButton = (page, itemId) => page.locator(`li[data-item-id="${itemId}"] > div > [data-row-main]`);

function paragraphText(document, locator) {
  return document.paragraphs[locator.index].text;
}

describe('check view', () => {
  test('the sample report loads and the missing items are exactly the engine\'s, with the summary', async () => {
    const session = await openPlayground();
    const { page } = session;
    try {
      const { result } = checkFile(engine, SAMPLE, OPTIONS);
      const expected = missingIds(result);
      assert.ok(expected.length > 0, 'the sample shows missing items');
      assert.deepEqual(await shownMissing(page), expected);
      assert.equal(await page.getByTestId('document-name').innerText(), 'bao-cao-quy-1-2023.docx');

      const summary = page.getByTestId('check-summary');
      assert.match(await summary.locator('[data-field="period"]').innerText(), /^Quý I năm 2023; số liệu từ 15\/12\/2022 đến 14\/3\/2023 \(theo Thông tư số 02\/2021\/TT-TTCP/);
      // The department's own consolidated report: the plan dates only the units' reports to Thanh tra Sở.
      assert.equal(await summary.locator('[data-field="due"]').innerText(), 'Kế hoạch không quy định hạn cho báo cáo tổng hợp của cơ quan ban hành');
      assert.match(await summary.locator('[data-field="unit"]').innerText(), /^Sở Nội vụ tỉnh Quảng Ngãi \(/);
      const required = result.items.filter((item) => item.required).length;
      const review = reviewIds(result).length;
      assert.equal(await summary.locator('[data-field="missing-items"]').innerText(), `${expected.length}/${required}${review ? `; ${review} cần xem lại` : ''}`);
      assert.equal(await summary.locator('[data-field="missing-sections"]').innerText(), '0/6');
      // Items not required for this unit and period are listed in grey with the reason.
      const notRequired = result.items.filter((item) => !item.required).map((item) => item.id);
      assert.deepEqual(await page.locator('li[data-item-id][data-status="notRequired"]').evaluateAll((rows) => rows.map((r) => r.dataset.itemId)), notRequired);
      // Lead units not named: a reviewer's option, off by default; turned on in Settings, listed under "Đơn vị chủ trì".
      assert.equal(await page.getByRole('button', { name: /^Đơn vị chủ trì/ }).count(), 0);
      await page.getByRole('tab', { name: 'Cài đặt' }).click();
      await page.getByTestId('lead-units').check();
      await page.getByRole('tab', { name: 'Kiểm tra' }).click();
      await page.getByRole('button', { name: /^Đơn vị chủ trì/ }).waitFor();
      await waitForCheck(page);
      const leadFindings = checkFile(engine, SAMPLE, { ...OPTIONS, leadUnits: true }).result.findings.filter((f) => f.rule === 'lead-unit-not-named').map((f) => f.id);
      assert.ok(leadFindings.length > 0);
      await page.getByRole('button', { name: /^Đơn vị chủ trì/ }).click();
      assert.deepEqual(await page.locator('[data-group="units"] li[data-finding-id]').evaluateAll((rows) => rows.map((r) => r.dataset.findingId)), leadFindings);
      assert.deepEqual(session.pageErrors, []);
      assert.deepEqual(session.consoleErrors, []);
    } finally {
      await session.close();
    }
  });

  test('a reported item selects its evidence paragraph; a missing item selects where it belongs', async () => {
    const session = await openPlayground();
    const { page } = session;
    try {
      const { document, result } = checkFile(engine, SAMPLE, OPTIONS);
      const reported = result.items.find((item) => item.required && item.addressed && item.evidence.length > 0);
      await rowButton(page, reported.id).click();
      await selectedParagraph(page).waitFor();
      assert.equal(await selectedParagraph(page).innerText(), reported.evidence[0].text.trim());
      assert.equal(await page.evaluate(() => document.activeElement?.dataset.selected), 'true', 'keyboard focus moves to the paragraph');

      // The evidence list opens with why each passage counts (the words it shares with the task) and each selects its paragraph.
      await page.getByRole('button', { name: `Dẫn chứng của nhiệm vụ ${reported.id}` }).click();
      const evidenceRows = page.locator(`li[data-item-id="${reported.id}"] li[data-evidence-paragraph]`);
      assert.equal(await evidenceRows.count(), reported.evidence.length);
      assert.match(await evidenceRows.first().innerText(), /^Đoạn \d+ · khớp: [^\n·]+/);

      const missing = result.items.find((item) => item.required && !item.addressed && item.insertAfter);
      await rowButton(page, missing.id).click();
      await page.waitForFunction((text) => document.querySelector('[data-selected="true"]')?.textContent?.trim() === text, paragraphText(document, missing.insertAfter).trim());
      await saveScreenshot(page, 'check-selected-vi');
    } finally {
      await session.close();
    }
  });

  test('"Chèn mục" inserts a heading and a placeholder, re-checks, and the download reads back the same', async () => {
    const session = await openPlayground();
    const { page } = session;
    try {
      const before = await shownMissing(page);
      const itemId = before[0];
      const paragraphsBefore = await page.locator('[data-paragraph-id]').allInnerTexts();
      await page.getByRole('button', { name: `Chèn mục cho nhiệm vụ ${itemId}` }).click();
      await page.waitForFunction(() => document.querySelectorAll('[data-inserted="true"]').length === 2);
      await waitForCheck(page);

      const inserted = page.locator('[data-inserted="true"]');
      const headingText = (await inserted.nth(0).innerText()).trim();
      const title = engine.plan2023.items.find((item) => item.id === itemId).title;
      assert.ok(headingText.endsWith(title), `inserted heading "${headingText}" ends with the plan title "${title}"`);
      assert.equal(await inserted.nth(0).getAttribute('role'), 'heading');
      assert.equal((await inserted.nth(1).innerText()).trim(), 'Kết quả thực hiện: ...');
      // Nothing else changed: the old paragraphs are all there, in order.
      const paragraphsAfter = await page.locator('[data-paragraph-id]:not([data-inserted])').allInnerTexts();
      assert.deepEqual(paragraphsAfter, paragraphsBefore);
      // The pane announced it and selected the new heading.
      assert.match(await page.getByTestId('announcement').innerText(), /Đã chèn đề mục/);
      assert.equal((await selectedParagraph(page).innerText()).trim(), headingText);

      // A heading with a placeholder is not a result: the item is still missing, and the re-check still offers it.
      const after = await shownMissing(page);
      assert.ok(after.includes(itemId), `${itemId} is still missing after its heading was inserted`);
      assert.deepEqual(after, before, 'the inserted heading and placeholder changed nothing in what is missing');

      // The edited document, downloaded and checked in Node, gives the same missing items as the page.
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải về .docx' }).click()]);
      const file = path.join(tmpdir(), `pctn-e2e-${process.pid}.docx`);
      await download.saveAs(file);
      const { document: downloaded, result } = checkFile(engine, readFileSync(file), OPTIONS);
      assert.ok(downloaded.paragraphs.some((p) => p.text === headingText && p.builtInHeading !== null), 'the heading is a Heading style in the .docx');
      assert.deepEqual(missingIds(result), after);
      // The download is the opened file with the two paragraphs added: every original paragraph, in order, in its cell.
      const sample = engine.readDocx(new Uint8Array(readFileSync(path.join(projectRoot, 'src/playground/samples/bao-cao-quy-1-2023.docx'))));
      const shape = (p) => `${p.table ? `T${p.table.row}.${p.table.cell}` : 'P'}|${p.text}`;
      assert.deepEqual(
        downloaded.paragraphs.filter((p) => p.text !== headingText && !p.tag?.startsWith('pctn:placeholder')).map(shape),
        sample.paragraphs.map(shape),
      );
    } finally {
      await session.close();
    }
  });

  test('"Sửa định dạng" and "Ghi đầy đủ" in the page: shown at once, written into the downloaded file (the citation as a tracked change)', async () => {
    const session = await openPlayground();
    const { page } = session;
    try {
      // The report template in Arial with 10 mm margins and a short first mention in its first results line.
      const files = unzipSync(engine.writeDocx(engine.reportTemplate(engine.plan2023, { unit: 'CCVC', period: 'Q1' })));
      const styles = strFromU8(files['word/styles.xml']).replace(/Times New Roman/g, 'Arial');
      const body = strFromU8(files['word/document.xml'])
        .replace(/<w:pgMar [^>]*\/>/, '<w:pgMar w:top="567" w:right="567" w:bottom="567" w:left="567" w:header="567" w:footer="567" w:gutter="0"/>')
        .replace('Kết quả thực hiện: ...', 'Đơn vị đã quán triệt Nghị định số 59/2019/NĐ-CP đến toàn thể công chức, viên chức.');
      const file = path.join(tmpdir(), `pctn-e2e-${process.pid}-the-thuc.docx`);
      writeFileSync(file, zipSync({ ...files, 'word/styles.xml': strToU8(styles), 'word/document.xml': strToU8(body) }));
      await page.getByTestId('open-docx').setInputFiles(file);
      await page.getByTestId('document-name').filter({ hasText: 'the-thuc.docx' }).waitFor();
      await waitForCheck(page);

      const other = page.locator('[data-group="other"]');
      for (const problem of ['Lề trang chưa đúng', 'Văn bản dùng phông Arial']) {
        await other.locator('li', { hasText: problem }).getByTestId('fix-format').click();
        await page.getByTestId('announcement').filter({ hasText: 'Đã sửa định dạng' }).waitFor();
        await waitForCheck(page);
        await other.locator('li', { hasText: problem }).waitFor({ state: 'detached' });
      }
      await page.getByTestId('suggestions-toggle').click();
      const full = page.getByTestId('suggestions').getByRole('button', { name: /^Ghi đầy đủ: “Nghị định số 59\/2019\/NĐ-CP ngày 01\/7\/2019/ });
      await full.click();
      await page.getByTestId('announcement').filter({ hasText: 'chữ cũ được giữ dưới dạng thay đổi được theo dõi' }).waitFor();
      await waitForCheck(page);
      await page.locator('[data-paragraph-id]', { hasText: 'Nghị định số 59/2019/NĐ-CP ngày 01/7/2019 của Chính phủ' }).first().waitFor();

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải về .docx' }).click()]);
      const saved = path.join(tmpdir(), `pctn-e2e-${process.pid}-da-sua.docx`);
      await download.saveAs(saved);
      const bytes = readFileSync(saved);
      const { result } = checkFile(engine, bytes, OPTIONS);
      assert.deepEqual(result.findings.filter((f) => f.rule.startsWith('layout-')).map((f) => f.rule), []);
      assert.ok(!result.findings.some((f) => f.id.startsWith('citation:cite.first-mention-short')), 'the citation is in full in the file');
      assert.match(strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml']), /<w:del [^>]*w:author="Trợ lý báo cáo PCTN"[^>]*><w:r>(<w:rPr>.*?<\/w:rPr>)?<w:delText xml:space="preserve">Nghị định số 59\/2019\/NĐ-CP<\/w:delText>/);
      assert.deepEqual(session.pageErrors, []);
    } finally {
      await session.close();
    }
  });

  test('"Chỉ hiện nhiệm vụ còn thiếu" lists only the missing tasks; drafting suggestions are collapsed and every finding has a human label', async () => {
    const session = await openPlayground();
    const { page } = session;
    try {
      const { result } = checkFile(engine, SAMPLE, OPTIONS);
      const all = await page.locator('li[data-item-id]').count();
      assert.equal(all, result.items.length);
      await page.getByTestId('only-missing').check();
      // Missing and "to review" rows, in the plan's order.
      const toLook = new Set([...missingIds(result), ...reviewIds(result)]);
      assert.deepEqual(await page.locator('li[data-item-id]').evaluateAll((rows) => rows.map((r) => r.dataset.itemId)), result.items.map((i) => i.id).filter((id) => toLook.has(id)));
      await page.getByTestId('only-missing').uncheck();
      assert.equal(await page.locator('li[data-item-id]').count(), all);

      const suggestions = result.findings.filter((f) => f.severity === 'info' && !['item-missing', 'item-unsure', 'section-missing', 'part-missing', 'lead-unit-not-named'].includes(f.rule));
      assert.ok(suggestions.length > 0, 'the sample has drafting suggestions');
      await page.getByRole('button', { name: /^Phát hiện khác/ }).waitFor();
      assert.equal(await page.getByTestId('suggestions').count(), 0, 'suggestions start collapsed');
      const toggle = page.getByTestId('suggestions-toggle');
      assert.match(await toggle.innerText(), new RegExp(`^Gợi ý về cách viết \\(${suggestions.length}\\)`));
      await toggle.click();
      const labels = await page.locator('[data-testid="suggestions"] li[data-finding-id]').evaluateAll((rows) => rows.map((r) => r.innerText));
      assert.equal(labels.length, suggestions.length);
      for (const label of labels) assert.doesNotMatch(label, /^(citation|report-late|cite\.)/, 'no raw rule id is shown');
      assert.match(labels[0], /^Trích dẫn văn bản/);
    } finally {
      await session.close();
    }
  });

  test('an insert from the Chèn view marks the results out of date; "Kiểm tra lại" refreshes them', async () => {
    const session = await openPlayground();
    const { page } = session;
    try {
      assert.equal(await page.getByTestId('check-stale').count(), 0);
      await page.getByRole('tab', { name: 'Chèn' }).click();
      await page.getByTestId('citation-query').fill('nghi dinh 59');
      await page.getByRole('button', { name: 'Chèn đầy đủ trích dẫn 59/2019/NĐ-CP' }).click();
      await page.waitForFunction(() => document.querySelectorAll('[data-inserted="true"]').length === 1);
      await page.getByRole('tab', { name: 'Kiểm tra' }).click();
      const stale = page.getByTestId('check-stale');
      await stale.waitFor();
      assert.match(await stale.innerText(), /Tài liệu đã thay đổi sau lần kiểm tra này/);
      await stale.getByRole('button', { name: 'Kiểm tra lại' }).click();
      await waitForCheck(page);
      await page.waitForFunction(() => !document.querySelector('[data-testid="check-stale"]'));
      assert.deepEqual(session.pageErrors, []);
    } finally {
      await session.close();
    }
  });

  test('"Bỏ qua" ignores one finding, "Hoàn tác" brings it back, and re-checking keeps the scroll position', async () => {
    const session = await openPlayground('', { width: 1280, height: 600 });
    const { page } = session;
    try {
      const [first] = await shownMissing(page);
      await page.getByRole('button', { name: `Bỏ qua: ${first}` }).click();
      assert.equal(await page.locator(`li[data-item-id="${first}"]`).getAttribute('data-status'), 'ignored');
      assert.match(await page.getByTestId('ignored-bar').innerText(), /Đã bỏ qua 1 phát hiện/);
      await page.getByRole('button', { name: /^Đã bỏ qua \(\d+\)$/ }).click();
      assert.equal(await page.locator(`[data-ignored-id="item-missing:${first}"]`).count(), 1);
      // Checking again keeps the ignored finding (stored in the document's settings) ...
      await page.getByTestId('run-check').click();
      await waitForCheck(page);
      assert.equal(await page.locator(`li[data-item-id="${first}"]`).getAttribute('data-status'), 'ignored');
      // ... and Undo restores it.
      await page.getByRole('button', { name: 'Hoàn tác' }).click();
      assert.equal(await page.locator(`li[data-item-id="${first}"]`).getAttribute('data-status'), 'missing');
      assert.equal(await page.getByTestId('ignored-bar').count(), 0);

      const scrolled = await page.evaluate(() => {
        let node = document.querySelector('[data-testid="check-view"]');
        while (node && getComputedStyle(node).overflowY !== 'auto') node = node.parentElement;
        node.scrollTop = 400;
        return node.scrollTop;
      });
      assert.ok(scrolled > 0, 'the pane scrolls');
      // The progress indicator can come and go between two polls: record that it was added, then wait for the result.
      await page.evaluate(() => {
        window.__progressShown = false;
        const shows = (node) => node.nodeType === 1 && (node.matches('[data-testid="check-progress"]') || node.querySelector('[data-testid="check-progress"]'));
        new MutationObserver((records) => {
          if (records.some((r) => [...r.addedNodes].some(shows))) window.__progressShown = true;
        }).observe(document.body, { childList: true, subtree: true });
      });
      // A click event without Playwright's scrolling the button into view first.
      await page.getByTestId('run-check').dispatchEvent('click');
      await page.waitForFunction(() => window.__progressShown, null, { timeout: 15_000 });
      await waitForCheck(page);
      const top = await page.evaluate(() => {
        let node = document.querySelector('[data-testid="check-view"]');
        while (node && getComputedStyle(node).overflowY !== 'auto') node = node.parentElement;
        return node.scrollTop;
      });
      assert.equal(top, scrolled);
    } finally {
      await session.close();
    }
  });

  test('another corpus file opens through the file input and is checked; a non-docx file gives the bilingual error', async () => {
    const session = await openPlayground();
    const { page } = session;
    try {
      await page.getByTestId('open-docx').setInputFiles(path.join(CORPUS_DIR, 'w1-04.docx'));
      await page.getByTestId('document-name').filter({ hasText: 'w1-04.docx' }).waitFor();
      await waitForCheck(page);
      await page.waitForFunction(() => document.querySelector('[data-field="unit"]')?.textContent?.includes('Phòng Công chức'));
      const { result } = checkFile(engine, 'w1-04', OPTIONS);
      assert.deepEqual(await shownMissing(page), missingIds(result));
      // Dated 01/12/2023 and due 05/12/2023: on time, whatever today's clock says.
      assert.equal(await page.locator('[data-field="due"]').innerText(), '05/12/2023 — báo cáo đề ngày 01/12/2023, đúng hạn (kế hoạch: ngày 05/12)');

      const notDocx = path.join(tmpdir(), `pctn-e2e-${process.pid}-not-a-report.docx`);
      writeFileSync(notDocx, 'Đây không phải tệp Word.');
      await page.getByTestId('open-docx').setInputFiles(notDocx);
      const message = page.getByTestId('document-message');
      await message.waitFor();
      const text = await message.innerText();
      assert.match(text, /Không mở được .*not-a-report\.docx/);
      assert.match(text, /không phải là tài liệu Word \.docx/);
      assert.match(text, /not a Word \.docx document/);
      // The document that was open stays open.
      assert.equal(await page.getByTestId('document-name').innerText(), 'w1-04.docx');
      assert.deepEqual(session.pageErrors, []);
    } finally {
      await session.close();
    }
  });

  test('in English: the same result, English labels', async () => {
    const session = await openPlayground('&lang=en');
    const { page } = session;
    try {
      const { result } = checkFile(engine, SAMPLE, OPTIONS);
      assert.deepEqual(await shownMissing(page), missingIds(result));
      assert.equal(await page.getByTestId('run-check').innerText(), 'Check');
      assert.match(await page.locator('[data-field="period"]').innerText(), /^Q1 2023; data from 15\/12\/2022 to 14\/3\/2023 \(under Thông tư số 02\/2021\/TT-TTCP/);
      assert.equal(await page.locator('[data-field="due"]').innerText(), 'The plan sets no deadline for the issuing body\'s own consolidated report');
      const [first] = missingIds(result);
      assert.match(await page.locator(`li[data-item-id="${first}"]`).innerText(), /^Missing/);
      assert.equal(await page.getByRole('button', { name: `Insert heading for task ${first}` }).count(), 1);
      await saveScreenshot(page, 'check-en');
    } finally {
      await session.close();
    }
  });

  test('settings: a unit chosen by hand overrides the detected one; a bad plan file lists its problems in both languages', async () => {
    const session = await openPlayground();
    const { page } = session;
    try {
      await page.getByRole('tab', { name: 'Cài đặt' }).click();
      await page.getByRole('combobox', { name: 'Đơn vị báo cáo' }).click();
      await page.getByRole('option', { name: 'Văn phòng Sở' }).click();
      await page.getByRole('tab', { name: 'Kiểm tra' }).click();
      await page.waitForFunction(() => document.querySelector('[data-field="unit"]')?.textContent === 'Văn phòng Sở (chọn trong Cài đặt)');
      await waitForCheck(page);
      const { result } = checkFile(engine, SAMPLE, { ...OPTIONS, unit: 'VP' });
      assert.deepEqual(await shownMissing(page), missingIds(result));

      await page.getByRole('tab', { name: 'Cài đặt' }).click();
      const badPlan = path.join(tmpdir(), `pctn-e2e-${process.pid}-plan.json`);
      writeFileSync(badPlan, JSON.stringify({ meta: { year: 'hai nghìn' } }));
      await page.getByTestId('plan-file').setInputFiles(badPlan);
      const message = page.getByTestId('plan-message');
      await message.waitFor();
      assert.match(await message.innerText(), /Tệp kế hoạch không hợp lệ: \d+ lỗi/);
      assert.ok((await message.locator('li').count()) > 0, 'the problems are listed');
      await page.getByRole('combobox', { name: 'Ngôn ngữ giao diện' }).click();
      await page.getByRole('option', { name: 'English' }).click();
      assert.match(await message.innerText(), /The plan file is not valid: \d+ problem/);
      assert.deepEqual(await seriousAxeViolations(page), []);
      await saveScreenshot(page, 'settings-en');
    } finally {
      await session.close();
    }
  });

  test('the whole flow by keyboard alone: check, go to a finding, insert a heading, ignore and undo', async () => {
    const session = await openPlayground();
    const { page } = session;
    const active = () =>
      page.evaluate(() => {
        const element = document.activeElement;
        return { text: element?.textContent?.trim() ?? '', label: element?.getAttribute('aria-label') ?? '', testid: element?.dataset?.testid ?? '', main: element?.hasAttribute('data-row-main') ?? false, status: element?.closest('li')?.dataset.status ?? '' };
      });
    async function tabTo(predicate, key = 'Tab', limit = 250) {
      for (let i = 0; i < limit; i += 1) {
        await page.keyboard.press(key);
        const now = await active();
        if (predicate(now)) return now;
      }
      throw new Error(`focus never reached the target with ${key}`);
    }
    try {
      const missing = await shownMissing(page);
      const { document, result } = checkFile(engine, SAMPLE, OPTIONS);
      await tabTo((a) => a.testid === 'run-check');
      await page.keyboard.press('Enter');
      await waitForCheck(page);
      const row = await tabTo((a) => a.main && a.status === 'missing');
      assert.ok(row.text.includes(missing[0]), `first missing row focused: ${row.text}`);
      await page.keyboard.press('Enter');
      const item = result.items.find((i) => i.id === missing[0]);
      await page.waitForFunction((text) => document.activeElement?.dataset.selected === 'true' && document.activeElement.textContent.trim() === text, paragraphText(document, item.insertAfter).trim());

      // Back into the pane with Shift+Tab, to the row's "Chèn mục", and insert with Space.
      await tabTo((a) => a.label === `Chèn mục cho nhiệm vụ ${missing[0]}`, 'Shift+Tab');
      await page.keyboard.press('Space');
      await page.waitForFunction(() => document.querySelectorAll('[data-inserted="true"]').length === 2);
      await waitForCheck(page);

      await tabTo((a) => /^Bỏ qua: II\./.test(a.label), 'Shift+Tab');
      const ignoredLabel = (await active()).label;
      await page.keyboard.press('Enter');
      const ignoredId = ignoredLabel.replace('Bỏ qua: ', '');
      assert.equal(await page.locator(`li[data-item-id="${ignoredId}"]`).getAttribute('data-status'), 'ignored');
      await tabTo((a) => a.text === 'Hoàn tác', 'Shift+Tab');
      await page.keyboard.press('Enter');
      assert.equal(await page.locator(`li[data-item-id="${ignoredId}"]`).getAttribute('data-status'), 'missing');

      // An accordion group opens with the keyboard.
      await tabTo((a) => a.text.startsWith('Các phần của báo cáo'));
      await page.keyboard.press('Enter');
      await page.locator('[data-group="parts"] li[data-part="leadership"]').waitFor();
      await saveScreenshot(page, 'check-keyboard');
    } finally {
      await session.close();
    }
  });

  for (const language of ['vi', 'en']) {
    test(`axe-core: no serious or critical violation on each view, results open (${language})`, async () => {
      const session = await openPlayground(language === 'en' ? '&lang=en' : '');
      const { page } = session;
      try {
        const tabs = language === 'en' ? ['Check', 'Insert', 'Templates', 'Settings'] : ['Kiểm tra', 'Chèn', 'Mẫu', 'Cài đặt'];
        const closed = page.locator('.fui-AccordionHeader button[aria-expanded="false"]');
        while ((await closed.count()) > 0) await closed.first().click();
        const first = page.locator('li[data-status="reported"] button[aria-expanded]').first();
        await first.click();
        await rowButton(page, (await shownMissing(page))[0]).click();
        assert.deepEqual(await seriousAxeViolations(page), [], 'check view with every group open');
        await saveScreenshot(page, `view-check-${language}`);
        for (const name of tabs.slice(1)) {
          await page.getByRole('tab', { name }).click();
          assert.deepEqual(await seriousAxeViolations(page), [], `view ${name}`);
          await saveScreenshot(page, `view-${name.toLowerCase().replace(/\s+/g, '-')}-${language}`);
        }
      } finally {
        await session.close();
      }
    });
  }

  test('the README screenshot: pane and document side by side at 1280×800; nothing leaves the machine', async () => {
    const session = await openPlayground('', { width: 1280, height: 800 });
    const { page } = session;
    try {
      const { result } = checkFile(engine, SAMPLE, OPTIONS);
      const reported = result.items.find((item) => item.required && item.addressed && item.evidence.length > 0);
      await page.getByRole('button', { name: `Dẫn chứng của nhiệm vụ ${reported.id}` }).click();
      await rowButton(page, reported.id).click();
      await selectedParagraph(page).waitFor();
      await page.mouse.move(0, 799);
      const file = await saveScreenshot(page, 'playground-check');
      const size = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight]);
      assert.deepEqual(size, [1280, 800]);
      mkdirSync(path.join(projectRoot, 'docs', 'screenshots'), { recursive: true });
      copyFileSync(file, path.join(projectRoot, 'docs', 'screenshots', 'playground.png'));

      await page.waitForLoadState('networkidle');
      assert.deepEqual(session.externalRequests(), []);
      assert.deepEqual(session.notFound(), [], 'every asset the page asks for is served (favicon included)');
      assert.ok(session.requests.some((url) => url.endsWith('.docx')), 'the sample report came from the same origin');
    } finally {
      await session.close();
    }
  });
});
